"""Replace a vault file so that the file and its keyring entry change together or not at all.

Rekey, restore and a copy taking its own identity all go the same way:

1. take the vault for ourselves (no other process may have it open: it would keep writing to the
   old file after the rename and lose those writes), and leave WAL mode so no `-wal` file is left
   beside the new file;
2. export everything to a temporary file beside it, under the new key and a new salt;
3. check the copy (both integrity checks), make it 0600 and flush it to disk;
4. store the new key in the keyring under the new salt (keyring mode);
5. rename the copy over the vault and flush the folder;
6. only then delete the old keyring entry (best effort: a stale entry opens nothing).

A crash before 5 leaves the old file with its old key (and a temporary file that
`clean_leftovers` removes at the next start, with the keyring entry made for it); a crash after 5
leaves the new file with its new key.
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

if sys.platform != "win32":
    import fcntl

from exposure import keys
from exposure.errors import ExposureError, VaultCorrupt, VaultInUse
from exposure.keys import Protection, VaultKey
from exposure.store import connection
from exposure.store.connection import Connection, DatabaseError

PREFIX, SUFFIX = ".exposure-", ".tmp"
SIDE_FILES = ("", "-wal", "-shm", "-journal")


def temp_beside(dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX, dir=dest.parent)
    os.close(fd)
    os.unlink(name)
    return Path(name)


def remove_vault_files(path: Path) -> None:
    for suffix in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def clean_leftovers(folder: Path, *, min_age_s: float = 600) -> int:
    """Remove what an interrupted backup, rekey or restore left in `folder` (temporary copies,
    their -wal/-shm/-journal, and a keyring entry stored for a copy that never became the vault).
    Copies younger than `min_age_s` may belong to another process at work right now and stay.
    Returns how many copies were removed."""
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        for tmp in folder.glob(f"{PREFIX}*{SUFFIX}"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime < min_age_s:
                    continue
            with contextlib.suppress(OSError, ExposureError):
                salt = keys.read_salt(tmp)
                if keys.is_keyring_salt(salt):
                    keys.delete_key(salt)
            remove_vault_files(tmp)
            removed += 1
        for side in folder.glob(f"{PREFIX}*{SUFFIX}-*"):  # side files whose copy is gone
            with contextlib.suppress(OSError):
                if not Path(str(side).rsplit("-", 1)[0]).exists() \
                        and now - side.stat().st_mtime >= min_age_s:
                    side.unlink()
    return removed


def fsync_path(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def exclusive(conn: Connection) -> Iterator[None]:
    """Hold the vault alone: leave WAL (SQLite refuses while another connection has the file
    open, which is how another process is noticed) and keep an exclusive lock until the block
    ends. VaultInUse when another process has it open; nothing changed then."""
    waited = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA busy_timeout = 200")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except DatabaseError as exc:
        if connection.is_busy(exc):
            raise VaultInUse("another process has the vault open") from None
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waited}")
    if str(mode).lower() != "delete":
        raise VaultInUse("another process has the vault open")
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except DatabaseError as exc:
            if connection.is_busy(exc):
                raise VaultInUse("another process has the vault open") from None
            raise
        # Someone who opened it in the instant before our lock would have set WAL again.
        if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "delete":
            raise VaultInUse("another process has the vault open")
        yield
    finally:
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # drops the lock
            conn.execute("PRAGMA journal_mode = WAL")


def open_elsewhere(path: Path) -> bool:
    """Whether another process has the vault open, without its key: every connection in WAL
    mode holds a shared lock on byte 128 of the `-shm` file (SQLite's unix VFS, the "DMS" slot);
    F_GETLK reports another process's lock and never our own. Linux only (struct flock's
    layout); elsewhere False, and the keyed check in `exclusive` is all there is."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        fd = os.open(f"{path}-shm", os.O_RDONLY)
    except OSError:
        return False
    try:
        probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, probe)
        return bool(struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK)
    except OSError:
        return False
    finally:
        os.close(fd)


def sealed_copy(conn: Connection, near: Path, key: VaultKey, user_version: int,
                meta: dict[str, str]) -> tuple[Path, bytes | None]:
    """Steps 2–3: a checked, flushed, 0600 copy beside `near` under `key`. Returns its path and
    its salt when it is a keyring file (whose key is then stored under that salt)."""
    tmp = temp_beside(near)
    salt = keys.new_keyring_salt() if key.protection is Protection.KEYRING else None
    try:
        connection.export_to(conn, tmp, key, user_version, salt=salt, meta=meta)
        os.chmod(tmp, 0o600)
        check = connection.connect(tmp, key, wal=False)
        try:
            if connection.integrity_problems(check):
                raise VaultCorrupt("copy did not verify", reason="backup")
            # The copy's identity is its own inode, which the rename keeps.
            if connection.has_meta(check):
                check.execute("INSERT OR REPLACE INTO meta VALUES ('home', ?)", (home_of(tmp),))
        finally:
            check.close()
        fsync_path(tmp)
    except BaseException:
        remove_vault_files(tmp)
        raise
    return tmp, salt


def put_in_place(tmp: Path, dest: Path, key: VaultKey, salt: bytes | None,
                 old_salt: bytes | None) -> None:
    """Steps 4–6: key to the keyring under the copy's salt, rename, then forget `old_salt`."""
    try:
        if salt is not None:
            keys.store_key(salt, key)
        os.replace(tmp, dest)
    except BaseException:
        if salt is not None:
            with contextlib.suppress(Exception):
                keys.delete_key(salt)
        remove_vault_files(tmp)
        raise
    for side in SIDE_FILES[1:]:  # the old file's; never the new one's
        with contextlib.suppress(FileNotFoundError):
            Path(str(dest) + side).unlink()
    fsync_path(dest.parent)
    if old_salt is not None and old_salt != salt:
        with contextlib.suppress(Exception):
            keys.delete_key(old_salt)


def home_of(path: Path) -> str:
    """Which file this is: device and inode. A copy has another; a rename keeps it."""
    st = os.stat(path)
    return f"{st.st_dev}:{st.st_ino}"
