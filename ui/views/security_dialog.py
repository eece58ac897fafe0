"""Change the passphrase, or switch between keyring and passphrase protection (rekey)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError
from exposure.keys import Protection, VaultKey, keyring_state
from exposure.vault import Vault
from ui.words import error_text


class SecurityDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Vault protection"))
        current = vault.protection
        self.keyring_radio = QRadioButton(self.tr("System keyring"))
        self.passphrase_radio = QRadioButton(self.tr("Passphrase"))
        state = keyring_state()
        self.keyring_radio.setEnabled(state.usable)
        (self.keyring_radio if current is Protection.KEYRING else self.passphrase_radio) \
            .setChecked(True)
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        note = QLabel(self.tr("Currently: %1").replace(
            "%1", self.tr("system keyring") if current is Protection.KEYRING
            else self.tr("passphrase")))
        form = QFormLayout()
        form.addRow(note)
        form.addRow(self.keyring_radio)
        form.addRow(self.passphrase_radio)
        form.addRow(self.tr("New passphrase"), self.new_edit)
        form.addRow(self.tr("Type it again"), self.confirm_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.passphrase_radio.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        on = self.passphrase_radio.isChecked()
        self.new_edit.setEnabled(on)
        self.confirm_edit.setEnabled(on)

    def accept(self) -> None:
        try:
            if self.passphrase_radio.isChecked():
                if self.new_edit.text() != self.confirm_edit.text():
                    self.error_label.setText(self.tr("The two passphrases differ."))
                    return
                key = VaultKey.from_passphrase(self.new_edit.text(), check_strength=True)
            else:
                if self.vault.protection is Protection.KEYRING:
                    super().accept()
                    return
                key = VaultKey.new_raw()
            self.vault.rekey(key)
        except ExposureError as exc:
            self.error_label.setText(error_text(exc))
            return
        super().accept()
        if key.protection is Protection.KEYRING:
            from ui.unlocking import offer_recovery_key

            offer_recovery_key(self.vault, self.parentWidget(), allow_later=False)
