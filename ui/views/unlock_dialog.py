"""Unlock a vault. A passphrase vault asks for its passphrase; a keyring vault whose key the
keyring cannot give says why (locked, not running, key not here) with *Retry*, and takes its
recovery key — it never asks a keyring vault for a passphrase. When the file cannot tell (a vault
made before recovery keys while the keyring is down) both fields are offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError
from exposure.keys import Protection
from exposure.vault import Vault
from ui.words import error_text


class UnlockDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, message: str = "", *,
                 protection: Protection | None = Protection.PASSPHRASE,
                 problem: Exception | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.protection = protection
        self.vault: Vault | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Unlock Exposure"))
        keyring_vault = protection is Protection.KEYRING
        if message:
            text = message
        elif keyring_vault:
            text = self.tr("This vault is locked by the system keyring, which cannot give its "
                           "key right now.")
        elif protection is None:
            text = self.tr("The system keyring cannot be reached, so it is not known how this "
                           "vault is locked. Enter its passphrase, or its recovery key.")
        else:
            text = self.tr("Enter the passphrase of your vault.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        where = QLabel(str(path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setStyleSheet("color: #666")
        self.problem_label = QLabel(error_text(problem) if problem else "")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #8a5a00; font-weight: bold")
        self.problem_label.setVisible(problem is not None)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Ask the system keyring for the key again"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.setVisible(keyring_vault or protection is None)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setVisible(not keyring_vault)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setPlaceholderText(self.tr("Recovery key, e.g. 0KF7W-4ERAJ-…"))
        self.recovery_label = QLabel(self.tr("Or open it with its recovery key (from the sheet "
                                             "you printed or wrote down):")
                                     if protection is None else
                                     self.tr("Open it with its recovery key (from the sheet you "
                                             "printed or wrote down):"))
        self.recovery_label.setWordWrap(True)
        for w in (self.recovery_edit, self.recovery_label):
            w.setVisible(protection is not Protection.PASSPHRASE)
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
        layout.addWidget(self.problem_label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.recovery_label)
        layout.addWidget(self.recovery_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.recovery_edit if keyring_vault else self.passphrase_edit).setFocus()
        self.resize(480, self.sizeHint().height())

    def retry(self) -> None:
        """Ask the keyring again (after the user unlocked or started it)."""
        try:
            self.vault = Vault.open(self.path)
        except ExposureError as exc:
            self.problem_label.setText(error_text(exc))
            self.problem_label.setVisible(True)
            return
        super().accept()

    def accept(self) -> None:
        self.attempts += 1
        recovery = self.recovery_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        if not recovery and not passphrase:
            self.error_label.setText(
                self.tr("Type the recovery key.") if self.protection is Protection.KEYRING
                else self.tr("Type the passphrase."))
            return
        try:
            if recovery:
                self.vault = Vault.open(self.path, recovery_key=recovery)
            else:
                self.vault = Vault.open(self.path, passphrase=passphrase)
        except ExposureError as exc:
            self.error_label.setText(error_text(exc))
            edit = self.recovery_edit if recovery else self.passphrase_edit
            edit.selectAll()
            edit.setFocus()
            return
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        super().accept()
