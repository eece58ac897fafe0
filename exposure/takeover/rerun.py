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

from exposure.takeover.analysis import run_of
from exposure.takeover.model import Analysis, Scenario
from exposure.takeover.net import code_of, with_derived


class Rerun:
    def __init__(self, base: Analysis, scenario: Scenario) -> None:
        run = run_of(base)
        net = self.net = run.net
        self.scenario = scenario
        self.done = done = base.applied
        self.nodes = run.nodes  # the chain's nodes; below, j is a position in this list
        self.grants = run.grants  # … what each granted
        # the chain's options not blocked whose capabilities were all held in the end (indices
        # in the net): no other can be taken with a step more done
        self.options: list[int] = []
        self.option_node: list[int] = []  # … their node's j
        self.sizes: list[int] = []  # … how many capabilities each needs
        self.waiting: dict[int, list[int]] = defaultdict(list)  # capability → options
        self.at = {n: j for j, n in enumerate(self.nodes)}
        self.starts: list[int] = []  # j → its first option
        caps, blocks, first, missing = net.opt_caps, net.opt_blocks, net.first, run.missing
        options, option_node, sizes, waiting = (self.options, self.option_node, self.sizes,
                                                self.waiting)
        for j, n in enumerate(self.nodes):
            self.starts.append(len(sizes))
            for k in range(first[n], first[n + 1]):
                if missing[k] or (done and blocks[k] and not done.isdisjoint(blocks[k])):
                    continue
                o = len(sizes)
                options.append(k)
                option_node.append(j)
                sizes.append(len(caps[k]))
                for c in caps[k]:
                    waiting[c].append(o)
        self.starts.append(len(sizes))

    def fallen(self, key: str) -> set[str]:
        """The keys of the chain's nodes that still fall with step `key` done too."""
        keys = self.net.keys
        return {keys[n] for n in self.fallen_nodes(key)}

    def fallen_nodes(self, key: str) -> set[int]:
        """`fallen`, as the net's node indices."""
        net = self.net
        now = self.done | {key}
        blocks = net.opt_blocks
        dead: set[int] = set()  # the options it blocks
        removed: set[int] = set()  # the nodes it removes
        withheld: set[int] = set()  # the nodes whose grants it withholds
        for n in net.affected(key):  # the nodes whose options, removal or grants name it
            j = self.at.get(n)
            if j is None:
                continue
            if key in net.removed[n]:
                removed.add(j)
            if any(key in keys for _c, keys in net.grant_blocks.get(n, ())):
                withheld.add(j)
            dead.update(o for o in range(self.starts[j], self.starts[j + 1])
                        if key in blocks[self.options[o]])
        fallen = [False] * len(self.nodes)
        for j in removed:
            fallen[j] = True  # removed: never falls (and is left out below)
        missing = list(self.sizes)
        ready = [o for o, n in enumerate(missing) if n == 0]
        held: set[int] = set()
        waiting = self.waiting

        def gain(caps: Iterable[int]) -> None:
            for cap in caps:
                if cap not in held:
                    held.add(cap)
                    for o in waiting.get(cap, ()):
                        missing[o] -= 1
                        if missing[o] == 0:
                            ready.append(o)

        for initial in self.scenario.initial:
            if not (initial.blocked_by & now):
                gain(with_derived((code_of(initial.cap),)))
        while ready:
            o = ready.pop()
            j = self.option_node[o]
            if fallen[j] or o in dead:
                continue
            fallen[j] = True
            gain(net.granted(self.nodes[j], now) if j in withheld else self.grants[j])
        return {n for j, n in enumerate(self.nodes) if fallen[j] and j not in removed}


def fallen_masks(base: Analysis, scenario: Scenario, keys: list[str]) -> list[int]:
    """Per node of the chain (in its order), the runs it still falls in (bit `r`: with step
    `keys[r]` done) of several steps that only deny scenario capabilities (a SIM PIN,
    reporting a SIM lost: they name no node), all in one pass: bit `r` of a capability's mask
    says it is held with step `keys[r]` done, and a node falls in run `r` when one of its
    options has every capability with bit `r`. Starting from no bits and repeating passes over
    the chain (in its order: most nodes settle in the first; then only a node that read a
    capability before another node added bits to it) until nothing changes gives each run's
    least fixpoint, the same as one re-run per step."""
    run, done = run_of(base), base.applied
    net, nodes, grants = run.net, run.nodes, run.grants
    full = (1 << len(keys)) - 1
    held: dict[int, int] = {}
    for initial in scenario.initial:
        if initial.blocked_by & done:
            continue
        bits = full
        for r, key in enumerate(keys):
            if key in initial.blocked_by:
                bits &= ~(1 << r)
        if bits:
            for c in with_derived((code_of(initial.cap),)):
                held[c] = held.get(c, 0) | bits
    caps, blocks, first, missing = net.opt_caps, net.opt_blocks, net.first, run.missing
    masks = [0] * len(nodes)
    get = held.get
    fixed = set(held)  # the scenario's capabilities: their bits are final
    # any other capability → the nodes that read it while it lacked bits
    readers: defaultdict[int, list[int]] = defaultdict(list)
    pending: Iterable[int] = range(len(nodes))
    seen: set[int] | None = None  # the nodes the pass looks at (None: all)
    while True:
        last: dict[int, int] = {}  # capability → the node that last added bits to it
        for j in pending:
            was = now = masks[j]
            n = nodes[j]
            # the chain's options whose capabilities were all held, not blocked by a step done
            # (no other can be taken with one more step done)
            for k in range(first[n], first[n + 1]):
                if missing[k] or (done and blocks[k] and not done.isdisjoint(blocks[k])):
                    continue
                bits = full
                for c in caps[k]:
                    got = get(c, 0)
                    if got != full and c not in fixed:  # it may gain bits later in the pass
                        readers[c].append(j)
                    bits &= got
                    if not bits:
                        break
                now |= bits
                if now == full:
                    break
            if now != was:
                masks[j] = now
                gained = now & ~was
                for c in grants[j]:
                    old = get(c, 0)
                    if old | gained != old:
                        held[c] = old | gained
                        last[c] = j
        # again: the nodes that read a capability before it gained bits in this pass
        again: set[int] = set()
        for c, j_gave in last.items():
            for j in readers.get(c, ()):
                if (j < j_gave or (seen is not None and j not in seen)) and masks[j] != full:
                    again.add(j)
        if not again:
            break
        pending = sorted(again)
        seen = again
    return masks
