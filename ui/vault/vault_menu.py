"""The window's vault actions: back up, restore (also while locked: the key may be lost), vault
protection, and the notice shown while another process holds the vault's write lock."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
)

from exposure.errors import ExposureError, VaultBusy
from exposure.keys import Protection, VaultKey, keyring_state
from exposure.vault import Vault, protection_of
from ui.palette import notice_bar_style
from ui.widgets.buttons import push_button
from ui.widgets.common import show_error
from ui.widgets.passphrase import ask_passphrase

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def backup(window: MainWindow) -> bool:
    """An encrypted copy with its own passphrase; True once written and verified."""
    if window.ctx is None:
        return False
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("MainWindow", "Back up vault"),
        str(Path.home() / "exposure-backup.exposure"))
    if not path:
        return False
    passphrase = ask_passphrase(window,
        QCoreApplication.translate("MainWindow", "Passphrase for the backup"), new=True,
        intro=QCoreApplication.translate("MainWindow", "The backup has its own passphrase. "
                                         "Keep it apart from the backup file."))
    if passphrase is None:
        return False
    try:
        window.ctx.vault.backup(Path(path), passphrase)
    except ExposureError as exc:
        show_error(window, exc)
        return False
    window.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Backup written and verified."), 8000)
    return True


def restore(window: MainWindow) -> None:
    """Replace the vault with a backup's contents. With the vault open in keyring mode its key
    is kept (the recovery key stays valid); locked, a keyring vault gets a new key and its new
    recovery key is shown; a passphrase vault takes the backup's passphrase."""
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("MainWindow", "Restore from backup"), str(Path.home()))
    if not path:
        return
    passphrase = ask_passphrase(window, QCoreApplication.translate(
        "MainWindow", "Passphrase of the backup"), new=False)
    if passphrase is None:
        return
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Restore"))
    box.setText(QCoreApplication.translate(
        "MainWindow", "Replace everything in the vault with the backup's contents?"))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return
    current = window.ctx.vault if window.ctx is not None else None
    if current is not None:
        keyring_mode = current.protection is Protection.KEYRING
    else:
        keyring_mode = window.vault_path.exists() \
            and protection_of(window.vault_path) is not Protection.PASSPHRASE \
            and keyring_state().usable
    if current is not None and keyring_mode:
        key = current.key
    else:
        key = VaultKey.new_raw() if keyring_mode else VaultKey.from_passphrase(passphrase)
    try:
        vault = Vault.restore(Path(path), passphrase, window.vault_path, key, current=current)
    except ExposureError as exc:
        show_error(window, exc)
        return
    window.replace_vault(vault)
    window.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Vault restored from the backup."), 8000)
    if not vault.recovery_key_confirmed:
        from ui.vault.unlocking import offer_recovery_key

        offer_recovery_key(vault, window, allow_later=False)


class BusyNotice(QFrame):
    """Non-blocking: another process holds the write lock. *Retry* asks the vault again."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setStyleSheet(notice_bar_style("BusyNotice"))
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.retry_button = push_button(QCoreApplication.translate("MainWindow", "&Retry"),
                                        self.retry)
        close = push_button("×", self.hide, tip=QCoreApplication.translate("MainWindow", "Hide"))
        close.setFlat(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        row.addWidget(close)
        self.hide()

    def show_busy(self) -> None:
        self.label.setText(QCoreApplication.translate(
            "MainWindow", "Another Exposure window or command is writing to the vault, so "
            "nothing was saved. Press Retry when it is done, then save again."))
        self.retry_button.setVisible(True)
        self.show()

    def retry(self) -> None:
        ctx = self._window.ctx
        if ctx is None:
            self.hide()
            return
        try:
            with ctx.vault.tx():
                pass  # takes and gives back the write lock: free again?
        except VaultBusy:
            self.show_busy()
            return
        ctx.bridge.external_change()
        self.label.setText(QCoreApplication.translate(
            "MainWindow", "The vault is free again. What others saved is shown; save your "
            "change once more."))
        self.retry_button.setVisible(False)
