"""Show a keyring vault's recovery key, to print or write down, and have the user confirm it.

Shown when a keyring vault is made (the wizard's last page uses RecoveryKeyPanel), after every
switch into keyring mode, and at the next unlock of a vault whose recovery key was never
confirmed (with *Later*). Confirming means typing the key's last group back."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exposure.vault import Vault
from ui.palette import key_box_style
from ui.widgets.buttons import push_button
from ui.widgets.common import plain_label, save_pdf


class RecoveryKeyPanel(QWidget):
    """The key, Print / Save as PDF, and the confirmation field. `confirmed_changed(bool)`."""

    confirmed_changed = Signal(bool)

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        groups = recovery_key.split("-")
        intro = plain_label(self.tr(
            "This recovery key opens your vault when the system keyring cannot give its key: on "
            "another computer or user account, after the keyring was reset, or if the keyring "
            "is locked and will not unlock. Print it or write it down and keep it away from this "
            "computer. Anyone who has it can open the vault."))
        self.key_label = QLabel("-".join(groups[:7]) + "-\n" + "-".join(groups[7:]))
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet(key_box_style())
        self.print_button = push_button(self.tr("&Print…"), self.print_sheet)
        self.pdf_button = push_button(self.tr("Save as P&DF…"), self.save_sheet)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(self.tr("its last five characters"))
        self.confirm_edit.setMaxLength(8)
        self.confirm_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(row)
        layout.addWidget(plain_label(self.tr(
            "Each group ends with a check character, so a typo is caught in its group. To "
            "confirm you have kept it, type its last group:")))
        layout.addWidget(self.confirm_edit)

    @property
    def confirmed(self) -> bool:
        typed = self.confirm_edit.text().strip().upper().replace("O", "0")
        return typed == self.recovery_key.rsplit("-", 1)[1]

    def _check(self) -> None:
        self.confirmed_changed.emit(self.confirmed)

    def sheet_html(self) -> str:
        """The emergency sheet: the key, the date, how to use it. Nothing else about the vault."""
        title = html.escape(self.tr("Exposure recovery key"))
        body = html.escape(self.tr(
            "Keep this sheet away from the computer. To open the vault without the system "
            "keyring, type this key in the unlock window, or add --recovery-key to a command "
            "of main.py. Case, spaces and dashes do not matter."))
        made = html.escape(self.tr("Made on %1").replace("%1", dt.date.today().isoformat()))
        key = "<br>".join(html.escape(" ".join(self.recovery_key.split("-")[i:i + 7]))
                          for i in (0, 7))
        return (f"<h1>{title}</h1><p style='font-family: monospace; font-size: 20pt'>{key}</p>"
                f"<p>{body}</p><p>{made}</p>")

    def print_sheet(self) -> None:
        from ui.pdf import print_html

        print_html(self.sheet_html(), self)

    def save_sheet(self, path: Path | None = None) -> Path | None:
        return save_pdf(self, [self.sheet_html()], self.tr("Exposure recovery key"),
                        str(Path.home() / "exposure-recovery-key.pdf"), path)


class RecoveryKeyDialog(QDialog):
    """The panel in a dialog; accepting marks the key confirmed in the vault."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 allow_later: bool = False) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Your recovery key"))
        self.panel = RecoveryKeyPanel(vault.recovery_key(), self)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("I have kept it"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        if allow_later:
            buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.panel.confirmed_changed.connect(self.ok_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        if not self.panel.confirmed:
            return
        self.vault.confirm_recovery_key()
        super().accept()
