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
from typing import Any

from exposure.takeover.analysis import analyse, run_of
from exposure.takeover.model import (
    Analysis,
    CutItem,
    Graph,
    Scenario,
    paused_gc,
)
from exposure.takeover.net import ACCOUNT, MASK, code_of, with_derived
from exposure.takeover.rerun import Rerun, fallen_masks
from exposure.takeover.steps import GENERIC_IDS

_PRIORITY = {"high": 0, "medium": 1, "low": 2}
# Ties: prevention before reaction (a SIM PIN works while you sleep; reporting needs you awake).
_GENERIC = {g: i for i, g in enumerate(GENERIC_IDS)}
_MAX_LOCAL = 200  # past this many dependent nodes a full re-run is as cheap
_NONE: tuple[int, ...] = ()


class _Measure:
    """What each step prevents, on the analysis's lists (node indices, capability codes)."""

    def __init__(self, scenario: Scenario, done: frozenset[str], base: Analysis) -> None:
        self.base = base
        run = self.run = run_of(base)
        net = self.net = run.net
        self.scenario, self.done = scenario, done
        nodes, size = run.nodes, len(net.keys)
        self.fallen = set(nodes)
        self.initial = set(with_derived(
            [code_of(i.cap) for i in scenario.initial if not (i.blocked_by & done)]))
        # by node index (lists: the nodes are 0 … size - 1): what each fallen node granted,
        # its round and its place in the chain (from 1)
        self.grants: list[Any] = [_NONE] * size
        self.rounds = [0] * size
        self.orders = [0] * size
        self.granters: dict[int, list[int]] = defaultdict(list)  # capability → nodes
        grants, rounds, orders, granters = self.grants, self.rounds, self.orders, self.granters
        for order, (n, given, rnd) in enumerate(zip(nodes, run.grants, run.rounds,
                                                    strict=True), 1):
            grants[n], rounds[n], orders[n] = given, rnd, order
            for cap in given:
                granters[cap].append(n)
        self._reruns: dict[frozenset[int], tuple[int, ...]] = {}
        self._fixpoint: Rerun | None = None
        self._open: dict[int, list[tuple[str, ...]]] = {}  # node → its options' blocking steps
        # the nodes that gave first a capability an option may need (not an account: only a
        # card's options name one)
        self.givers = {n for c, n in run.held.items() if c & MASK != ACCOUNT}
        self.consumers: dict[int, list[tuple[int, int]]] = defaultdict(list)
        held, caps = run.held, net.opt_caps
        consumers = self.consumers
        for n, k in zip(nodes, run.opts, strict=True):
            for c in caps[k]:
                src = held[c]
                if src >= 0:
                    consumers[src].append((c, n))

    def _closed_set(self, touched: list[int]) -> set[int] | None:
        """The touched nodes plus every node that depends on them: a node that used a
        capability one of them gave first, unless a node outside the set granted it too in the
        same round or earlier (and so never depended on the set). Nodes outside this set fall
        as before whatever happens inside it. None when the set grows past _MAX_LOCAL."""
        group = set(touched)
        rounds, consumers, granters = self.rounds, self.consumers, self.granters
        changed = True
        while changed:
            changed = False
            for n in list(group):
                rnd = rounds[n]
                for cap, user in consumers.get(n, ()):
                    if user in group:
                        continue
                    for k in granters[cap]:  # granted outside, as early?
                        if rounds[k] <= rnd and k not in group:
                            break
                    else:
                        group.add(user)
                        changed = True
            if len(group) > _MAX_LOCAL:
                return None
        return group

    def prevented(self, key: str) -> tuple[int, ...]:
        """The chain's nodes (in chain order) that no longer fall with step `key` done."""
        net = self.net
        only = net.hard[key][6]
        touched = [n for n in net.affected(key) if n in self.fallen]
        if only and not touched:
            return _NONE
        if only and len(touched) == 1 and touched[0] not in self.consumers:
            return self._single(key, touched[0])  # nothing depends on it
        group = self._closed_set(touched) if only else None
        if group is not None:
            if len(group) == 1:
                return self._single(key, touched[0])
            return self._local(key, group)
        denied = frozenset(code_of(i.cap) for i in self.scenario.initial if key in i.blocked_by)
        if not only and not denied:
            withheld = {cap for n in touched for cap, keys in net.grant_blocks.get(n, ())
                        if key in keys}
            if withheld <= self.initial:  # the scenario gives them anyway
                return _NONE
        if denied and not net.affected(key):  # only denies scenario capabilities
            if denied not in self._reruns:
                self._deny_all()
            return self._reruns[denied]
        if self._fixpoint is None:
            self._fixpoint = Rerun(self.base, self.scenario)
        after = self._fixpoint.fallen_nodes(key)
        return tuple(n for n in self.run.nodes if n not in after)

    def _deny_all(self) -> None:
        """`prevented` of every step not done that only denies scenario capabilities (a SIM
        PIN, reporting the SIM lost), one per distinct denial, in one pass
        (rerun.fallen_masks)."""
        by: dict[frozenset[int], str] = {}
        hard, affects, done = self.net.hard, self.net.affects, self.done
        for initial in self.scenario.initial:
            for key in sorted(initial.blocked_by):
                if key in hard and key not in done and key not in affects:
                    denied = frozenset(code_of(i.cap) for i in self.scenario.initial
                                       if key in i.blocked_by)
                    by.setdefault(denied, key)
        nodes = self.run.nodes
        masks = fallen_masks(self.base, self.scenario, list(by.values()))
        for r, denied in enumerate(by):
            self._reruns[denied] = tuple(n for n, m in zip(nodes, masks, strict=True)
                                         if not m >> r & 1)

    def relevant(self, singles: bool = True) -> dict[str, tuple[int, ...]]:
        """`prevented` of every step not done that prevents something (the others are left
        out): of the steps that block a scenario capability, a fallen node, one of its options
        or grants. A step that only takes options away from one node that nothing depends on
        is answered from that node's open options, in one pass over the chain (most steps are
        of this kind: a service's own 2FA, not accepting an SMS code alone, closing a dormant
        account). Such a step prevents one take-over at most: `singles=False` leaves them
        out."""
        net, hard, done, consumers = self.net, self.net.hard, self.done, self.consumers
        first, blocks, affects = net.first, net.opt_blocks, net.affects
        out: dict[str, tuple[int, ...]] = {}
        rest: set[str] = set()
        for initial in self.scenario.initial:
            rest |= initial.blocked_by
        removed_by, grant_blocks = net.removed, net.grant_blocks
        for n in self.run.nodes:
            removed, mine = removed_by[n], blocks[first[n]:first[n + 1]]
            if n in grant_blocks:
                for _cap, block in grant_blocks[n]:
                    rest |= block
            if n in consumers:  # not alone: each of its steps is measured below
                rest.update(removed, *mine)  # (the loop below skips those in `out` or done)
                continue
            one = (n,)
            open_: list[tuple[str, ...]] | None = None
            common: set[str] | tuple[str, ...] = ()
            last: tuple[str, ...] = ()
            if removed:
                mine.append(removed)
            for keys in mine:
                if keys is last:  # options of one factor set share their steps
                    continue
                last = keys
                for key in keys:
                    if key in out or key in done:
                        continue
                    h = hard.get(key)
                    if h is None or not h[6] or affects.get(key) != n:
                        rest.add(key)
                    elif not singles:  # a step of this node alone: left out
                        continue
                    elif key in removed:
                        out[key] = one
                    else:
                        if open_ is None:
                            open_ = self._open_options(n)
                            common = () if not open_ else open_[0] if len(open_) == 1 else \
                                set(open_[0]).intersection(*open_[1:])
                        # no option open (each needed what only it gave): every step counts
                        if not open_ or key in common:
                            out[key] = one
        for key in rest:
            if key not in out and key in hard and key not in done:
                prevented = self.prevented(key)
                if prevented:
                    out[key] = prevented
        return out

    def _single(self, key: str, n: int) -> tuple[int, ...]:
        """`_local` for a group of one node: it falls no more when the step removes it or
        takes away each of its options that was open (every capability held, none that only
        it gave)."""
        net = self.net
        if key in net.removed[n]:
            return (n,)
        open_ = self._open.get(n)
        if open_ is None:
            open_ = self._open[n] = self._open_options(n)
        for blocked in open_:
            if key not in blocked:
                return _NONE
        return (n,)

    def _open_options(self, n: int) -> list[tuple[str, ...]]:
        """The blocking steps of each option of node `n` that was open: not blocked, every
        capability held, none of them given by `n` alone (and not by the scenario)."""
        net, done, missing = self.net, self.done, self.run.missing
        blocks = net.opt_blocks
        out = []
        alone = n in self.givers  # it may hold one of its options' capabilities by itself
        for k in range(net.first[n], net.first[n + 1]):
            if missing[k] or (done and blocks[k] and not done.isdisjoint(blocks[k])):
                continue
            if alone and self._own(n, k):
                continue
            out.append(blocks[k])
        return out

    def _own(self, n: int, k: int) -> bool:
        """Option `k` of node `n` needs a capability only `n` gave."""
        held, granters = self.run.held, self.granters
        return any(held[c] == n and len(granters[c]) == 1 for c in self.net.opt_caps[k])

    def _local(self, key: str, group: set[int]) -> tuple[int, ...]:
        """Re-runs the fixpoint inside `group` only, on top of what the rest of the chain
        holds (everything but the capabilities only the group granted)."""
        net, now = self.net, self.done | {key}
        initial, granters, grants = self.initial, self.granters, self.grants
        lost = set()
        for n in group:
            for c in grants[n]:
                if c not in initial:
                    for m in granters[c]:
                        if m not in group:
                            break
                    else:
                        lost.add(c)
        held, blocks, caps, first, removed = (self.run.held, net.opt_blocks, net.opt_caps,
                                              net.first, net.removed)
        alive: set[int] = set()
        changed = True
        while changed:
            changed = False
            for n in group:
                if n in alive or (removed[n] and not now.isdisjoint(removed[n])):
                    continue
                for k in range(first[n], first[n + 1]):  # an option still open?
                    if blocks[k] and not now.isdisjoint(blocks[k]):
                        continue
                    for c in caps[k]:
                        if c not in held or c in lost:
                            break
                    else:
                        alive.add(n)
                        lost.difference_update(grants[n])
                        changed = True
                        break
        return tuple(sorted((n for n in group if n not in alive), key=self.orders.__getitem__))


def rank_cut(graph: Graph, scenario: Scenario, applied: Iterable[str] = (),
             analysis: Analysis | None = None, *, include_zero: bool = False) -> list[CutItem]:
    """Hardening steps not yet done, most take-overs prevented first (then by priority, then
    prevention before reaction, then the one that cuts the chain earlier). `include_zero`
    keeps the steps of the graph that prevent nothing in this scenario (at the end)."""
    done = frozenset(applied)
    base = _base(graph, scenario, done, analysis)
    with paused_gc():
        return _rank(graph, scenario, done, base, include_zero)


def _base(graph: Graph, scenario: Scenario, done: frozenset[str], analysis: Analysis | None
          ) -> Analysis:
    """The analysis given, when it was worked out with the steps `done`; else a new one."""
    if analysis is not None and analysis.applied == done:
        return analysis
    return analyse(graph, scenario, done)


def best_cut(graph: Graph, scenario: Scenario, applied: Iterable[str] = (),
             analysis: Analysis | None = None) -> CutItem | None:
    """`rank_cut(...)[0]`, or None when no step prevents anything: the Home page's next step.
    A step that acts on one node nothing else needs prevents one take-over at most, so those
    (most steps) are measured only when no other step prevents two or more."""
    done = frozenset(applied)
    base = _base(graph, scenario, done, analysis)
    with paused_gc():
        measure = _Measure(scenario, done, base)
        found = [(k, p) for k, p in measure.relevant(singles=False).items() if len(p) > 1]
        if not found:
            found = list(measure.relevant().items())
        items = _items(graph, measure, [min(_ranked(measure, found))] if found else [])
    return items[0] if items else None


def _ranked(measure: _Measure, found: list[tuple[str, tuple[int, ...]]]
            ) -> list[tuple[Any, ...]]:
    """The steps' sort keys: most prevented first, then by priority, then prevention before
    reaction, then the step that cuts the chain earlier (`prevented` is in the chain's order);
    the keys are distinct, so the tuples never compare past them."""
    hard, first, last = measure.net.hard, measure.orders, len(_GENERIC)
    ranked = []
    for key, prevented in found:
        h = hard[key]
        ranked.append((-len(prevented), _PRIORITY.get(h[1], 3), _GENERIC.get(h[0], last),
                       first[prevented[0]] if prevented else 1 << 30, key, prevented))
    return ranked


def _rank(graph: Graph, scenario: Scenario, done: frozenset[str], base: Analysis,
          include_zero: bool) -> list[CutItem]:
    measure = _Measure(scenario, done, base)
    if include_zero:
        found = [(k, measure.prevented(k)) for k in measure.net.hard if k not in done]
    else:
        found = list(measure.relevant().items())
    ranked = _ranked(measure, found)
    ranked.sort()
    return _items(graph, measure, ranked)


def _items(graph: Graph, measure: _Measure, ranked: list[tuple[Any, ...]]) -> list[CutItem]:
    """The ranked steps as CutItems."""
    of, keys = len(measure.run.nodes), measure.net.keys
    new, put = object.__new__, object.__setattr__
    items = []
    for count, _p, _g, _f, key, prevented in ranked:  # `model.lazily`, inline: thousands
        item = new(CutItem)
        put(item, "__dict__", {
            "prevents": -count, "of": of, "done": False, "_fill": (_hardening, graph, key),
            "prevented": (keys[prevented[0]],) if count == -1 else tuple(
                map(keys.__getitem__, prevented))})
        items.append(item)
    return items


def _hardening(graph: Graph, key: str) -> dict[str, object]:
    return {"hardening": graph.hardening[key]}
