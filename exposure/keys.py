"""Vault keys: a random 256-bit raw key kept in the OS keyring, or a passphrase through SQLCipher's
KDF (PBKDF2-HMAC-SHA512, 256,000 iterations in SQLCipher 4).

A raw key is handed to SQLCipher in its `x'<64 hex>'` form, which skips the KDF; 32 bare bytes
would be taken for a passphrase. The keyring entry is named after the vault's salt (the first 16
bytes of the file, random at creation and kept by rekey), so a moved vault still finds its key
and nothing about the user is in the entry's name.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from exposure.errors import KeyNotFound, KeyringUnavailable, WeakPassphrase
from exposure.passphrases import check_passphrase

KEYRING_SERVICE = "Exposure vault key"


class Protection(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True, repr=False)
class VaultKey:
    """What SQLCipher is keyed with. repr() never shows the secret."""

    protection: Protection
    secret: str  # 64 hex chars for KEYRING, the passphrase for PASSPHRASE

    def sqlcipher_key(self) -> bytes:
        if self.protection is Protection.KEYRING:
            return f"x'{self.secret}'".encode("ascii")
        return self.secret.encode("utf-8")

    def __repr__(self) -> str:
        return f"VaultKey({self.protection.value}, ***)"

    @classmethod
    def from_passphrase(cls, passphrase: str, *, check_strength: bool = False) -> VaultKey:
        if check_strength:
            check_passphrase(passphrase)
        if not passphrase:
            raise WeakPassphrase("empty passphrase", reason="empty")
        return cls(Protection.PASSPHRASE, passphrase)

    @classmethod
    def new_raw(cls) -> VaultKey:
        return cls(Protection.KEYRING, secrets.token_hex(32))


@dataclass(frozen=True)
class KeyringState:
    usable: bool
    reason: str = ""  # "", "no_backend", "null_backend", "error"
    backend: str = ""


def keyring_state() -> KeyringState:
    """Whether the OS keyring can hold the vault key, and if not why (for the wizard)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend is just "unusable"
        return KeyringState(False, "error")
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail"):
        return KeyringState(False, "no_backend", name)
    if module.startswith("keyring.backends.null"):
        return KeyringState(False, "null_backend", name)
    try:
        priority = backend.priority
    except Exception:  # noqa: BLE001
        return KeyringState(False, "no_backend", name)
    if priority is not None and priority <= 0 and "chainer" not in module:
        return KeyringState(False, "no_backend", name)
    return KeyringState(True, "", name)


def key_id(vault_path: Path) -> str:
    """The keyring user name for a vault: its salt, read from the file."""
    with open(vault_path, "rb") as fh:
        salt = fh.read(16)
    if len(salt) != 16:
        raise KeyNotFound("vault too short to carry a salt")
    return "vault-" + salt.hex()


def store_key(vault_path: Path, key: VaultKey) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, key_id(vault_path), key.secret)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def load_key(vault_path: Path) -> VaultKey:
    try:
        secret = keyring.get_password(KEYRING_SERVICE, key_id(vault_path))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc
    if not secret:
        raise KeyNotFound("no key in the keyring for this vault")
    return VaultKey(Protection.KEYRING, secret)


def delete_key(vault_path: Path) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, key_id(vault_path))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def has_keyring_key(vault_path: Path) -> bool:
    try:
        load_key(vault_path)
    except (KeyNotFound, KeyringUnavailable, OSError):
        return False
    return True
