"""The encrypted vault: one SQLCipher 4 file holding the whole inventory.

    with Vault.create(path, VaultKey.from_passphrase("correct horse")) as vault:
        pid = vault.people.add(name="妈妈")

Opening never writes until the key is proven and the file checked; a wrong key or a damaged file
raises WrongPassphrase / VaultCorrupt and leaves the bytes as they were. A keyring vault whose key
cannot be had says why (KeyringLocked, KeyringUnavailable, KeyNotFound, KeyMismatch) and opens
with its recovery key (exposure/recovery.py). Rekey and restore replace the file and its keyring
entry together or not at all (exposure/store/replace.py).
"""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Generic, TypeVar

from exposure import keys
from exposure.errors import (
    ExposureError,
    KeyMismatch,
    KeyNotFound,
    KeyringUnavailable,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    VaultUnreadable,
    WrongPassphrase,
    WrongRecoveryKey,
)
from exposure.keys import Protection, VaultKey
from exposure.model import Change
from exposure.recovery import format_recovery_key, parse_recovery_key
from exposure.store import connection, replace, schema, snapshot
from exposure.store.base import Repository
from exposure.store.connection import Connection, Transactions
from exposure.store.identifiers import Identifiers
from exposure.store.people import People
from exposure.store.registrations import Registrations
from exposure.store.services import Services

if TYPE_CHECKING:  # built on first use (see Vault._repo)
    from exposure.store.audits import Audits
    from exposure.store.breaches import Breaches
    from exposure.store.crosscheck_reads import CrossCheckReads
    from exposure.store.exposures import Exposures
    from exposure.store.feeds import Feeds
    from exposure.store.leak_steps import LeakSteps
    from exposure.store.requests import Requests
    from exposure.store.takeover import Hardenings, Playbooks
    from exposure.store.takeover_reads import TakeoverReads

Listener = Callable[[Change], None]

R = TypeVar("R", bound=Repository)


class _Lazy(Generic[R]):
    """A repository of the vault made on first use, its module imported then (Vault._repo)."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __get__(self, vault: Vault, owner: type[Vault] | None = None) -> R:
        cls: type[R] = getattr(importlib.import_module(self.module), self.name)
        return vault._repo(cls)


class Vault:
    """An unlocked vault. Repositories hang off it: people, identifiers, services, registrations."""

    def __init__(self, path: Path, conn: Connection, key: VaultKey) -> None:
        self.path = path
        self._key = key
        self._listeners: list[Listener] = []
        self._busy_ms = connection.BUSY_TIMEOUT_MS
        self._bind(conn)

    def _bind(self, conn: Connection) -> None:
        """Repositories over `conn` (again after the file was replaced)."""
        self._conn: Connection | None = conn
        self.tx = Transactions(conn)
        self.people = People(conn, self.tx, self.announce)
        self.identifiers = Identifiers(conn, self.tx, self.announce)
        self.services = Services(conn, self.tx, self.announce)
        self.registrations = Registrations(conn, self.tx, self.announce)
        self._bound = conn
        self._repos: dict[type[Repository], Repository] = {}

    def _repo(self, cls: type[R]) -> R:
        """The other repositories are made on first use, their modules imported then
        (deliberately lazy): letters' deadlines, feeds and audits are not needed to unlock, so
        `inventory --json` never loads them."""
        repo = self._repos.get(cls)
        if not isinstance(repo, cls):
            repo = self._repos[cls] = cls(self._bound, self.tx, self.announce)
        return repo

    # made on first use, see _repo (the TYPE_CHECKING imports above give their types and keep
    # the edges visible to the layers contract)
    requests: _Lazy[Requests] = _Lazy("exposure.store.requests", "Requests")
    audits: _Lazy[Audits] = _Lazy("exposure.store.audits", "Audits")
    feeds: _Lazy[Feeds] = _Lazy("exposure.store.feeds", "Feeds")
    breaches: _Lazy[Breaches] = _Lazy("exposure.store.breaches", "Breaches")
    exposures: _Lazy[Exposures] = _Lazy("exposure.store.exposures", "Exposures")
    hardening: _Lazy[Hardenings] = _Lazy("exposure.store.takeover", "Hardenings")
    playbooks: _Lazy[Playbooks] = _Lazy("exposure.store.takeover", "Playbooks")
    leak_steps: _Lazy[LeakSteps] = _Lazy("exposure.store.leak_steps", "LeakSteps")
    crosscheck_reads: _Lazy[CrossCheckReads] = _Lazy("exposure.store.crosscheck_reads",
                                                     "CrossCheckReads")
    takeover_reads: _Lazy[TakeoverReads] = _Lazy("exposure.store.takeover_reads",
                                                 "TakeoverReads")

    # --- life cycle ------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, key: VaultKey, *, target_version: int | None = None) -> Vault:
        """A new, empty vault. In keyring mode the key goes to the keyring once the file exists."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise VaultExists("a vault is already there")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        salt = keys.new_keyring_salt() if key.protection is Protection.KEYRING else None
        conn = connection.connect(path, key, create=True, salt=salt)
        try:
            schema.migrate(conn, target_version)
            if (target_version or schema.current_version()) >= 2:
                conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                                 [("protection", key.protection.value),
                                  ("home", replace.home_of(path))])
            if salt is not None:
                keys.store_key(salt, key)
        except BaseException:
            conn.close()
            replace.remove_vault_files(path)
            raise
        return cls(path, conn, key)

    @classmethod
    def open(cls, path: Path, key: VaultKey | None = None, *, passphrase: str | None = None,
             recovery_key: str | None = None, migrate: bool = True,
             busy_ms: int = connection.BUSY_TIMEOUT_MS) -> Vault:
        """Unlock with `key`, a `passphrase`, a `recovery_key`, or (none given) the key in the
        OS keyring. A keyring key that does not open a sound-looking file is KeyMismatch, never
        'damaged': the recovery key is the way in then."""
        path = Path(path)
        source = "key"
        if recovery_key is not None:
            key, source = parse_recovery_key(recovery_key), "recovery"
        elif passphrase:
            key = VaultKey.from_passphrase(passphrase)
        elif key is None:
            if path.is_dir():
                raise VaultUnreadable("a folder, not a vault", reason="not_a_file")
            if not path.exists():
                raise VaultMissing("no vault at this path")
            problem = connection.header_problem(path)
            if problem:
                raise VaultCorrupt("damaged header", reason=problem)
            key, source = keys.load_key(path), "keyring"
        try:
            conn = connection.connect(path, key, busy_ms=busy_ms)
        except WrongPassphrase:
            if source == "keyring":
                raise KeyMismatch("the keyring's key does not open this vault") from None
            if source == "recovery":
                raise WrongRecoveryKey("the recovery key does not open this vault") from None
            raise
        try:
            if migrate:
                schema.migrate(conn)
        except BaseException:
            conn.close()
            raise
        vault = cls(path, conn, key)
        vault._busy_ms = busy_ms
        if source == "recovery":
            vault._remember_key()
        vault._settle_identity()
        return vault

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(connection.DatabaseError):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None

    lock = close

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked("vault is locked")
        return self._conn

    # --- change notices --------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """`listener(change)` runs after each committed change (Change.PEOPLE …)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def announce(self, topic: Change) -> None:
        """Tell the listeners `topic` changed: the repositories do after each write, a merge
        that wrote through the connection does once it is done."""
        if self.tx.active:
            return  # the outer operation notifies once it commits
        for listener in list(self._listeners):
            listener(topic)

    def set_busy_timeout(self, ms: int) -> None:
        """How long a write waits for another process's lock before VaultBusy."""
        self._busy_ms = int(ms)
        self.conn.execute(f"PRAGMA busy_timeout = {self._busy_ms}")

    def changed_elsewhere(self) -> bool:
        """True once per batch of commits made by another process (PRAGMA data_version), so a
        window can refresh what it shows; our own writes are announced by notices instead."""
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        seen, self._data_version = getattr(self, "_data_version", version), version
        return version != seen

    def reading(self) -> contextlib.AbstractContextManager[Connection]:
        """Several reads (across repositories) that see one state of the vault."""
        return self.tx.read()

    @contextlib.contextmanager
    def operation(self, topic: Change | str) -> Iterator[Connection]:
        """Several writes as one transaction, with one change notice at the end (a plain word
        must name a Change: a typo fails before anything is written)."""
        change = Change(topic)
        with self.tx() as conn:
            yield conn
        self.announce(change)

    # --- exact undo of deletions -----------------------------------------------------------------
    def snapshot_deletion(self, table: str, ids: Iterable[object]) -> snapshot.Snapshot:
        """Before deleting `ids` of `table`: every row the delete will remove or cut loose."""
        with self.tx.read() as conn:
            return snapshot.capture(conn, table, ids)

    def restore_snapshot(self, snap: snapshot.Snapshot) -> None:
        """Put a deletion back exactly (ids included) in one transaction, or raise UndoConflict
        and change nothing."""
        with self.tx() as conn:
            snapshot.restore(conn, snap)
        for topic in snap.topics:
            self.announce(topic)

    # --- facts about the vault -------------------------------------------------------------------
    @property
    def protection(self) -> Protection:
        return self._key.protection

    @property
    def key(self) -> VaultKey:
        return self._key

    @property
    def schema_version(self) -> int:
        return schema.version_of(self.conn)

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.tx() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def integrity_problems(self) -> list[str]:
        return connection.integrity_problems(self.conn)

    # --- keys ------------------------------------------------------------------------------------
    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` is this vault's current one (asked before changing protection)."""
        if self.protection is not Protection.PASSPHRASE or not passphrase:
            return False
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return connection.key_opens(self.path, VaultKey(Protection.PASSPHRASE, passphrase))
    def recovery_key(self) -> str:
        """The recovery key of a keyring vault, formatted for people (ValueError otherwise)."""
        return format_recovery_key(self._key)

    @property
    def recovery_key_confirmed(self) -> bool:
        """False for a keyring vault whose recovery key the user has not yet confirmed keeping
        (a new key, or a vault made before recovery keys): the app offers it then."""
        return self.protection is not Protection.KEYRING or self.meta(_CONFIRMED) == "1"

    def confirm_recovery_key(self) -> None:
        self.set_meta(_CONFIRMED, "1")

    def rekey(self, new_key: VaultKey) -> None:
        """Change the passphrase, or switch between keyring and passphrase protection. The file
        is replaced as a whole (new salt); VaultInUse while another process has it open."""
        self._replace(new_key, delete_old=True)

    def _replace(self, new_key: VaultKey, *, delete_old: bool) -> None:
        conn = self.conn
        old_salt = keys.read_salt(self.path) if self.protection is Protection.KEYRING else None
        same = new_key.secret == self._key.secret
        meta = {"protection": new_key.protection.value,
                _CONFIRMED: self.meta(_CONFIRMED) if same else ""}
        version = schema.version_of(conn)
        with replace.exclusive(conn):
            tmp, salt = replace.sealed_copy(conn, self.path, new_key, version, meta)
            replace.put_in_place(tmp, self.path, new_key, salt, old_salt if delete_old else None)
            conn.close()  # the old file's connection, before it could make a -wal beside the new
        self._conn = None
        self._key = new_key
        self._bind(connection.connect(self.path, new_key, busy_ms=self._busy_ms))

    def _remember_key(self) -> None:
        """After opening with the recovery key: put the key back into this keyring (best effort)
        so the next start needs nothing typed."""
        with contextlib.suppress(ExposureError, OSError):
            salt = keys.read_salt(self.path)
            if keys.is_keyring_salt(salt):
                keys.store_key(salt, self._key)

    def _settle_identity(self) -> None:
        """A keyring vault that is a copy (another file than the one its identity was made for)
        or older than salt tags gets a salt and keyring entry of its own, same key: changing one
        copy then never locks out another. Tried again at the next open if it cannot be now."""
        if self.protection is not Protection.KEYRING or self.schema_version < 2:
            return
        try:
            salt = keys.read_salt(self.path)
            if keys.is_keyring_salt(salt) and self.meta("home") == replace.home_of(self.path):
                return
            self._replace(self._key, delete_old=False)
        except (ExposureError, OSError, connection.DatabaseError):
            return

    # --- backup ----------------------------------------------------------------------------------
    def backup(self, dest: Path, passphrase: str) -> None:
        """An encrypted copy under its own passphrase, 0600, checked, then renamed into place."""
        key = VaultKey.from_passphrase(passphrase, check_strength=True)
        dest = Path(dest)
        replace.clean_leftovers(dest.parent)
        tmp, _ = replace.sealed_copy(self.conn, dest, key, self.schema_version,
                                     {"protection": key.protection.value})
        try:
            os.replace(tmp, dest)
            replace.fsync_path(dest.parent)
        finally:
            replace.remove_vault_files(tmp)

    @classmethod
    def restore(cls, backup: Path, backup_passphrase: str, dest: Path, new_key: VaultKey, *,
                current: Vault | None = None) -> Vault:
        """Replace (or create) the vault at `dest` with the backup's contents under `new_key`.
        `current` is the open vault at `dest`, if any: it is closed, and the restore is refused
        (VaultInUse) while another process has it open. The old keyring entry goes last."""
        dest = Path(dest)
        if current is None and replace.open_elsewhere(dest):
            raise VaultInUse("another process has the vault open")
        source = connection.connect(Path(backup), VaultKey.from_passphrase(backup_passphrase),
                                    wal=False)
        try:
            old_salt = _keyring_salt_of(dest)
            keep = current is not None and current.key.secret == new_key.secret
            meta = {"protection": new_key.protection.value,
                    _CONFIRMED: current.meta(_CONFIRMED) if keep and current else ""}
            hold = replace.exclusive(current.conn) if current and current.is_open \
                else contextlib.nullcontext()
            with hold:
                tmp, salt = replace.sealed_copy(source, dest, new_key, schema.version_of(source),
                                                meta)
                replace.put_in_place(tmp, dest, new_key, salt, old_salt)
                if current is not None:
                    current.close_without_checkpoint()
        finally:
            source.close()
        return cls.open(dest, new_key)

    def close_without_checkpoint(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


_CONFIRMED = "recovery_key_confirmed"


def _keyring_salt_of(path: Path) -> bytes | None:
    """The salt whose keyring entry belongs to the file at `path`, if it is a keyring vault."""
    try:
        salt = keys.read_salt(path)
    except (OSError, ExposureError):
        return None
    return salt if keys.is_keyring_salt(salt) or keys.has_keyring_key(salt) else None


def interrupted_creation(path: Path) -> bool:
    """A 0-byte file where the vault should be: a creation (the wizard, `demo`) killed before
    its first page was written. It holds nothing, so it may be replaced."""
    path = Path(path)
    return path.is_file() and path.stat().st_size == 0


def protection_of(path: Path) -> Protection | None:
    """How a locked vault is protected, as far as can be told without its key: the salt's tag
    says keyring; an untagged file (a passphrase vault, or a keyring vault from before tags)
    is keyring when this keyring holds its key. None: cannot tell (an old file, keyring down)."""
    try:
        salt = keys.read_salt(path)
    except (OSError, ExposureError):
        return Protection.PASSPHRASE
    if keys.is_keyring_salt(salt):
        return Protection.KEYRING
    try:
        keys.load_key(salt)
    except KeyNotFound:
        return Protection.PASSPHRASE
    except KeyringUnavailable:
        return None if keys.keyring_state().usable else Protection.PASSPHRASE
    return Protection.KEYRING
