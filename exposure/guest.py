"""A guest session: a vault that lives in this process's memory only.

    vault = open_guest_vault()
    …                                   # the workshop
    vault.backup(usb / "mine.exposure", passphrase)   # optional: an encrypted copy to take home
    vault.close()                       # everything else is gone

The database is SQLCipher's in-memory database (temporary tables and sorting in memory too), keyed
with a random 256-bit key that is created here, never stored, never put in the keyring and never
shown. Nothing is written to disk unless the user saves a copy, which goes where they choose.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from exposure.keys import Protection, VaultKey
from exposure.store import connection, schema
from exposure.vault import Vault

GUEST_PATH = Path(":memory:")


def open_guest_vault() -> Vault:
    key = VaultKey(Protection.KEYRING, secrets.token_hex(32))  # raw key form; never stored
    conn = connection.connect(GUEST_PATH, key, create=True)
    try:
        schema.migrate(conn)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('protection', 'guest')")
    except BaseException:
        conn.close()
        raise
    return Vault(GUEST_PATH, conn, key)


def is_guest(vault: Vault) -> bool:
    return vault.path == GUEST_PATH
