"""People without a smartphone: a flag (CSV column, CLI, vault) that turns app steps into counter
and hotline steps in the lost-phone playbook, the identity-fraud checklist and the leak steps."""

from __future__ import annotations

import json

from exposure.cli import main as cli_main
from exposure.feeds.steps import steps_for_kinds
from exposure.importers import commit, preview
from exposure.takeover import playbook_for_person
from exposure.takeover.remedies import remedies_for_person
from exposure.vault import Vault
from tests.conftest import PASSPHRASE

CSV = """person,relation,service,kind,value,role,no_smartphone
奶奶,grandparent,工商银行,bank_card,6222020200000000006,login,是
奶奶,grandparent,支付宝,bank_card,6222020200000000006,bound_card,
奶奶,grandparent,中国联通,phone,13100000001,login,
奶奶,grandparent,,id_number,,,
"""


def _granny(vault: Vault, tmp_path) -> int:
    path = tmp_path / "granny.csv"
    path.write_text(CSV.replace("奶奶,grandparent,,id_number,,,\n", ""), "utf-8")
    commit(vault, preview(vault, path))
    person = vault.people.find("奶奶")
    assert person is not None and person.no_smartphone
    vault.identifiers.add(person_id=person.id, kind="id_number", value="11010519491231002X")
    return int(person.id)


def test_the_lost_phone_playbook_sends_her_to_the_counter(vault, tmp_path) -> None:
    pid = _granny(vault, tmp_path)
    book = playbook_for_person(vault, pid)
    quick = [i for i in book.items if i.key.startswith("quickpay:")]
    assert quick and all(i.section == "quickpay_counter" for i in quick)
    assert "柜台" in quick[0].zh and "手机银行" not in quick[0].zh
    assert "counter" in quick[0].en and quick[0].hotline == "95588"
    assert any("fx361" in s.url for s in quick[0].sources)
    titles = [t for t, _ in book.numbered("zh")]
    assert any(t.endswith("到银行柜台或打客服电话查看快捷支付绑定") for t in titles)
    assert not any(t.endswith("在每个银行 App 里查看快捷支付绑定") for t in titles)
    vault.people.set_no_smartphone(pid, False)
    assert {i.section for i in playbook_for_person(vault, pid).items
            if i.key.startswith("quickpay:")} == {"quickpay"}


def test_the_id_checklist_uses_counters_a_relative_and_the_credit_report(vault, tmp_path) -> None:
    pid = _granny(vault, tmp_path)
    book = remedies_for_person(vault, pid, "id-leak")
    items = {i.key: i for i in book.items}
    assert "营业厅" in items["lookup:phone_cards"].zh
    assert "家人" in items["lookup:internet_accounts"].zh
    assert "信用报告" in items["lookup:bank_cards"].zh
    assert "NFC" in items["netid"].zh and items["netid"].sources
    assert all(i.sources for i in items.values() if i.key.startswith("lookup:"))


def test_leak_steps_swap_apps_for_counters() -> None:
    usual = {s.key: s for s in steps_for_kinds(["bank_card", "id_number", "phone"])}
    counter = {s.key: s for s in steps_for_kinds(["bank_card", "id_number", "phone"],
                                                 no_smartphone=True)}
    assert usual.keys() == counter.keys()  # the same steps, ticked under the same keys
    assert "支付宝" in usual["kind:card-quickpay"].zh and "柜台" in counter["kind:card-quickpay"].zh
    assert "营业厅" in counter["kind:lookup-phones"].zh
    assert "App" not in counter["kind:antifraud-app"].zh.split("：")[1]
    assert all(s.sources for s in counter.values())


def test_cli_records_and_lists_the_flag(vault, monkeypatch, capsys) -> None:
    vault.people.add(name="爷爷")
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(vault.path)
    vault.close()
    assert cli_main(["people", "--vault", path, "--person", "爷爷", "--no-smartphone",
                     "yes"]) == 0
    assert "no smartphone" in capsys.readouterr().out
    assert cli_main(["people", "--vault", path, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"name": "爷爷", "relation": "", "no_smartphone": True, "deceased": False}]
    assert cli_main(["people", "--vault", path, "--person", "谁", "--no-smartphone",
                     "no"]) == 1
