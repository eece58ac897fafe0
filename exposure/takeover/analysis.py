"""The closure: from a scenario's capabilities, which nodes fall, in which order, and why.

Breadth-first rounds: round 0 holds what falls with the scenario's capabilities alone; what
those nodes grant is available from the next round on. Each option keeps a count of the
capabilities it still lacks and an index maps a capability to the options waiting for it, so a
run costs about the size of the graph (it always terminates: a node falls at most once and a
capability is gained at most once, so cycles between services end).
Within a round, nodes are ordered by category (carriers and mailboxes first, money last), then
by their order in the graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from exposure.takeover import steps as step_data
from exposure.takeover.model import (
    SCENARIO_SOURCE,
    Analysis,
    Cap,
    Graph,
    Initial,
    Node,
    Option,
    Scenario,
    Step,
    paused_gc,
)
from exposure.takeover.provenance import grant_fact

_CATEGORY_ORDER = ("carrier", "email", "phone_vendor", "government", "messaging", "social",
                   "cloud", "jobs", "travel", "hotel", "delivery", "shopping", "parking", "video",
                   "search", "other", "bank", "payment", "card", "loan")
_RANK = {c: i for i, c in enumerate(_CATEGORY_ORDER)}


def with_derived(caps: Iterable[Cap]) -> list[Cap]:
    table = step_data.derived()
    out = list(caps)
    for cap in list(out):
        for kind in table.get(cap.kind, ()):
            out.append(Cap(kind, cap.ref))
    return out


def analyse(graph: Graph, scenario: Scenario, applied: Iterable[str] = ()) -> Analysis:
    """Which of the graph's nodes fall in `scenario` when the hardening steps `applied` (keys)
    are done. The result lists the chain in order, each step with the option used and who
    provided each capability it needed."""
    with paused_gc():
        return _analyse(graph, scenario, frozenset(applied))


def _initial_held(scenario: Scenario, done: frozenset[str]
                  ) -> tuple[dict[Cap, str], list[Initial]]:
    held: dict[Cap, str] = {}
    blocked: list[Initial] = []
    for initial in scenario.initial:
        if initial.blocked_by & done:
            blocked.append(initial)
            continue
        for cap in with_derived((initial.cap,)):
            held.setdefault(cap, SCENARIO_SOURCE)
    return held, blocked


def _index_options(nodes: list[Node], held: dict[Cap, str], done: frozenset[str]
                   ) -> tuple[list[tuple[int, int, Option]], list[int],
                              dict[Cap, list[int]], dict[int, int]]:
    options: list[tuple[int, int, Option]] = []  # (node index, option index, option)
    missing: list[int] = []
    waiting: dict[Cap, list[int]] = defaultdict(list)
    ready: dict[int, int] = {}  # node index → first option index ready
    for ni, node in enumerate(nodes):
        for oi, opt in enumerate(node.options):
            if done and opt.blocked_by and not opt.blocked_by.isdisjoint(done):
                continue
            k = len(options)
            options.append((ni, oi, opt))
            lack = 0
            for cap in opt.caps:
                if cap not in held:
                    lack += 1
                    waiting[cap].append(k)
            missing.append(lack)
            if lack == 0 and (ni not in ready or oi < ready[ni]):
                ready[ni] = oi
    return options, missing, waiting, ready


def _take_round(batch: list[tuple[int, int]], nodes: list[Node], held: dict[Cap, str],
                fallen: set[int], done: frozenset[str]
                ) -> tuple[dict[Cap, int], list[tuple[int, Option, list[Cap]]]]:
    # who in this round gives each new capability: the first, unless a later one rests
    # on a source and the first only on the catalogue's judgement
    giver: dict[Cap, int] = {}
    taken: list[tuple[int, Option, list[Cap]]] = []
    for ni, oi in batch:
        if ni in fallen:
            continue
        fallen.add(ni)
        node = nodes[ni]
        grants = [c for c in granted(node, done) if c not in held]
        taken.append((ni, node.options[oi], grants))
        for c in grants:
            first = giver.get(c)
            if first is None or (first != ni and _sourced(node, c)
                                 and not _sourced(nodes[first], c)):
                giver[c] = ni
    return giver, taken


def _analyse(graph: Graph, scenario: Scenario, done: frozenset[str]) -> Analysis:
    held, blocked = _initial_held(scenario, done)
    nodes = [n for n in graph.nodes
             if not (done and n.removed_by and not n.removed_by.isdisjoint(done))]
    order = [(_RANK.get(n.category, len(_RANK)), i) for i, n in enumerate(nodes)]
    options, missing, waiting, ready = _index_options(nodes, held, done)

    fallen: set[int] = set()
    steps: list[Step] = []
    rnd = 0
    while ready:
        batch = sorted(ready.items(), key=lambda item: order[item[0]])
        ready = {}
        giver, taken = _take_round(batch, nodes, held, fallen, done)
        gained: list[tuple[Cap, str]] = []
        for ni, opt, grants in taken:
            node = nodes[ni]
            providers = tuple(sorted((c, held[c]) for c in opt.caps))
            new: list[Cap] = []
            for c in grants:
                if giver.get(c) == ni and c not in new:
                    new.append(c)
            gained.extend((c, node.key) for c in new)
            steps.append(Step(len(steps) + 1, rnd, node, opt, providers, tuple(new)))
        for cap, src in gained:
            held[cap] = src
            for k in waiting.pop(cap, ()):
                missing[k] -= 1
                if missing[k] == 0:
                    ni, oi, _ = options[k]
                    if ni not in fallen and (ni not in ready or oi < ready[ni]):
                        ready[ni] = oi
        rnd += 1
    return Analysis(scenario, tuple(steps), frozenset(held), graph.unassessed, tuple(blocked),
                    done)


def granted(node: Node, done: frozenset[str]) -> list[Cap]:
    """What falling to this node gives (with what follows from it), less what the hardening
    recorded as done withholds."""
    return with_derived(_grants(node, done))


def _grants(node: Node, done: frozenset[str]) -> list[Cap]:
    if not node.grant_blocks:
        return sorted(node.grants)
    withheld = {cap for cap, keys in node.grant_blocks if keys & done}
    return sorted(c for c in node.grants if c not in withheld)


def _sourced(node: Node, cap: Cap) -> bool:
    return grant_fact(node, cap).sourced
