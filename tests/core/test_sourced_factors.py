"""Login and recovery facts read in the services' own privacy policies change the chains as the
policies say: an ID-photo leak opens the accounts whose 账号找回 is a face check, and a bank app
is not signed into with an SMS code and an ID number where the bank's policy names no such way."""

from __future__ import annotations

from exposure import takeover as to
from exposure.catalog import default_catalog
from exposure.model import Role, Usage
from exposure.takeover import Cap, CapKind, Route
from exposure.takeover.model import SOURCED

PHONE = "13900000001"


def _register(vault, pid, cid, usages):
    sid = vault.services.ensure(name=cid, catalog_id=cid)
    return vault.registrations.add(person_id=pid, service_id=sid, usages=usages)


def test_a_leaked_id_photo_opens_the_accounts_whose_policy_recovers_them_by_face(vault) -> None:
    pid = vault.people.add(name="照片泄露")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value=PHONE)
    regs = {cid: _register(vault, pid, cid, [Usage(phone, Role.LOGIN)])
            for cid in ("xiaohongshu", "qq", "weibo")}
    graph = to.graph_for_person(vault, pid)
    analysis = to.analyse(graph, to.scenario_for(vault, graph, "id-photo-leak"))
    for cid in ("xiaohongshu", "qq"):
        step = analysis.step(f"reg:{regs[cid]}")
        assert step.option.route == Route.RECOVERY
        fact = to.route_fact(step.node, step.option.route, graph)
        assert fact.basis == SOURCED and "CAPP-130" in fact.source.outlet
    # Weibo's recovery is the catalogue's SMS guess: a photo alone opens nothing there
    assert f"reg:{regs['weibo']}" not in analysis.fallen


def test_an_sms_code_and_the_id_number_no_longer_sign_into_icbc_or_boc(vault) -> None:
    catalog = default_catalog()
    for bank in ("icbc", "boc"):
        entry = catalog.get(bank)
        assert "login" in entry.sources and "login" not in entry.unverified
        assert frozenset({"sms", "id_number"}) not in entry.login
    pid = vault.people.add(name="银行卡")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value=PHONE)
    regs = {}
    for bank, number in (("icbc", "6222020000000000018"), ("boc", "6217850000000000039")):
        card = vault.identifiers.add(person_id=pid, kind="bank_card", value=number)
        regs[bank] = _register(vault, pid, bank, [Usage(card, Role.LOGIN),
                                                  Usage(phone, Role.RESERVED_PHONE)])
    graph = to.graph_for_person(vault, pid)
    known = [Cap(CapKind.SMS, phone), Cap(CapKind.ID_NUMBER, pid), Cap(CapKind.NAME, pid)]
    fallen = to.analyse(graph, to.custom_scenario(graph, known)).fallen
    assert not {f"reg:{r}" for r in regs.values()} & set(fallen)
    # with a face as well, the password reset the policies describe (face among its checks) opens
    # both; that way in is still the catalogue's judgement, and the analysis says so
    analysis = to.analyse(graph, to.custom_scenario(graph, [*known, Cap(CapKind.FACE, pid)]))
    for reg in regs.values():
        step = analysis.step(f"reg:{reg}")
        assert step.option.route == Route.RECOVERY
        assert to.route_fact(step.node, step.option.route, graph).basis != SOURCED
