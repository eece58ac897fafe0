"""Open, key, check and transact on one SQLCipher connection (the single writer)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeAlias

from sqlcipher3 import dbapi2 as sqlcipher

from exposure.errors import (
    ExposureError,
    StorageFull,
    VaultBusy,
    VaultCorrupt,
    VaultMissing,
    VaultUnreadable,
    WrongPassphrase,
)
from exposure.keys import VaultKey

# sqlcipher3 ships no type information: the connection and its rows are typed loosely here,
# and each repository turns a row into a typed record (exposure/model.py …) at once.
Connection: TypeAlias = sqlcipher.Connection
Row: TypeAlias = Sequence[Any]  # one row as SQLite returns it
DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError

MIN_FILE_SIZE = 1024  # an SQLCipher page is 4096 bytes; anything shorter is not a vault
PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000
# The SQL function the merge triggers (store/sync.py) use to store content keys as digests;
# registered on every connection.
DIGEST = "exposure_digest"


def digest(text: object) -> str | None:
    """The stored form of a content key (SHA-256, hex); None stays None."""
    if text is None:
        return None
    return hashlib.sha256(str(text).encode("utf-8")).hexdigest()


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another connection holds a lock we waited for in vain."""
    text = str(exc)
    return isinstance(exc, DatabaseError) and ("locked" in text or "busy" in text)


def storage_error(exc: Exception) -> ExposureError:
    """What SQLite's error about the disk means for the user (never its text: it may name
    the path)."""
    if is_busy(exc):
        return VaultBusy("another process holds the vault")
    text = str(exc).lower()
    if "full" in text:
        return StorageFull("disk full")
    if "readonly" in text or "read-only" in text or "read only" in text:
        return VaultUnreadable("read-only", reason="read_only")
    if "unable to open" in text:
        return VaultUnreadable("cannot open", reason="read_only")
    if "disk i/o" in text:
        return VaultUnreadable("disk error", reason="io")
    return VaultCorrupt("database error", reason="unreadable")


def header_problem(path: Path) -> str | None:
    """What is visibly wrong with the file without any key: None when it looks like a vault.
    A key that does not open a sound-looking file is a key problem, not damage."""
    size = path.stat().st_size
    if size == 0:  # a creation killed before its first page: nothing in it to lose
        return "empty"
    if size < MIN_FILE_SIZE:
        return "truncated"
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == b"SQLite format 3\x00":
        return "plaintext"
    if size % PAGE_SIZE:
        return "truncated"
    return None


def connect(path: Path, key: VaultKey, *, create: bool = False, wal: bool = True,
            busy_ms: int = BUSY_TIMEOUT_MS, salt: bytes | None = None) -> Connection:
    """Open and key `path`; prove the key with a first read. Writes nothing unless `create`.
    Raises WrongPassphrase (which also covers a damaged first page: SQLCipher cannot tell the
    two apart), VaultCorrupt, VaultMissing, VaultUnreadable, VaultBusy, StorageFull."""
    if path.is_dir():
        raise VaultUnreadable("a folder, not a vault", reason="not_a_file")
    if not create:
        if not path.exists():
            raise VaultMissing("no vault at this path")
        try:
            problem = header_problem(path)
        except OSError:
            raise VaultUnreadable("cannot read", reason="io") from None
        if problem:
            raise VaultCorrupt("damaged header", reason=problem)
    try:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    except DatabaseError as exc:
        raise storage_error(exc) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
        conn.set_key(key.sqlcipher_key(salt if create else None))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase("the key does not open this vault") from None
        raise storage_error(exc) from None
    if not create:
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        except DatabaseError as exc:
            conn.close()
            error = storage_error(exc)
            raise (error if not isinstance(error, VaultCorrupt)
                   else VaultCorrupt("damaged", reason="damaged")) from None
        if problems != ["ok"]:
            conn.close()
            raise VaultCorrupt("damaged", reason="damaged")
    conn.create_function(DIGEST, 1, digest, deterministic=True)  # merge triggers' content keys
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if not create and not os.access(path, os.W_OK):
            raise VaultUnreadable("read-only", reason="read_only")
    except DatabaseError as exc:
        conn.close()
        raise storage_error(exc) from None
    except VaultUnreadable:
        conn.close()
        raise
    if create:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    return conn


def key_opens(path: Path, key: VaultKey) -> bool:
    """Whether `key` opens the file at `path`, on a second read-only connection (the open one
    is left alone)."""
    conn = sqlcipher.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                             isolation_level=None,
                             check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key.sqlcipher_key())
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError:
        return False
    finally:
        conn.close()
    return True


class Transactions:
    """`with tx():` runs a block in one transaction; nested blocks become savepoints."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._depth = 0

    @contextlib.contextmanager
    def __call__(self) -> Iterator[Connection]:
        conn = self._conn
        if self._depth == 0:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except DatabaseError as exc:
                raise storage_error(exc) from None
        else:
            conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield conn
        except BaseException as exc:
            self._depth -= 1
            with contextlib.suppress(DatabaseError):  # a full disk may refuse even this
                if self._depth == 0:
                    conn.execute("ROLLBACK")
                else:
                    conn.execute(f"ROLLBACK TO sp{self._depth}")
                    conn.execute(f"RELEASE sp{self._depth}")
            if isinstance(exc, sqlcipher.OperationalError) and self._depth == 0:
                raise storage_error(exc) from None
            raise
        else:
            self._depth -= 1
            if self._depth == 0:
                try:
                    conn.execute("COMMIT")
                except sqlcipher.OperationalError as exc:
                    with contextlib.suppress(DatabaseError):
                        conn.execute("ROLLBACK")
                    raise storage_error(exc) from None
            else:
                conn.execute(f"RELEASE sp{self._depth}")

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """Several SELECTs that see one state of the vault, even while another process writes
        (a WAL read transaction). Inside a write transaction it adds nothing."""
        conn = self._conn
        if self._depth > 0:
            yield conn
            return
        conn.execute("BEGIN DEFERRED")
        self._depth += 1
        try:
            yield conn
        finally:
            self._depth -= 1
            conn.execute("COMMIT")

    @property
    def active(self) -> bool:
        return self._depth > 0


def integrity_problems(conn: Connection) -> list[str]:
    """Every page's HMAC (cipher_integrity_check) and SQLite's own structure (integrity_check)."""
    problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    problems += [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    return problems


def export_to(conn: Connection, dest: Path, key: VaultKey, user_version: int, *,
              salt: bytes | None = None, meta: dict[str, str] | None = None) -> None:
    """Write an encrypted copy of the whole database to `dest` (which must not exist), with
    `salt` (raw keys) and `meta` rows set in the copy only."""
    conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(dest), key.sqlcipher_key(salt)))
    try:
        conn.execute("BEGIN")  # one read of the source, whatever other processes write meanwhile
        try:
            conn.execute("SELECT sqlcipher_export('export')").fetchall()
            conn.execute(f"PRAGMA export.user_version = {int(user_version)}")
            if has_meta(conn, "export"):
                conn.executemany("INSERT OR REPLACE INTO export.meta VALUES (?, ?)",
                                 list((meta or {}).items()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE export")


def has_meta(conn: Connection, schema: str = "main") -> bool:
    """Vaults of schema version 1 have no meta table."""
    return conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE name='meta'").fetchone() \
        is not None
