"""Unlock a vault. A passphrase vault asks for its passphrase; a keyring vault whose key the
keyring cannot give says why (locked, not running, key not here) with *Retry*, and takes its
recovery key — it never asks a keyring vault for a passphrase. When the file cannot tell (a vault
made before recovery keys while the keyring is down) both fields are offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from exposure.errors import ExposureError, WrongPassphrase
from exposure.keys import Protection
from exposure.vault import Vault
from ui.palette import emphasis, set_text_role
from ui.widgets.buttons import push_button
from ui.widgets.common import show_problem
from ui.widgets.passphrase import PassphraseDialog
from ui.words import error_text


class UnlockDialog(PassphraseDialog):
    def __init__(self, path: Path, parent: QWidget | None = None, message: str = "", *,
                 protection: Protection | None = Protection.PASSPHRASE,
                 problem: Exception | None = None) -> None:
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
        super().__init__(self.tr("Unlock Exposure"), new=False, intro=text, detail=str(path),
                         parent=parent)
        self.path = path
        self.protection = protection
        self.vault: Vault | None = None
        self.attempts = 0
        self.unlock_button = self.ok_button
        self.unlock_button.setText(self.tr("&Unlock"))
        self.problem_label = QLabel(error_text(problem) if problem else "")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        set_text_role(self.problem_label, "warning")
        emphasis(self.problem_label)
        self.problem_label.setVisible(problem is not None)
        self.retry_button = push_button(self.tr("&Retry"), self.retry,
                                        tip=self.tr("Ask the system keyring for the key again"))
        self.retry_button.setVisible(keyring_vault or protection is None)
        self.passphrase.setVisible(not keyring_vault)
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setPlaceholderText(self.tr("Recovery key, e.g. 0KF7W-4ERAJ-…"))
        self.recovery_label = QLabel(self.tr("Or open it with its recovery key (from the sheet "
                                             "you printed or wrote down):")
                                     if protection is None else
                                     self.tr("Open it with its recovery key (from the sheet you "
                                             "printed or wrote down):"))
        self.recovery_label.setWordWrap(True)
        recovery_box = QWidget(self)  # one box: the passphrase stays the first field found
        box = QVBoxLayout(recovery_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.recovery_label)
        box.addWidget(self.recovery_edit)
        recovery_box.setVisible(protection is not Protection.PASSPHRASE)
        layout = self.layout()
        if not isinstance(layout, QVBoxLayout):  # PassphraseDialog lays itself out in a column
            raise TypeError("PassphraseDialog's layout changed")
        at = layout.indexOf(self.passphrase)
        layout.insertWidget(at, self.problem_label)
        layout.insertWidget(at + 1, self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.insertWidget(layout.indexOf(self.passphrase) + 1, recovery_box)
        (self.recovery_edit if keyring_vault else self.passphrase).setFocus()
        self.resize(480, self.sizeHint().height())

    def retry(self) -> None:
        """Ask the keyring again (after the user unlocked or started it)."""
        try:
            self.vault = Vault.open(self.path)
        except ExposureError as exc:
            self.problem_label.setText(error_text(exc))
            self.problem_label.setVisible(True)
            return
        QDialog.accept(self)

    def accept(self) -> None:
        self.attempts += 1
        recovery = self.recovery_edit.text().strip()
        passphrase = self.passphrase.text()
        if not recovery and not passphrase:  # empty: would fall back to the keyring
            if self.protection is Protection.KEYRING:
                show_problem(self.error_label, self.tr("Type the recovery key."),
                             focus=self.recovery_edit)
            else:
                show_problem(self.error_label, self.passphrase.problem(),
                             focus=self.passphrase.edit)
            return
        try:
            if recovery:
                self.vault = Vault.open(self.path, recovery_key=recovery)
            else:
                self.vault = Vault.open(self.path, passphrase=passphrase)
        except WrongPassphrase as exc:
            self.error_label.setText(error_text(exc))
            self.passphrase.select_all()
            return
        except ExposureError as exc:
            edit = self.recovery_edit if recovery else self.passphrase.edit
            show_problem(self.error_label, error_text(exc), focus=edit)
            edit.selectAll()
            return
        self.passphrase.clear()
        self.recovery_edit.clear()
        QDialog.accept(self)

    def reject(self) -> None:
        self.recovery_edit.clear()
        super().reject()
