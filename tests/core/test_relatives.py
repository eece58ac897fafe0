"""Letters on a relative's behalf (deceased, guardian, proxy) and a person recorded as deceased."""

from __future__ import annotations

import datetime as dt

import pytest

from exposure.cli import main as cli_main
from exposure.cli.common import Hooks
from exposure.errors import LetterUnavailable
from exposure.letters import tracking
from exposure.letters.behalf import Capacity
from exposure.letters.kinds import LetterKind
from exposure.letters.law import legal_data
from exposure.store import schema
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 3, 2)
ART_49 = ("自然人死亡的，其近亲属为了自身的合法、正当利益，可以对死者的相关个人信息行使本章规定的"
          "查阅、复制、更正、删除等权利；死者生前另有安排的除外。")
ART_31 = "个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意。"


def _row(vault, person: str, catalog_id: str):
    return next(r for r in vault.registrations.rows()
                if r.person.name == person and r.service.catalog_id == catalog_id)


def test_the_shipped_articles_are_the_official_text() -> None:
    law = legal_data()
    assert law.article("pipl-49").text.zh == ART_49
    assert law.article("pipl-31").text.zh.startswith(ART_31)
    assert law.article("pipl-49").sources and law.article("pipl-31").sources


def test_a_deceased_relatives_deletion_letter_cites_art_49_with_documents(demo_vault) -> None:
    mother = demo_vault.people.find("王演示")
    demo_vault.people.set_deceased(mother.id, True, dt.date(2025, 12, 1))
    row = _row(demo_vault, "王演示", "douyin")
    letter = tracking.letter_for_registration(
        demo_vault, row.registration.id, LetterKind.DELETION, TODAY,
        tracking.LetterOptions(lang="zh"))  # the record says deceased: no option needed
    assert ART_49 in letter.text and "第四十九条" in letter.text
    assert "王演示已于2025年12月1日去世" in letter.text
    assert "本人张演示是死者的子女，属于其近亲属" in letter.text
    for document in ("死亡证明", "申请人的身份证件", "亲属关系证明"):
        assert document in letter.text
    assert "请一并注销" in letter.text  # closing the account is asked for too
    assert "删除贵方处理的死者的个人信息" in letter.text
    assert "申请人：张演示（死者王演示的子女）" in letter.text
    assert "授权委托书" not in letter.full_text and letter.pages == [letter.html]
    en = tracking.letter_for_registration(
        demo_vault, row.registration.id, LetterKind.DELETION, TODAY,
        tracking.LetterOptions(lang="en"))
    assert "Article 49" in en.text and "death certificate" in en.text
    assert "the deceased's child" in en.text


def test_a_guardian_writes_for_a_child_under_14_under_art_31(demo_vault) -> None:
    v = demo_vault
    baby = v.people.add(name="小宝", relation="child")
    v.identifiers.add(person_id=baby, kind="id_number", value="110105201505050016")
    sid = v.services.ensure(name="哔哩哔哩", catalog_id="bilibili")
    rid = v.registrations.add(person_id=baby, service_id=sid)
    letter = tracking.letter_for_registration(
        v, rid, LetterKind.WITHDRAW_CONSENT, TODAY,
        tracking.LetterOptions(lang="zh", as_relative=Capacity.GUARDIAN))
    assert ART_31 in letter.text and "第三十一条" in letter.text and "第十五条" in letter.text
    assert "未满十四周岁" in letter.text and "监护关系证明" in letter.text
    assert "申请人：张演示（小宝的监护人）" in letter.text
    # the demo child was born in 2010: by the ID number on record, 15 in 2026 — not art. 31
    row = _row(v, "张小演", "bilibili")
    with pytest.raises(LetterUnavailable) as err:
        tracking.letter_for_registration(
            v, row.registration.id, LetterKind.DELETION, TODAY,
            tracking.LetterOptions(lang="zh", as_relative=Capacity.GUARDIAN))
    assert err.value.params["reason"] == "not_a_child"


def test_a_proxy_letter_adds_an_authorisation_page_to_sign(demo_vault) -> None:
    row = _row(demo_vault, "王演示", "douyin")
    letter = tracking.letter_for_registration(
        demo_vault, row.registration.id, LetterKind.DELETION, TODAY,
        tracking.LetterOptions(lang="zh", as_relative=Capacity.PROXY))
    assert len(letter.pages) == 2 and "授权委托书" in letter.pages[1]
    assert "委托人：王演示" in letter.attachment_text
    assert "受托人：张演示（委托人的子女）" in letter.attachment_text
    assert "代为向抖音提出“删除个人信息申请”" in letter.attachment_text
    assert "随函附王演示签署的授权委托书" in letter.text
    # the ID numbers are left blank for the signers to write by hand
    for ident in demo_vault.identifiers.all_identifiers():
        assert ident.value not in letter.attachment_text
    assert "授权委托书" not in letter.mailto().split("body=")[0]


def test_a_recorded_request_remembers_the_capacity(demo_vault) -> None:
    row = _row(demo_vault, "王演示", "douyin")
    opts = tracking.LetterOptions(lang="zh", as_relative=Capacity.PROXY)
    rid = tracking.record(demo_vault, row.registration.id, LetterKind.DELETION, TODAY, opts)
    assert demo_vault.requests.get(rid).as_relative == "proxy"
    again = tracking.letter_for_request(demo_vault, rid, TODAY)
    assert "授权委托书" in again.attachment_text


def test_deceased_is_stored_and_taken_back(vault) -> None:
    pid = vault.people.add(name="爷爷", relation="grandparent")
    assert not vault.people.get(pid).deceased
    vault.people.set_deceased(pid, True)
    person = vault.people.get(pid)
    assert person.deceased and person.died_on is None
    vault.people.set_deceased(pid, True, dt.date(2024, 5, 6))
    assert vault.people.get(pid).died_on == dt.date(2024, 5, 6)
    vault.people.set_deceased(pid, False)
    assert not vault.people.get(pid).deceased
    assert vault.schema_version == schema.current_version()


def test_cli_letter_as_relative(demo_vault, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(demo_vault.path)
    rid = str(_row(demo_vault, "王演示", "douyin").registration.id)
    demo_vault.close()
    out = tmp_path / "d.txt"
    assert cli_main(["letter", "--vault", path, "--registration", rid, "--kind", "deletion",
                     "--lang", "zh", "--as-relative", "deceased", "--out", str(out)]) == 0
    text = out.read_text("utf-8")
    assert ART_49 in text and "死亡证明" in text
    pages: list[list[str]] = []
    hooks = Hooks(html_to_pdf=lambda p, o: (pages.append(list(p)), o.write_bytes(b"%PDF")))
    assert cli_main(["letter", "--vault", path, "--registration", rid, "--kind", "deletion",
                     "--lang", "zh", "--as-relative", "proxy", "--applicant", "李四",
                     "--out", str(tmp_path / "p.pdf")], hooks) == 0
    assert len(pages[0]) == 2 and "授权委托书" in pages[0][1] and "李四" in pages[0][1]
    assert cli_main(["letter", "--vault", path, "--registration", rid, "--kind", "deletion",
                     "--as-relative", "cousin", "--out", str(out)]) == 2


def test_a_deceased_persons_accounts_are_to_be_closed_not_hardened(demo_vault) -> None:
    from exposure import takeover as to

    me = demo_vault.people.find("张演示")
    before = to.graph_for_person(demo_vault, me.id)
    assert any(h.generic not in ("close-account", "close-card")
               for h in before.hardening.values())
    demo_vault.people.set_deceased(me.id, True)
    graph = to.graph_for_person(demo_vault, me.id)
    kinds = {h.generic for h in graph.hardening.values()}
    assert kinds == {"close-account", "close-card"}
    closes = {h.registration_id for h in graph.hardening.values() if h.generic == "close-account"}
    assert len(closes) == len([n for n in graph.nodes if n.registration_id is not None])


def test_a_deceased_persons_checklist_lists_accounts_to_close(demo_vault) -> None:
    from exposure.catalog import default_catalog
    from exposure.letters.checklist import checklist_items, render_checklist

    mother = demo_vault.people.find("王演示")
    demo_vault.people.set_deceased(mother.id, True)
    rows = demo_vault.registrations.rows(mother.id)
    groups = checklist_items(rows, default_catalog(), "zh")
    items = [i for g in groups.values() for i in g]
    assert items and all(i.close for i in items)
    assert len(items) == len({r.service.name for r in rows})
    html = render_checklist(mother.name, groups, "zh", TODAY)
    assert "注销账号" in html and "第四十九条" in html


def test_the_checklist_command_writes_a_persons_checklist(demo_vault, monkeypatch, tmp_path,
                                                          capsys) -> None:
    from exposure.cli import main

    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(demo_vault.path)
    demo_vault.close()
    out = tmp_path / "checklist.html"
    assert main(["checklist", "--vault", path, "--person", "王演示", "--out", str(out)]) == 0
    assert "steps)" in capsys.readouterr().out
    html = out.read_text("utf-8")
    assert "王演示" in html and "□" in html
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert main(["checklist", "--vault", path, "--person", "没有这个人", "--out", str(out)]) == 1
