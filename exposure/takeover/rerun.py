"""The chain re-run with one more hardening step done, answering only which nodes still fall.

What the cut asks of a step that acts on the scenario or on grants (a SIM PIN, reporting the
SIM lost, refusing remote re-issue): with it done, which of the chain's take-overs no longer
happen. A full `analyse` answers that and much more (order, rounds, who gave what first).
This answers only the set, exactly: a step done only takes capabilities, options, grants or
whole nodes away, so whatever falls with it fell without it too, and only the chain's own nodes
and options need looking at. Their index is built once per chain and shared by every re-run.
Tests check it against `analyse(...).fallen` for every step of several inventories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from exposure.takeover.analysis import granted, with_derived
from exposure.takeover.model import Analysis, Cap, Scenario


class Rerun:
    def __init__(self, base: Analysis, scenario: Scenario, done: frozenset[str],
                 grants: dict[str, set[Cap]] | None = None) -> None:
        """`grants`: node key → `granted(node, done)`, when the caller has them."""
        self.scenario, self.done = scenario, done
        self.nodes = [s.node for s in base.steps]
        self.grants: list[Iterable[Cap]] = [
            grants[n.key] if grants is not None else granted(n, done) for n in self.nodes]
        self.option_node: list[int] = []  # option index → node index
        self.sizes: list[int] = []  # option index → how many capabilities it needs
        self.waiting: dict[Cap, list[int]] = defaultdict(list)  # capability → options
        self.blocking: dict[str, list[int]] = defaultdict(list)  # step key → options it blocks
        self.removing: dict[str, list[int]] = defaultdict(list)  # step key → nodes it removes
        self.withholding: dict[str, list[int]] = defaultdict(list)  # step key → nodes' grants
        for ni, node in enumerate(self.nodes):
            for key in node.removed_by:
                self.removing[key].append(ni)
            for key in {k for _cap, keys in node.grant_blocks for k in keys}:
                self.withholding[key].append(ni)
            for opt in node.options:
                if opt.blocked_by and not opt.blocked_by.isdisjoint(done):
                    continue
                k = len(self.sizes)
                self.option_node.append(ni)
                self.sizes.append(len(opt.caps))
                for cap in opt.caps:
                    self.waiting[cap].append(k)
                for key in opt.blocked_by:
                    self.blocking[key].append(k)

    def fallen(self, key: str) -> set[str]:
        """The keys of the chain's nodes that still fall with step `key` done too."""
        now = self.done | {key}
        dead = set(self.blocking.get(key, ()))
        fallen = [False] * len(self.nodes)
        for ni in self.removing.get(key, ()):
            fallen[ni] = True  # removed: never falls (and is left out below)
        removed = set(self.removing.get(key, ()))
        withheld = set(self.withholding.get(key, ()))
        missing = list(self.sizes)
        ready = [k for k, n in enumerate(missing) if n == 0]
        held: set[Cap] = set()
        waiting = self.waiting

        def gain(caps: Iterable[Cap]) -> None:
            for cap in caps:
                if cap not in held:
                    held.add(cap)
                    for k in waiting.get(cap, ()):
                        missing[k] -= 1
                        if missing[k] == 0:
                            ready.append(k)

        for initial in self.scenario.initial:
            if not (initial.blocked_by & now):
                gain(with_derived((initial.cap,)))
        while ready:
            k = ready.pop()
            ni = self.option_node[k]
            if fallen[ni] or k in dead:
                continue
            fallen[ni] = True
            gain(granted(self.nodes[ni], now) if ni in withheld else self.grants[ni])
        return {n.key for ni, n in enumerate(self.nodes) if fallen[ni] and ni not in removed}
