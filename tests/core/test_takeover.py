"""Take-over chains: the stolen-phone case, the cut, hardening done, cycles, breaches."""

from __future__ import annotations

import datetime as dt

import pytest

from exposure import takeover as to
from exposure.catalog import Catalog
from exposure.errors import InvalidInput
from exposure.model import IdentifierStatus, RegistrationStatus, Role, Usage
from exposure.takeover import Cap, CapKind, Route
from tests.core.takeover_fixtures import (
    CCB_CARD,
    ICBC_CARD,
    ID_NUMBER,
    PHONE,
    build_case,
    catalog_with,
    entry,
)

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def case(vault):
    return build_case(vault)


def _graph(vault, case):
    return to.graph_for_person(vault, case.person, case.catalog)


def _keys(analysis):
    return [s.node.key for s in analysis.steps]


# --- the stolen-phone case ------------------------------------------------------------------------
def test_stolen_phone_case_falls_in_the_reported_order_with_reasons(vault, case) -> None:
    graph = _graph(vault, case)
    analysis = to.analyse(graph, to.make_scenario("lost-phone", graph))
    order = _keys(analysis)
    r = case.regs
    carrier, social = f"reg:{r['carrier']}", f"reg:{r['social']}"
    pay, loan = f"reg:{r['pay']}", f"reg:{r['loan']}"
    icbc_card, ccb_card = f"card:{case.icbc}", f"card:{case.ccb}"
    # SIM → carrier and the SMS-only social-security app → the payment account, quick-bound
    # cards → the loan
    assert order[:2] == [carrier, social]
    assert order.index(social) < order.index(pay) < order.index(icbc_card) < order.index(loan)
    assert ccb_card in order  # the forgotten old card falls too
    social_step = analysis.step(social)
    assert social_step.round == 0 and social_step.option.factors == frozenset({"sms"})
    assert {c.kind for c in social_step.gains} >= {"id_photo", "card_number"}
    quick = analysis.step(icbc_card)
    assert quick.option.route == Route.QUICK_BIND
    assert quick.option.factors == frozenset({"name", "id_number", "card_number", "sms"})
    # the arrows: the card number came from the social-security app, the SMS from the scenario
    providers = dict(quick.providers)
    assert providers[Cap(CapKind.CARD_NUMBER, case.icbc)] == social
    assert providers[Cap(CapKind.SMS, case.phone)] == to.SCENARIO_SOURCE
    assert (social, icbc_card, Cap(CapKind.CARD_NUMBER, case.icbc)) in analysis.edges()
    # the loan used face images derived from the ID photo the social-security app showed
    assert dict(analysis.step(loan).providers)[Cap(CapKind.FACE, case.person)] == social


def test_why_is_worded_in_both_languages_with_masked_identifiers(vault, case) -> None:
    graph = _graph(vault, case)
    analysis = to.analyse(graph, to.make_scenario("lost-phone", graph))
    social = analysis.step(f"reg:{case.regs['social']}")
    zh, en = to.explain(social, graph, "zh"), to.explain(social, graph, "en")
    assert "139****0001" in zh and "身份证照片" in zh and "**** 0018" in zh
    assert "an SMS code sent to 139****0001" in en and "the ID photo" in en
    text = "\n".join(to.explain(s, graph, lang) for s in analysis.steps for lang in ("zh", "en"))
    for secret in (PHONE, ID_NUMBER, ICBC_CARD, CCB_CARD, "身份证正反面"):
        assert secret not in text


def test_the_cut_ranks_the_sim_pin_first_and_counts_what_it_prevents(vault, case) -> None:
    graph = _graph(vault, case)
    scenario = to.make_scenario("lost-phone", graph)
    analysis = to.analyse(graph, scenario)
    cut = to.rank_cut(graph, scenario, (), analysis)
    total = len(analysis.steps)
    assert cut[0].hardening.generic == "sim-pin" and cut[0].prevents == total == cut[0].of
    assert cut[1].hardening.generic == "report-lost" and cut[1].prevents == total
    assert to.prevents_text(cut[0], graph, "en") == f"SIM PIN on 139****0001: prevents {total} of {total}"
    # changing the dormant card's reserved phone keeps that card, and only it, from being bound
    reserved = next(c for c in cut if c.hardening.key == f"reserved-phone:{case.ccb}")
    assert reserved.prevented == (f"card:{case.ccb}",)
    assert all(c.prevents > 0 for c in cut)
    assert [c.prevents for c in cut] == sorted((c.prevents for c in cut), reverse=True)


@pytest.mark.parametrize("scenario", ["lost-phone", "lost-phone-unlocked", "sim-swap",
                                      "id-leak", "id-photo-leak", "card-leak"])
def test_every_cut_figure_equals_a_full_rerun_with_the_step_applied(vault, case,
                                                                     scenario) -> None:
    graph = _graph(vault, case)
    scen = to.make_scenario(scenario, graph)
    base = to.analyse(graph, scen)
    for item in to.rank_cut(graph, scen, (), base, include_zero=True):
        after = to.analyse(graph, scen, {item.hardening.key})
        assert item.prevents == len(base.steps) - len(after.steps), item.hardening.key


def test_recording_a_step_as_done_removes_the_steps_it_prevents(vault, case) -> None:
    graph = _graph(vault, case)
    social = case.regs["social"]
    key = f"no-sms-only:{social}"
    assert key in graph.hardening
    before = to.report_for(vault, case.person, "lost-phone", catalog=case.catalog)
    expected = next(c for c in before.cut if c.hardening.key == key).prevented
    assert f"reg:{social}" in expected and f"reg:{case.regs['loan']}" in expected
    vault.hardening.mark_done(case.person, key, NOW)
    after = to.report_for(vault, case.person, "lost-phone", catalog=case.catalog)
    assert set(before.analysis.fallen) - set(after.analysis.fallen) == set(expected)
    assert key not in {c.hardening.key for c in after.cut}
    assert [h.key for h in after.graph.applied(after.done)] == [key]
    # the SIM PIN stops what is left, and un-applying brings the chain back
    vault.hardening.mark_done(case.person, f"sim-pin:{case.phone}", NOW)
    assert to.report_for(vault, case.person, catalog=case.catalog).analysis.steps == ()
    assert vault.hardening.undo(case.person, key) and vault.hardening.undo(
        case.person, f"sim-pin:{case.phone}")
    again = to.report_for(vault, case.person, catalog=case.catalog)
    assert again.analysis.fallen == before.analysis.fallen


def test_the_unlocked_phone_is_not_saved_by_a_sim_pin(vault, case) -> None:
    graph = _graph(vault, case)
    scen = to.make_scenario("lost-phone-unlocked", graph)
    full = to.analyse(graph, scen)
    assert to.analyse(graph, scen, {f"sim-pin:{case.phone}"}).fallen == full.fallen
    assert f"sim-pin:{case.phone}" not in {c.hardening.key for c in to.rank_cut(graph, scen)}
    blocked = to.analyse(graph, to.make_scenario("lost-phone", graph),
                         {f"report-lost:{case.phone}"})
    assert blocked.steps == () and blocked.blocked[0].cap == Cap(CapKind.SMS, case.phone)


def test_closing_the_dormant_card_takes_it_out_of_the_chain(vault, case) -> None:
    graph = _graph(vault, case)
    scen = to.make_scenario("lost-phone", graph)
    assert f"card:{case.ccb}" in to.analyse(graph, scen).fallen
    after = to.analyse(graph, scen, {f"close-card:{case.ccb}"})
    assert f"card:{case.ccb}" not in after.fallen
    assert f"close-card:{case.icbc}" not in graph.hardening  # only unused cards are to close


# --- termination, nothing weak, unassessed -------------------------------------------------------
def test_cycles_between_mailboxes_terminate(vault) -> None:
    cat = catalog_with(
        entry("mail-a", "email", [["password"]], [["email"]], ["email"]),
        entry("mail-b", "email", [["password"]], [["email"]], ["email"]))
    pid = vault.people.add(name="环")
    a = vault.identifiers.add(person_id=pid, kind="email", value="a@example.com")
    b = vault.identifiers.add(person_id=pid, kind="email", value="b@example.com")
    for cid, own, other in (("mail-a", a, b), ("mail-b", b, a)):
        sid = vault.services.ensure(name=cid, catalog_id=cid)
        vault.registrations.add(person_id=pid, service_id=sid,
                                usages=[Usage(own, Role.LOGIN), Usage(other, Role.CONTACT)])
    graph = to.graph_for_person(vault, pid, cat)
    analysis = to.analyse(graph, to.make_scenario("email-takeover", graph))
    assert len(analysis.steps) == 2  # each falls once, though each recovers the other
    one = to.analyse(graph, to.custom_scenario(graph, [Cap(CapKind.EMAIL, a)]))
    assert [s.node.name for s in one.steps] == ["mail-b", "mail-a"]
    assert one.steps[1].round == 1


def test_an_inventory_without_weak_services_yields_no_chain(vault) -> None:
    cat = catalog_with(entry("strong", "shopping", [["password", "totp"]], [["in_person"]],
                             ["name", "id_number", "payments"]))
    pid = vault.people.add(name="稳")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value="13700000003")
    card = vault.identifiers.add(person_id=pid, kind="bank_card", value=ICBC_CARD)
    sid = vault.services.ensure(name="strong", catalog_id="strong")
    vault.registrations.add(person_id=pid, service_id=sid,
                            usages=[Usage(phone, Role.LOGIN), Usage(card, Role.BOUND_CARD)])
    graph = to.graph_for_person(vault, pid, cat)
    for key in to.SCENARIO_KEYS:
        scen = to.make_scenario(key, graph)
        analysis = to.analyse(graph, scen)
        assert analysis.steps == (), key
        assert to.rank_cut(graph, scen, (), analysis) == []


def test_a_service_outside_the_catalogue_is_unassessed_not_guessed(vault) -> None:
    pid = vault.people.add(name="某人")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value="13700000003")
    sid = vault.services.ensure(name="我家小区物业")
    rid = vault.registrations.add(person_id=pid, service_id=sid, usages=[phone])
    graph = to.graph_for_person(vault, pid)
    assert graph.nodes == () and graph.unassessed == (rid,)
    analysis = to.analyse(graph, to.make_scenario("lost-phone", graph))
    assert analysis.steps == () and analysis.unassessed == (rid,)


def test_closed_registrations_and_closed_cards_never_fall(vault, case) -> None:
    rid = case.regs["social"]
    reg = vault.registrations.get(rid)
    vault.registrations.update(rid, usages=reg.usages, status=RegistrationStatus.CLOSED)
    vault.identifiers.update(case.ccb, status=IdentifierStatus.CLOSED)
    graph = _graph(vault, case)
    fallen = to.analyse(graph, to.make_scenario("lost-phone", graph)).fallen
    assert f"reg:{rid}" not in fallen and f"card:{case.ccb}" not in fallen


# --- scenarios ------------------------------------------------------------------------------------
def test_a_breach_scenario_starts_from_what_the_breach_leaked(demo_vault) -> None:
    from exposure import crosscheck
    from exposure.feeds.model import ManualNotice

    person = demo_vault.people.find("张演示")
    bid = demo_vault.breaches.add_manual(ManualNotice(
        organisation="华住", date="2024-05", kinds=("name", "id_number", "id_photo", "phone"),
        catalog_ids=("huazhu",)))
    crosscheck.refresh(demo_vault)
    graph = to.graph_for_person(demo_vault, person.id)
    scen = to.scenario_for(demo_vault, graph, f"breach:{bid}")
    assert scen.key == f"breach:{bid}" and scen.title == "华住"
    assert scen.caps == {Cap(CapKind.NAME, person.id), Cap(CapKind.ID_NUMBER, person.id)}
    analysis = to.analyse(graph, scen)
    assert all(src == to.SCENARIO_SOURCE for s in analysis.steps[:1] for _c, src in s.providers)
    assert f"breach:{bid}" in [s.key for s in to.scenarios_for(demo_vault, graph)]
    assert "华住" in to.scenario_title(scen, "en")
    with pytest.raises(Exception, match="breach"):
        to.scenario_for(demo_vault, graph, "breach:99999")


def test_unknown_scenarios_and_foreign_phones_are_refused(vault, case) -> None:
    graph = _graph(vault, case)
    with pytest.raises(InvalidInput):
        to.make_scenario("meteor", graph)
    with pytest.raises(InvalidInput):
        to.make_scenario("lost-phone", graph, phone_ids=[999999])
    only = to.make_scenario("lost-phone", graph, phone_ids=[case.phone])
    assert only.caps == {Cap(CapKind.SMS, case.phone)}


def test_demo_family_whole_vault_and_every_scenario_runs(demo_vault) -> None:
    reports = to.analyse_vault(demo_vault, "lost-phone")
    assert len(reports) == 3
    zhang = reports[demo_vault.people.find("张演示").id]
    assert zhang.cut[0].hardening.generic == "sim-pin"
    assert zhang.cut[0].prevents == len(zhang.analysis.steps) > 10
    graph = zhang.graph
    for scen in to.scenarios_for(demo_vault, graph):
        to.rank_cut(graph, scen, (), to.analyse(graph, scen))
    assert Catalog  # the shipped catalogue built the demo graph


def test_cut_figures_equal_full_reruns_for_the_demo_family(demo_vault) -> None:
    for person in demo_vault.people.all_people():
        graph = to.graph_for_person(demo_vault, person.id)
        for key in to.SCENARIO_KEYS:
            scen = to.make_scenario(key, graph)
            base = to.analyse(graph, scen)
            for item in to.rank_cut(graph, scen, (), base, include_zero=True):
                after = to.analyse(graph, scen, {item.hardening.key})
                assert item.prevented == tuple(
                    s.node.key for s in base.steps if s.node.key not in after.fallen), (
                    person.name, key, item.hardening.key)


def _same_item(a: to.CutItem | None, b: to.CutItem | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.hardening.key, a.prevents, a.of, a.prevented) == (
        b.hardening.key, b.prevents, b.of, b.prevented)


def test_the_best_step_is_the_ranked_cuts_first_as_steps_are_done(demo_vault) -> None:
    """Home's next step (`best_cut`) against the ranked cut's first, doing the best step each
    time: the steps that prevent many, then only single ones (measured last), then none."""
    seen = {"many": 0, "one": 0, "none": 0}
    for person in demo_vault.people.all_people():
        graph = to.graph_for_person(demo_vault, person.id)
        for key in ("lost-phone", "id-leak", "sim-swap"):
            scen = to.make_scenario(key, graph)
            done: set[str] = set()
            for _ in range(40):
                analysis = to.analyse(graph, scen, done)
                ranked = to.rank_cut(graph, scen, done, analysis)
                best = to.best_cut(graph, scen, done, analysis)
                assert _same_item(best, ranked[0] if ranked else None), (person.name, key)
                assert _same_item(best, to.best_cut(graph, scen, done)), (person.name, key)
                if best is None:
                    seen["none"] += 1
                    break
                seen["many" if best.prevents > 1 else "one"] += 1
                done.add(best.hardening.key)
    assert all(seen.values()), seen


def test_cut_figures_equal_full_reruns_on_a_large_repetitive_inventory(vault) -> None:
    """Many copies of each service: the cut's local re-runs meet replaceable providers."""
    from tests.perf.bench_takeover import _fill

    pid = _fill(vault, 1, [260])[0]
    graph = to.graph_for_person(vault, pid)
    for key in ("lost-phone", "id-photo-leak", "card-leak"):
        scen = to.make_scenario(key, graph)
        base = to.analyse(graph, scen)
        for item in to.rank_cut(graph, scen, (), base, include_zero=True):
            after = to.analyse(graph, scen, {item.hardening.key}).fallen
            assert item.prevented == tuple(
                s.node.key for s in base.steps if s.node.key not in after), item.hardening.key


def test_a_leaked_password_is_cut_by_the_catalogues_own_two_factor_step(demo_vault) -> None:
    from exposure import crosscheck
    from exposure.feeds.model import ManualNotice

    person = demo_vault.people.find("张演示")
    bid = demo_vault.breaches.add_manual(ManualNotice(
        organisation="LinkedIn", date="2016", kinds=("email", "password"),
        catalog_ids=("linkedin",)))
    crosscheck.refresh(demo_vault)
    report = to.report_for(demo_vault, person.id, f"breach:{bid}")
    linkedin = next(r for r in demo_vault.registrations.rows(person.id)
                    if r.service.catalog_id == "linkedin").registration.id
    assert report.scenario.caps == {Cap(CapKind.PASSWORD, linkedin)}  # an address is no control
    assert [s.node.key for s in report.analysis.steps] == [f"reg:{linkedin}"]
    assert report.analysis.steps[0].option.factors == frozenset({"password"})
    top = report.cut[0]
    assert top.hardening.key == f"svc:{linkedin}:2fa" and top.prevents == 1
    assert top.hardening.source is not None  # the catalogue's source for its step
    assert "two-step" in to.hardening_text(top.hardening, report.graph, "en")


def test_the_takeover_read_gives_each_registration_as_the_tables_have_it(demo_vault) -> None:
    """`vault.takeover_reads` (one query, uses as a string per registration) gives the same
    rows as the tables' InventoryRows, a registration that uses nothing among them; equal
    uses share one tuple."""
    from exposure.store.takeover_reads import BriefRow

    pid = demo_vault.people.all_people()[0].id
    sid = demo_vault.services.ensure(name="无标识的服务")
    bare = demo_vault.registrations.add(person_id=pid, service_id=sid, usages=[])
    rows = demo_vault.takeover_reads.rows()
    assert rows == [BriefRow.of(r) for r in demo_vault.registrations.rows()]
    assert next(r for r in rows if r.id == bare).usages == ()
    assert demo_vault.takeover_reads.rows(pid) == [r for r in rows if r.person_id == pid]
    assert {r.usages for r in rows if r.usages} and all(
        r.usages == tuple(sorted(r.usages, key=lambda u: u.identifier_id)) for r in rows)
    by_uses: dict[tuple, set[int]] = {}
    for r in rows:
        by_uses.setdefault(r.usages, set()).add(id(r.usages))
    assert all(len(ids) == 1 for ids in by_uses.values())
    assert {u.role for r in rows for u in r.usages} >= {Role.LOGIN, Role.RESERVED_PHONE,
                                                        Role.BOUND_CARD}
    # the strings that repeat are one object each (10,000 rows: ~2 MB less at Home's peak)
    again = demo_vault.registrations.add(person_id=pid, service_id=sid, usages=[],
                                         allow_duplicate=True)
    rows = demo_vault.takeover_reads.rows()
    first, second = (next(r for r in rows if r.id == n) for n in (bare, again))
    assert first.service is second.service and first.status is second.status
    assert len({id(r.status) for r in rows}) == len({r.status for r in rows})
    assert len({id(r.catalog_id) for r in rows if r.catalog_id}) == len(
        {r.catalog_id for r in rows if r.catalog_id})
