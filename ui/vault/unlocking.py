"""Open an existing vault the one way for the start and for Unlock: the keyring for a keyring
vault (and, when it cannot give the key, the unlock dialog saying why, with Retry and the recovery
key), the passphrase dialog for a passphrase vault; then offer a recovery key never confirmed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from exposure.errors import ExposureError, KeyMismatch, KeyNotFound, KeyringUnavailable
from exposure.keys import Protection
from exposure.vault import Vault, protection_of
from ui.widgets.common import show_error

GUI_BUSY_MS = 2000  # a window waits less than a script for another process's write lock


def unlock_vault(path: Path, parent: QWidget | None = None) -> Vault | None:
    from ui.vault.unlock_dialog import UnlockDialog

    protection = protection_of(path)
    problem: Exception | None = None
    if protection is Protection.KEYRING:
        try:
            return _ready(Vault.open(path, busy_ms=GUI_BUSY_MS), parent)
        except (KeyringUnavailable, KeyNotFound, KeyMismatch) as exc:
            problem = exc
        except ExposureError as exc:
            show_error(parent, exc)  # type: ignore[arg-type]
            return None
    dialog = UnlockDialog(path, parent, protection=protection, problem=problem)
    if parent is not None:
        parent.unlock_dialog = dialog  # type: ignore[attr-defined]  # tests answer it
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
        return None
    return _ready(dialog.vault, parent)


def _ready(vault: Vault, parent: QWidget | None) -> Vault:
    vault.set_busy_timeout(GUI_BUSY_MS)
    if not vault.recovery_key_confirmed:
        offer_recovery_key(vault, parent, allow_later=True)
    return vault


def offer_recovery_key(vault: Vault, parent: QWidget | None, *, allow_later: bool) -> bool:
    from ui.vault.recovery_dialog import RecoveryKeyDialog

    dialog = RecoveryKeyDialog(vault, parent, allow_later=allow_later)
    if parent is not None:
        parent.recovery_dialog = dialog  # type: ignore[attr-defined]  # tests answer it
    return dialog.exec() == QDialog.DialogCode.Accepted
