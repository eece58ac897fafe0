"""Unlock a vault with its passphrase. A wrong one says so plainly and lets the user retry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError, WrongPassphrase
from exposure.vault import Vault
from ui.palette import set_text_role
from ui.views.common import show_problem, size_dialog
from ui.words import error_text


class UnlockDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.path = path
        self.vault: Vault | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Unlock Exposure"))
        intro = QLabel(message or self.tr("Enter the passphrase of your vault."))
        intro.setWordWrap(True)
        where = QLabel(str(path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        set_text_role(where, "dimmed")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_text_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("&Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        size_dialog(self, 55, 0)

    def accept(self) -> None:
        self.attempts += 1
        try:
            self.vault = Vault.open(self.path, passphrase=self.passphrase_edit.text())
        except WrongPassphrase as exc:
            show_problem(self.error_label, error_text(exc), focus=self.passphrase_edit)
            self.passphrase_edit.selectAll()
            return
        except ExposureError as exc:
            show_problem(self.error_label, error_text(exc), focus=self.passphrase_edit)
            return
        self.passphrase_edit.clear()
        super().accept()
