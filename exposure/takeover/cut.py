"""The cut: hardening steps ranked by how many take-overs each prevents in a scenario.

Each candidate is measured by re-running the analysis with it applied (on top of the steps
already done). A step that only changes one node's options is measured with a shortcut that
gives the same answer: if that node is nobody's provider in the chain, removing it from the
chain changes nothing else, so the step prevents one take-over when none of the node's
remaining options is satisfied by what the rest of the chain holds, else none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from exposure.takeover.analysis import _grants, _with_derived, analyse
from exposure.takeover.model import SCENARIO_SOURCE, Analysis, Cap, CutItem, Graph, Scenario
from exposure.takeover.steps import GENERIC_IDS

_PRIORITY = {"high": 0, "medium": 1, "low": 2}
# Ties: prevention before reaction (a SIM PIN works while you sleep; reporting needs you awake).
_GENERIC = {g: i for i, g in enumerate(GENERIC_IDS)}


def relevant_keys(graph: Graph, analysis: Analysis) -> set[str]:
    """Hardening keys that can change this analysis: those that block a scenario capability
    held, a fallen node, one of its options, or one of its grants."""
    keys: set[str] = set()
    for initial in analysis.scenario.initial:
        keys |= initial.blocked_by
    for step in analysis.steps:
        node = step.node
        keys |= node.removed_by
        for opt in node.options:
            keys |= opt.blocked_by
        for _cap, block in node.grant_blocks:
            keys |= block
    return {k for k in keys if k in graph.hardening and k not in analysis.applied}


def rank_cut(graph: Graph, scenario: Scenario, applied: Iterable[str] = (),
             analysis: Analysis | None = None, *, include_zero: bool = False) -> list[CutItem]:
    """Hardening steps not yet done, most take-overs prevented first (then by priority and key).

    `include_zero` keeps the steps that prevent nothing in this scenario (at the end)."""
    done = frozenset(applied)
    base = analysis if analysis is not None and analysis.applied == done else analyse(
        graph, scenario, done)
    total = len(base.steps)
    fallen = base.fallen
    providers = {src for s in base.steps for _cap, src in s.providers if src != SCENARIO_SOURCE}
    granters: Counter[Cap] = Counter()
    initial = set(_with_derived(i.cap for i in scenario.initial if not (i.blocked_by & done)))
    for s in base.steps:
        for cap in set(_with_derived(_grants(s.node, done))):
            granters[cap] += 1
    items: list[CutItem] = []
    candidates = relevant_keys(graph, base) if not include_zero else {
        k for k in graph.hardening if k not in done}
    for key in candidates:
        hardening = graph.hardening[key]
        prevented: tuple[str, ...]
        node_key = hardening.node_keys[0] if len(hardening.node_keys) == 1 else ""
        if hardening.single_node and node_key and node_key not in fallen:
            prevented = ()
        elif hardening.single_node and node_key and node_key not in providers:
            step = base.step(node_key)
            assert step is not None  # noqa: S101 - node_key is in fallen
            mine = set(_with_derived(_grants(step.node, done)))
            rest = {c for c in base.capabilities
                    if c not in mine or c in initial or granters[c] > 1}
            now = done | {key}
            alive = not (step.node.removed_by & now) and any(
                not (o.blocked_by & now) and o.caps <= rest for o in step.node.options)
            prevented = () if alive else (node_key,)
        else:
            after = analyse(graph, scenario, done | {key})
            prevented = tuple(s.node.key for s in base.steps if s.node.key not in after.fallen)
        if prevented or include_zero:
            items.append(CutItem(hardening, len(prevented), total, prevented))
    items.sort(key=lambda i: (-i.prevents, _PRIORITY.get(i.hardening.priority, 3),
                              _GENERIC.get(i.hardening.generic, len(_GENERIC)),
                              i.hardening.key))
    return items
