"""A person's take-over graph as plain lists of integers: what the analysis and the cut read.

A vault's graphs hold tens of thousands of nodes and options; as Python objects (a `Node`, an
`Option` with two frozensets of `Cap` tuples, a `Hardening` per step) they cost more to make
and to collect than the analysis costs to run. So the graph builder writes each node's options,
grants and hardening steps here, once, as integers and strings, and the `Node`, `Option` and
`Hardening` objects of `Graph.nodes` / `Graph.hardening` are made from these lists only when
someone reads them (a page that shows a chain; the analysis and the cut never do).

A capability is coded as one integer: its reference shifted left by `SHIFT` bits, plus the index
of its kind (`code(kind, ref)`, `cap_of(code)`). Node `i`'s options are `first[i]` up to
`first[i + 1]` in the option lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from exposure.model import PersonId, RegistrationId
from exposure.takeover import steps as step_data
from exposure.takeover.model import (
    Cap,
    CapKind,
    Hardening,
    Node,
    NodeKind,
    Option,
    Route,
)
from exposure.takeover.provenance import derived_fact

# a round's nodes: carriers and mailboxes first, money last (then in the graph's order)
CATEGORY_ORDER = ("carrier", "email", "phone_vendor", "government", "messaging", "social",
                  "cloud", "jobs", "travel", "hotel", "delivery", "shopping", "parking", "video",
                  "search", "other", "bank", "payment", "card", "loan")
_RANK = {c: i for i, c in enumerate(CATEGORY_ORDER)}


def rank_of(category: str) -> int:
    return _RANK.get(category, len(_RANK))


SHIFT = 6  # room for 64 kinds of capability (10 built in; custom scenarios may add some)
MASK = (1 << SHIFT) - 1  # a code's kind: code & MASK
_KINDS: list[str] = list(CapKind)
_INDEX: dict[str, int] = {k: n for n, k in enumerate(_KINDS)}
ACCOUNT, PASSWORD, EMAIL = [_INDEX[k] for k in (CapKind.ACCOUNT, CapKind.PASSWORD,
                                                  CapKind.EMAIL)]
_PREMISES = frozenset({ACCOUNT, PASSWORD})


def kind_index(kind: str) -> int:
    """The index of a capability kind (a kind no built-in code knows gets the next one)."""
    found = _INDEX.get(kind)
    if found is None:
        if len(_KINDS) > MASK:
            raise ValueError("too many kinds of capability")
        found = _INDEX[kind] = len(_KINDS)
        _KINDS.append(kind)
    return found


def code(kind: str, ref: int) -> int:
    return (ref << SHIFT) | kind_index(kind)


def code_of(cap: Cap) -> int:
    return (cap.ref << SHIFT) | kind_index(cap.kind)


def cap_of(value: int) -> Cap:
    return Cap(_KINDS[value & MASK], value >> SHIFT)


_DERIVED: dict[int, tuple[int, ...]] = {}


def _derived() -> dict[int, tuple[int, ...]]:
    if not _DERIVED:
        _DERIVED.update({kind_index(k): tuple(kind_index(g) for g in gives)
                         for k, gives in step_data.derived().items()})
        _DERIVED.setdefault(-1, ())  # filled, even when steps.json derives nothing
    return _DERIVED


def with_derived(codes: Iterable[int]) -> list[int]:
    """The codes and what follows from them (an ID photo shows the name and number), in
    `analysis.with_derived`'s order."""
    table = _derived()
    out = list(codes)
    for value in list(out):
        for kind in table.get(value & MASK, ()):
            out.append(((value >> SHIFT) << SHIFT) | kind)
    return out


DORMANT, OWN_NAME = 1, 2  # a registration node's flags: dormant; the user named the service


class Way(NamedTuple):
    """How a card node's option is taken (a registration's options name their SetPlan)."""

    route: Route
    factors: frozenset[str]


class Net:
    """One person's graph as lists (see the module's docstring). Hardening steps: `hard` maps
    a key to (generic, priority, identifier id, registration id, catalogue id, step id,
    options only, text, source) and `affects` to the nodes it acts on: every node whose
    options, removal or grants name the key (the graph builder touches them all)."""

    def __init__(self, person_id: PersonId) -> None:
        self.person_id = person_id
        self.keys: list[str] = []  # node keys, "reg:12" / "card:34"
        self.order: list[int] = []  # category rank << 24 | node index: the order in a round
        self.first: list[int] = [0]  # node i's options: first[i] … first[i + 1] - 1
        self.opt_node: list[int] = []
        self.opt_caps: list[tuple[int, ...]] = []  # distinct codes
        self.opt_blocks: list[tuple[str, ...]] = []  # keys of the steps that take it away
        self.opt_way: list[Any] = []  # SetPlan or Way: route and factors
        self.opt_via: dict[int, RegistrationId] = {}  # option → registration a BOUND one uses
        self.removed: list[tuple[str, ...]] = []  # keys of the steps that remove the node
        self.grants: list[tuple[int, ...]] = []  # Node.grants, as codes
        self.gives: list[tuple[int, ...]] = []  # … with what follows from them
        self.grant_blocks: dict[int, tuple[tuple[int, frozenset[str]], ...]] = {}
        self.reveals_sourced: list[bool] = []
        self.mail: list[bool] = []  # a mail service: its own inbox is a premise
        # what else the Node needs: a registration's service label, plan (plans.EntryPlan), id
        # and flags (DORMANT, OWN_NAME); a card's (identifier id, name, catalogue id, dormant,
        # hotline, English name), None, its id and 0
        self.specs: list[Any] = []
        self.plans: list[Any] = []
        self.refs: list[int] = []
        self.flags: list[int] = []
        self.hard: dict[str, tuple[Any, ...]] = {}
        self.affects: dict[str, int | list[int]] = {}  # one node, or several

    # --- writing (the graph builder) ---------------------------------------------------------
    def option(self, node: int, caps: tuple[int, ...], blocks: tuple[str, ...], way: Any,
               via: int | None = None) -> None:
        if via is not None:
            self.opt_via[len(self.opt_caps)] = RegistrationId(via)
        self.opt_node.append(node)
        self.opt_caps.append(caps)
        self.opt_blocks.append(blocks)
        self.opt_way.append(way)

    def add_node(self, key: str, rank: int, removed: tuple[str, ...], grants: tuple[int, ...],
                 gives: tuple[int, ...], reveals_sourced: bool, mail: bool, spec: Any,
                 plan: Any, ref: int, dormant: bool = False, own_name: bool = False) -> None:
        """Closes node `len(keys)`: its options are the ones written since the last node.
        `gives`: `grants` (distinct) with what follows from them (`with_derived`)."""
        n = len(self.keys)
        self.keys.append(key)
        self.order.append(rank << 24 | n)
        self.first.append(len(self.opt_caps))
        self.removed.append(removed)
        self.grants.append(grants)
        self.gives.append(gives)
        self.reveals_sourced.append(reveals_sourced)
        self.mail.append(mail)
        self.specs.append(spec)
        self.plans.append(plan)
        self.refs.append(ref)
        self.flags.append((DORMANT if dormant else 0) | (OWN_NAME if own_name else 0))

    def touch(self, key: str, node: int) -> None:
        """Step `key` acts on node `node`."""
        found = self.affects.get(key)
        if found is None:
            self.affects[key] = node
        elif isinstance(found, int):
            if found != node:
                self.affects[key] = [found, node]
        elif node not in found:
            found.append(node)

    def affected(self, key: str) -> tuple[int, ...] | list[int]:
        """The nodes step `key` acts on."""
        found = self.affects.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    # --- reading (the analysis and the cut) --------------------------------------------------
    def granted(self, node: int, done: frozenset[str]) -> tuple[int, ...] | list[int]:
        """What falling to `node` gives, less what the steps `done` withhold."""
        blocks = self.grant_blocks.get(node)
        if blocks is None or not done:
            return self.gives[node]
        withheld = {c for c, keys in blocks if not keys.isdisjoint(done)}
        if not withheld:
            return self.gives[node]
        return list(dict.fromkeys(with_derived([c for c in self.grants[node]
                                                if c not in withheld])))

    def sourced(self, node: int, value: int) -> bool:
        """`provenance.grant_fact(node, cap).sourced`, from the lists."""
        kind = value & MASK
        if kind in _PREMISES or (kind == EMAIL and self.mail[node]):
            return False
        if value not in self.grants[node]:
            return derived_fact(CapKind.ID_PHOTO.value).sourced
        return self.reveals_sourced[node]

    def options_of(self, node: int) -> range:
        return range(self.first[node], self.first[node + 1])

    # --- the objects, when read --------------------------------------------------------------
    def nodes(self) -> tuple[Node, ...]:
        return tuple(self._node(n) for n in range(len(self.keys)))

    def _node(self, n: int) -> Node:
        options = tuple(
            Option(way.route, way.factors, frozenset(map(cap_of, self.opt_caps[k])),
                   frozenset(self.opt_blocks[k]), self.opt_via.get(k))
            for k in self.options_of(n) for way in (self.opt_way[k],))
        grants = frozenset(map(cap_of, self.grants[n]))
        blocks = tuple((cap_of(c), keys) for c, keys in self.grant_blocks.get(n, ()))
        key, pid, removed, plan = self.keys[n], self.person_id, frozenset(self.removed[n]), \
            self.plans[n]
        if plan is None:
            ident, name, cid, dormant, hotline, name_en = self.specs[n]
            return Node(key, NodeKind.CARD, pid, name, "card", options, grants, ("payments",),
                        identifier_id=ident, catalog_id=cid, dormant=dormant,
                        removed_by=removed, hotline=hotline, name_en=name_en)
        label, entry, flags = self.specs[n], plan.entry, self.flags[n]
        return Node(key, NodeKind.REGISTRATION, pid, label, entry.category, options, grants,
                    plan.sorted_reveals, registration_id=RegistrationId(self.refs[n]),
                    catalog_id=plan.id, dormant=bool(flags & DORMANT), removed_by=removed,
                    grant_blocks=blocks, hotline=entry.hotline, facts=plan.facts,
                    name_en=label if flags & OWN_NAME else entry.name_en)

    def hardening(self) -> dict[str, Hardening]:
        keys = self.keys
        out = {}
        for key, (generic, priority, ident, rid, cid, sid, only, text, source) in \
                self.hard.items():
            nodes = tuple(sorted(keys[n] for n in self.affected(key)))
            out[key] = Hardening(key, generic, priority, nodes, identifier_id=ident,
                                 registration_id=rid, catalog_id=cid, step_id=sid,
                                 options_only=only, text=text, source=source)
        return out

