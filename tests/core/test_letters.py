"""Request letters: kinds and law, requester data only, escaping, due dates, tracking, ics, CLI."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest

from exposure.cli import main as cli_main
from exposure.cli.common import Hooks
from exposure.errors import LetterUnavailable
from exposure.letters import tracking
from exposure.letters.batch import write_batch
from exposure.letters.checklist import checklist_items, render_checklist
from exposure.letters.compose import (
    LetterInput,
    Original,
    Recipient,
    Requester,
    letter_identifiers,
    mailto_url,
    recipient_from_entry,
    render_letter,
)
from exposure.letters.deadlines import add_months, add_working_days, due_for, is_workday
from exposure.letters.ics import DueEvent, to_ics
from exposure.letters.kinds import FIRST_KINDS, LetterKind, articles_for
from exposure.letters.law import LETTERS, legal_data
from exposure.letters.model import Outcome, Reply, RequestState
from exposure.paths import RESOURCES
from exposure.schemas import load_checked
from tests.conftest import PASSPHRASE

ARTICLE_NUMBERS = {  # kind → (zh reference, en reference) that must appear
    LetterKind.DELETION: ("第四十七条", "Article 47"),
    LetterKind.ACCESS: ("第四十五条", "Article 45"),
    LetterKind.CORRECTION: ("第四十六条", "Article 46"),
    LetterKind.WITHDRAW_CONSENT: ("第十五条", "Article 15"),
    LetterKind.EXPLANATION: ("第四十八条", "Article 48"),
    LetterKind.CANCELLATION: ("第四十七条", "Article 47"),
    LetterKind.GDPR_ERASURE: ("第17条", "Article 17"),
    LetterKind.GDPR_ACCESS: ("第15条", "Article 15"),
    LetterKind.FOLLOW_UP: ("第五十条", "Article 50"),
    LetterKind.COMPLAINT: ("第六十五条", "Article 65"),
}
TODAY = dt.date(2026, 3, 2)


def _row(vault, person: str, catalog_id: str):
    return next(r for r in vault.registrations.rows()
                if r.person.name == person and r.service.catalog_id == catalog_id)


def _all_values(vault, exclude_person_ids=()) -> set[str]:
    return {i.value for i in vault.identifiers.all_identifiers()}


# --- kinds and law -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_kind_renders_with_its_article_and_only_this_services_identifiers(
        demo_vault, kind, lang) -> None:
    vault = demo_vault
    row = _row(vault, "张演示", "jd")  # login phone + a bound 招商 card
    if kind in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT):
        rid = tracking.record(vault, row.registration.id, LetterKind.DELETION, TODAY,
                              tracking.LetterOptions(lang=lang))
        tracking.mark_sent(vault, rid, TODAY)
        derived = (tracking.follow_up(vault, rid, TODAY + dt.timedelta(days=30))
                   if kind is LetterKind.FOLLOW_UP
                   else tracking.complaint(vault, rid, TODAY + dt.timedelta(days=30), "12377"))
        letter = tracking.letter_for_request(vault, derived, TODAY + dt.timedelta(days=30))
    else:
        letter = tracking.letter_for_registration(
            vault, row.registration.id, kind, TODAY,
            tracking.LetterOptions(lang=lang, minimal=False))
    zh_ref, en_ref = ARTICLE_NUMBERS[kind]
    for out in (letter.text, letter.html):
        assert (zh_ref if lang == "zh" else en_ref) in out
        assert "张演示" in out
        assert "13900000001" in out  # the login phone this service holds
    # nothing this registration does not use: not the ID number (not opted in), not other cards
    mine = {i.value for i in row.identifiers if i.kind.value != "id_number"}
    for ident in vault.identifiers.all_identifiers():
        if ident.value in mine or ident.kind.value == "id_photo":
            continue
        assert ident.value not in letter.text, ident.kind
        assert ident.value[-4:] not in letter.text or ident.kind.value != "bank_card"
    if kind not in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT):  # those cite the login only
        assert ("尾号 0036" if lang == "zh" else "ending 0036") in letter.text  # its bound card
    assert "110105198001010016" not in letter.text


def test_pipl_letters_quote_the_article_verbatim_and_claim_no_legal_deadline(demo_vault) -> None:
    row = _row(demo_vault, "张演示", "alipay")
    law = legal_data()
    letter = tracking.letter_for_registration(demo_vault, row.registration.id,
                                              LetterKind.DELETION, TODAY)
    assert law.article("pipl-47").text.zh in letter.text
    assert law.article("pipl-47").text.zh.startswith("有下列情形之一的，个人信息处理者应当主动删除")
    assert "15个工作日" in letter.text and "及时" in letter.text
    assert "法律规定" not in letter.text.split("附：")[0]  # no invented "the law requires N days"
    gdpr = tracking.letter_for_registration(demo_vault, row.registration.id,
                                            LetterKind.GDPR_ERASURE, TODAY,
                                            tracking.LetterOptions(lang="en"))
    assert "within one month of receipt" in gdpr.text and "Article 12(3)" in gdpr.text
    assert "working days" not in gdpr.text


def test_articles_never_call_the_id_number_sensitive_by_law() -> None:
    for art in legal_data().articles.values():
        assert not ("身份证号" in art.text.zh and "敏感" in art.text.zh)
    data = json.loads((LETTERS / "law.json").read_text("utf-8"))
    assert data["deadlines"]["pipl_default"]["binding"] is False
    assert data["deadlines"]["gdpr"]["binding"] is True


def test_minimal_letter_holds_only_the_login_and_id_number_only_on_opt_in(demo_vault) -> None:
    row = _row(demo_vault, "张演示", "alipay")  # phone login, ID, two bound cards, ID photo
    least = letter_identifiers(row, "zh")
    assert [i.kind.value for i in least] == ["phone"]
    everything = letter_identifiers(row, "zh", minimal=False)
    assert "id_number" not in {i.kind.value for i in everything}
    assert {i.kind.value for i in everything} == {"phone", "bank_card"}
    opted = letter_identifiers(row, "zh", include_id_number=True)
    assert "110105198001010016" in {i.value for i in opted}
    assert all(i.kind.value != "id_photo" for i in opted)


def test_proxy_letter_for_a_relative_says_on_behalf(demo_vault) -> None:
    parent = next(p for p in demo_vault.people.all_people() if p.relation in ("mother", "father"))
    row = next(r for r in demo_vault.registrations.rows(parent.id))
    zh = tracking.letter_for_registration(demo_vault, row.registration.id, LetterKind.DELETION,
                                          TODAY)
    assert "代为申请" in zh.text and "张演示" in zh.text and parent.name in zh.text
    en = tracking.letter_for_registration(demo_vault, row.registration.id, LetterKind.DELETION,
                                          TODAY, tracking.LetterOptions(lang="en"))
    assert "on behalf of" in en.text
    me = next(p for p in demo_vault.people.all_people() if p.relation == "self")
    own = tracking.letter_for_registration(demo_vault, demo_vault.registrations.rows(me.id)[0]
                                           .registration.id, LetterKind.DELETION, TODAY)
    assert "代为申请" not in own.text


# --- escaping ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markup_in_a_name_comes_out_literally(lang) -> None:
    name = "王<script>alert(1)</script> & 李"
    letter = render_letter(LetterInput(
        LetterKind.DELETION, lang, Requester(name, contact="a&b@example.com"),
        Recipient("Shop <b>X</b>"), TODAY, account_ref="<i>me</i>"))
    assert name in letter.text and "<i>me</i>" in letter.text
    assert "<script>" not in letter.html and "<i>" not in letter.html and "<b>X" not in letter.html
    assert "王&lt;script&gt;alert(1)&lt;/script&gt; &amp; 李" in letter.html
    assert "Shop &lt;b&gt;X&lt;/b&gt;" in letter.html


def test_mailto_carries_subject_and_body_and_never_an_unescaped_ampersand() -> None:
    url = mailto_url("privacy@example.com", "删除 & 注销", "第一行\n第二行 a=b&c")
    assert url.startswith("mailto:privacy@example.com?subject=")
    assert url.count("&") == 1  # only the subject/body separator
    from urllib.parse import parse_qs, urlsplit
    q = parse_qs(urlsplit(url).query)
    assert q["subject"] == ["删除 & 注销"] and q["body"] == ["第一行\r\n第二行 a=b&c"]


def test_recipient_from_a_catalogue_entry() -> None:
    from exposure.catalog import Deletion, default_catalog

    entry = replace(default_catalog().get("alipay"), name_zh="示例银行", name_en="Example Bank",
                    privacy_email="", privacy_url="https://example.com/privacy",
                    deletion=Deletion(email="delete@example.com"), category="bank",
                    privacy_address="", jurisdiction="", privacy_entity="")
    rec = recipient_from_entry(entry, "en")
    assert rec == Recipient("Example Bank", "delete@example.com", "https://example.com/privacy",
                            "", "bank", "")


def test_follow_up_and_complaint_need_an_original() -> None:
    from exposure.letters.compose import letter_title

    assert letter_title(LetterKind.FOLLOW_UP, "en") == "Reminder"
    assert letter_title(LetterKind.FOLLOW_UP, "zh") == "催告函"
    with pytest.raises(LetterUnavailable):
        render_letter(LetterInput(LetterKind.FOLLOW_UP, "zh", Requester("甲"), Recipient("乙"),
                                  TODAY))
    letter = render_letter(LetterInput(
        LetterKind.COMPLAINT, "zh", Requester("甲"), Recipient("某运营商"), TODAY,
        original=Original(LetterKind.ACCESS, dt.date(2026, 1, 5), dt.date(2026, 1, 26), "email"),
        channel=legal_data().channels["12300"]))
    assert "12300" in letter.text and "先向企业投诉" in letter.text
    assert "2026年1月5日" in letter.text and "第四十五条" in letter.text


# --- due dates -----------------------------------------------------------------------------------
def test_working_days_skip_weekends_and_cross_month_ends() -> None:
    # Friday 2025-02-28 + 1 working day = Monday 3 March
    assert add_working_days(dt.date(2025, 2, 28), 1) == dt.date(2025, 3, 3)
    # Monday 2025-03-03 + 15 working days = Monday 24 March (three weekends skipped)
    assert add_working_days(dt.date(2025, 3, 3), 15) == dt.date(2025, 3, 24)
    assert add_working_days(dt.date(2025, 3, 3), 0) == dt.date(2025, 3, 3)


def test_working_days_follow_the_2026_national_day_week() -> None:
    # 2026: 1–7 October off; Sunday 20 September and Saturday 10 October are make-up work days
    assert not is_workday(dt.date(2026, 10, 5))
    assert is_workday(dt.date(2026, 9, 20)) and is_workday(dt.date(2026, 10, 10))
    # sent Wednesday 30 Sept: 1st working day is Thu 8 Oct, 3rd is Sat 10 Oct (make-up day)
    assert add_working_days(dt.date(2026, 9, 30), 1) == dt.date(2026, 10, 8)
    assert add_working_days(dt.date(2026, 9, 30), 3) == dt.date(2026, 10, 10)
    # sent Saturday 19 Sept: the make-up Sunday counts
    assert add_working_days(dt.date(2026, 9, 19), 1) == dt.date(2026, 9, 20)
    due = due_for("pipl", dt.date(2026, 9, 25))
    assert due.date == dt.date(2026, 10, 22)  # 28,29,30 Sep; 8,9,10 … 22 Oct = 15 days
    assert "及时" in due.reason("zh") and "App违法违规收集使用个人信息行为认定方法" in due.reason("zh")


def test_years_the_holiday_calendar_does_not_know_fall_back_to_weekends() -> None:
    # 2099-01-01 is a Thursday; New Year is not known that far ahead: weekdays only
    assert add_working_days(dt.date(2099, 1, 1), 2) == dt.date(2099, 1, 5)


def test_gdpr_month_and_month_ends() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 15)
    due = due_for("gdpr", dt.date(2026, 3, 31))
    assert due.date == dt.date(2026, 4, 30) and "12(3)" in due.reason("en")


def test_user_default_changes_the_pipl_deadline(demo_vault) -> None:
    demo_vault.requests.set_default_working_days(10)
    row = _row(demo_vault, "张演示", "taobao")
    rid = tracking.record(demo_vault, row.registration.id, LetterKind.DELETION, TODAY)
    due = tracking.mark_sent(demo_vault, rid, dt.date(2025, 3, 3))
    assert due.date == dt.date(2025, 3, 17) and due.basis.id == "custom"
    letter = tracking.letter_for_request(demo_vault, rid, TODAY)
    assert "10个工作日" in letter.text


# --- tracking ------------------------------------------------------------------------------------
def test_overdue_follow_up_and_reply_with_an_injected_clock(demo_vault, app_paths) -> None:
    vault = demo_vault
    row = _row(vault, "张演示", "suning")
    rid = tracking.record(vault, row.registration.id, LetterKind.CANCELLATION, TODAY)
    assert vault.requests.get(rid).state is RequestState.DRAFT
    due = tracking.mark_sent(vault, rid, TODAY)
    req = vault.requests.get(rid)
    assert req.state is RequestState.SENT and req.due == due.date == dt.date(2026, 3, 23)
    assert not req.is_overdue(due.date) and vault.requests.overdue(due.date) == []
    later = due.date + dt.timedelta(days=1)
    assert [r.id for r in vault.requests.overdue(later)] == [rid]
    fid = tracking.follow_up(vault, rid, later)
    follow = vault.requests.get(fid)
    assert follow.parent_id == rid and follow.kind is LetterKind.FOLLOW_UP
    text = tracking.letter_for_request(vault, fid, later).text
    assert "2026年3月2日" in text and "注销账号并删除个人信息申请" in text
    assert "2026年3月23日" in text  # the reply date asked for
    vault.requests.record_reply(rid, Reply(later, Outcome.DONE, "注销完成，截图存于相册"))
    answered = vault.requests.get(rid)
    assert answered.state is RequestState.ANSWERED and answered.reply.note.startswith("注销完成")
    assert vault.requests.overdue(later + dt.timedelta(days=100)) == []
    # the vault keeps it across a reopen
    path = vault.path
    vault.close()
    from exposure.vault import Vault
    with Vault.open(path, passphrase=PASSPHRASE) as again:
        assert again.requests.get(rid).reply.outcome is Outcome.DONE


def test_complaint_suggests_a_channel_and_refuses_an_unsent_original(demo_vault) -> None:
    row = _row(demo_vault, "张演示", "china-unicom")
    rid = tracking.record(demo_vault, row.registration.id, LetterKind.ACCESS, TODAY)
    with pytest.raises(LetterUnavailable):
        tracking.complaint(demo_vault, rid, TODAY)
    tracking.mark_sent(demo_vault, rid, TODAY)
    cid = tracking.complaint(demo_vault, rid, TODAY + dt.timedelta(days=40))
    assert demo_vault.requests.get(cid).complaint_channel in legal_data().channels
    with pytest.raises(LetterUnavailable):
        tracking.complaint(demo_vault, rid, TODAY, "99999")


def test_ics_parses_back_with_the_due_dates() -> None:
    data = to_ics([DueEvent(7, dt.date(2026, 10, 22), "删除个人信息申请 — 支付宝",
                            dt.date(2026, 9, 25), "pipl_default", 15, "working_days")],
                  now=dt.datetime(2026, 9, 25, 8, 0, tzinfo=dt.UTC))
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    assert events[0].decoded("dtstart") == dt.date(2026, 10, 22)
    assert "支付宝" in str(events[0]["summary"])
    assert "15个工作日" in str(events[0]["description"])


# --- batch and checklist -------------------------------------------------------------------------
def test_batch_per_service_and_combined_with_progress_and_cancel(demo_vault, tmp_path) -> None:
    rows = demo_vault.registrations.rows()[:6]
    letters = [(r.service.name, tracking.letter_for_registration(
        demo_vault, r.registration.id, LetterKind.DELETION, TODAY)) for r in rows]
    calls: list[tuple[int, int]] = []
    written: dict[Path, int] = {}

    def fake_pdf(pages, out):
        written[out] = len(pages)
        out.write_bytes(b"%PDF-fake")

    result = write_batch(letters, tmp_path / "each", fake_pdf, progress=lambda d, t: calls.append((d, t)))
    assert len(result.files) == len({r.service.name for r in rows}) and result.letters == 6
    assert calls[0] == (0, 6) and calls[-1] == (6, 6)
    combined = write_batch(letters, tmp_path / "all.pdf", fake_pdf, combined=True)
    assert written[tmp_path / "all.pdf"] == 6 and combined.files == (tmp_path / "all.pdf",)
    stop = iter([False, True])
    cancelled = write_batch(letters, tmp_path / "some", fake_pdf, cancelled=lambda: next(stop))
    assert cancelled.cancelled and len(cancelled.files) == 1


def test_checklist_groups_steps_by_priority_with_boxes(demo_vault) -> None:
    from exposure.catalog import Catalog, HardeningStep, default_catalog

    alipay = replace(default_catalog().get("alipay"), hardening=(
        HardeningStep("pin", "开启支付密码<强>", "Set a PIN", "high"),
        HardeningStep("nopw", "关闭小额免密", "Turn off password-free pay", "low")))
    catalog = Catalog([alipay])  # the demo's other services are not in it: no steps for them

    me = next(p for p in demo_vault.people.all_people() if p.relation == "self")
    groups = checklist_items(demo_vault.registrations.rows(me.id), catalog, "zh")
    assert [i.text for i in groups["high"]] == ["开启支付密码<强>"]
    assert [i.text for i in groups["low"]] == ["关闭小额免密"]
    html = render_checklist(me.name, groups, "zh", TODAY)
    assert html.count("□") == 2 and "开启支付密码&lt;强&gt;" in html
    assert html.index("开启支付密码") < html.index("关闭小额免密")


# --- data files ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["law", "channels"])
def test_letter_data_files_match_their_schema(name) -> None:
    data = load_checked(RESOURCES / "letters" / f"{name}.json")  # what legal_data() reads
    ids = [a["id"] for a in data.get("articles", data.get("channels"))]
    assert len(ids) == len(set(ids))


def test_every_cited_article_exists_and_channels_are_the_sourced_ones() -> None:
    law = legal_data()
    for kind in LetterKind:
        for original in (None, *FIRST_KINDS):
            for art in articles_for(kind, original):
                assert law.article(art).sources
    assert set(law.channels) == {"12377", "12321", "12300", "12315", "12378"}
    assert all(c.sources for c in law.channels.values())


# --- headless ------------------------------------------------------------------------------------
def test_cli_letter_to_text_and_pdf_hook_and_requests_list(demo_vault, tmp_path, monkeypatch,
                                                            capsys) -> None:
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(demo_vault.path)
    row = _row(demo_vault, "张演示", "taobao")
    demo_vault.close()
    out = tmp_path / "l.txt"
    assert cli_main(["letter", "--vault", path, "--registration", str(row.registration.id),
                     "--kind", "deletion", "--lang", "zh", "--out", str(out), "--record",
                     "--date", "2026-03-02"]) == 0
    assert "第四十七条" in out.read_text("utf-8") and "张演示" in out.read_text("utf-8")
    pages: list[list[str]] = []
    hooks = Hooks(html_to_pdf=lambda p, o: (pages.append(list(p)), o.write_bytes(b"%PDF")))
    assert cli_main(["letter", "--vault", path, "--service", "alipay", "--kind", "gdpr_access",
                     "--lang", "en", "--out", str(tmp_path / "a.pdf")], hooks) == 0
    assert "Article 15" in pages[0][0]
    assert cli_main(["letter", "--vault", path, "--service", "nope", "--kind", "deletion",
                     "--out", str(tmp_path / "x.txt")]) == 1
    capsys.readouterr()
    assert cli_main(["requests", "list", "--vault", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in listed] == ["deletion"] and listed[0]["state"] == "draft"
    assert cli_main(["requests", "list", "--vault", path, "--overdue"]) == 0
    assert "deletion" not in capsys.readouterr().out


def test_a_citation_in_running_text_comes_from_the_law_data() -> None:
    from exposure.letters.law import legal_data

    legal = legal_data()
    assert legal.citation("pipl-47", "en") == "PIPL art. 47"
    assert legal.citation("pipl-47", "zh") == "《个人信息保护法》第四十七条"
    assert legal.citation("gdpr-77", "en") == "GDPR art. 77(1)"
