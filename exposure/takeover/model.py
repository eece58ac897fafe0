"""The take-over analysis's plain objects: capabilities, graph nodes, scenarios, chain steps.

A capability (`Cap`) is something an attacker holds, bound to a concrete identifier, person or
registration: `Cap("sms", phone_id)` (receives the SMS of that number), `Cap("id_number",
person_id)`, `Cap("card_number", card_id)`, `Cap("account", registration_id)` …

A node is something that can fall: an account (a registration) or a bank card (spent through
"quick bind" by a new payment account, or through an account it is already bound to). Each node
lists its options (factor sets of the catalogue bound to capabilities) and what falls with it.
Hardening steps are named by keys (`sim-pin:12`, `svc:34:2fa` …); an option, a node, a scenario
capability or a grant lists the keys of the steps that take it away.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, field, fields, replace
from enum import StrEnum
from functools import cached_property
from typing import Any, ClassVar, NamedTuple, TypeVar

from exposure import identifiers as idmod
from exposure.lang import Text, is_zh
from exposure.model import Identifier, IdentifierId, Person, PersonId, RegistrationId
from exposure.sources import Source, source_dict


class CapKind(StrEnum):
    SMS = "sms"  # receives the SMS (and calls) of a phone number         ref: phone identifier
    PHONE_UNLOCKED = "phone_unlocked"  # holds the unlocked phone          ref: phone identifier
    ID_NUMBER = "id_number"  # knows the resident ID number                ref: person
    NAME = "name"  # knows the real name                                    ref: person
    ID_PHOTO = "id_photo"  # has photos of the ID card                      ref: person
    FACE = "face"  # has face images                                         ref: person
    CARD_NUMBER = "card_number"  # knows a bank card's number             ref: card identifier
    EMAIL = "email"  # controls an e-mail inbox                       ref: email identifier
    ACCOUNT = "account"  # controls the account of a registration        ref: registration
    PASSWORD = "password"  # knows the password of a registration          ref: registration


# Which object a capability's `ref` names.
PERSON_CAPS = frozenset({CapKind.ID_NUMBER, CapKind.NAME, CapKind.ID_PHOTO, CapKind.FACE})
IDENTIFIER_CAPS = frozenset({CapKind.SMS, CapKind.PHONE_UNLOCKED, CapKind.CARD_NUMBER,
                             CapKind.EMAIL})
REGISTRATION_CAPS = frozenset({CapKind.ACCOUNT, CapKind.PASSWORD})


_T = TypeVar("_T")
NO_TEXT = Text()  # frozen: one shared empty text is safe as a default


def quick_init(cls: type[_T]) -> type[_T]:
    """Gives a frozen dataclass an `__init__` that fills the instance's `__dict__` at once.

    The generated one sets each field through `object.__setattr__` (about 0.4 µs a field: 9 µs
    for a node), and a vault's graphs make tens of thousands of nodes, options and steps. The
    objects are the same: same fields, equality, hash, repr and `replace`."""
    params, values = [], []
    env: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields and defaults")
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        values.append(f"{f.name!r}: {f.name}")
    source = (f"def __init__(self, {', '.join(params)}):\n"
              f"    self.__dict__.update({{{', '.join(values)}}})\n")
    exec(source, env)  # noqa: S102 - as dataclasses makes its own __init__
    setattr(cls, "__init__", env["__init__"])  # noqa: B010 - mypy refuses a method assignment
    return cls


class Lazy:
    """Fields made on first read: an object built by `lazily` holds `(function, *args)` in
    `__dict__["_fill"]`; reading any field of `_LAZY` calls it once and keeps the fields it
    returns. Equality, repr, `replace` and `dataclasses.fields` see ordinary fields."""

    _LAZY: ClassVar[frozenset[str]] = frozenset()

    def __getattr__(self, name: str) -> Any:
        found = self.__dict__
        if name in type(self)._LAZY and "_fill" in found:
            make, *args = found["_fill"]
            with paused_gc():  # many small objects, no cycles
                found.update(make(*args))
            del found["_fill"]
            return found[name]
        raise AttributeError(name)


_L = TypeVar("_L", bound=Lazy)


def lazily(cls: type[_L], fill: tuple[Any, ...], **fields_: Any) -> _L:
    """An instance of `cls` with `fields_` set now and its `_LAZY` fields from `fill`."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields_, _fill=fill)
    return obj


class Cap(NamedTuple):
    """A capability (a tuple, so the fixpoint's set operations stay fast)."""

    kind: str
    ref: int


class NodeKind(StrEnum):
    REGISTRATION = "registration"  # an account at a service
    CARD = "card"  # a bank card that can be spent (quick bind or an account it is bound to)


class Route(StrEnum):
    LOGIN = "login"
    RECOVERY = "recovery"
    QUICK_BIND = "quick_bind"  # name + ID number + card number + SMS to the reserved phone
    BOUND = "bound"  # the card is already bound to an account the attacker holds


@quick_init
@dataclass(frozen=True)
class Option:
    """One way to take a node: a factor set of the catalogue bound to concrete capabilities.

    `via` is the registration whose account a BOUND option spends the card through."""

    route: Route
    factors: frozenset[str]
    caps: frozenset[Cap]
    blocked_by: frozenset[str] = frozenset()  # hardening keys that take this option away
    via: RegistrationId | None = None


SOURCED, UNVERIFIED, PREMISE = "sourced", "unverified", "premise"


@dataclass(frozen=True)
class Fact:
    """What an edge of a chain rests on (exposure/takeover/provenance.py). `basis`: sourced
    (`source`: the public outlet and address), unverified (the catalogue's own judgement) or
    premise (the scenario, or holding the account itself). `about`: login, recovery, reveals,
    quick_bind, derived, scenario or account."""

    basis: str
    about: str
    source: Source | None = None  # the public outlet and address of a sourced fact
    catalog_id: str = ""

    @property
    def sourced(self) -> bool:
        return self.basis == SOURCED

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"basis": self.basis, "about": self.about}
        if self.basis == SOURCED and self.source is not None:
            out["source"] = source_dict(self.source)
        return out


_UNKNOWN_FACT = Fact(UNVERIFIED, "")


@quick_init
@dataclass(frozen=True)
class Node:
    key: str  # "reg:12" or "card:34"
    kind: NodeKind
    person_id: PersonId
    name: str  # service name, or the bank's name for a card
    category: str
    options: tuple[Option, ...]
    grants: frozenset[Cap]  # capabilities the attacker gains when the node falls
    reveals: tuple[str, ...]  # REVEALS keys, for wording
    registration_id: RegistrationId | None = None
    identifier_id: IdentifierId | None = None  # the card of a card node
    catalog_id: str | None = None
    dormant: bool = False
    removed_by: frozenset[str] = frozenset()  # hardening keys that remove the whole node
    # grants that a hardening step withholds: (capability, keys of the steps)
    grant_blocks: tuple[tuple[Cap, frozenset[str]], ...] = ()
    hotline: str = ""  # the service's (or the card's bank's) hotline from the catalogue
    # the catalogue's facts behind the node: ("login" | "recovery" | "reveals", Fact)
    facts: tuple[tuple[str, Fact], ...] = ()
    name_en: str = ""  # the catalogue's English name ("" = `name` in every language)

    def display_name(self, lang: str) -> str:
        """The service's (or bank's) name in the UI's language: the vault's own name in
        Chinese, the catalogue's English name in English."""
        return self.name_en if self.name_en and not is_zh(lang) else self.name

    def fact(self, about: str) -> Fact:
        """The catalogue fact `about` (login, recovery, reveals) of this node's service."""
        for name, fact in self.facts:
            if name == about:
                return fact
        return replace(_UNKNOWN_FACT, about=about, catalog_id=self.catalog_id or "")


@quick_init
@dataclass(frozen=True)
class Hardening:
    """A hardening step that can be applied to this person's graph.

    `generic` is the id of a generic step (resources/takeover/steps.json: sim-pin, report-lost,
    no-remote-unreport, no-sms-only, reserved-phone, quick-pay, unbind-cards, close-card,
    close-account) or "" for a catalogue step, which names `catalog_id` and `step_id`.
    `target` is the identifier or registration it is about (masked in any text)."""

    key: str
    generic: str
    priority: str  # high | medium | low
    node_keys: tuple[str, ...] = ()  # the nodes it changes (empty: it acts on the scenario)
    identifier_id: IdentifierId | None = None
    registration_id: RegistrationId | None = None
    catalog_id: str = ""
    step_id: str = ""
    # True: it only takes options (or whole nodes) away from `node_keys`, so the cut may
    # measure it without a full re-run; False: it acts on the scenario or on a node's grants
    options_only: bool = True
    # the catalogue's own text and source for the step (empty: the generic text applies)
    text: Text = NO_TEXT
    source: Source | None = None


@dataclass(frozen=True)
class Graph(Lazy):
    """A person's accounts and cards as nodes, with the hardening steps that apply to them.

    `graph.build_graph` makes `nodes` and `hardening` from its lists (takeover/net.py) when
    they are first read."""

    _LAZY: ClassVar[frozenset[str]] = frozenset({"nodes", "hardening"})

    person: Person
    nodes: tuple[Node, ...]
    identifiers: Mapping[IdentifierId, Identifier]
    hardening: Mapping[str, Hardening]
    unassessed: tuple[RegistrationId, ...] = ()  # services not in the catalogue: rules unknown
    names: Mapping[RegistrationId, str] = field(default_factory=dict)  # registration → service
    names_en: Mapping[RegistrationId, str] = field(default_factory=dict)  # … in English
    _index: dict[str, Node] = field(default_factory=dict, compare=False, repr=False)
    _masks: dict[str, list[IdentifierId]] = field(default_factory=dict, compare=False,
                                                  repr=False)

    def name_of(self, rid: RegistrationId | int | None, lang: str = "zh") -> str:
        """A registration's service name in the UI's language ("?" unknown)."""
        if rid is None:
            return "?"
        if not is_zh(lang) and rid in self.names_en:
            return self.names_en[rid]  # type: ignore[index]
        return self.names.get(rid, "?")  # type: ignore[call-overload, no-any-return]

    def same_mask(self, mask: str) -> list[IdentifierId]:
        """The identifiers of the graph shown with this mask (two cards ending in 0018)."""
        if not self._masks and self.identifiers:
            for ident in sorted(self.identifiers.values(), key=lambda i: i.id):
                self._masks.setdefault(idmod.mask(ident.kind, ident.value), []).append(ident.id)
        return self._masks.get(mask, [])

    def node(self, key: str) -> Node | None:
        """The node of that key ("reg:12", "card:34"), or None."""
        if not self._index and self.nodes:
            self._index.update({n.key: n for n in self.nodes})
        return self._index.get(key)

    def applied(self, keys: Iterable[str]) -> list[Hardening]:
        """The hardening steps of this graph among `keys` (e.g. those recorded as done), in
        key order: what the GUI offers to un-apply."""
        return [self.hardening[k] for k in sorted(set(keys)) if k in self.hardening]


@dataclass(frozen=True)
class Initial:
    """A capability the scenario starts with, and the hardening steps (keys) that would
    have denied it (any one is enough)."""

    cap: Cap
    blocked_by: frozenset[str] = frozenset()


class ScenarioKind(StrEnum):
    LOST_PHONE = "lost-phone"  # stolen, screen locked: the SIM can be moved to another phone
    LOST_PHONE_UNLOCKED = "lost-phone-unlocked"
    SIM_SWAP = "sim-swap"
    ID_LEAK = "id-leak"  # ID number and name
    ID_PHOTO_LEAK = "id-photo-leak"
    CARD_LEAK = "card-leak"
    EMAIL_TAKEOVER = "email-takeover"
    BREACH = "breach"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Scenario:
    kind: ScenarioKind
    person_id: PersonId
    initial: tuple[Initial, ...]
    title: str = ""  # a breach's title for BREACH scenarios (untrusted: plain text)
    breach_id: int | None = None
    leaked: tuple[str, ...] = ()  # a breach's kinds

    @property
    def key(self) -> str:
        """`lost-phone`, … or `breach:<id>`: what the CLI and the GUI pass around."""
        if self.kind == ScenarioKind.BREACH and self.breach_id is not None:
            return f"breach:{self.breach_id}"
        return self.kind.value

    @property
    def caps(self) -> frozenset[Cap]:
        return frozenset(i.cap for i in self.initial)


SCENARIO_SOURCE = "scenario"  # the provider key of an initial capability


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while a graph, an analysis or a cross-check
    (crosscheck.refresh) is built: they make many small objects and no cycles, and collection
    passes took 30–40 % of the time.

    At the end the objects made meanwhile join the oldest generation at once (`gc.freeze`
    then `gc.unfreeze`: two list splices) instead of being walked by the young-generation pass
    that the next allocation would start: what survives here is a result the caller keeps
    (a whole vault's graphs and chains: ~100,000 objects, a 50–70 ms pass). The next full
    collection looks at them as it looks at every old object. The app freezes nothing else."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


@quick_init
@dataclass(frozen=True)
class Step:
    """One take-over in the chain, with why it was possible."""

    order: int  # 1-based position in the chain
    round: int  # 0 = fell with the scenario's capabilities alone
    node: Node
    option: Option  # the factor set used
    providers: tuple[tuple[Cap, str], ...]  # each capability used and who first gave it (node key
    # or SCENARIO_SOURCE): the arrows of the graph
    gains: tuple[Cap, ...]  # capabilities this step gave the attacker first


@dataclass(frozen=True)
class Analysis(Lazy):
    """`analysis.analyse` makes `steps` and `capabilities` from its run (takeover/analysis.py)
    when they are first read."""

    _LAZY: ClassVar[frozenset[str]] = frozenset({"steps", "capabilities"})
    scenario: Scenario
    steps: tuple[Step, ...]
    capabilities: frozenset[Cap]  # everything the attacker ends up holding
    unassessed: tuple[RegistrationId, ...] = ()  # services with unknown rules (not in catalogue)
    blocked: tuple[Initial, ...] = ()  # scenario capabilities denied by applied hardening
    applied: frozenset[str] = frozenset()  # the hardening keys the analysis assumed done
    _index: dict[str, Step] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def fallen(self) -> frozenset[str]:
        run = self.__dict__.get("_run")
        if run is not None:
            return run.fallen_keys()  # type: ignore[no-any-return]
        return frozenset(s.node.key for s in self.steps)

    def step(self, node_key: str) -> Step | None:
        if not self._index and self.steps:
            self._index.update({s.node.key: s for s in self.steps})
        return self._index.get(node_key)

    def edges(self) -> list[tuple[str, str, Cap]]:
        """The graph's arrows: (from node key or "scenario", to node key, capability passed)."""
        return [(src, s.node.key, cap) for s in self.steps for cap, src in s.providers]


@quick_init
@dataclass(frozen=True)
class CutItem(Lazy):
    """A hardening step ranked by what it prevents in a scenario ("prevents 14 of 17")."""

    _LAZY: ClassVar[frozenset[str]] = frozenset({"hardening"})

    hardening: Hardening
    prevents: int  # take-overs (steps of the chain) that no longer happen
    of: int  # take-overs in the chain without it
    prevented: tuple[str, ...] = ()  # the node keys that no longer fall, in chain order
    done: bool = False
