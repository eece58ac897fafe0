"""Audit against the national look-ups: the gap between the official count and the inventory
(dormant numbers and cards count), the listed platforms the inventory lacks, storage and history,
bad input, the look-ups data file and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from exposure import audit
from exposure.audit import Counts, compare, load_lookups, parse_listed, run
from exposure.catalog import default_catalog
from exposure.errors import CatalogInvalid, InvalidInput, NotFound
from exposure.model import IdentifierKind, IdentifierStatus, PersonId, RegistrationStatus
from exposure.paths import RESOURCES
from tests.shared_data import SHARED

TODAY = dt.date(2026, 11, 25)
RESEARCH = SHARED / "research" / "cn-legal-context.md"


def _person(vault, name: str) -> PersonId:
    person = vault.people.find(name)
    assert person is not None
    return person.id


def _ident(vault, pid, kind, label):
    return next(i for i in vault.identifiers.all_identifiers(pid) if i.kind == kind and i.label == label)


# --- the data file ------------------------------------------------------------------------------
def test_lookups_file_validates_and_names_the_three_lookups() -> None:
    lookups = load_lookups()
    assert set(lookups) == {"phone_cards", "internet_accounts", "bank_cards"}
    assert lookups["phone_cards"].counts is Counts.PHONE
    assert lookups["bank_cards"].counts is Counts.BANK_CARD
    accounts = lookups["internet_accounts"]
    assert accounts.counts is Counts.PHONE_ACCOUNTS and accounts.per_phone
    assert "10699000" in accounts.text("reply", "zh")
    for lookup in lookups.values():
        assert lookup.items("steps", "zh") and lookup.items("steps", "en")
        assert len(lookup.items("steps", "zh")) == len(lookup.items("steps", "en"))
        assert len(lookup.items("unverified", "zh")) == len(lookup.items("unverified", "en"))
        assert lookup.sources and all(s.url.startswith("http") and s.seen for s in lookup.sources)
    # what the research notes could not confirm is said, not hidden
    assert any("全国" in u for u in lookups["bank_cards"].items("unverified", "zh"))


def test_participating_platforms_are_catalogue_services() -> None:
    catalog = default_catalog()
    for lookup in load_lookups().values():
        for cid in lookup.platforms:
            assert catalog.get(cid) is not None, cid


@pytest.mark.skipif(not RESEARCH.exists(), reason="the research notes are not on this machine")
def test_every_lookup_source_url_is_in_the_research_notes() -> None:
    notes = RESEARCH.read_text("utf-8")
    for lookup in load_lookups().values():
        for source in lookup.sources:
            assert source.url in notes, source.url


def test_a_broken_lookups_file_is_refused(tmp_path: Path) -> None:
    data = json.loads((RESOURCES / "audit" / "lookups.json").read_text("utf-8"))
    del data["lookups"][0]["sources"]
    bad = tmp_path / "lookups.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(CatalogInvalid) as err:
        load_lookups(bad, RESOURCES / "audit" / "lookups.schema.json")
    assert err.value.params["path"] == "$.lookups[0].sources"
    data["lookups"][0]["sources"] = [{"url": "ftp://x", "seen": "2026-01-01", "title": "t"}]
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(CatalogInvalid):
        load_lookups(bad, RESOURCES / "audit" / "lookups.schema.json")
    bad.write_text("{", "utf-8")
    with pytest.raises(CatalogInvalid):
        load_lookups(bad, RESOURCES / "audit" / "lookups.schema.json")


# --- gaps ---------------------------------------------------------------------------------------
def test_phone_numbers_count_dormant_and_flag_a_forgotten_one(demo_vault) -> None:
    pid = _person(demo_vault, "张演示")
    same = compare(demo_vault, pid, "phone_cards", today=TODAY, official_count=2)
    # 主号 and the dormant 副卡 both count: the look-up lists every card still in service
    assert same.inventory_count == 2 and same.dormant_count == 1
    assert same.gap == 0 and not same.fewer and not same.flagged

    more = compare(demo_vault, pid, "phone_cards", today=TODAY, official_count=3)
    assert more.gap == 1 and more.fewer and more.flagged

    # closing the dormant card in the inventory: it no longer counts, so the gap opens
    spare = _ident(demo_vault, pid, IdentifierKind.PHONE, "副卡")
    demo_vault.identifiers.update(spare.id, value=spare.value, label=spare.label,
                                  status=IdentifierStatus.CLOSED)
    after = compare(demo_vault, pid, "phone_cards", today=TODAY, official_count=2)
    assert after.inventory_count == 1 and after.fewer


def test_foreign_numbers_are_not_counted_against_the_mainland_lookup(demo_vault) -> None:
    pid = _person(demo_vault, "王演示")
    demo_vault.identifiers.add(person_id=pid, kind="phone", value="+85291234567")
    result = compare(demo_vault, pid, "phone_cards", today=TODAY, official_count=1)
    assert result.inventory_count == 1 and not result.fewer


def test_bank_cards_count_the_forgotten_old_card(demo_vault) -> None:
    pid = _person(demo_vault, "张演示")
    result = compare(demo_vault, pid, "bank_cards", today=TODAY, official_count=4)
    # 工资卡, 信用卡 and the dormant ten-year-old 建行 card: 3, one short of the official 4
    assert result.inventory_count == 3 and result.dormant_count == 1
    assert result.gap == 1 and result.flagged
    mother = compare(demo_vault, _person(demo_vault, "王演示"), "bank_cards", today=TODAY,
                     official_count=1)
    assert mother.inventory_count == 1 and not mother.flagged


def test_internet_accounts_count_phone_bound_registrations_at_the_platforms(demo_vault) -> None:
    pid = _person(demo_vault, "张演示")
    result = compare(demo_vault, pid, "internet_accounts", today=TODAY, official_count=5)
    services = {demo_vault.registrations.get(rid).service_id for rid in result.counted}
    names = {demo_vault.services.get(s).catalog_id for s in services}
    # alipay, wechat, jd, taobao, meituan: 苏宁 (dormant) is not a participating platform,
    # LinkedIn uses the e-mail, 12306 is not a platform of the look-up
    assert names == {"alipay", "wechat", "jd", "taobao", "meituan"}
    assert not result.fewer

    spare = _ident(demo_vault, pid, IdentifierKind.PHONE, "副卡")
    per_phone = compare(demo_vault, pid, "internet_accounts", today=TODAY, official_count=1,
                        phone_id=spare.id)
    assert per_phone.inventory_count == 0 and per_phone.fewer


def test_listed_platforms_not_in_the_inventory_are_named(demo_vault) -> None:
    catalog = default_catalog()
    pid = _person(demo_vault, "王演示")  # holds WeChat and Douyin
    result = compare(demo_vault, pid, "internet_accounts", today=TODAY, official_count=None,
                     listed="微信 1\n抖音\n支付宝：1个\nＱＱ\n某某小程序", catalog=catalog)
    assert result.official_count == 5  # no count typed: the list is the count
    assert result.listed_missing == ("alipay", "qq")
    assert result.listed_unknown == ("某某小程序",)
    assert result.flagged

    # a registration closed in the inventory but still listed officially is missing too
    wechat = next(r for r in demo_vault.registrations.rows(pid)
                  if r.service.catalog_id == "wechat").registration
    demo_vault.registrations.update(wechat.id, service_id=wechat.service_id, usages=wechat.usages,
                                    status=RegistrationStatus.CLOSED)
    again = compare(demo_vault, pid, "internet_accounts", today=TODAY, official_count=1,
                    listed=["微信"], catalog=catalog)
    assert again.listed_missing == ("wechat",) and again.inventory_count == 1


def test_listed_banks_match_catalogue_services(demo_vault) -> None:
    pid = _person(demo_vault, "张演示")
    result = compare(demo_vault, pid, "bank_cards", today=TODAY, official_count=3,
                     listed="工商银行、招商银行、中国银行", catalog=default_catalog())
    assert result.listed_missing == ("boc",)
    assert result.flagged and not result.fewer


def test_parse_listed_splits_strips_counts_and_dedupes() -> None:
    assert parse_listed("微信 2\n\n淘宝，京东、微信\r\n中国移动：1张; 快手 ×1") == (
        "微信", "淘宝", "京东", "中国移动", "快手")
    assert parse_listed(["12306", " 12306 "]) == ("12306",)


# --- storage and history ------------------------------------------------------------------------
def test_runs_are_stored_with_the_callers_date_and_listed_newest_first(demo_vault) -> None:
    pid = _person(demo_vault, "张演示")
    result1, aid1 = run(demo_vault, pid, "bank_cards", today=dt.date(2025, 11, 1), official_count=4,
                      notes="one short")
    result2, aid2 = run(demo_vault, pid, "bank_cards", today=dt.date(2026, 11, 25),
                       official_count=3, listed=["工商银行"])
    _, aid3 = run(demo_vault, pid, "phone_cards", today=dt.date(2026, 1, 1), official_count=2)
    assert result1.fewer and result1.checked_on == dt.date(2025, 11, 1)
    assert not result2.fewer and result2.listed_missing == ()
    history = demo_vault.audits.all_audits(person_id=pid, lookup="bank_cards")
    assert [a.id for a in history] == [aid2, aid1]
    old = demo_vault.audits.get(aid1)
    assert old.checked_on == dt.date(2025, 11, 1) and old.official_count == 4
    assert old.inventory_count == 3 and old.fewer and old.notes == "one short"
    assert demo_vault.audits.get(aid2).listed == ("工商银行",)
    assert audit.last_audit(demo_vault, pid, "bank_cards").id == aid2
    assert audit.last_audit(demo_vault, pid, "internet_accounts") is None
    assert {a.id for a in demo_vault.audits.all_audits(person_id=pid)} == {aid1, aid2, aid3}


def test_history_survives_reopening_and_goes_with_the_person(app_paths) -> None:
    from exposure.keys import VaultKey
    from exposure.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE)) as vault:
        pid = vault.people.add(name="爸爸")
        vault.identifiers.add(person_id=pid, kind="bank_card", value="6222020000000000018")
        run(vault, pid, "bank_cards", today=TODAY, official_count=2)
    with Vault.open(app_paths.vault, passphrase=PASSPHRASE) as vault:
        (rec,) = vault.audits.all_audits(person_id=pid)
        assert (rec.official_count, rec.inventory_count, rec.checked_on) == (2, 1, TODAY)
        vault.people.delete(pid)
        assert vault.audits.all_audits() == []


def test_recording_notifies_listeners(demo_vault) -> None:
    topics: list[str] = []
    demo_vault.subscribe(topics.append)
    run(demo_vault, _person(demo_vault, "张演示"), "phone_cards", today=TODAY, official_count=2)
    assert topics == ["audits"]


# --- bad input ----------------------------------------------------------------------------------
def test_bad_input_raises_typed_errors_and_stores_nothing(demo_vault) -> None:
    pid = _person(demo_vault, "张演示")
    with pytest.raises(InvalidInput) as err:
        run(demo_vault, pid, "bank_cards", today=TODAY, official_count=-1)
    assert err.value.params["field"] == "official_count"
    with pytest.raises(InvalidInput) as err:
        run(demo_vault, pid, "bank_cards", today=TODAY, official_count=None)
    assert err.value.params["field"] == "official_count"
    with pytest.raises(InvalidInput) as err:
        run(demo_vault, pid, "bank_cards", today=TODAY, official_count=audit.MAX_COUNT + 1)
    with pytest.raises(InvalidInput) as err:
        run(demo_vault, pid, "credit_report", today=TODAY, official_count=1)
    assert err.value.params["field"] == "lookup"
    with pytest.raises(NotFound):
        run(demo_vault, PersonId(999), "bank_cards", today=TODAY, official_count=1)
    card = _ident(demo_vault, pid, IdentifierKind.BANK_CARD, "工资卡")
    with pytest.raises(InvalidInput) as err:  # a card is not a phone number
        run(demo_vault, pid, "internet_accounts", today=TODAY, official_count=1, phone_id=card.id)
    assert err.value.params["field"] == "phone"
    other_phone = demo_vault.identifiers.all_identifiers(_person(demo_vault, "王演示"))[0]
    with pytest.raises(InvalidInput):  # someone else's number
        run(demo_vault, pid, "internet_accounts", today=TODAY, official_count=1,
            phone_id=other_phone.id)
    with pytest.raises(InvalidInput):  # the SIM look-up is per ID, not per number
        run(demo_vault, pid, "phone_cards", today=TODAY, official_count=1,
            phone_id=other_phone.id)
    with pytest.raises(InvalidInput):
        demo_vault.audits.add(person_id=pid, lookup="bank_cards", checked_on=TODAY,
                              official_count=1, inventory_count=-2)
    with pytest.raises(NotFound):
        demo_vault.audits.add(person_id=PersonId(999), lookup="bank_cards", checked_on=TODAY,
                              official_count=1, inventory_count=0)
    assert demo_vault.audits.all_audits() == []


def test_errors_never_carry_an_identifier(demo_vault) -> None:
    pid = _person(demo_vault, "张演示")
    other_phone = demo_vault.identifiers.all_identifiers(_person(demo_vault, "王演示"))[0]
    with pytest.raises(InvalidInput) as err:
        compare(demo_vault, pid, "internet_accounts", today=TODAY, official_count=1,
                phone_id=other_phone.id)
    text = f"{err.value} {err.value.params}"
    assert not re.search(r"\d{7,}", text)


# --- headless -----------------------------------------------------------------------------------
def test_cli_records_a_gap_and_lists_the_history(demo_vault, app_paths, monkeypatch,
                                                 capsys) -> None:
    from exposure.cli import main as cli_main
    from tests.conftest import PASSPHRASE

    demo_vault.close()
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    vault = str(app_paths.vault)
    assert cli_main(["audit", "--vault", vault, "--person", "张演示", "--lookup", "bank_cards",
                     "--count", "4", "--listed", "工商银行、中国银行", "--date", "2026-11-25",
                     "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["fewer"] is True and out["gap"] == 1 and out["inventory_count"] == 3
    assert out["listed_missing"] == ["boc"] and out["stored_id"] is not None
    assert cli_main(["audit", "--vault", vault, "--person", "张演示", "--lookup", "phone_cards",
                     "--count", "2", "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "matches" in text and "not stored" in text
    assert cli_main(["audit", "--vault", vault, "--person", "张演示", "--history", "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert [(h["lookup"], h["date"], h["gap"]) for h in history] == [
        ("bank_cards", "2026-11-25", 1)]


def test_cli_bad_input_is_a_usage_error_and_stores_nothing(demo_vault, app_paths, monkeypatch,
                                                           capsys) -> None:
    from exposure.cli import main as cli_main
    from exposure.keys import VaultKey
    from exposure.vault import Vault
    from tests.conftest import PASSPHRASE

    demo_vault.close()
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    vault = str(app_paths.vault)
    base = ["audit", "--vault", vault, "--person", "张演示"]
    assert cli_main([*base, "--lookup", "bank_cards", "--count", "-1"]) == 2
    assert cli_main([*base, "--lookup", "credit_report", "--count", "1"]) == 2
    assert cli_main([*base, "--lookup", "bank_cards"]) == 2
    assert cli_main(["audit", "--vault", vault, "--person", "无此人", "--lookup", "bank_cards",
                     "--count", "1"]) == 1
    err = capsys.readouterr().err
    assert "--count must be 0 or more" in err and "unknown look-up" in err
    with Vault.open(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE)) as v:
        assert v.audits.all_audits() == []


def test_cli_how_needs_no_vault(capsys) -> None:
    from exposure.cli import main as cli_main

    assert cli_main(["audit", "--how", "--lookup", "bank_cards", "--lang", "zh"]) == 0
    text = capsys.readouterr().out
    assert "一键查卡" in text and "https://www.dsb.cn/170495.html" in text
    assert "unverified" in text
