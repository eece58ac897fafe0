"""The closure: from a scenario's capabilities, which nodes fall, in which order, and why.

Breadth-first rounds: round 0 holds what falls with the scenario's capabilities alone; what
those nodes grant is available from the next round on. Each option keeps a count of the
capabilities it still lacks and an index maps a capability to the options waiting for it, so a
run costs about the size of the graph (it always terminates: a node falls at most once and a
capability is gained at most once, so cycles between services end).
Within a round, nodes are ordered by category (carriers and mailboxes first, money last), then
by their order in the graph. The run reads the graph's lists (takeover/net.py) and keeps its
own; the `Step` objects are made from them when `steps` is first read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from exposure.takeover import steps as step_data
from exposure.takeover.model import (
    SCENARIO_SOURCE,
    Analysis,
    Cap,
    Graph,
    Initial,
    Node,
    Scenario,
    Step,
    lazily,
    paused_gc,
)
from exposure.takeover.net import Net, cap_of, code_of
from exposure.takeover.net import with_derived as derived_codes


def with_derived(caps: Iterable[Cap]) -> list[Cap]:
    table = step_data.derived()
    out = list(caps)
    for cap in list(out):
        for kind in table.get(cap.kind, ()):
            out.append(Cap(kind, cap.ref))
    return out


def net_of(graph: Graph) -> Net:
    """The lists the graph was built from (graph.build_graph)."""
    net = graph.__dict__.get("_net")
    if net is None:
        raise TypeError("a take-over graph comes from graph.build_graph")
    return net  # type: ignore[no-any-return]


def run_of(analysis: Analysis) -> Run:
    """The lists an analysis was worked out as (`analyse`)."""
    return analysis.__dict__["_run"]  # type: ignore[no-any-return]


class Run:
    """One analysis as lists: the nodes that fell in chain order, the option each was taken
    with (an index into the net's options), its round and what it granted (`Net.granted`),
    every capability held (codes) with who gave it first (a node, or -1: the scenario), and per
    option of the net how many of its capabilities were never held (0 for an option blocked by
    a step done or of a node removed: check those)."""

    __slots__ = ("grants", "held", "missing", "net", "nodes", "opts", "rounds")

    def __init__(self, net: Net) -> None:
        self.net = net
        self.held: dict[int, int] = {}
        self.nodes: list[int] = []
        self.opts: list[int] = []
        self.rounds: list[int] = []
        self.grants: list[tuple[int, ...] | list[int]] = []
        self.missing: list[int] = []

    def fallen_keys(self) -> frozenset[str]:
        keys = self.net.keys
        return frozenset(keys[n] for n in self.nodes)


def analyse(graph: Graph, scenario: Scenario, applied: Iterable[str] = ()) -> Analysis:
    """Which of the graph's nodes fall in `scenario` when the hardening steps `applied` (keys)
    are done. The result lists the chain in order, each step with the option used and who
    provided each capability it needed."""
    done = frozenset(applied)
    with paused_gc():
        run, blocked = _run(net_of(graph), scenario, done)
    return lazily(Analysis, (_objects, graph, run, done), scenario=scenario,
                  unassessed=graph.unassessed, blocked=tuple(blocked), applied=done,
                  _index={}, _run=run)


def _initial_held(scenario: Scenario, done: frozenset[str]) -> tuple[dict[int, int],
                                                                      list[Initial]]:
    held: dict[int, int] = {}
    blocked: list[Initial] = []
    for initial in scenario.initial:
        if initial.blocked_by & done:
            blocked.append(initial)
            continue
        for value in derived_codes((code_of(initial.cap),)):
            held.setdefault(value, -1)
    return held, blocked


def _index_options(net: Net, held: dict[int, int], done: frozenset[str]
                   ) -> tuple[list[int], dict[int, list[int]], dict[int, int]]:
    """Per option, how many capabilities it still lacks; per capability, the options waiting
    for it; per node, its first option ready (options blocked or of removed nodes: left out)."""
    missing = [0] * len(net.opt_caps)
    waiting: dict[int, list[int]] = defaultdict(list)
    ready: dict[int, int] = {}
    first, caps, blocks, removed = net.first, net.opt_caps, net.opt_blocks, net.removed
    for n in range(len(net.keys)):
        if done and removed[n] and not done.isdisjoint(removed[n]):
            continue
        for k in range(first[n], first[n + 1]):
            if done and blocks[k] and not done.isdisjoint(blocks[k]):
                continue
            lack = 0
            for c in caps[k]:
                if c not in held:
                    lack += 1
                    waiting[c].append(k)
            missing[k] = lack
            if lack == 0 and n not in ready:
                ready[n] = k
    return missing, waiting, ready


def _run(net: Net, scenario: Scenario, done: frozenset[str]) -> tuple[Run, list[Initial]]:
    held, blocked = _initial_held(scenario, done)
    missing, waiting, ready = _index_options(net, held, done)
    run = Run(net)
    run.held, run.missing = held, missing
    fallen: set[int] = set()
    order, opt_node = net.order, net.opt_node
    rnd = 0
    while ready:
        batch = sorted(ready.items(), key=lambda item: order[item[0]])
        ready = {}
        giver = _take_round(net, run, rnd, batch, fallen, done)
        held.update(giver)
        for c in giver:
            for k in waiting.pop(c, ()):
                missing[k] -= 1
                if missing[k] == 0:
                    m = opt_node[k]
                    if m not in fallen and (m not in ready or k < ready[m]):
                        ready[m] = k
        rnd += 1
    return run, blocked


def _take_round(net: Net, run: Run, rnd: int, batch: list[tuple[int, int]], fallen: set[int],
                done: frozenset[str]) -> dict[int, int]:
    """Takes the round's nodes (with their options) and answers who gives each new
    capability: the first node of the round that grants it, unless a later one rests on a
    source and the first only on the catalogue's judgement."""
    held = run.held
    giver: dict[int, int] = {}
    firm: set[int] = set()  # capabilities whose giver rests on a source: it stays
    nodes, opts, rounds, all_grants = run.nodes, run.opts, run.rounds, run.grants
    gives, withholds = net.gives, net.grant_blocks if done else {}
    for n, k in batch:
        if n in fallen:
            continue
        fallen.add(n)
        nodes.append(n)
        opts.append(k)
        rounds.append(rnd)
        # `net.granted`, inline: most nodes' grants no step done withholds
        grants = net.granted(n, done) if n in withholds else gives[n]
        all_grants.append(grants)
        for c in grants:
            if c in held:
                continue
            first = giver.get(c)
            if first is None:
                giver[c] = n
            elif first == n or c in firm:
                continue
            elif net.sourced(first, c):
                firm.add(c)
            elif net.sourced(n, c):
                giver[c] = n
                firm.add(c)
    return giver


def _objects(graph: Graph, run: Run, done: frozenset[str]) -> dict[str, Any]:
    """The run as `Step` objects (of the graph's nodes and options) and `Cap`s."""
    net, held, nodes = run.net, run.held, graph.nodes
    keys, first, caps = net.keys, net.first, net.opt_caps
    steps = []
    for order, (n, k, rnd) in enumerate(zip(run.nodes, run.opts, run.rounds, strict=True), 1):
        node = nodes[n]
        providers = tuple(sorted((cap_of(c), SCENARIO_SOURCE if held[c] < 0 else keys[held[c]])
                                 for c in caps[k]))
        # what it gave first: the capabilities it grants whose first giver it is
        new = tuple(dict.fromkeys([c for c in granted(node, done) if held.get(code_of(c)) == n]))
        steps.append(Step(order, rnd, node, node.options[k - first[n]], providers, new))
    return {"steps": tuple(steps), "capabilities": frozenset(map(cap_of, held))}


def granted(node: Node, done: frozenset[str]) -> list[Cap]:
    """What falling to this node gives (with what follows from it), less what the hardening
    recorded as done withholds."""
    return with_derived(_grants(node, done))


def _grants(node: Node, done: frozenset[str]) -> list[Cap]:
    if not node.grant_blocks:
        return sorted(node.grants)
    withheld = {cap for cap, keys in node.grant_blocks if keys & done}
    return sorted(c for c in node.grants if c not in withheld)
