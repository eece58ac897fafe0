"""Take-over chains, the cut that breaks them, and the lost-phone playbook.

Typical use (the GUI and the CLI do exactly this)::

    from exposure import takeover as to
    graph = to.graph_for_person(vault, person_id)                 # inventory + catalogue
    scenario = to.scenario_for(vault, graph, "lost-phone")        # or "breach:<id>", …
    # (to.scenarios_for(vault, graph): every scenario of the person, breaches included)
    applied = vault.hardening.keys(person_id)                     # steps recorded as done
    analysis = to.analyse(graph, scenario, applied)               # the chain, in order
    for step in analysis.steps:                                   # node, option, providers, gains
        print(to.explain(step, graph, "zh"))                      # the why, identifiers masked
    analysis.edges()             # the graph's arrows: (from node key or "scenario", to, Cap)
    to.node_title(node, graph, lang), to.cap_text(cap, graph, lang)   # labels, masked
    for item in to.rank_cut(graph, scenario, applied, analysis):  # "SIM PIN prevents 14 of 17"
        print(to.prevents_text(item, graph, "en"))
    to.best_cut(graph, scenario, applied, analysis)  # rank_cut(...)[0] (or None), sooner
    vault.hardening.mark_done(person_id, item.hardening.key, at=now)   # apply; .undo() unapplies
    graph.applied(vault.hardening.keys(person_id))                # the steps to offer un-applying
    to.report_for(vault, person_id, "lost-phone")                 # all of the above in one call
    book = to.playbook_for_person(vault, person_id)               # ordered checklist
    vault.playbooks.tick(person_id, book.items[0].key, at=now)    # ticks are timestamped
    html = to.render_playbook_html(book, vault.playbooks.ticks(person_id), "zh", now)

Modules: `model` (dataclasses), `graph` (inventory → nodes), `plans` (each catalogue entry's
part, worked out once), `net` (the graph as lists of integer-coded capabilities; `graph.nodes`,
`analysis.steps` and a cut item's `hardening` are made from them when first read),
`scenarios`, `analysis` (the fixpoint), `provenance` (what each edge rests on: sourced or
unverified), `cut`, `rerun` (the cut's re-run of the chain), `why` (wording), `playbook` and
`playbook_chain` (the checklist, from the chain), `remedies` (the identity-fraud checklist of
`id-leak` / `id-photo-leak`), `render` (HTML/text), `report` (vault helpers).
"""

from __future__ import annotations

from exposure import compiled

compiled.use(__path__)  # the compiled modules, when built from these sources (before any import)

from exposure.takeover.analysis import analyse
from exposure.takeover.cut import best_cut, rank_cut
from exposure.takeover.graph import build_graph, graph_for_person
from exposure.takeover.model import (
    SCENARIO_SOURCE,
    Analysis,
    Cap,
    CapKind,
    CutItem,
    Fact,
    Graph,
    Hardening,
    Initial,
    Node,
    NodeKind,
    Option,
    Route,
    Scenario,
    ScenarioKind,
    Step,
)
from exposure.takeover.playbook import (
    LOST_PHONE,
    SECTIONS,
    Playbook,
    PlaybookItem,
    build_playbook,
    carrier_hotline,
    playbook_for_person,
    progress,
    section_title,
)
from exposure.takeover.provenance import edge_fact, route_fact, step_basis
from exposure.takeover.remedies import (
    REMEDY_SCENARIOS,
    build_remedies,
    has_remedies,
    remedies_for_person,
)
from exposure.takeover.render import render_playbook_html, render_playbook_text
from exposure.takeover.report import Report, analyse_vault, report_for, scenario_for, scenarios_for
from exposure.takeover.scenarios import (
    SCENARIO_KEYS,
    breach_scenario,
    custom_scenario,
    make_scenario,
)
from exposure.takeover.why import (
    cap_text,
    explain,
    hardening_sources,
    hardening_text,
    hardening_title,
    masked,
    node_title,
    prevents_text,
    scenario_title,
)

__all__ = [
    "LOST_PHONE",
    "REMEDY_SCENARIOS",
    "SCENARIO_KEYS",
    "SCENARIO_SOURCE",
    "SECTIONS",
    "Analysis",
    "Cap",
    "CapKind",
    "CutItem",
    "Fact",
    "Graph",
    "Hardening",
    "Initial",
    "Node",
    "NodeKind",
    "Option",
    "Playbook",
    "PlaybookItem",
    "Report",
    "Route",
    "Scenario",
    "ScenarioKind",
    "Step",
    "analyse",
    "analyse_vault",
    "best_cut",
    "breach_scenario",
    "build_graph",
    "build_playbook",
    "build_remedies",
    "cap_text",
    "carrier_hotline",
    "custom_scenario",
    "edge_fact",
    "explain",
    "graph_for_person",
    "hardening_sources",
    "hardening_text",
    "hardening_title",
    "has_remedies",
    "make_scenario",
    "masked",
    "node_title",
    "playbook_for_person",
    "prevents_text",
    "progress",
    "rank_cut",
    "remedies_for_person",
    "render_playbook_html",
    "render_playbook_text",
    "report_for",
    "route_fact",
    "scenario_for",
    "scenario_title",
    "scenarios_for",
    "section_title",
    "step_basis",
]
