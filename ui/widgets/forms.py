"""The pieces of a form dialog: the red line that says what is wrong (ErrorLabel), the buttons
under it (OK or a named action, and Cancel), and a dialog of one form with that line and
Save / Cancel under it (FormDialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.palette import set_text_role


class ErrorLabel(QLabel):
    """An error or validation message: plain text (it may quote what the user typed), wrapped,
    in the palette's error colour (light or dark theme). Fill it with
    `ui.widgets.common.show_problem`, which also tells a screen reader and moves the focus."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        set_text_role(self, "error")


def ok_cancel_buttons(dialog: QDialog, ok: QDialogButtonBox.StandardButton
                      = QDialogButtonBox.StandardButton.Ok) -> QDialogButtonBox:
    """`ok` (OK unless told) and Cancel, connected to the dialog's accept and reject."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_cancel_buttons(dialog: QDialog, text: str,
                          on_accept: Callable[[], object] | None = None,
                          ) -> tuple[QDialogButtonBox, QPushButton]:
    """A button named `text` that accepts (runs `on_accept`, the dialog's accept unless told) and
    Cancel, which rejects; the box and that button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    action = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action


class FormDialog(QDialog):
    """Add or edit one thing: subclasses put rows in `self.form`, call `finish_form()` once the
    rows are in (the buttons come last in the Tab order), and save in `accept()`, which on an
    error shows it in `self.error_label` and returns without closing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error_label = ErrorLabel()

    def finish_form(self) -> None:
        buttons = ok_cancel_buttons(self, QDialogButtonBox.StandardButton.Save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
