"""Change the passphrase, or switch between keyring and passphrase protection (rekey).

A passphrase-protected vault asks for its current passphrase first: an unlocked window left alone
must not be enough to change (or drop) the passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError
from exposure.keys import Protection, VaultKey, keyring_state
from exposure.vault import Vault
from ui.widgets.common import show_problem
from ui.widgets.forms import ErrorLabel, ok_cancel_buttons
from ui.widgets.passphrase import PassphraseEdit
from ui.words import error_text


class SecurityDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Vault protection"))
        current = vault.protection
        self.current = PassphraseEdit(label=self.tr("Current passphrase"))
        self.current.setVisible(current is Protection.PASSPHRASE)
        self.keyring_radio = QRadioButton(self.tr("System keyring"))
        self.passphrase_radio = QRadioButton(self.tr("Passphrase"))
        state = keyring_state()
        self.keyring_radio.setEnabled(state.usable)
        (self.keyring_radio if current is Protection.KEYRING else self.passphrase_radio) \
            .setChecked(True)
        self.new = PassphraseEdit(new=True, label=self.tr("New passphrase"))
        self.error_label = ErrorLabel()
        note = QLabel(self.tr("Currently: %1").replace(
            "%1", self.tr("system keyring") if current is Protection.KEYRING
            else self.tr("passphrase")))
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.current)
        layout.addWidget(self.keyring_radio)
        layout.addWidget(self.passphrase_radio)
        layout.addWidget(self.new)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.passphrase_radio.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.new.setEnabled(self.passphrase_radio.isChecked())

    def accept(self) -> None:
        try:
            if self.vault.protection is Protection.PASSPHRASE \
                    and not self.vault.verify_passphrase(self.current.text()):
                self.error_label.setText(self.tr("The current passphrase is not right."))
                self.current.select_all()
                return
            if self.passphrase_radio.isChecked():
                if problem := self.new.problem():
                    self.error_label.setText(problem)
                    return
                key = VaultKey.from_passphrase(self.new.text(), check_strength=True)
            else:
                if self.vault.protection is Protection.KEYRING:
                    super().accept()
                    return
                key = VaultKey.new_raw()
            self.vault.rekey(key)
        except ExposureError as exc:
            show_problem(self.error_label, error_text(exc),
                         focus=self.new if self.passphrase_radio.isChecked() else None)
            return
        self.current.clear()
        self.new.clear()
        super().accept()
        if key.protection is Protection.KEYRING:
            from ui.vault.unlocking import offer_recovery_key

            offer_recovery_key(self.vault, self.parentWidget(), allow_later=False)
