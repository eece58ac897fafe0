"""Keyring vaults never lose their way in: the recovery key, honest errors when the keyring cannot
give the key, a file and its keyring entry that change together, copies with their own entry."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exposure import keys
from exposure.errors import (
    InvalidRecoveryKey,
    KeyMismatch,
    KeyNotFound,
    KeyringLocked,
    KeyringUnavailable,
    VaultBusy,
    VaultInUse,
    WrongPassphrase,
    WrongRecoveryKey,
)
from exposure.keys import Protection, VaultKey
from exposure.recovery import format_recovery_key, parse_recovery_key
from exposure.store import replace
from exposure.vault import Vault, protection_of

ROOT = Path(__file__).resolve().parents[2]


def _keyring_vault(path: Path) -> str:
    with Vault.create(path, VaultKey.new_raw()) as vault:
        vault.people.add(name="妈妈")
        return vault.recovery_key()


# --- the recovery key ------------------------------------------------------------------------
def test_recovery_key_round_trips_and_reads_like_people_write() -> None:
    key = VaultKey.new_raw()
    text = format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 13 and all(len(g) == 5 for g in groups)
    assert parse_recovery_key(text).secret == key.secret
    sloppy = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    assert parse_recovery_key(sloppy).secret == key.secret


def test_every_single_typo_and_swap_is_caught_in_its_group() -> None:
    key = VaultKey.new_raw()
    chars = format_recovery_key(key).replace("-", "")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for pos in range(len(chars)):
        for other in alphabet:
            if other == chars[pos]:
                continue
            typo = chars[:pos] + other + chars[pos + 1:]
            with pytest.raises(InvalidRecoveryKey) as err:
                parse_recovery_key(typo)
            assert err.value.params["group"] == pos // 5 + 1
    for pos in range(len(chars) - 1):
        if pos % 5 == 4 or chars[pos] == chars[pos + 1]:
            continue  # across a group boundary: caught too, maybe in the next group
        swapped = chars[:pos] + chars[pos + 1] + chars[pos] + chars[pos + 2:]
        with pytest.raises(InvalidRecoveryKey):
            parse_recovery_key(swapped)
    groups = format_recovery_key(key).split("-")
    groups[2], groups[3] = groups[3], groups[2]
    with pytest.raises(InvalidRecoveryKey):
        parse_recovery_key("-".join(groups))
    with pytest.raises(InvalidRecoveryKey) as short:
        parse_recovery_key(chars[:-5])
    assert short.value.params["reason"] == "length"


def test_a_swap_of_0_and_z_is_caught() -> None:
    """Luhn mod 32 (the check before) missed exactly this swap; the GF(32) check catches it."""
    from exposure.recovery import ALPHABET, _check

    for group in range(13):
        for a in range(32):
            for b in range(32):
                if a == b:
                    continue
                for pos in range(3):
                    data = [a, b, a, b]
                    swapped = list(data)
                    swapped[pos], swapped[pos + 1] = swapped[pos + 1], swapped[pos]
                    if swapped != data:
                        assert _check(group, swapped) != _check(group, data), (ALPHABET[a],
                                                                               ALPHABET[b])


def test_a_key_printed_with_the_earlier_luhn_check_still_opens() -> None:
    from exposure.recovery import ALPHABET, _luhn_check

    key = VaultKey.new_raw()
    number = int(key.secret, 16)
    values = [(number >> (5 * i)) & 31 for i in range(52)][::-1]
    groups = []
    for g in range(13):
        data = values[g * 4:(g + 1) * 4]
        groups.append("".join(ALPHABET[v] for v in data) + ALPHABET[_luhn_check(g, data)])
    assert parse_recovery_key("-".join(groups)) == key


def test_recovery_key_opens_the_vault_when_the_keyring_entry_is_gone(app_paths, memory_keyring
                                                                   ) -> None:  # type: ignore[no-untyped-def]
    recovery = _keyring_vault(app_paths.vault)
    memory_keyring.store.clear()  # another account, a reset keyring, a deleted entry
    assert protection_of(app_paths.vault) is Protection.KEYRING  # the header says so
    with pytest.raises(KeyNotFound):
        Vault.open(app_paths.vault)
    with pytest.raises(WrongRecoveryKey):
        Vault.open(app_paths.vault, recovery_key=format_recovery_key(VaultKey.new_raw()))
    with Vault.open(app_paths.vault, recovery_key=recovery) as vault:
        assert [p.name for p in vault.people.all_people()] == ["妈妈"]
    with Vault.open(app_paths.vault) as vault:  # the key went back into this keyring
        assert vault.protection is Protection.KEYRING


def test_keyring_trouble_is_named_and_never_called_damage(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _keyring_vault(app_paths.vault)
    before = app_paths.vault.read_bytes()
    memory_keyring.locked = True
    with pytest.raises(KeyringLocked):
        Vault.open(app_paths.vault)
    assert protection_of(app_paths.vault) is Protection.KEYRING
    memory_keyring.locked, memory_keyring.down = False, True
    with pytest.raises(KeyringUnavailable) as down:
        Vault.open(app_paths.vault)
    assert down.value.params["reason"] == "not_running"
    memory_keyring.down = False
    (name,) = memory_keyring.store
    memory_keyring.store[name] = VaultKey.new_raw().secret  # a stale entry
    with pytest.raises(KeyMismatch):
        Vault.open(app_paths.vault)
    assert app_paths.vault.read_bytes() == before


def test_vaults_made_before_recovery_keys_are_offered_one(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(app_paths.vault, VaultKey.new_raw()) as vault:
        assert not vault.recovery_key_confirmed
        vault.confirm_recovery_key()
    with Vault.open(app_paths.vault) as vault:
        assert vault.recovery_key_confirmed
    with Vault.create(app_paths.data / "p.exposure", VaultKey.from_passphrase("long enough 1")) \
            as vault:
        assert vault.recovery_key_confirmed  # nothing to offer for a passphrase vault


def test_an_untagged_keyring_vault_from_before_gets_its_own_salt(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    """Vaults made by earlier versions: a random salt, the entry named after it."""
    from exposure.store import connection, schema

    key = VaultKey.new_raw()
    conn = connection.connect(app_paths.vault, key, create=True)
    schema.migrate(conn)
    conn.execute("INSERT INTO meta VALUES ('protection', 'keyring')")
    conn.close()
    old_salt = keys.read_salt(app_paths.vault)
    keys.store_key(app_paths.vault, key)
    assert not keys.is_keyring_salt(old_salt)
    with Vault.open(app_paths.vault) as vault:
        assert vault.protection is Protection.KEYRING
    assert keys.is_keyring_salt(keys.read_salt(app_paths.vault))
    with Vault.open(app_paths.vault, recovery_key=format_recovery_key(key)):
        pass  # same key: a recovery key written down before still works


# --- file and keyring change together ----------------------------------------------------------
def test_rekey_both_ways_changes_salt_and_entry_together(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _keyring_vault(app_paths.vault)
    with Vault.open(app_paths.vault) as vault:
        vault.rekey(VaultKey.from_passphrase("now typed by hand"))
        assert vault.protection is Protection.PASSPHRASE
        assert [p.name for p in vault.people.all_people()] == ["妈妈"]
    assert memory_keyring.store == {}
    assert protection_of(app_paths.vault) is Protection.PASSPHRASE
    with Vault.open(app_paths.vault, passphrase="now typed by hand") as vault:
        vault.rekey(VaultKey.new_raw())
        assert not vault.recovery_key_confirmed  # a new key: a new recovery key to write down
        recovery = vault.recovery_key()
    assert list(memory_keyring.store) == [(keys.KEYRING_SERVICE, keys.key_id(app_paths.vault))]
    with Vault.open(app_paths.vault, recovery_key=recovery) as vault:
        assert [p.name for p in vault.people.all_people()] == ["妈妈"]
    assert stat.S_IMODE(app_paths.vault.stat().st_mode) == 0o600


def test_keyring_to_passphrase_with_a_locked_keyring_still_opens(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _keyring_vault(app_paths.vault)
    vault = Vault.open(app_paths.vault)
    memory_keyring.locked = True  # the old entry cannot be deleted now
    vault.rekey(VaultKey.from_passphrase("typed from now on"))
    vault.close()
    memory_keyring.locked = False
    assert len(memory_keyring.store) == 1  # stale, under a salt no file has any more
    assert protection_of(app_paths.vault) is Protection.PASSPHRASE
    with Vault.open(app_paths.vault, passphrase="typed from now on") as vault:
        assert [p.name for p in vault.people.all_people()] == ["妈妈"]


def test_a_copy_gets_its_own_entry_and_changing_it_never_locks_out_the_original(
        app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    original = app_paths.vault
    recovery = _keyring_vault(original)
    copy = app_paths.data / "copy.exposure"
    shutil.copy(original, copy)
    with Vault.open(copy) as vault:  # first open: the copy takes its own salt, same key
        assert vault.recovery_key() == recovery
    assert keys.read_salt(copy) != keys.read_salt(original)
    assert len(memory_keyring.store) == 2
    with Vault.open(copy) as vault:
        vault.rekey(VaultKey.from_passphrase("the copy's own passphrase"))
    with Vault.open(original) as vault:
        assert [p.name for p in vault.people.all_people()] == ["妈妈"]
    shutil.copy(original, copy)  # and the other way round
    with Vault.open(copy):
        pass
    with Vault.open(original) as vault:
        vault.rekey(VaultKey.from_passphrase("the original's passphrase"))
    with Vault.open(copy) as vault:
        assert vault.protection is Protection.KEYRING


def test_rekey_refuses_politely_while_another_process_has_the_vault_open(app_paths,
                                                                         memory_keyring) -> None:  # type: ignore[no-untyped-def]
    recovery = _keyring_vault(app_paths.vault)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from exposure.vault import Vault\n"
         "v = Vault.open(sys.argv[1], recovery_key=sys.argv[2])\n"
         "print(len(v.people.all_people()), flush=True)\n"
         "sys.stdin.readline()\n", str(app_paths.vault), recovery],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT),
             "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "1"
        with Vault.open(app_paths.vault) as vault:
            salt = keys.read_salt(app_paths.vault)
            with pytest.raises(VaultInUse):
                vault.rekey(VaultKey.from_passphrase("not while others write"))
            assert keys.read_salt(app_paths.vault) == salt
            vault.people.add(name="爸爸")  # the open vault still works
            assert vault.protection is Protection.KEYRING
            vault.backup(app_paths.data / "b.exposure", "backup passphrase")
        with pytest.raises(VaultInUse):  # nor a restore without the vault open here
            Vault.restore(app_paths.data / "b.exposure", "backup passphrase", app_paths.vault,
                          VaultKey.new_raw())
        assert keys.read_salt(app_paths.vault) == salt
    finally:
        holder.communicate("\n", timeout=30)
    with Vault.open(app_paths.vault) as vault:
        assert len(vault.people.all_people()) == 2


def test_restore_in_keyring_mode_keeps_the_recovery_key(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    recovery = _keyring_vault(app_paths.vault)
    backup = app_paths.data / "b.exposure"
    with Vault.open(app_paths.vault) as vault:
        vault.backup(backup, "backup passphrase 1")
        vault.people.add(name="later")
        vault.confirm_recovery_key()
        restored = Vault.restore(backup, "backup passphrase 1", app_paths.vault, vault.key,
                                 current=vault)
    with restored:
        assert [p.name for p in restored.people.all_people()] == ["妈妈"]
        assert restored.recovery_key() == recovery and restored.recovery_key_confirmed
    assert len(memory_keyring.store) == 1  # the old file's entry went after the rename
    for path in (backup, app_paths.vault):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    restored = Vault.restore(backup, "backup passphrase 1", app_paths.vault,
                             VaultKey.from_passphrase("restored, typed"))
    restored.close()
    assert memory_keyring.store == {}


def test_leftovers_of_interrupted_runs_are_cleaned_at_the_next_start(app_paths, memory_keyring
                                                                    ) -> None:  # type: ignore[no-untyped-def]
    _keyring_vault(app_paths.vault)
    with Vault.open(app_paths.vault) as vault:
        tmp, salt = replace.sealed_copy(vault.conn, app_paths.vault, vault.key,
                                        vault.schema_version, {})
        assert salt is not None
        keys.store_key(salt, vault.key)  # killed between storing the key and the rename
    for side in ("-wal", "-journal"):
        Path(str(tmp) + side).write_bytes(b"x")
    old = time.time() - 3600
    os.utime(tmp, (old, old))
    assert replace.clean_leftovers(app_paths.data) == 1
    assert not list(app_paths.data.glob(".exposure-*"))
    assert len(memory_keyring.store) == 1
    with Vault.open(app_paths.vault):
        pass


# --- many processes ----------------------------------------------------------------------------
def test_a_held_write_lock_is_a_clear_busy_error_and_loses_nothing(vault: Vault) -> None:
    from tests.conftest import PASSPHRASE

    other = Vault.open(vault.path, passphrase=PASSPHRASE, busy_ms=100)
    try:
        vault.people.add(name="first")
        vault.conn.execute("BEGIN IMMEDIATE")  # as another process mid-write
        with pytest.raises(VaultBusy):
            other.people.add(name="blocked")
        vault.conn.execute("COMMIT")
        other.people.add(name="after")
        other.changed_elsewhere()  # the first call records where we are
        vault.people.add(name="from the other side")
        assert other.changed_elsewhere()
        assert not other.changed_elsewhere()
        assert sorted(p.name for p in other.people.all_people()) == [
            "after", "first", "from the other side"]
    finally:
        other.close()


def test_wrong_passphrase_is_still_wrong_passphrase(vault: Vault) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.path, passphrase="not it at all")


WRITER = r"""
import sys
from exposure.vault import Vault
v = Vault.open(sys.argv[1], passphrase=sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    with v.operation("registrations"):
        pid = v.people.add(name=f"p{n}")
        sid = v.services.add(name=f"s{n}")
        v.registrations.add(person_id=pid, service_id=sid)
    n += 1
"""


def test_inventory_reads_are_never_torn_by_another_processes_writes(vault: Vault) -> None:
    """rows() runs five SELECTs; without one read transaction a registration whose person was
    committed in between raised KeyError (2 of 38 CLI commands in the report)."""
    from tests.conftest import PASSPHRASE

    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(vault.path), PASSPHRASE],
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        seen = 0
        for _ in range(300):
            rows = vault.registrations.rows()
            assert all(r.person.id == r.registration.person_id for r in rows)
            seen = max(seen, len(rows))
        assert seen > 0  # the writer did write meanwhile
    finally:
        writer.kill()
        writer.communicate()
