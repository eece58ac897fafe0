"""Unlock a vault with its passphrase. A wrong one says so plainly and lets the user retry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError, WrongPassphrase
from exposure.vault import Vault
from ui.widgets.passphrase import PassphraseEdit
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
        where.setStyleSheet("color: #666")
        self.passphrase = PassphraseEdit()
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b00020")
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
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        self.attempts += 1
        try:
            self.vault = Vault.open(self.path, passphrase=self.passphrase.text())
        except WrongPassphrase as exc:
            self.error_label.setText(error_text(exc))
            self.passphrase.select_all()
            return
        except ExposureError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.passphrase.clear()
        super().accept()
