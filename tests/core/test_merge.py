"""Merging two copies of a vault: content-matched, newer field wins, deletions honoured, one
transaction, undoable, and a second merge changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from exposure.cli import main as cli_main
from exposure.demo import load_demo
from exposure.keys import VaultKey
from exposure.merge import merge_from, undo_merge
from exposure.model import IdentifierKind, Role, Usage
from exposure.vault import Vault
from tests.conftest import PASSPHRASE

OTHER = "another long passphrase"


def _demo(path: Path, passphrase: str = PASSPHRASE) -> Vault:
    vault = Vault.create(path, VaultKey.from_passphrase(passphrase))
    load_demo(vault)
    return vault


def _add_registration(vault: Vault, person: str, service: str, catalog_id: str) -> None:
    p = vault.people.find(person)
    sid = vault.services.ensure(name=service, catalog_id=catalog_id)
    phone = next(i for i in vault.identifiers.all_identifiers(p.id) if i.kind is IdentifierKind.PHONE)
    vault.registrations.add(person_id=p.id, service_id=sid, usages=[Usage(phone.id, Role.LOGIN)])


def _inventory(vault: Vault) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(r.person.name, r.service.catalog_id or r.service.name,
             tuple(sorted(i.value for i in r.identifiers))) for r in vault.registrations.rows()}


@pytest.fixture
def copies(tmp_path: Path):
    a, b = _demo(tmp_path / "a.exposure"), _demo(tmp_path / "b.exposure", OTHER)
    yield a, b
    a.close()
    b.close()


def test_two_copies_with_different_new_registrations_merge_into_one_holding_both(copies) -> None:
    a, b = copies
    _add_registration(a, "张演示", "知乎", "zhihu")
    _add_registration(b, "王演示", "闲鱼", "xianyu")
    b_id_before = {r.registration.id for r in b.registrations.rows()}
    report = merge_from(a, b)
    assert report.added == {"services": 1, "registrations": 1, "registration_identifiers": 1}
    assert not report.deleted and report.changed
    held = _inventory(a)
    assert any(x[:2] == ("张演示", "zhihu") for x in held)
    assert any(x[:2] == ("王演示", "xianyu") and x[2] for x in held)
    assert len(held) == 36
    assert {r.registration.id for r in b.registrations.rows()} == b_id_before  # b untouched
    again = merge_from(a, b)
    assert not again.changed and not again.added and not again.deleted
    assert _inventory(a) == held


def test_newer_edit_wins_per_field_and_the_loser_is_reported(copies) -> None:
    a, b = copies
    pa, pb = a.people.find("王演示"), b.people.find("王演示")
    a.people.update(pa.id, name="王演示", relation=pa.relation, notes="older note")
    b.people.update(pb.id, name="王演示", relation=pb.relation, notes="newer note")
    a.conn.execute("UPDATE edit_times SET at = '2020-01-01T00:00:00.000Z' WHERE tbl = 'people'"
                   " AND field = 'notes'")
    report = merge_from(a, b)
    assert a.people.get(pa.id).notes == "newer note"
    change = next(c for c in report.changes if c.field == "notes")
    assert change.taken and change.lost == "older note" and change.key_hint == "王演示"
    # the other way round the newer value stays and the older one is reported, not applied
    report_b = merge_from(b, a)
    assert b.people.get(pb.id).notes == "newer note"
    assert not report_b.changed


def test_deletions_are_honoured_unless_the_other_side_changed_the_row(copies) -> None:
    a, b = copies
    reg_b = next(r for r in b.registrations.rows() if r.service.catalog_id == "suning")
    b.registrations.delete(reg_b.registration.id)
    report = merge_from(a, b)
    assert report.deleted.get("registrations") == 1
    assert not any(r.service.catalog_id == "suning" for r in a.registrations.rows())
    # deleted here, still in the other copy, unchanged there since: stays deleted
    reg_a = next(r for r in a.registrations.rows() if r.service.catalog_id == "meituan")
    a.registrations.delete(reg_a.registration.id)
    again = merge_from(a, b)
    assert again.kept_deleted.get("registrations") == 1
    assert not any(r.service.catalog_id == "meituan" for r in a.registrations.rows())
    # the other copy edits it after the deletion: it comes back
    reg_b = next(r for r in b.registrations.rows() if r.service.catalog_id == "meituan")
    b.conn.execute("UPDATE registrations SET notes = 'still used' WHERE id = ?",
                   (reg_b.registration.id,))
    b.conn.execute("UPDATE edit_times SET at = '2999-01-01T00:00:00.000Z' WHERE tbl ="
                   " 'registrations' AND row_id = ? AND field = 'notes'", (reg_b.registration.id,))
    merge_from(a, b)
    assert any(r.service.catalog_id == "meituan" and r.registration.notes == "still used"
               for r in a.registrations.rows())


def test_dry_run_writes_nothing_and_undo_puts_everything_back(copies) -> None:
    a, b = copies
    _add_registration(b, "王演示", "闲鱼", "xianyu")
    pid = b.people.add(name="李演示", relation="sibling")
    b.identifiers.add(person_id=pid, kind=IdentifierKind.EMAIL, value="li@example.com")
    b.hardening.mark_done(b.people.find("张演示").id, f"card:{_card(b)}",
                          dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC))
    before = _inventory(a)
    preview = merge_from(a, b, dry_run=True)
    assert preview.added["people"] == 1 and preview.dry_run
    assert _inventory(a) == before and a.people.find("李演示") is None
    report = merge_from(a, b)
    assert a.people.find("李演示") is not None
    done = a.hardening.done(a.people.find("张演示").id)
    assert f"card:{_card(a)}" in done  # translated into this copy's identifier id
    undo_merge(a, report.undo)
    assert _inventory(a) == before and a.people.find("李演示") is None
    assert not a.hardening.done(a.people.find("张演示").id)
    assert merge_from(a, b).added["people"] == 1  # an undone merge can be done again


def _card(vault: Vault) -> int:
    me = vault.people.find("张演示")
    return next(i.id for i in vault.identifiers.all_identifiers(me.id) if i.kind is IdentifierKind.BANK_CARD)


def test_cli_merge_dry_run_then_merge(copies, tmp_path, monkeypatch, capsys) -> None:
    a, b = copies
    _add_registration(b, "王演示", "闲鱼", "xianyu")
    pa, pb = str(a.path), str(b.path)
    a.close()
    b.close()
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EXPOSURE_OTHER_PASSPHRASE", OTHER)
    assert cli_main(["merge", "--vault", pa, "--from", pb, "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["added"]["registrations"] == 1 and out["dry_run"]
    assert cli_main(["merge", "--vault", pa, "--from", pb]) == 0
    assert "registrations: 1 added" in capsys.readouterr().out
    assert cli_main(["merge", "--vault", pa, "--from", pb]) == 0
    assert "nothing to merge" in capsys.readouterr().out
    monkeypatch.setenv("EXPOSURE_OTHER_PASSPHRASE", "wrong one entirely")
    assert cli_main(["merge", "--vault", pa, "--from", pb]) == 3


def test_a_sync_tools_conflict_copy_is_found_beside_the_vault(tmp_path) -> None:
    from exposure.merge import conflict_copies

    vault = tmp_path / "vault.exposure"
    names = ["vault (Mum's conflicted copy 2026-03-01).exposure",
             "vault.sync-conflict-20260301-101500-ABCDEF1.exposure",
             "vault (1).exposure", "vault.exposure-wal", "other.exposure", "vault-backup.exposure"]
    for name in [vault.name, *names]:
        (tmp_path / name).write_bytes(b"x")
    found = {p.name for p in conflict_copies(vault)}
    assert found == set(names[:3])


def test_a_person_renamed_on_one_computer_does_not_come_back_twice(copies) -> None:
    a, b = copies
    mum = a.people.find("王演示")
    a.people.update(mum.id, name="王秀兰", relation=mum.relation, notes=mum.notes)
    report = merge_from(a, b)
    assert report.kept_deleted.get("people") == 1 and "people" not in report.added
    assert sorted(p.name for p in a.people.all_people()) == ["张小演", "张演示", "王秀兰"]
    assert report.skipped > 0  # the old name's numbers and accounts are left out, and said so
