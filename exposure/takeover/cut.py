"""The cut: hardening steps ranked by how many take-overs each prevents in a scenario.

Each candidate's figure is what a re-run of the analysis with it applied (on top of the steps
already done) would give, computed cheaply where that is exact:
- a step that only takes options or nodes away (`Hardening.options_only`) is re-run inside
  the smallest closed group of nodes: the ones it touches plus every node that used a
  capability one of them gave first and that nobody outside the group granted in the same
  round or earlier. Nodes outside the group fall as before, so the fixpoint is re-run inside
  the group only, on top of what the rest of the chain holds;
- a step that withholds a grant the scenario gives anyway prevents nothing;
- steps that deny the same scenario capabilities (SIM PIN, reporting the SIM lost) share one
  re-run; everything else is a re-run, of the chain's own nodes only (exposure/takeover/rerun.py:
  nothing that stood before falls when a step is done).
Tests check the figures against full re-runs for every step of several inventories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from exposure.takeover.analysis import analyse, granted, with_derived
from exposure.takeover.model import (
    SCENARIO_SOURCE,
    Analysis,
    Cap,
    CutItem,
    Graph,
    Hardening,
    Node,
    Scenario,
    paused_gc,
)
from exposure.takeover.rerun import Rerun
from exposure.takeover.steps import GENERIC_IDS

_PRIORITY = {"high": 0, "medium": 1, "low": 2}
# Ties: prevention before reaction (a SIM PIN works while you sleep; reporting needs you awake).
_GENERIC = {g: i for i, g in enumerate(GENERIC_IDS)}
_MAX_LOCAL = 200  # past this many dependent nodes a full re-run is as cheap


def relevant_keys(graph: Graph, analysis: Analysis) -> set[str]:
    """Hardening keys that can change this analysis: those that block a scenario capability,
    a fallen node, one of its options, or one of its grants."""
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


class _Measure:
    def __init__(self, graph: Graph, scenario: Scenario, done: frozenset[str],
                 base: Analysis) -> None:
        self.graph, self.scenario, self.done, self.base = graph, scenario, done, base
        self.fallen = base.fallen
        self.initial = set(with_derived(
            i.cap for i in scenario.initial if not (i.blocked_by & done)))
        self.grants: dict[str, set[Cap]] = {}
        self.granters: dict[Cap, list[tuple[int, str]]] = defaultdict(list)  # (round, node)
        self.rounds: dict[str, int] = {}
        self.orders = {s.node.key: s.order for s in base.steps}
        self._reruns: dict[frozenset[Cap], tuple[str, ...]] = {}
        self._fixpoint: Rerun | None = None
        self._open: dict[str, list[frozenset[str]]] = {}  # node → its options' blocking steps
        for s in base.steps:
            mine = set(granted(s.node, done))
            self.grants[s.node.key] = mine
            self.rounds[s.node.key] = s.round
            for cap in mine:
                self.granters[cap].append((s.round, s.node.key))
        self.consumers: dict[str, list[tuple[Cap, str]]] = defaultdict(list)
        for s in base.steps:
            for cap, src in s.providers:
                if src != SCENARIO_SOURCE:
                    self.consumers[src].append((cap, s.node.key))

    def _closed_set(self, touched: list[str]) -> set[str] | None:
        """The touched nodes plus every node that depends on them: a node that used a
        capability one of them gave first, unless a node outside the set granted it too in the
        same round or earlier (and so never depended on the set). Nodes outside this set fall
        as before whatever happens inside it. None when the set grows past _MAX_LOCAL."""
        group = set(touched)
        changed = True
        while changed:
            changed = False
            for key in list(group):
                rnd = self.rounds[key]
                for cap, user in self.consumers.get(key, ()):
                    if user in group:
                        continue
                    if not any(r <= rnd and k not in group for r, k in self.granters[cap]):
                        group.add(user)
                        changed = True
            if len(group) > _MAX_LOCAL:
                return None
        return group

    def prevented(self, h: Hardening) -> tuple[str, ...]:
        touched = [k for k in h.node_keys if k in self.fallen]
        if h.options_only and not touched:
            return ()
        group = self._closed_set(touched) if h.options_only else None
        if group is not None:
            if len(group) == 1:
                return self._single(h, touched[0])
            return self._local(h, group)
        denied = frozenset(i.cap for i in self.scenario.initial if h.key in i.blocked_by)
        if not h.options_only and not denied:
            withheld = {cap for k in touched for cap, keys in self._node(k).grant_blocks
                        if h.key in keys}
            if withheld <= self.initial:  # the scenario gives them anyway
                return ()
        # steps that only deny scenario capabilities: one re-run per distinct denial
        memo = denied if denied and not h.node_keys else None
        if memo is not None and memo in self._reruns:
            return self._reruns[memo]
        after = self._rerun(h.key)
        result = tuple(s.node.key for s in self.base.steps if s.node.key not in after)
        if memo is not None:
            self._reruns[memo] = result
        return result

    def _rerun(self, key: str) -> set[str]:
        """The chain's nodes that still fall with step `key` done too (a full re-run's
        answer: exposure/takeover/rerun.py)."""
        if self._fixpoint is None:
            self._fixpoint = Rerun(self.base, self.scenario, self.done, self.grants)
        return self._fixpoint.fallen(key)

    def _single(self, h: Hardening, key: str) -> tuple[str, ...]:
        """`_local` for a group of one node: it falls no more when the step removes it or
        takes away each of its options that was open (every capability held, none only it
        gave)."""
        if h.key in self._node(key).removed_by:
            return (key,)
        open_ = self._open.get(key)
        if open_ is None:
            lost = {c for c in self.grants[key] if c not in self.initial
                    and all(n == key for _r, n in self.granters[c])}
            held = self.base.capabilities
            open_ = self._open[key] = [o.blocked_by for o in self._node(key).options
                                       if not (o.blocked_by & self.done) and o.caps <= held
                                       and o.caps.isdisjoint(lost)]
        return (key,) if all(h.key in blocked for blocked in open_) else ()

    def _node(self, key: str) -> Node:
        return self.base.step(key).node  # type: ignore[union-attr]

    def _local(self, h: Hardening, group: set[str]) -> tuple[str, ...]:
        """Re-runs the fixpoint inside `group` only, on top of what the rest of the chain
        holds (everything but the capabilities only the group granted)."""
        now = self.done | {h.key}
        lost = {c for k in group for c in self.grants[k]
                if c not in self.initial and all(n in group for _r, n in self.granters[c])}
        held = self.base.capabilities
        nodes: dict[str, Node] = {k: self.base.step(k).node for k in group}  # type: ignore[union-attr]
        alive: set[str] = set()
        changed = True
        while changed:
            changed = False
            for k, node in nodes.items():
                if k in alive or node.removed_by & now:
                    continue
                if any(not (o.blocked_by & now) and o.caps <= held and o.caps.isdisjoint(lost)
                       for o in node.options):
                    alive.add(k)
                    lost -= self.grants[k]
                    changed = True
        return tuple(sorted((k for k in group if k not in alive), key=self.orders.__getitem__))


def rank_cut(graph: Graph, scenario: Scenario, applied: Iterable[str] = (),
             analysis: Analysis | None = None, *, include_zero: bool = False) -> list[CutItem]:
    """Hardening steps not yet done, most take-overs prevented first (then by priority, then
    prevention before reaction, then the one that cuts the chain earlier). `include_zero`
    keeps the steps of the graph that prevent nothing in this scenario (at the end)."""
    done = frozenset(applied)
    base = analysis if analysis is not None and analysis.applied == done else analyse(
        graph, scenario, done)
    with paused_gc():
        return _rank(graph, scenario, done, base, include_zero)


def _rank(graph: Graph, scenario: Scenario, done: frozenset[str], base: Analysis,
          include_zero: bool) -> list[CutItem]:
    measure = _Measure(graph, scenario, done, base)
    candidates = (relevant_keys(graph, base) if not include_zero
                  else {k for k in graph.hardening if k not in done})
    items: list[CutItem] = []
    for key in candidates:
        hardening = graph.hardening[key]
        prevented = measure.prevented(hardening)
        if prevented or include_zero:
            items.append(CutItem(hardening, len(prevented), len(base.steps), prevented))
    # ties: the step that cuts the chain earlier first (`prevented` is in the chain's order)
    first = measure.orders
    items.sort(key=lambda i: (-i.prevents, _PRIORITY.get(i.hardening.priority, 3),
                              _GENERIC.get(i.hardening.generic, len(_GENERIC)),
                              first[i.prevented[0]] if i.prevented else 1 << 30,
                              i.hardening.key))
    return items
