"""Identity-fraud remedies (id-leak, id-photo-leak): the ordered, sourced checklist, and the
headless `takeover` / `playbook --scenario` that print it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from exposure import takeover as to
from exposure.cli import main as cli_main
from exposure.errors import InvalidInput, NotFound
from tests.core.takeover_fixtures import build_case, closed_for_cli
from tests.core.test_takeover_playbook import SECRETS

NOW = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def case(vault):
    return build_case(vault)


@pytest.mark.parametrize("key", ["id-leak", "id-photo-leak"])
def test_remedies_name_the_lookups_the_credit_report_and_netid_each_sourced(vault, case,
                                                                           key) -> None:
    book = to.remedies_for_person(vault, case.person, key)
    assert book.name == key and book.sections == to.remedies.REMEDY_SECTIONS
    keys = [i.key for i in book.items]
    for want in ("lookup:phone_cards", "lookup:internet_accounts", "lookup:bank_cards",
                 "credit-report", "unknown:phone", "unknown:card", "unknown:loan", "police",
                 "antifraud", "netid"):
        assert want in keys
    # ordered: look-ups, credit report, what to do with unknowns, police, then 网号/网证
    order = [keys.index(k) for k in ("lookup:phone_cards", "credit-report", "unknown:loan",
                                     "police", "netid")]
    assert order == sorted(order)
    items = {i.key: i for i in book.items}
    zh = "\n".join(i.text("zh") for i in book.items)
    en = "\n".join(i.text("en") for i in book.items)
    for word in ("一证通查", "一键查卡", "信用报告", "网号/网证", "110", "96110", "2025-07-15"):
        assert word in zh
    assert "credit report" in en and "网号/网证" in en and "在" not in items["netid"].text("en")
    assert items["police"].hotline == "110" and items["antifraud"].hotline == "96110"
    for k in ("lookup:phone_cards", "lookup:internet_accounts", "lookup:bank_cards",
              "credit-report", "netid", "police", "unknown:loan"):
        assert items[k].sources and all(s.url.startswith("http") for s in items[k].sources), k
    assert {s.url for s in items["lookup:bank_cards"].sources} >= {"https://www.dsb.cn/170495.html"}
    assert any("caixin" in s.url for s in items["netid"].sources)
    assert "核查" in items["lookup:phone_cards"].why("zh")  # points to the Audit page
    assert "Audit page" in items["lookup:phone_cards"].why("en")
    assert not any(s in zh + en for s in SECRETS)


def test_an_id_photo_leak_first_locks_the_accounts_that_fall(vault, case) -> None:
    report = to.report_for(vault, case.person, "id-photo-leak")
    book = to.build_remedies(report.graph.person, "id-photo-leak", report.graph,
                             report.analysis, report.cut)
    locks = book.section("face")
    assert len(locks) == len(report.cut) + len(report.analysis.steps)
    assert book.items[: len(locks)] == tuple(locks)  # locking comes first
    for step in report.analysis.steps:
        item = {i.key: i for i in locks}[f"fallen:{step.node.key}"]
        assert to.explain(step, report.graph, "zh") in item.text("zh")
    with pytest.raises(InvalidInput):
        to.build_remedies(report.graph.person, "lost-phone", report.graph, report.analysis)


def test_sections_are_numbered_without_gaps(vault) -> None:
    pid = vault.people.add(name="无账户")  # no card, no phone: empty lock/carrier sections
    book = to.remedies_for_person(vault, pid, "id-leak")
    titles = [t for t, _ in book.numbered("zh")]
    assert [t.split(".")[0] for t in titles] == [str(n) for n in range(1, len(titles) + 1)]
    lost = to.playbook_for_person(vault, pid)
    assert not lost.section("carrier") and not lost.section("cards")
    numbers = [t.split(".")[0] for t, _ in lost.numbered("en")]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    text = to.render_playbook_text(book, {}, "zh", NOW)
    assert text.startswith("身份证号泄露应对清单 — 无账户") and "1. " in text
    assert "来源: " in text  # every sourced item prints its source
    html = to.render_playbook_html(book, {}, "en", NOW)
    assert "ID number leaked: what to do" in html and "dsb.cn" in html


def test_cli_takeover_prints_the_remedies_after_the_chain(vault, case, monkeypatch,
                                                          capsys) -> None:
    path = closed_for_cli(vault, case, monkeypatch)
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--scenario",
                     "id-photo-leak"]) == 0
    out = capsys.readouterr().out
    assert "证件照/人脸泄露应对清单" in out
    for word in ("一证通查", "一键查卡", "信用报告", "网号/网证", "dsb.cn", "caixin.com"):
        assert word in out, word
    assert not any(s in out for s in SECRETS)
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--scenario",
                     "id-leak", "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    netid = {i["key"]: i for i in data["remedies"]}["netid"]
    assert netid["sources"] and "网号/网证" in netid["text"] and netid["ticked"] is None
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["remedies"] == []  # lost-phone has its playbook
    # the checklist is ticked in the vault, apart from the lost-phone playbook
    assert cli_main(["playbook", "--vault", path, "--person", "受害人", "--scenario",
                     "id-leak", "--tick", "netid"]) == 0
    capsys.readouterr()
    assert cli_main(["playbook", "--vault", path, "--person", "受害人", "--scenario",
                     "id-leak", "--json"]) == 0
    items = {i["key"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert items["netid"]["ticked"] and not items["police"]["ticked"]
    assert cli_main(["playbook", "--vault", path, "--person", "受害人", "--json"]) == 0
    items = {i["key"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert "netid" not in items and not items["police"]["ticked"]
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--scenario",
                     "id-leak", "--lang", "en"]) == 0
    assert "[x]" in capsys.readouterr().out


def test_remedies_for_an_unknown_person_fail_cleanly(vault) -> None:
    with pytest.raises(NotFound):
        to.remedies_for_person(vault, 999, "id-leak")
