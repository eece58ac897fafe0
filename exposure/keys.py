"""Vault keys: a random 256-bit raw key kept in the OS keyring, or a passphrase through SQLCipher's
KDF (PBKDF2-HMAC-SHA512, 256,000 iterations in SQLCipher 4).

A raw key is handed to SQLCipher in its `x'<64 hex>'` form, which skips the KDF; 32 bare bytes
would be taken for a passphrase. When a keyring file is written, the app chooses its salt (the
`x'<64 hex key><32 hex salt>'` form): 12 random bytes and a 4-byte tag, so the header alone tells
a keyring vault from a passphrase one (whose salt SQLCipher draws at random) without any key.
The keyring entry is named after the salt, so a moved vault still finds its key and nothing about
the user is in the entry's name. Every file replacement (rekey, restore, a copy taking its own
identity) writes a new salt, hence a new entry: two files never share one.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from exposure.errors import KeyNotFound, KeyringLocked, KeyringUnavailable, WeakPassphrase

# keyring (~0.15 s to import) and the strength check (zxcvbn, ~0.1 s) are imported where they
# are used: a passphrase vault opens, and `inventory --json` dumps it, without either.

KEYRING_SERVICE = "Exposure vault key"
SALT_BYTES = 16
_TAG = b"exposure keyring vault v1"

T = TypeVar("T")


class Protection(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True, repr=False)
class VaultKey:
    """What SQLCipher is keyed with. repr() never shows the secret."""

    protection: Protection
    secret: str  # 64 hex chars for KEYRING (also the recovery key), the passphrase otherwise

    def sqlcipher_key(self, salt: bytes | None = None) -> bytes:
        """The key as SQLCipher takes it; `salt` (raw keys only) fixes the salt of a new file."""
        if self.protection is Protection.KEYRING:
            return f"x'{self.secret}{salt.hex() if salt else ''}'".encode("ascii")
        return self.secret.encode("utf-8")

    def __repr__(self) -> str:
        return f"VaultKey({self.protection.value}, ***)"

    @classmethod
    def from_passphrase(cls, passphrase: str, *, check_strength: bool = False) -> VaultKey:
        if check_strength:
            from exposure.passphrases import check_passphrase  # lazy: zxcvbn

            check_passphrase(passphrase)
        if not passphrase:
            raise WeakPassphrase("empty passphrase", reason="empty")
        return cls(Protection.PASSPHRASE, passphrase)

    @classmethod
    def new_raw(cls) -> VaultKey:
        return cls(Protection.KEYRING, secrets.token_hex(32))


# --- salts: what the header says without a key -------------------------------------------------
def new_keyring_salt() -> bytes:
    """12 random bytes and a 4-byte tag that marks the file as keyring-protected."""
    head = secrets.token_bytes(SALT_BYTES - 4)
    return head + hashlib.sha256(_TAG + head).digest()[:4]


def is_keyring_salt(salt: bytes) -> bool:
    """True for salts made by new_keyring_salt (a random salt matches by chance 1 in 2**32)."""
    if len(salt) != SALT_BYTES:
        return False
    return hashlib.sha256(_TAG + salt[:-4]).digest()[:4] == salt[-4:]


def read_salt(vault_path: Path) -> bytes:
    with open(vault_path, "rb") as fh:
        salt = fh.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise KeyNotFound("vault too short to carry a salt")
    return salt


# --- the keyring -------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyringState:
    usable: bool
    reason: str = ""  # "", "no_backend", "null_backend", "error"
    backend: str = ""


def keyring_state() -> KeyringState:
    """Whether the OS keyring can hold the vault key, and if not why (for the wizard)."""
    import keyring  # lazy, see the imports

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


def key_id(vault: Path | bytes) -> str:
    """The keyring user name for a vault: its salt (read from the file when given a path)."""
    salt = vault if isinstance(vault, bytes) else read_salt(vault)
    return "vault-" + salt.hex()


def _ask(call: Callable[[], T]) -> T:
    """One keyring call, its failures sorted into locked / not there / not answering."""
    import keyring.errors  # lazy, see the imports

    try:
        return call()
    except keyring.errors.KeyringLocked as exc:
        raise KeyringLocked(type(exc).__name__, reason="locked") from exc
    except keyring.errors.NoKeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__, reason="no_backend") from exc
    except keyring.errors.PasswordDeleteError:
        raise
    except Exception as exc:  # D-Bus, InitError, a daemon gone: "not running"
        raise KeyringUnavailable(type(exc).__name__, reason="not_running") from exc


def store_key(vault: Path | bytes, key: VaultKey) -> None:
    import keyring  # lazy, see the imports

    name = key_id(vault)
    _ask(lambda: keyring.set_password(KEYRING_SERVICE, name, key.secret))


def load_key(vault: Path | bytes) -> VaultKey:
    import keyring  # lazy, see the imports

    name = key_id(vault)
    secret = _ask(lambda: keyring.get_password(KEYRING_SERVICE, name))
    if not secret:
        raise KeyNotFound("no key in the keyring for this vault")
    return VaultKey(Protection.KEYRING, secret)


def delete_key(vault: Path | bytes) -> None:
    import keyring.errors  # lazy, see the imports

    name = key_id(vault)
    try:
        _ask(lambda: keyring.delete_password(KEYRING_SERVICE, name))
    except keyring.errors.PasswordDeleteError:
        pass


def has_keyring_key(vault: Path | bytes) -> bool:
    try:
        load_key(vault)
    except (KeyNotFound, KeyringUnavailable, OSError):
        return False
    return True
