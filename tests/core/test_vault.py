"""The encrypted vault: encryption, keys, failures that must lose nothing, migrations, backups."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from exposure import keys
from exposure.errors import (
    DuplicateIdentifier,
    DuplicatePerson,
    KeyringUnavailable,
    VaultCorrupt,
    VaultExists,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
)
from exposure.keys import Protection, VaultKey, keyring_state
from exposure.model import Role, Usage
from exposure.store import schema
from exposure.vault import Vault, protection_of
from tests.conftest import PASSPHRASE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(vault: Vault) -> None:
    pid = vault.people.add(name="妈妈", relation="mother")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value="13812345678")
    card = vault.identifiers.add(person_id=pid, kind="bank_card", value="6222021000000000009")
    sid = vault.services.ensure(name="中国工商银行", catalog_id="icbc")
    vault.registrations.add(person_id=pid, service_id=sid,
                            usages=[Usage(card, Role.LOGIN), Usage(phone, Role.RESERVED_PHONE)])


def test_vault_round_trips_and_is_encrypted(app_paths) -> None:  # type: ignore[no-untyped-def]
    path = app_paths.vault
    with Vault.create(path, VaultKey.from_passphrase(PASSPHRASE)) as vault:
        _fill(vault)
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "妈妈".encode() not in raw and b"13812345678" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        rows = vault.registrations.rows()
        assert [r.person.name for r in rows] == ["妈妈"]
        assert {i.value for i in rows[0].identifiers} == {"+8613812345678", "6222021000000000009"}
        assert vault.integrity_problems() == []


def test_wrong_passphrase_is_clear_and_leaves_the_file_untouched(vault: Vault) -> None:
    _fill(vault)
    vault.close()
    before = _digest(vault.path)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault.path, passphrase="not the passphrase")
    assert _digest(vault.path) == before
    assert not Path(str(vault.path) + "-wal").exists() or \
        Path(str(vault.path) + "-wal").stat().st_size == 0
    Vault.open(vault.path, passphrase=PASSPHRASE).close()


@pytest.mark.parametrize("damage", ["truncate_half", "truncate_tiny", "flip_page2", "flip_last"])
def test_damaged_vault_gives_clear_error_and_is_never_overwritten(vault: Vault, damage: str
                                                                   ) -> None:
    for n in range(60):  # enough rows for several pages
        vault.people.add(name=f"person {n:03d}", notes="x" * 300)
    vault.close()
    data = bytearray(vault.path.read_bytes())
    assert len(data) >= 4 * 4096
    if damage == "truncate_half":
        data = data[: len(data) // 2]
    elif damage == "truncate_tiny":
        data = data[:100]
    elif damage == "flip_page2":
        data[4096 + 300] ^= 0x55
    else:
        data[-200] ^= 0x01
    vault.path.write_bytes(bytes(data))
    before = _digest(vault.path)
    with pytest.raises((VaultCorrupt, WrongPassphrase)):
        Vault.open(vault.path, passphrase=PASSPHRASE)
    assert _digest(vault.path) == before


def test_missing_and_existing_paths(app_paths) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(VaultMissing):
        Vault.open(app_paths.data / "nope.exposure", passphrase=PASSPHRASE)
    Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE)).close()
    with pytest.raises(VaultExists):
        Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE))


def test_no_keyring_backend_means_passphrase_mode_with_a_reason() -> None:
    state = keyring_state()  # the autouse fixture installs keyring's fail backend
    assert not state.usable and state.reason == "no_backend"


def test_keyring_mode_needs_no_typing(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    assert keyring_state().usable
    with Vault.create(app_paths.vault, VaultKey.new_raw()) as vault:
        _fill(vault)
        assert vault.protection is Protection.KEYRING
    (entry,) = memory_keyring.store.values()
    assert len(entry) == 64 and int(entry, 16) >= 0  # a 256-bit key, hex
    assert protection_of(app_paths.vault) is Protection.KEYRING
    with Vault.open(app_paths.vault) as vault:  # no passphrase: the keyring's key
        assert len(vault.registrations.rows()) == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(app_paths.vault, passphrase="guess")


def test_keyring_failure_at_creation_leaves_no_file(app_paths) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyringUnavailable):
        Vault.create(app_paths.vault, VaultKey.new_raw())
    assert not app_paths.vault.exists()


def test_change_passphrase_and_switch_modes(app_paths, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    path = app_paths.vault
    with Vault.create(path, VaultKey.from_passphrase(PASSPHRASE)) as vault:
        _fill(vault)
        vault.rekey(VaultKey.from_passphrase("a brand new passphrase"))
    with pytest.raises(WrongPassphrase):
        Vault.open(path, passphrase=PASSPHRASE)
    with Vault.open(path, passphrase="a brand new passphrase") as vault:
        vault.rekey(VaultKey.new_raw())  # → keyring
    assert protection_of(path) is Protection.KEYRING
    with Vault.open(path) as vault:
        assert vault.meta("protection") == "keyring"
        vault.rekey(VaultKey.from_passphrase("back to typing it"))  # → passphrase
    assert memory_keyring.store == {}
    with Vault.open(path, passphrase="back to typing it") as vault:
        assert len(vault.registrations.rows()) == 1


def test_weak_passphrases_are_refused_for_new_keys() -> None:
    for weak in ("short", "x'" + "0" * 64 + "'", "password", "12345678", "qwertyuiop",
                 "password2024"):
        with pytest.raises(WeakPassphrase):
            VaultKey.from_passphrase(weak, check_strength=True)


def test_backup_has_its_own_passphrase_and_restores(vault: Vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    _fill(vault)
    backup = app_paths.data / "backup.exposure"
    vault.backup(backup, "backup passphrase 1")
    raw = backup.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and "妈妈".encode() not in raw
    with pytest.raises(WrongPassphrase):
        Vault.open(backup, passphrase=PASSPHRASE)
    vault.people.add(name="added after the backup")
    vault.close()
    restored = Vault.restore(backup, "backup passphrase 1", vault.path,
                             VaultKey.from_passphrase("restored passphrase"))
    with restored:
        assert [p.name for p in restored.people.all_people()] == ["妈妈"]
        assert restored.schema_version == schema.current_version()
    with pytest.raises(WrongPassphrase):
        Vault.restore(backup, "wrong", vault.path, VaultKey.from_passphrase("whatever 123"))


def test_same_identifier_twice_for_one_person_is_refused(vault: Vault) -> None:
    pid = vault.people.add(name="爸爸")
    vault.identifiers.add(person_id=pid, kind="phone", value="13812345678")
    with pytest.raises(DuplicateIdentifier) as info:
        vault.identifiers.add(person_id=pid, kind="phone", value="+86 138 1234 5678")
    assert "138" not in str(info.value)
    other = vault.people.add(name="妈妈")  # another person may share it (a family line)
    vault.identifiers.add(person_id=other, kind="phone", value="13812345678")
    with pytest.raises(DuplicatePerson):
        vault.people.add(name="爸爸")


def test_failed_operation_writes_nothing(vault: Vault) -> None:
    pid = vault.people.add(name="爸爸")
    with pytest.raises(DuplicateIdentifier), vault.operation("identifiers"):
        vault.identifiers.add(person_id=pid, kind="email", value="a@example.com")
        vault.identifiers.add(person_id=pid, kind="email", value="A@example.com")
    assert vault.identifiers.all_identifiers(pid) == []


def test_v1_vault_migrates_with_data_intact(app_paths) -> None:  # type: ignore[no-untyped-def]
    path = app_paths.vault
    v1 = Vault.create(path, VaultKey.from_passphrase(PASSPHRASE), target_version=1)
    c = v1.conn
    c.execute("INSERT INTO people(id, name, relation) VALUES (1, '奶奶', 'grandparent')")
    c.execute("INSERT INTO identifiers(id, person_id, kind, value) "
              "VALUES (1, 1, 'phone', '+8613812345678')")
    c.execute("INSERT INTO services(id, name) VALUES (1, '中国移动')")
    c.execute("INSERT INTO registrations(id, person_id, service_id, since) "
              "VALUES (1, 1, 1, '2009-05-01')")
    c.execute("INSERT INTO registration_identifiers VALUES (1, 1)")
    assert schema.version_of(c) == 1
    v1.close()
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        assert vault.schema_version == schema.current_version()
        (row,) = vault.registrations.rows()
        assert row.person.name == "奶奶" and row.service.name == "中国移动"
        assert row.identifiers[0].value == "+8613812345678"
        assert row.registration.usages[0].role is Role.LOGIN
        assert row.registration.since.isoformat() == "2009-05-01"  # type: ignore[union-attr]
        assert vault.integrity_problems() == []


def test_key_repr_never_shows_the_secret() -> None:
    key = VaultKey.from_passphrase("very secret words")
    assert "secret" not in repr(key)
    raw = VaultKey.new_raw()
    assert raw.secret not in repr(raw)
    assert raw.sqlcipher_key().startswith(b"x'") and len(raw.sqlcipher_key()) == 67
    assert keys.KEYRING_SERVICE


def test_a_deleted_rows_id_is_never_given_again(app_paths) -> None:  # type: ignore[no-untyped-def]
    # Hardening steps and playbook ticks are keyed by these ids ("close-account:7"): a new
    # registration that got a deleted one's id would inherit them and hide a real risk.
    path = app_paths.vault
    with Vault.create(path, VaultKey.from_passphrase(PASSPHRASE)) as vault:
        pid = vault.people.add(name="我")
        sid = vault.services.ensure(name="某平台")
        first = vault.registrations.add(person_id=pid, service_id=sid)
        phone = vault.identifiers.add(person_id=pid, kind="phone", value="13800138000")
        vault.hardening.mark_done(pid, f"close-account:{first}", dt.datetime(2026, 11, 25, 10))
        vault.registrations.delete(first)
        vault.identifiers.delete(phone)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        second = vault.registrations.add(person_id=pid, service_id=sid)
        again = vault.identifiers.add(person_id=pid, kind="phone", value="13800138000")
        assert second > first and again > phone
        assert f"close-account:{second}" not in vault.hardening.keys(pid)


def test_change_notices_are_typed_and_a_misspelt_topic_writes_nothing(vault: Vault) -> None:
    from exposure.model import Change

    seen: list[Change] = []
    vault.subscribe(seen.append)
    pid = vault.people.add(name="妈妈")
    with vault.operation("registrations"):  # the plain word still names a Change
        vault.people.update(pid, name="母亲")
    assert seen == [Change.PEOPLE, Change.REGISTRATIONS]
    assert all(isinstance(c, Change) for c in seen)
    with pytest.raises(ValueError, match="registration"), vault.operation("registration"):
        vault.people.update(pid, name="不该写入")
    assert vault.people.get(pid).name == "母亲"


def test_many_registrations_are_written_as_one_at_a_time_would_be(app_paths) -> None:  # type: ignore[no-untyped-def]
    """`registrations.add_many` (the importer's write) gives the ids, rows, uses and high water
    that as many `add` calls give, after a deleted newest row too; all or none."""
    from exposure.errors import InvalidInput, NotFound
    from exposure.model import RegistrationStatus
    from exposure.store.registrations import NewRegistration

    def state(vault: Vault) -> tuple[object, ...]:
        c = vault.conn
        return (c.execute("SELECT * FROM registrations ORDER BY id").fetchall(),
                c.execute("SELECT rowid, * FROM registration_identifiers ORDER BY rowid").fetchall(),
                c.execute("SELECT * FROM meta WHERE key LIKE 'high_water.%' ORDER BY key").fetchall(),
                c.execute("SELECT tbl, row_id, field FROM edit_times ORDER BY 1, 2, 3").fetchall())

    made = []
    for n, batched in enumerate((False, True)):
        vault = Vault.create(app_paths.data / f"v{n}", VaultKey.from_passphrase(PASSPHRASE))
        pid = vault.people.add(name="我")
        phone = vault.identifiers.add(person_id=pid, kind="phone", value="13800138000")
        card = vault.identifiers.add(person_id=pid, kind="bank_card", value="6222021000000000009")
        sid = vault.services.ensure(name="某平台")
        vault.registrations.delete(vault.registrations.add(person_id=pid, service_id=sid))
        items = [NewRegistration(pid, sid, [Usage(phone, Role.LOGIN)]),
                 NewRegistration(pid, sid, [Usage(card, Role.BOUND_CARD), phone],
                                 RegistrationStatus.DORMANT, dt.date(2019, 3, 1), " ref ",
                                 "notes", "  我的\n名字 "),
                 NewRegistration(pid, sid)]
        if batched:
            ids = vault.registrations.add_many(items)
        else:
            ids = [vault.registrations.add(**item._asdict(), allow_duplicate=True)
                   for item in items]
        made.append((ids, state(vault)))
        assert vault.registrations.add_many([]) == []
        other = vault.people.add(name="妈妈")
        before = state(vault)
        with pytest.raises(InvalidInput):  # the phone is not hers: none of the three is written
            vault.registrations.add_many([NewRegistration(other, sid), NewRegistration(
                other, sid, [phone]), NewRegistration(other, sid)])
        with pytest.raises(NotFound):
            vault.registrations.add_many([NewRegistration(pid, sid), NewRegistration(pid, 999)])
        assert state(vault) == before
        got = vault.registrations.get(ids[1])
        assert got.usages == (Usage(phone), Usage(card, Role.BOUND_CARD))
        assert (got.status, got.since, got.account_ref, got.service_name) == (
            RegistrationStatus.DORMANT, dt.date(2019, 3, 1), "ref", "我的 名字")
        vault.close()
    (one_by_one, state1), (batch, state2) = made
    assert batch == one_by_one and batch[0] > 1  # after the deleted one
    assert state1 == state2
