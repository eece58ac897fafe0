"""One passphrase field for every place a passphrase is typed: show/hide, and for a new passphrase
a second field to type it again, a strength meter (zxcvbn, through the core) with the minimum the
core enforces, and a generator.

    edit = PassphraseEdit(new=True)
    ...
    if problem := edit.problem():   # "" when it may be used
        error_label.setText(problem)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exposure import passphrases
from exposure.errors import WeakPassphrase
from ui import palette
from ui.widgets.forms import ErrorLabel, ok_cancel_buttons
from ui.words import error_text


class PassphraseEdit(QWidget):
    """`new=False`: one field with show/hide (unlocking, the current passphrase, a backup's).
    `new=True`: also the second field, the strength meter and *Generate*."""

    changed = Signal()

    def __init__(self, *, new: bool = False, label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("Passphrase"))
        self.edit.setAccessibleName(label or self.tr("Passphrase"))
        self.show_button = QToolButton()
        self.show_button.setCheckable(True)
        self.show_button.setText(self.tr("Show"))
        self.show_button.setToolTip(self.tr("Show or hide what you type"))
        self.show_button.toggled.connect(self._set_shown)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(label or self.tr("Passphrase"))
        caption.setBuddy(self.edit)  # a row holding a layout gets no buddy by itself
        form.addRow(caption, row)
        self.confirm_edit: QLineEdit | None = None
        self.generate_button: QToolButton | None = None
        self.strength_bar: QProgressBar | None = None
        self.strength_label: QLabel | None = None
        if new:
            self.generate_button = QToolButton()
            self.generate_button.setText(self.tr("Generate"))
            self.generate_button.setToolTip(self.tr(
                "Make a random passphrase of five words; write it down or keep it in your "
                "password manager"))
            self.generate_button.clicked.connect(self.generate)
            row.addWidget(self.generate_button)
            self.confirm_edit = QLineEdit()
            self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.confirm_edit.setPlaceholderText(self.tr("Type it again"))
            self.confirm_edit.setAccessibleName(self.tr("Type it again"))
            form.addRow(self.tr("Type it again"), self.confirm_edit)
            self.strength_bar = QProgressBar()
            self.strength_bar.setRange(0, 5)  # score 0–4 shows as 1–5: "very weak" is visible
            self.strength_bar.setTextVisible(False)
            self.strength_bar.setMaximumHeight(8)
            self.strength_bar.setAccessibleName(self.tr("Strength"))
            self.strength_label = QLabel()
            self.strength_label.setTextFormat(Qt.TextFormat.PlainText)
            self.strength_label.setWordWrap(True)
            form.addRow(self.tr("Strength"), self.strength_bar)
            form.addRow("", self.strength_label)
            self.confirm_edit.textChanged.connect(self.changed)
            self.edit.textChanged.connect(self._update_strength)
            self._update_strength()
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    # --- what callers use ------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        if self.confirm_edit is not None:
            self.confirm_edit.clear()
        self.show_button.setChecked(False)

    def select_all(self) -> None:
        self.edit.selectAll()
        self.edit.setFocus()

    def is_complete(self) -> bool:
        """Both fields filled in (for enabling OK / Next)."""
        return bool(self.edit.text()) and (self.confirm_edit is None
                                           or bool(self.confirm_edit.text()))

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, in words; "" when it can."""
        text = self.edit.text()
        if not text:
            return self.tr("Type a passphrase.")
        if self.confirm_edit is None:
            return ""
        if text != self.confirm_edit.text():
            return self.tr("The two passphrases differ.")
        try:
            passphrases.check_passphrase(text)
        except WeakPassphrase as exc:
            return error_text(exc)
        return ""

    def generate(self) -> None:
        phrase = passphrases.generate()
        self.edit.setText(phrase)
        if self.confirm_edit is not None:
            self.confirm_edit.setText(phrase)
        self.show_button.setChecked(True)  # so it can be written down

    # --- inside ----------------------------------------------------------------------------------
    def _set_shown(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        if self.confirm_edit is not None:
            self.confirm_edit.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _update_strength(self) -> None:
        if self.strength_bar is None or self.strength_label is None:
            return
        text = self.edit.text()
        s = passphrases.strength(text)
        self.strength_bar.setValue(s.score + 1 if text else 0)
        bar_palette = self.strength_bar.palette()
        bar_palette.setColor(QPalette.ColorRole.Highlight,
                             palette.color(f"strength_{s.score}", self.palette()))
        self.strength_bar.setPalette(bar_palette)
        if not text:
            self.strength_label.setText(self.tr(
                "At least %1 characters and the strength “Good”. A few unrelated words are easy "
                "to remember and hard to guess.").replace("%1", str(passphrases.MIN_LENGTH)))
            return
        level = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"),
                 self.tr("Strong"))[s.score]
        self.strength_label.setText(
            level if s.acceptable
            else self.tr("%1: %2").replace("%1", level).replace("%2", self._hint_text(s.hint)))

    def _hint_text(self, hint: str) -> str:
        return {
            "short": self.tr("Use at least %1 characters.").replace(
                "%1", str(passphrases.MIN_LENGTH)),
            "common": self.tr("This is one of the most common passwords."),
            "sequence": self.tr("Sequences like abc or 6543 are easy to guess."),
            "repeat": self.tr("Repeats like aaa or abcabc are easy to guess."),
            "date": self.tr("Dates and years are easy to guess."),
            "keyboard": self.tr("Keyboard patterns like qwerty are easy to guess."),
        }.get(hint, self.tr("Add another word or two; uncommon words are better."))


class PassphraseDialog(QDialog):
    """Asks for one passphrase. With `new=True` it stays open, saying what is wrong, until the two
    fields agree and the passphrase is strong enough, or the user cancels."""

    def __init__(self, title: str, *, new: bool, intro: str = "", detail: str = "",
                 parent: QWidget | None = None) -> None:
        """`detail`: a grey line under the intro (the vault's path when unlocking)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.passphrase = PassphraseEdit(new=new)
        self.error_label = ErrorLabel()
        buttons = ok_cancel_buttons(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        if detail:
            where = QLabel(detail)
            where.setTextFormat(Qt.TextFormat.PlainText)
            palette.set_text_role(where, "dimmed")
            layout.addWidget(where)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.passphrase.changed.connect(self.error_label.clear)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        problem = self.passphrase.problem()
        if problem:
            self.error_label.setText(problem)
            self.passphrase.select_all()
            return
        super().accept()

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()

    def take(self) -> str:
        """The passphrase, cleared from the fields."""
        text = self.passphrase.text()
        self.passphrase.clear()
        return text


def ask_passphrase(parent: QWidget | None, title: str, *, new: bool,
                   intro: str = "") -> str | None:
    dialog = PassphraseDialog(title, new=new, intro=intro, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.take()
