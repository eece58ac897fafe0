"""Facts a user can act on: every fact has a public source (or says it is unverified), sources are
shown as outlet + URL + date in the UI's language, and the wrong facts issue 12 found stay fixed."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from exposure.catalog import CATALOG_DIR, default_catalog, entry_from_dict, facts_present
from exposure.cli import main as cli_main
from exposure.errors import CatalogInvalid, LetterUnavailable
from exposure.letters import tracking
from exposure.letters.compose import (
    LetterInput,
    Original,
    Recipient,
    Requester,
    recipient_from_entry,
    render_letter,
)
from exposure.letters.deadlines import due_for
from exposure.letters.kinds import LetterKind, Regime
from exposure.letters.law import legal_data
from exposure.paths import RESOURCES
from exposure.sources import INTERNAL_MARKERS, Source, cite, problem, source_from_dict
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 3, 2)


def _source_dicts(value, feed: bool = False):
    """Every source object in a data file (dicts with a url and a title, outlet or seen)."""
    if isinstance(value, dict):
        if "url" in value and ({"title", "outlet", "seen"} & value.keys()):
            yield value
        for item in value.values():
            yield from _source_dicts(item, feed)
    elif isinstance(value, list):
        for item in value:
            yield from _source_dicts(item, feed)


DATA_FILES = sorted(p for p in RESOURCES.rglob("*.json") if "schema" not in p.name)


# --- 3 and 4: one Source type, readable by users, never internal notes ---------------------------
@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(RESOURCES)))
def test_every_source_in_the_data_names_a_public_outlet_or_address(path: Path) -> None:
    text = path.read_text("utf-8")
    for marker in (*INTERNAL_MARKERS, "§"):
        assert marker not in text, f"{path.name} cites internal notes ({marker})"
    for raw in _source_dicts(json.loads(text)):
        src = source_from_dict(raw)
        assert problem(src) == "", (path.name, raw)


def test_a_source_is_cited_as_outlet_url_and_dates_in_the_users_language() -> None:
    src = Source(url="https://privacy.mi.com/x", outlet="小米隐私政策", seen="2026-11-30",
                 title="internal: what it supports", published="2023-01-13")
    zh, en = cite(src, "zh_CN"), cite(src, "en")
    assert zh == "小米隐私政策 · https://privacy.mi.com/x（发布于 2023-01-13，查阅于 2026-11-30）"
    assert en == "小米隐私政策 · https://privacy.mi.com/x (published 2023-01-13, seen 2026-11-30)"
    assert "internal" not in zh + en
    # no outlet named: the web site stands for it; a printed report has only its outlet
    assert cite(Source(url="https://www.example.org/a", seen="2026-01-02"), "en").startswith(
        "example.org · https://www.example.org/a")
    assert cite(Source(outlet="科技日报", published="2020-07-22"), "zh") == "科技日报（发布于 2020-07-22）"
    assert problem(Source(title="notes only")) == "empty"
    assert problem(Source(url="https://x.org", title="see research notes §6")) == "internal"


def _alipay() -> dict:
    return json.loads((CATALOG_DIR / "alipay.json").read_text("utf-8"))


def _schema() -> dict:
    return json.loads((CATALOG_DIR / "schema.json").read_text("utf-8"))


def test_the_loader_refuses_a_fact_without_a_source_or_an_explicit_unverified() -> None:
    data = _alipay()
    entry_from_dict(data, "alipay.json", _schema())  # as shipped: fine
    bare_notes = copy.deepcopy(data)
    del bare_notes["sources"]["notes"]
    with pytest.raises(CatalogInvalid) as err:
        entry_from_dict(bare_notes, "alipay.json", _schema())
    assert (err.value.params["fact"], err.value.params["rule"]) == ("notes", "missing")
    bare_notes["unverified"] = [*bare_notes.get("unverified", []), "notes"]
    entry_from_dict(bare_notes, "alipay.json", _schema())  # explicit: allowed, shown as such
    contact = copy.deepcopy(data)
    contact["privacy_address"] = "某市某路 1 号"
    del contact["sources"]["privacy_address"]  # alipay.json cites its policy for the real one
    with pytest.raises(CatalogInvalid, match="source"):
        entry_from_dict(contact, "alipay.json", _schema())
    internal = copy.deepcopy(data)
    internal["sources"]["hotline"] = {"seen": "2026-11-22", "title": "research notes §6.1"}
    with pytest.raises(CatalogInvalid) as err:
        entry_from_dict(internal, "alipay.json", _schema())
    assert err.value.params["rule"] in ("empty", "internal")


def test_every_shipped_fact_has_a_source_or_is_marked_unverified() -> None:
    for e in default_catalog():
        for fact in facts_present(e):
            assert fact in e.sources or fact in e.unverified, (e.id, fact)


def test_catalog_show_cites_outlets_and_urls_never_internal_notes(capsys) -> None:
    for lang in ("zh", "en"):
        for cid in ("alipay", "icbc", "china-telecom", "whatsapp"):
            assert cli_main(["catalog", "show", cid, "--lang", lang]) == 0
            out = capsys.readouterr().out
            assert "research notes" not in out and "cn-legal-context" not in out
            assert "privacy:" in out
    assert cli_main(["catalog", "show", "alipay", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert ("hotline: 《支付宝隐私权政策》2021-10-31 版（副本：Get_PrivacyPolisis_Text 抓取存档，GitHub；"
            "非运营方页面） · https://github.com/shenjunjie27/Get_PrivacyPolisis_Text/blob/30a270e/"
            "支付宝.txt#L281") in out
    line = next(x for x in out.splitlines() if x.startswith("privacy:"))
    assert "privacy-protection-officer@service.alipay.com" in line and "如何联系我们" not in line


def test_a_service_without_a_sourced_contact_says_where_to_find_it(capsys) -> None:
    e = next(e for e in default_catalog() if e.jurisdiction == "CN"
             and not e.has_privacy_contact() and not e.privacy_entity)
    assert cli_main(["catalog", "show", e.id, "--lang", "zh"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("privacy:"))
    assert "如何联系我们" in line and "@" not in line


# --- 5: the wrong facts, each fixed -------------------------------------------------------------
def test_whatsapp_two_step_verification_is_a_pin_that_stops_sms_re_registration(capsys) -> None:
    e = default_catalog().get("whatsapp")
    step = next(s for s in e.hardening if s.id == "2fa")
    assert "PIN" in step.en and "PIN" in step.zh and "SMS codes" not in step.en
    assert frozenset({"sms"}) in step.removes  # SIM swap + SMS code no longer re-registers
    assert e.source("hardening.2fa").url.startswith("https://faq.whatsapp.com/")
    assert cli_main(["catalog", "show", "whatsapp", "--lang", "en"]) == 0
    assert "6-digit PIN" in capsys.readouterr().out


def test_didi_two_step_verification_is_didis_choice_not_a_setting_that_cuts_sms() -> None:
    # 2FA Directory: "DiDi decides when 2FA is required; user cannot enable 2FA for every login."
    step = next(s for s in default_catalog().get("didi").hardening if s.id == "2fa")
    assert "preferably with SMS" not in step.en and "优先用短信" not in step.zh
    assert "cannot turn on" in step.en and "无法" in step.zh
    assert step.removes == ()  # a setting the user cannot switch on cuts no take-over path


def test_no_resource_sends_complaints_to_the_12321_enquiry_address() -> None:
    for path in RESOURCES.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".j2", ".ts"):
            assert "abuse@12321.cn" not in path.read_text("utf-8"), path
    assert legal_data().channels["12321"].email == ""


def test_xiaomi_is_written_to_at_its_chinese_contact_not_the_india_grievance_officer() -> None:
    e = default_catalog().get("xiaomi")
    assert "grievance" not in (e.privacy_email + e.privacy_route_zh + e.privacy_route_en)
    assert "privacy.mi.com/support" in e.privacy_route_zh
    assert e.source("privacy_route").url.startswith("https://privacy.mi.com/")


def test_zh_gdpr_follow_up_cites_article_12_4_for_the_duty_to_explain() -> None:
    letter = render_letter(LetterInput(
        LetterKind.FOLLOW_UP, "zh", Requester("甲"), Recipient("某公司"), TODAY,
        original=Original(LetterKind.GDPR_ERASURE, dt.date(2026, 1, 5))))
    assert "依据第12条第4款，如不采取行动" in letter.text


def test_after_a_gdpr_request_the_complaint_goes_to_an_eu_authority(demo_vault) -> None:
    row = next(r for r in demo_vault.registrations.rows() if r.service.catalog_id == "alipay")
    rid = tracking.record(demo_vault, row.registration.id, LetterKind.GDPR_ERASURE, TODAY)
    tracking.mark_sent(demo_vault, rid, TODAY)
    options = tracking.suggested_channels(demo_vault, rid)
    assert options and all(o.startswith("eu-") for o in options)
    assert "eu-iedpc" in options and "12377" not in options
    with pytest.raises(LetterUnavailable) as err:
        tracking.complaint(demo_vault, rid, TODAY + dt.timedelta(days=40), "12377")
    assert err.value.params["reason"] == "wrong_law"
    cid = tracking.complaint(demo_vault, rid, TODAY + dt.timedelta(days=40), "eu-iedpc")
    for lang in ("zh", "en"):
        demo_vault.requests.get(cid)
        letter = tracking.letter_for_request(demo_vault, cid, TODAY)
        if lang == "zh":
            assert "第77条" in letter.text and "第六十五条" not in letter.text
            assert "Irish Data Protection Commission" in letter.text
    assert letter.recipient.email == "info@dataprotection.ie"
    # a PIPL request still escalates to the Chinese channels, never to an EU authority
    rid2 = tracking.record(demo_vault, row.registration.id, LetterKind.DELETION, TODAY)
    tracking.mark_sent(demo_vault, rid2, TODAY)
    assert not any(o.startswith("eu-") for o in tracking.suggested_channels(demo_vault, rid2))


def test_eu_authorities_are_the_datenanfragen_records() -> None:
    data = Path(RESOURCES / "letters" / "eu-authorities.json")
    doc = json.loads(data.read_text("utf-8"))
    assert doc["license"] == "CC0-1.0" and "Datenanfragen" in doc["attribution"]
    auth = legal_data().authorities
    assert len(auth) == 57 and auth["eu-frcnil"].url.startswith("https://")
    assert all(a.sources for a in auth.values())


def test_a_due_date_in_a_year_without_published_holidays_says_so() -> None:
    due = due_for(Regime.PIPL, dt.date(2026, 12, 18))
    assert due.unknown_years == (2027,)
    assert "2027" in due.reason("zh") and "只跳过了周末" in due.reason("zh")
    assert "not known" in due.reason("en")
    known = due_for(Regime.PIPL, dt.date(2026, 3, 2))
    assert known.unknown_years == () and "周末" not in known.reason("zh")


def test_reply_deadline_is_a_real_setting_on_the_command_line(demo_vault, monkeypatch,
                                                              capsys) -> None:
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(demo_vault.path)
    demo_vault.close()
    assert cli_main(["requests", "set-default-days", "--vault", path, "20"]) == 0
    assert "20 working days" in capsys.readouterr().out
    assert cli_main(["requests", "set-default-days", "--vault", path, "0"]) == 2
    from exposure.vault import Vault
    with Vault.open(Path(path), passphrase=PASSPHRASE) as vault:
        assert vault.requests.default_working_days() == 20
    text = json.loads((RESOURCES / "letters" / "law.json").read_text("utf-8"))
    assert "set-default-days" in text["deadlines"]["pipl_default"]["basis_en"]


def test_builtin_feed_claims_no_unsourced_police_figures() -> None:
    feed = json.loads((RESOURCES / "feeds" / "builtin.json").read_text("utf-8"))
    by_id = {b["id"]: b for b in feed["breaches"]}
    assert by_id["smart-parking-dangshan-2023"].get("records") is None
    assert "50余万" not in by_id["smart-parking-dangshan-2023"]["description"]
    assert by_id["12306-2018"]["records_note"] == "seller_claimed"
    for b in feed["breaches"]:
        if b.get("records") is not None:
            assert b.get("records_note"), b["id"]


# --- 1: letters go to the operating entity, the e-mail draft to its address ---------------------
def test_a_letter_names_the_legal_entity_and_the_draft_carries_the_address() -> None:
    data = _alipay()
    data.update(privacy_entity="示例网络技术有限公司", privacy_email="privacy@example.com",
                privacy_address="某省某市某路 1 号")
    for key in ("privacy_entity", "privacy_email", "privacy_address"):
        data["sources"][key] = {"url": "https://example.com/privacy", "outlet": "示例隐私政策",
                                "seen": "2026-11-30", "published": "2025-01-01"}
    entry = entry_from_dict(data, "alipay.json", _schema())
    for lang, greeting in (("zh", "示例网络技术有限公司（支付宝）个人信息保护负责人"),
                           ("en", "personal information protection officer of 示例网络技术有限公司")):
        rec = recipient_from_entry(entry, lang)
        letter = render_letter(LetterInput(LetterKind.DELETION, lang, Requester("甲"), rec, TODAY))
        assert greeting in letter.text and "某省某市某路 1 号" in letter.text
        assert letter.mailto().startswith("mailto:privacy@example.com?")


@pytest.mark.parametrize(("cid", "entity", "email"), [
    ("wechat", "深圳市腾讯计算机系统有限公司", "Dataprivacy@tencent.com"),
    ("unionpay", "中国银联股份有限公司", "privacy@unionpay.com"),
    ("ctrip", "上海携程商务有限公司", "privacy@ctrip.com"),
    ("alipay", "支付宝（中国）网络技术有限公司", "privacy-protection-officer@service.alipay.com"),
])
def test_letters_to_services_with_a_published_contact_reach_it(cid, entity, email) -> None:
    entry = default_catalog().get(cid)
    for fact in ("privacy_entity", "privacy_email"):
        assert entry.source(fact).url.startswith("https://"), (cid, fact)
    rec = recipient_from_entry(entry, "zh")
    letter = render_letter(LetterInput(LetterKind.DELETION, "zh", Requester("甲"), rec, TODAY))
    assert f"{entity}（{entry.name_zh}）个人信息保护负责人" in letter.text
    assert letter.mailto().startswith(f"mailto:{email}?")


def test_kuaishou_letters_reach_the_address_of_its_own_policy_but_name_no_guessed_entity() -> None:
    # only an English translation of Kuaishou's own policy was found: the e-mail is taken from
    # it, the company name (translated there) is not
    entry = default_catalog().get("kuaishou")
    assert entry.source("privacy_email").url.startswith("https://github.com/Suvanka/pptrans/")
    assert "译本" in entry.source("privacy_email").outlet and not entry.privacy_entity
    rec = recipient_from_entry(entry, "zh")
    letter = render_letter(LetterInput(LetterKind.DELETION, "zh", Requester("甲"), rec, TODAY))
    assert letter.mailto().startswith("mailto:support@kuaishou.com?")


@pytest.mark.parametrize(("cid", "says"), [
    ("ctrip", ("95010", "400-830-6666")),  # by phone, from its own policy (English translation)
    ("china-mobile", ("实体营业厅", "不注销号码")),  # the number at a branch; the app's 注销 is not it
])
def test_deletion_routes_come_from_the_services_own_policies(cid, says) -> None:
    entry = default_catalog().get(cid)
    route = entry.deletion.in_app_zh
    assert all(s in route for s in says), route
    assert entry.source("deletion.in_app").url.startswith("https://github.com/")
    assert "非运营方页面" in entry.source("deletion.in_app").outlet  # a copy, and says so


def test_the_printed_playbook_cites_outlets_in_its_language_not_internal_notes(vault) -> None:
    from exposure import takeover as to
    from tests.core.takeover_fixtures import build_case

    case = build_case(vault)
    book = to.playbook_for_person(vault, case.person, case.catalog)
    now = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
    zh = to.render_playbook_html(book, {}, "zh", now)
    en = to.render_playbook_html(book, {}, "en", now)
    for html in (zh, en):
        assert "research notes" not in html and "cn-legal-context" not in html
    assert "来源：" in zh and "查阅于 2026-11-22" in zh and "seen 2026-11" not in zh
    assert "Source: " in en and "(seen 2026-11-22)" in en


def test_a_deletion_letter_to_alipay_names_its_legal_entity(demo_vault) -> None:
    row = next(r for r in demo_vault.registrations.rows() if r.service.catalog_id == "alipay")
    letter = tracking.letter_for_registration(demo_vault, row.registration.id,
                                              LetterKind.DELETION, TODAY,
                                              catalog=default_catalog())
    assert "支付宝（中国）网络技术有限公司（支付宝）个人信息保护负责人" in letter.text
    assert letter.recipient.entity == "支付宝（中国）网络技术有限公司"
    # the e-mail draft goes to the address Alipay's own policy publishes, the letter names its
    # postal address (policy of 2021-10-31, contact section)
    assert letter.mailto().startswith("mailto:privacy-protection-officer@service.alipay.com?")
    assert "杭州市西湖区西溪路569号蚂蚁A空间 隐私保护办公室" in letter.text
