"""The encrypted vault: one SQLCipher 4 file holding the whole inventory.

    with Vault.create(path, VaultKey.from_passphrase("correct horse")) as vault:
        pid = vault.people.add(name="妈妈")

Opening never writes until the key is proven and the file checked; a wrong key or a damaged file
raises WrongPassphrase / VaultCorrupt and leaves the bytes as they were.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType

from exposure import keys
from exposure.errors import VaultCorrupt, VaultExists, VaultLocked, WrongPassphrase
from exposure.keys import Protection, VaultKey
from exposure.store import connection, schema, snapshot
from exposure.store.audits import Audits
from exposure.store.breaches import Breaches, Exposures, Feeds
from exposure.store.connection import Connection, Transactions
from exposure.store.inventory import Identifiers, People, Registrations, Services
from exposure.store.requests import Requests
from exposure.store.takeover import Hardenings, Playbooks

Listener = Callable[[str], None]


class Vault:
    """An unlocked vault. Repositories hang off it: people, identifiers, services, registrations."""

    def __init__(self, path: Path, conn: Connection, key: VaultKey) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._protection = key.protection
        self._listeners: list[Listener] = []
        self.tx = Transactions(conn)
        self.people = People(conn, self.tx, self._changed)
        self.identifiers = Identifiers(conn, self.tx, self._changed)
        self.services = Services(conn, self.tx, self._changed)
        self.registrations = Registrations(conn, self.tx, self._changed)
        self.requests = Requests(conn, self.tx, self._changed)
        self.audits = Audits(conn, self.tx, self._changed)
        self.feeds = Feeds(conn, self.tx, self._changed)
        self.breaches = Breaches(conn, self.tx, self._changed)
        self.exposures = Exposures(conn, self.tx, self._changed)
        self.hardening = Hardenings(conn, self.tx, self._changed)
        self.playbooks = Playbooks(conn, self.tx, self._changed)

    # --- life cycle ------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, key: VaultKey, *, target_version: int | None = None) -> Vault:
        """A new, empty vault. In keyring mode the key goes to the keyring once the file exists."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise VaultExists("a vault is already there")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        conn = connection.connect(path, key, create=True)
        try:
            schema.migrate(conn, target_version)
            if (target_version or schema.current_version()) >= 2:
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('protection', ?)",
                             (key.protection.value,))
            if key.protection is Protection.KEYRING:
                keys.store_key(path, key)
        except BaseException:
            conn.close()
            _remove_vault_files(path)
            raise
        return cls(path, conn, key)

    @classmethod
    def open(cls, path: Path, key: VaultKey | None = None, *, passphrase: str | None = None,
             migrate: bool = True) -> Vault:
        """Unlock with `key`, a `passphrase`, or (neither given) the key in the OS keyring."""
        path = Path(path)
        if key is None:
            key = VaultKey.from_passphrase(passphrase) if passphrase else keys.load_key(path)
        try:
            conn = connection.connect(path, key)
        except WrongPassphrase:
            if key.protection is Protection.KEYRING:
                # The keyring's key was right when stored: a failure now means a damaged file.
                raise VaultCorrupt("the stored key no longer opens it", reason="damaged") from None
            raise
        try:
            if migrate:
                schema.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, key)

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
        """`listener(topic)` runs after each committed change ("people", "registrations" …)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _changed(self, topic: str) -> None:
        if self.tx.active:
            return  # the outer operation notifies once it commits
        for listener in list(self._listeners):
            listener(topic)

    @contextlib.contextmanager
    def operation(self, topic: str) -> Iterator[Connection]:
        """Several writes as one transaction, with one change notice at the end."""
        with self.tx() as conn:
            yield conn
        self._changed(topic)

    # --- exact undo of deletions -----------------------------------------------------------------
    def snapshot_deletion(self, table: str, ids: Iterable[object]) -> snapshot.Snapshot:
        """Before deleting `ids` of `table`: every row the delete will remove or cut loose."""
        return snapshot.capture(self.conn, table, ids)

    def restore_snapshot(self, snap: snapshot.Snapshot) -> None:
        """Put a deletion back exactly (ids included) in one transaction, or raise UndoConflict
        and change nothing."""
        with self.tx() as conn:
            snapshot.restore(conn, snap)
        for topic in snap.topics:
            self._changed(topic)

    # --- facts about the vault -------------------------------------------------------------------
    @property
    def protection(self) -> Protection:
        return self._protection

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
        if self._protection is not Protection.PASSPHRASE or not passphrase:
            return False
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return connection.key_opens(self.path, VaultKey(Protection.PASSPHRASE, passphrase))

    def rekey(self, new_key: VaultKey) -> None:
        """Change the passphrase, or switch between keyring and passphrase protection."""
        conn = self.conn
        if new_key.protection is Protection.KEYRING:
            keys.store_key(self.path, new_key)  # the salt does not change with rekey
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        try:
            conn.reset_key(new_key.sqlcipher_key())
        finally:
            conn.execute("PRAGMA journal_mode = WAL")
        old = self._protection
        self._protection = new_key.protection
        self.set_meta("protection", new_key.protection.value)
        if old is Protection.KEYRING and new_key.protection is Protection.PASSPHRASE:
            with contextlib.suppress(Exception):
                keys.delete_key(self.path)

    # --- backup ----------------------------------------------------------------------------------
    def backup(self, dest: Path, passphrase: str) -> None:
        """An encrypted copy under its own passphrase, written atomically, checked before kept."""
        key = VaultKey.from_passphrase(passphrase, check_strength=True)
        dest = Path(dest)
        tmp = _temp_beside(dest)
        try:
            connection.export_to(self.conn, tmp, key, self.schema_version)
            check = connection.connect(tmp, key)
            try:
                if connection.integrity_problems(check):
                    raise VaultCorrupt("backup did not verify", reason="backup")
            finally:
                check.close()
            os.replace(tmp, dest)
        finally:
            _remove_vault_files(tmp)

    @classmethod
    def restore(cls, backup: Path, backup_passphrase: str, dest: Path, new_key: VaultKey) -> Vault:
        """Replace (or create) the vault at `dest` with the backup's contents under `new_key`."""
        dest = Path(dest)
        source = connection.connect(Path(backup), VaultKey.from_passphrase(backup_passphrase))
        tmp = _temp_beside(dest)
        try:
            version = schema.version_of(source)
            connection.export_to(source, tmp, new_key, version)
            source.close()
            if dest.exists():
                if new_key.protection is Protection.KEYRING or keys.has_keyring_key(dest):
                    with contextlib.suppress(Exception):
                        keys.delete_key(dest)
                _remove_vault_files(dest)
            os.replace(tmp, dest)
            if new_key.protection is Protection.KEYRING:
                keys.store_key(dest, new_key)
        finally:
            with contextlib.suppress(Exception):
                source.close()
            _remove_vault_files(tmp)
        vault = cls.open(dest, new_key)
        vault.set_meta("protection", new_key.protection.value)
        return vault


def _temp_beside(dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, name = tempfile.mkstemp(prefix=".exposure-", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    os.unlink(name)
    return Path(name)


def _remove_vault_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def interrupted_creation(path: Path) -> bool:
    """A 0-byte file where the vault should be: a creation (the wizard, `demo`) killed before
    its first page was written. It holds nothing, so it may be replaced."""
    path = Path(path)
    return path.is_file() and path.stat().st_size == 0


def protection_of(path: Path) -> Protection:
    """How a locked vault is protected, as far as can be told without its key."""
    return Protection.KEYRING if keys.has_keyring_key(path) else Protection.PASSPHRASE
