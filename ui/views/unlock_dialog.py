"""Unlock a vault with its passphrase. A wrong one says so plainly and lets the user retry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from exposure.errors import ExposureError, WrongPassphrase
from exposure.vault import Vault
from ui.widgets.passphrase import PassphraseDialog
from ui.words import error_text


class UnlockDialog(PassphraseDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, message: str = "") -> None:
        super().__init__(self.tr("Unlock Exposure"), new=False,
                         intro=message or self.tr("Enter the passphrase of your vault."),
                         detail=str(path), parent=parent)
        self.path = path
        self.vault: Vault | None = None
        self.attempts = 0
        self.unlock_button = self.ok_button
        self.unlock_button.setText(self.tr("&Unlock"))

    @property
    def passphrase_edit(self) -> object:
        """The line edit itself (the name tests on other branches still use)."""
        return self.passphrase.edit

    def accept(self) -> None:
        self.attempts += 1
        if problem := self.passphrase.problem():  # empty: would fall back to the keyring
            self.error_label.setText(problem)
            return
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
        QDialog.accept(self)
