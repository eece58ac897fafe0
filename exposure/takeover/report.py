"""Vault-level helpers: the scenarios a person has, one call for chain + cut, a whole vault."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exposure import catalog as catalogue
from exposure.catalog import Catalog
from exposure.errors import InvalidInput, NotFound
from exposure.feeds.model import BreachId
from exposure.model import PersonId, by_person
from exposure.takeover.analysis import analyse
from exposure.takeover.cut import rank_cut
from exposure.takeover.graph import build_graph, graph_for_person
from exposure.takeover.model import Analysis, CutItem, Graph, Scenario, paused_gc
from exposure.takeover.scenarios import SCENARIO_KEYS, breach_scenario, make_scenario

if TYPE_CHECKING:
    from exposure.vault import Vault


def scenario_for(vault: Vault, graph: Graph, key: str,
                 phone_ids: Sequence[int] | None = None) -> Scenario:
    """`lost-phone`, `lost-phone-unlocked`, `sim-swap`, `id-leak`, `id-photo-leak`, `card-leak`,
    `email-takeover` or `breach:<breach id>` (a breach the cross-check matched for the person).
    `phone_ids` narrows the phone scenarios to the phone actually lost (default: every active
    number). Raises InvalidInput for an unknown key, NotFound for a breach not matched to the
    person."""
    if key.startswith("breach:"):
        try:
            bid = BreachId(int(key.split(":", 1)[1]))
        except ValueError:
            raise InvalidInput("unknown scenario", field="scenario") from None
        exposures = [e for e in vault.exposures.all_exposures(person_id=graph.person.id,
                                                              enabled_only=False)
                     if e.breach_id == bid]
        if not exposures:
            raise NotFound("breach of this person", id=bid)
        return breach_scenario(graph, vault.breaches.get(bid), exposures)
    return make_scenario(key, graph, phone_ids)


def scenarios_for(vault: Vault, graph: Graph) -> list[Scenario]:
    """Every built-in scenario, then one per breach matched to the person (newest first)."""
    out = [make_scenario(k, graph) for k in SCENARIO_KEYS]
    seen: set[int] = set()
    for e in vault.exposures.all_exposures(person_id=graph.person.id):
        if e.breach_id in seen:
            continue
        seen.add(e.breach_id)
        out.append(scenario_for(vault, graph, f"breach:{e.breach_id}"))
    return out


@dataclass(frozen=True)
class Report:
    """One person in one scenario: the graph, the chain and the ranked cut."""

    graph: Graph
    scenario: Scenario
    analysis: Analysis
    cut: tuple[CutItem, ...]
    done: frozenset[str]  # hardening keys recorded as done


def report_for(vault: Vault, person_id: PersonId, scenario: str = "lost-phone", *,
               catalog: Catalog | None = None, include_zero: bool = False,
               phone_ids: Sequence[int] | None = None) -> Report:
    """The chain (with the hardening steps recorded as done) and the ranked cut: what the
    scenario page and `main.py takeover` show."""
    graph = graph_for_person(vault, person_id, catalog)
    scen = scenario_for(vault, graph, scenario, phone_ids)
    done = vault.hardening.keys(person_id)
    analysis = analyse(graph, scen, done)
    cut = rank_cut(graph, scen, done, analysis, include_zero=include_zero)
    return Report(graph, scen, analysis, tuple(cut), done)


def analyse_vault(vault: Vault, scenario: str = "lost-phone", *, catalog: Catalog | None = None,
                  with_cut: bool = True) -> dict[PersonId, Report]:
    """Every person of the vault in one built-in scenario (reads the inventory once)."""
    if scenario.startswith("breach:"):
        raise InvalidInput("a whole vault takes a built-in scenario", field="scenario")
    if catalog is None:
        catalog = catalogue.default_catalog()
    with paused_gc():
        return _analyse_all(vault, scenario, catalog, with_cut)


def _analyse_all(vault: Vault, scenario: str, catalog: Catalog, with_cut: bool,
                 ) -> dict[PersonId, Report]:
    with vault.reading():  # one state, whoever else writes
        rows_by = by_person(vault.takeover_reads.rows(), lambda r: r.person_id)
        ids_by = by_person(vault.identifiers.all_identifiers(), lambda i: i.person_id)
        done_by = vault.hardening.all_keys()
        people = vault.people.all_people()
    out: dict[PersonId, Report] = {}
    for person in people:
        graph = build_graph(person, rows_by[person.id], ids_by[person.id], catalog)
        scen = make_scenario(scenario, graph)
        done = done_by.get(person.id, frozenset())
        analysis = analyse(graph, scen, done)
        cut = tuple(rank_cut(graph, scen, done, analysis)) if with_cut else ()
        out[person.id] = Report(graph, scen, analysis, cut, done)
    return out
