"""The lost-phone playbook, ticks and hardening kept in the vault, and the headless commands."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from exposure import takeover as to
from exposure.cli import main as cli_main
from exposure.cli.common import Hooks
from exposure.errors import InvalidInput, NotFound
from exposure.model import Role, Usage
from tests.conftest import PASSPHRASE
from tests.core.takeover_fixtures import (
    CCB_CARD,
    ICBC_CARD,
    ID_NUMBER,
    PHONE,
    build_case,
    closed_for_cli,
)

NOW = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)
SECRETS = (PHONE, ID_NUMBER, ICBC_CARD, CCB_CARD, "13900000001", "6222 0200", "身份证正反面")


@pytest.fixture
def case(vault):
    return build_case(vault)


def test_playbook_orders_the_calls_and_lists_every_card_with_its_hotline(vault, case) -> None:
    book = to.playbook_for_person(vault, case.person, case.catalog)
    sections = [i.section for i in book.items]
    assert sections == sorted(sections, key=to.SECTIONS.index)  # carrier first, police last
    assert book.items[0].key == f"carrier:{case.phone}" and book.items[0].hotline == "10000"
    assert "139****0001" in book.items[0].text("zh")
    cards = {i.key: i for i in book.section("cards")}
    assert set(cards) == {f"card:{case.icbc}", f"card:{case.ccb}"}
    assert cards[f"card:{case.icbc}"].hotline == "95588"
    old = cards[f"card:{case.ccb}"]
    assert old.hotline == "95533" and old.dormant and "**** 0020" in old.text("en")
    assert old.sources  # the hotline's source from the catalogue
    report = {i.key: i for i in book.section("report")}
    assert report["police"].hotline == "110" and report["antifraud"].hotline == "96110"
    assert all(i.sources for i in report.values())
    watch = {i.key: i for i in book.section("watch")}["watch:new-accounts"]
    assert "微信支付" in watch.text("zh") and "test-pay" not in watch.text("zh")  # has one
    quick = {i.key: i for i in book.section("quickpay")}
    assert "test-pay" in quick[f"quickpay:{case.icbc}"].text("zh")
    text = "\n".join(i.text(lang) for i in book.items for lang in ("zh", "en"))
    assert not any(s in text for s in SECRETS)


def test_a_card_whose_bank_is_unknown_says_to_look_on_its_back(vault) -> None:
    pid = vault.people.add(name="旧卡")
    card = vault.identifiers.add(person_id=pid, kind="bank_card", value=ICBC_CARD)
    sid = vault.services.ensure(name="某村镇银行")
    vault.registrations.add(person_id=pid, service_id=sid, usages=[Usage(card, Role.LOGIN)])
    lonely = vault.identifiers.add(person_id=pid, kind="bank_card", value=CCB_CARD)
    book = to.playbook_for_person(vault, pid)
    cards = {i.key: i for i in book.section("cards")}
    assert set(cards) == {f"card:{card}", f"card:{lonely}"}  # even a card no service uses
    assert cards[f"card:{card}"].hotline == ""
    assert "card's back" in cards[f"card:{card}"].text("en")
    assert "卡背面" in cards[f"card:{lonely}"].text("zh")


def test_a_number_without_its_carrier_account_gets_the_hotline_of_its_range(vault) -> None:
    pid = vault.people.add(name="无运营商")
    mobile = vault.identifiers.add(person_id=pid, kind="phone", value="13700000003")
    abroad = vault.identifiers.add(person_id=pid, kind="phone", value="+4915112345678")
    items = {i.key: i for i in to.playbook_for_person(vault, pid).section("carrier")}
    assert items[f"carrier:{mobile}"].hotline == "10086"
    assert "号段" in items[f"carrier:{mobile}"].text("zh")
    assert "ported" in items[f"carrier:{mobile}"].text("en")
    assert items[f"carrier:{abroad}"].hotline == ""
    assert "unknown" in items[f"carrier:{abroad}"].text("en")


def test_ticks_are_timestamped_kept_and_rendered(vault, case, app_paths) -> None:
    book = to.playbook_for_person(vault, case.person, case.catalog)
    first, card = book.items[0].key, f"card:{case.ccb}"
    vault.playbooks.tick(case.person, first, NOW)
    vault.playbooks.tick(case.person, card, NOW + dt.timedelta(minutes=5))
    ticks = vault.playbooks.ticks(case.person)
    assert ticks == {first: NOW, card: NOW + dt.timedelta(minutes=5)}
    assert to.progress(book, ticks) == (2, len(book.items))
    html = to.render_playbook_html(book, ticks, "zh", NOW)
    assert html.count("☑") == 2 and html.count("□") == len(book.items) - 2
    assert "2026-11-25 09:35" in html and "10000" in html and "96110" in html
    text = to.render_playbook_text(book, ticks, "en", NOW)
    assert "[x] 10000" in text and "2 of" in text
    assert vault.playbooks.untick(case.person, first) and not vault.playbooks.untick(
        case.person, first)
    assert list(vault.playbooks.ticks(case.person)) == [card]
    assert vault.playbooks.reset(case.person) == 1 and vault.playbooks.ticks(case.person) == {}
    with pytest.raises(InvalidInput):
        vault.playbooks.tick(case.person, "", NOW)


def test_playbook_html_escapes_names(vault) -> None:
    pid = vault.people.add(name="<script>alert(1)</script>")
    html = to.render_playbook_html(to.playbook_for_person(vault, pid), {}, "en", NOW)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_hardening_done_survives_reopening_and_goes_with_the_person(vault, case, app_paths):
    from exposure.keys import VaultKey
    from exposure.vault import Vault

    vault.hardening.mark_done(case.person, f"sim-pin:{case.phone}", NOW, note="PIN set")
    vault.hardening.mark_done(case.person, f"sim-pin:{case.phone}", NOW + dt.timedelta(days=1))
    vault.playbooks.tick(case.person, "police", NOW)
    with pytest.raises(NotFound):
        vault.hardening.mark_done(9999, "sim-pin:1", NOW)
    with pytest.raises(InvalidInput):
        vault.hardening.mark_done(case.person, " ", NOW)
    vault.close()
    with Vault.open(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE)) as again:
        assert again.hardening.done(case.person) == {f"sim-pin:{case.phone}": NOW}
        again.people.delete(case.person)
        assert again.hardening.all_keys() == {} and again.playbooks.ticks(case.person) == {}


# --- headless -------------------------------------------------------------------------------------
def test_cli_takeover_prints_the_chain_and_the_cut_masked(vault, case, monkeypatch,
                                                          capsys) -> None:
    path = closed_for_cli(vault, case, monkeypatch)
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--scenario",
                     "lost-phone", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "take-overs, in order" in out and "SIM PIN on 139****0001: prevents" in out
    assert out.index("China Telecom") < out.index("Social security") < out.index("test-loan")
    assert "china-telecom" not in out  # English names in English
    assert not any(s in out for s in SECRETS)
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cut"][0]["step"] == f"sim-pin:{case.phone}"
    assert data["steps"][1]["uses"][0]["from"] == "scenario"
    assert not any(s in json.dumps(data, ensure_ascii=False) for s in SECRETS)
    # record the SIM PIN: the chain is gone; undo brings it back
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--done",
                     f"sim-pin:{case.phone}"]) == 0
    capsys.readouterr()
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--lang", "en"]) == 0
    assert "No account falls" in capsys.readouterr().out
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--undo",
                     f"sim-pin:{case.phone}"]) == 0
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--undo",
                     f"sim-pin:{case.phone}"]) == 1
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--done", "nope"]) == 1
    assert cli_main(["takeover", "--vault", path, "--person", "nobody"]) == 1
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--scenario",
                     "meteor"]) == 2
    capsys.readouterr()
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--phone", "0001",
                     "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["steps"]
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--phone", "1234"]) == 2
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--list-scenarios"]) == 0
    assert "lost-phone-unlocked" in capsys.readouterr().out
    err = capsys.readouterr().err
    assert not any(s in err for s in SECRETS)


def test_cli_playbook_writes_a_pdf_through_the_hook_html_and_text(demo_vault, tmp_path,
                                                                   monkeypatch, capsys) -> None:
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(demo_vault.path)
    demo_vault.close()
    pages: list[list[str]] = []
    hooks = Hooks(html_to_pdf=lambda p, o: (pages.append(list(p)), o.write_bytes(b"%PDF")))
    out = tmp_path / "playbook.pdf"
    assert cli_main(["playbook", "--vault", path, "--person", "张演示", "--out", str(out)],
                    hooks) == 0
    assert out.read_bytes() == b"%PDF" and len(pages) == 1
    html = pages[0][0]
    assert "10010" in html and "95533" in html and "十年前的建行卡" in html  # labels shown
    assert "**** 0020" in html and "110" in html and "96110" in html
    assert not any(s in html for s in ("6217000000000000020", "13900000001"))
    assert cli_main(["playbook", "--vault", path, "--person", "张演示", "--out",
                     str(out)], Hooks()) == 1  # no PDF writer (no Qt): a clear failure
    assert cli_main(["playbook", "--vault", path, "--person", "张演示", "--out",
                     str(tmp_path / "p.doc")]) == 2
    assert cli_main(["playbook", "--vault", path, "--person", "张演示", "--tick", "police"]) == 0
    capsys.readouterr()
    assert cli_main(["playbook", "--vault", path, "--person", "张演示", "--json"]) == 0
    items = {i["key"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert items["police"]["ticked"] and not items["antifraud"]["ticked"]
    txt = tmp_path / "p.txt"
    assert cli_main(["playbook", "--vault", path, "--person", "张演示", "--out", str(txt),
                     "--lang", "en"]) == 0
    assert "[x] 110" in txt.read_text("utf-8")
    assert cli_main(["playbook", "--vault", path, "--person", "张演示", "--tick", "x"]) == 1
