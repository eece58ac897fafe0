"""The stolen-phone case to the end: the family rebuilt through the documented CSV import, the
chain with the fact behind every edge, and the playbook that follows the chain."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from exposure import takeover as to
from exposure.cli import main as cli_main
from exposure.model import Role, Usage
from exposure.sources import Source
from exposure.takeover.model import SOURCED, UNVERIFIED
from tests.conftest import PASSPHRASE
from tests.core.takeover_fixtures import ICBC_CARD, build_case, catalog_with, entry
from tests.paths import DATA

CSV = DATA / "import" / "stolen-phone-family.csv"
SECRETS = ("13900000001", "110105198001010016", "6222020000000000018", "6217000000000000020",
           "6228480000000000018")


@pytest.fixture
def case(vault):
    return build_case(vault)


# --- provenance ----------------------------------------------------------------------------------
def test_the_id_number_comes_from_the_social_security_app_by_a_sourced_fact(vault, case):
    graph = to.graph_for_person(vault, case.person, case.catalog)
    analysis = to.analyse(graph, to.scenario_for(vault, graph, "lost-phone"))
    social = analysis.step(f"reg:{case.regs['social']}")
    carrier = analysis.step(f"reg:{case.regs['carrier']}")
    assert social.round == carrier.round == 0
    gained = {str(c.kind) for c in social.gains}
    assert {"id_number", "id_photo", "card_number"} <= gained
    assert not {"id_number", "name"} & {str(c.kind) for c in carrier.gains}
    icbc = analysis.step(f"reg:{case.regs['icbc']}")
    (cap, src), = [(c, s) for c, s in icbc.providers if c.kind == "id_number"]
    fact = to.edge_fact(graph, cap, src)
    assert src == social.node.key and fact.basis == SOURCED
    assert fact.source.outlet == "21世纪经济报道"
    assert to.route_fact(social.node, social.option.route, graph).basis == SOURCED
    # China Telecom's login is cited since issue 12; its recovery is still the catalogue's judgement
    assert to.route_fact(carrier.node, carrier.option.route, graph).basis == SOURCED
    assert carrier.node.fact("recovery").basis == UNVERIFIED
    scenario_fact = to.edge_fact(graph, *social.providers[0])
    assert scenario_fact.basis == "premise" and scenario_fact.about == "scenario"


def test_a_sourced_fact_outranks_an_unverified_one_for_the_same_step(vault):
    pid = vault.people.add(name="两个来源")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value="13900000001")
    guess = entry("a-guess", "government", [["sms"]], [], ["id_number"])
    cited = replace(entry("b-cited", "government", [["sms"]], [], ["id_number"]),
                    sources={"reveals": Source("https://example.org/case", "Example Daily",
                                               "2026-11-30")})
    catalog = catalog_with(guess, cited)
    for cid in ("a-guess", "b-cited"):  # the unverified one first, in the same round
        sid = vault.services.ensure(name=cid, catalog_id=cid)
        vault.registrations.add(person_id=pid, service_id=sid, usages=[Usage(phone, Role.LOGIN)])
    graph = to.graph_for_person(vault, pid, catalog)
    analysis = to.analyse(graph, to.scenario_for(vault, graph, "lost-phone"))
    giver = {str(c.kind): s.node.name for s in analysis.steps for c in s.gains}
    assert giver["id_number"] == "b-cited"


# --- labels, look-alikes, languages ---------------------------------------------------------------
def test_labels_and_look_alike_masks_are_told_apart(vault):
    pid = vault.people.add(name="两张0018")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value="13900000001")
    cards = {}
    for value, bank in ((ICBC_CARD, "icbc"), ("6228480000000000018", "abc"),
                        ("6217000000004000018", "icbc")):
        card = vault.identifiers.add(person_id=pid, kind="bank_card", value=value)
        cards.setdefault(bank, []).append(card)
        sid = vault.services.ensure(name=bank, catalog_id=bank)
        vault.registrations.add(person_id=pid, service_id=sid, usages=[
            Usage(card, Role.LOGIN), Usage(phone, Role.RESERVED_PHONE)])
    graph = to.graph_for_person(vault, pid)
    shown = {to.masked(graph, c, "en") for cs in cards.values() for c in cs}
    assert len(shown) == 3, shown  # three cards ending in 0018, three different lines
    assert to.masked(graph, cards["abc"][0], "en") == \
        "**** 0018 (Agricultural Bank of China)"
    assert to.masked(graph, cards["icbc"][1], "zh") == "**** 0018（#3）"
    vault.identifiers.update(cards["icbc"][0], label="建行老卡")
    graph = to.graph_for_person(vault, pid)
    assert to.masked(graph, cards["icbc"][0], "zh") == "**** 0018（建行老卡）"
    book = to.playbook_for_person(vault, pid)
    texts = [i.text("zh") for i in book.section("cards")]
    assert len(set(texts)) == 3 and any("建行老卡" in t for t in texts)


# --- the playbook from the chain ------------------------------------------------------------------
def test_the_playbook_follows_the_chain_in_the_order_that_limits_damage(vault, case):
    book = to.playbook_for_person(vault, case.person, case.catalog)
    sections = [i.section for i in book.items]
    assert sections == sorted(sections, key=to.SECTIONS.index)
    order = list(dict.fromkeys(sections))
    assert order.index("carrier") < order.index("money") < order.index("cards") < \
        order.index("pivots") < order.index("device") < order.index("report") < \
        order.index("watch")
    money = {i.key: i for i in book.section("money")}
    assert f"credit:{case.regs['loan']}" in money and f"payment:{case.regs['pay']}" in money
    assert "第 7 步" in money[f"credit:{case.regs['loan']}"].why("zh")
    pivot = {i.key: i for i in book.section("pivots")}[f"pivot:{case.regs['social']}"]
    assert "**** 0018（社保卡）" in pivot.text("zh") and "steps 3" in pivot.why("en")
    cards = {i.key: i for i in book.section("cards")}
    assert cards[f"card:{case.ccb}"].dormant and "十年前的建行卡" in cards[
        f"card:{case.ccb}"].text("zh")
    assert all(i.why("zh") and i.why("en") for s in ("carrier", "money", "cards", "pivots",
                                                      "device") for i in book.section(s))
    police = {i.key: i for i in book.section("report")}["police"]
    assert "报案回执" in police.text("zh") and "IMEI" in police.text("en")
    assert any("court.gov.cn" in s.url for s in police.sources)
    assert "China Telecom" in book.items[0].text("en")
    everything = json.dumps([(i.zh, i.en, i.why_zh, i.why_en) for i in book.items],
                            ensure_ascii=False)
    assert not any(s in everything for s in SECRETS)


# --- the documented CSV, headless end to end ------------------------------------------------------
def test_the_case_rebuilt_through_the_documented_csv_import(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "case.exposure")
    assert cli_main(["init", "--vault", path]) == 0
    assert cli_main(["init", "--vault", path]) == 1  # never over an existing vault
    assert cli_main(["import", "--vault", path, str(CSV), "--person", "受害人"]) == 0
    assert "imported 11 registration(s)" in capsys.readouterr().out
    assert cli_main(["takeover", "--vault", path, "--person", "受害人", "--scenario",
                     "lost-phone", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    steps = {s["title"]: s for s in data["steps"]}
    social = steps["四川人社"]  # the name the family gave it, filed under the 12333 entry
    assert {g["capability"] for g in social["gains"]} >= {"id_number", "id_photo",
                                                         "card_number"}
    assert social["route_fact"]["basis"] == "sourced"
    used = [u for s in data["steps"] for u in s["uses"] if u["from"] == social["node"]]
    assert {u["capability"] for u in used} >= {"id_number"}
    assert all(u["fact"]["basis"] == "sourced" and u["fact"]["source"]["outlet"] ==
               "21世纪经济报道" for u in used if u["capability"] == "id_number")
    assert not any(s in json.dumps(data, ensure_ascii=False) for s in SECRETS)

    assert cli_main(["playbook", "--vault", path, "--person", "受害人", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    keys = [i["key"] for i in items]
    by_section: dict[str, list[dict]] = {}
    for item in items:
        by_section.setdefault(item["section"], []).append(item)
    assert keys[0].startswith("carrier:") and items[0]["hotline"] == "10000"
    credit = " ".join(i["text"] for i in by_section["money"])
    for name in ("京东", "苏宁易购", "美团", "支付宝"):
        assert name in credit
    cards = by_section["cards"]
    assert len(cards) == 3 and all(i["hotline"] for i in cards)
    assert {"社保卡", "建行老卡", "养老金卡"} <= {lab for i in cards for lab in
                                              ("社保卡", "建行老卡", "养老金卡") if lab in i["text"]}
    assert [i["dormant"] for i in cards if "建行老卡" in i["text"]] == [True]
    assert any("社保" in i["text"] for i in by_section["pivots"])
    assert any("华为" in i["text"] for i in by_section["device"])
    assert keys.index("police") < min(keys.index(k) for k in keys if k.startswith("watch:"))

    assert cli_main(["feeds", "enable", "builtin", "--vault", path]) == 0
    assert cli_main(["feeds", "sync", "--vault", path]) == 0
    capsys.readouterr()
    assert cli_main(["crosscheck", "--vault", path, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    at_12306 = {e["breach"] for e in found["exposures"] if e["service"] == "铁路12306"}
    assert "12306 用户数据外泄（乌云披露）" not in at_12306  # 2014; the account is from 2018
    assert any(e["service"] == "铁路12306" and e["reason"] == "registered_after_breach"
               for e in found["not_exposed"])


def test_an_id_with_a_younger_region_code_imports_with_its_birth_date_and_a_note(
        tmp_path, monkeypatch, capsys):
    from stdnum.cn import ric

    body = "11011219880315002"  # 通州区 (110112) exists since 1997; the holder was born in 1988
    number = body + ric.calc_check_digit(body + "0")
    src = tmp_path / "ids.csv"
    src.write_text(f"person,service,kind,value,role\n爸爸,铁路12306,id_number,{number},"
                   "id_on_file\n", "utf-8")
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(tmp_path / "v.exposure")
    assert cli_main(["init", "--vault", path]) == 0
    assert cli_main(["import", "--vault", path, str(src)]) == 0
    assert "imported 1 registration(s)" in capsys.readouterr().out
    assert cli_main(["inventory", "--vault", path, "--json"]) == 0
    (ident,) = json.loads(capsys.readouterr().out)[0]["identifiers"]
    assert ident["note"] == "region_not_at_birth" and "birth_date" not in ident
    assert number not in json.dumps(ident)
    assert cli_main(["inventory", "--vault", path, "--json", "--reveal"]) == 0
    (ident,) = json.loads(capsys.readouterr().out)[0]["identifiers"]
    assert ident["birth_date"] == "1988-03-15" and ident["document"] == "resident_id"
