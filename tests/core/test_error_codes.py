"""Every error's `code` (what the UI and CLI word it by, what `--json` prints) is derived from
its class name; these are the codes as they were written out by hand, which must not move."""

from __future__ import annotations

import importlib
import pkgutil

import exposure
from exposure.errors import ExposureError, VaultMissing

CODES = {
    "VaultError": "vault",
    "WrongPassphrase": "wrong_passphrase",
    "VaultCorrupt": "vault_corrupt",
    "VaultMissing": "vault_missing",
    "VaultExists": "vault_exists",
    "VaultUnreadable": "vault_unreadable",
    "StorageFull": "storage_full",
    "VaultLocked": "vault_locked",
    "VaultTooNew": "vault_too_new",
    "VaultBusy": "vault_busy",
    "VaultInUse": "vault_in_use",
    "KeyMismatch": "key_mismatch",
    "WrongRecoveryKey": "wrong_recovery_key",
    "InvalidRecoveryKey": "invalid_recovery_key",
    "KeyringUnavailable": "keyring_unavailable",
    "KeyringLocked": "keyring_locked",
    "KeyNotFound": "key_not_found",
    "WeakPassphrase": "weak_passphrase",
    "InvalidIdentifier": "invalid_identifier",
    "DuplicateIdentifier": "duplicate_identifier",
    "DuplicatePerson": "duplicate_person",
    "DuplicateRegistration": "duplicate_registration",
    "NotFound": "not_found",
    "InvalidInput": "invalid_input",
    "NoCjkFont": "no_cjk_font",
    "OutputFailed": "output_failed",
    "PdfFailed": "pdf_failed",
    "LetterUnavailable": "letter_unavailable",
    "FeedFailed": "feed_failed",
    "FeedRejected": "feed_rejected",
    "CatalogInvalid": "catalog_invalid",
    "ImportRejected": "import_rejected",
    "UndoConflict": "undo_conflict",
}


def _subclasses(cls: type) -> set[type]:
    return {sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))}


def test_every_error_in_the_core_keeps_its_code() -> None:
    for module in pkgutil.walk_packages(exposure.__path__, "exposure."):
        importlib.import_module(module.name)
    found = {cls.__name__: cls.code for cls in _subclasses(ExposureError)}
    assert found == CODES
    assert ExposureError.code == "error"
    assert str(ExposureError()) == "error" and str(VaultMissing()) == "vault_missing"
