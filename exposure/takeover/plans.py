"""What a catalogue entry brings to every registration at it, worked out once per entry.

A family registers at the same services again and again (and a vault holds many families'
copies of the same hundred entries), so the graph reads each entry once: its facts, the
factor sets an attacker can satisfy (in the order the graph offers them: a sourced way in
first), the catalogue steps that take each set away, and its steps' texts. Plans are kept per
catalogue object (a changed catalogue is a new object, so a plan never outlives its entry).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from exposure.catalog import Catalog, CatalogEntry
from exposure.lang import Text
from exposure.sources import Source
from exposure.takeover.model import CapKind, Fact, Route
from exposure.takeover.net import code, kind_index, rank_of, with_derived
from exposure.takeover.provenance import catalog_fact

SMS_ONLY = frozenset({"sms", "call"})
UNBIND_STEPS = ("unbind-cards", "bound-cards")  # app side: unbinds the cards bound there
# factor → which of the registration's capabilities satisfy it (a factor not named here is
# one an attacker cannot supply: that factor set is never an option)
BINDERS: dict[str, str] = {
    "sms": CapKind.SMS, "call": CapKind.SMS,
    "phone_unlocked": CapKind.PHONE_UNLOCKED, "trusted_device": CapKind.PHONE_UNLOCKED,
    "password": CapKind.PASSWORD, "card_number": CapKind.CARD_NUMBER, "email": CapKind.EMAIL,
    "id_number": "id_number", "name": "name", "id_photo": "id_photo", "face": "face",
}
PERSON_FACTORS = frozenset({"id_number", "name", "id_photo", "face"})
# where a registration's capabilities for a factor come from
PHONES, CARDS, EMAILS, PERSON, OWN = range(5)
ALWAYS = (1 << PERSON) | (1 << OWN)  # a registration always has its person and its password
_SOURCES: dict[str, int] = {CapKind.SMS: PHONES, CapKind.PHONE_UNLOCKED: PHONES,
                            CapKind.CARD_NUMBER: CARDS, CapKind.EMAIL: EMAILS,
                            CapKind.PASSWORD: OWN}


@dataclass(frozen=True)
class SetPlan:
    """One login or recovery factor set an attacker could satisfy."""

    route: Route
    factors: frozenset[str]
    # per factor (sorted by name): the capability kind that meets it, where the registration's
    # capabilities of that kind come from (PHONES …) and the kind's index (net.kind_index)
    binds: tuple[tuple[str, int, int], ...]
    steps: tuple[str, ...]  # ids of the entry's hardening steps that remove this set
    sms_only: bool
    need: int  # the sources it needs, as bits (1 << PHONES …)


@dataclass(frozen=True)
class StepText:
    """A catalogue hardening step as the graph names it: the first step of that id."""

    priority: str
    text: Text
    source: Source | None


class EntryPlan:
    """A catalogue entry's contribution to the graph, the same for every registration."""

    def __init__(self, entry: CatalogEntry) -> None:
        self.entry = entry
        self.id = entry.id
        self.facts: tuple[tuple[str, Fact], ...] = tuple(
            (about, catalog_fact(entry, about)) for about in ("login", "recovery", "reveals"))
        self.steps: dict[str, StepText] = {}
        for h in entry.hardening:
            if h.id not in self.steps:
                self.steps[h.id] = StepText(h.priority, Text(h.zh, h.en),
                                            entry.source(f"hardening.{h.id}"))
        self.login = self._sets(Route.LOGIN, entry.login)
        self.recovery = self._sets(Route.RECOVERY, entry.recovery)
        sourced = {about for about, fact in self.facts if fact.sourced}
        # a sourced way in outranks an unverified one when both are open (stable otherwise)
        recovery_first = "recovery" in sourced and "login" not in sourced
        self.sets = (*self.recovery, *self.login) if recovery_first else (
            *self.login, *self.recovery)
        # per set, for the graph's loop: (sources needed, steps, SMS only, (source, kind) of
        # its one factor or None, the set); less the sets an earlier one covers (`_covers`)
        self.compiled = tuple((sp.need, sp.steps, sp.sms_only,
                               sp.binds[0][1:] if len(sp.binds) == 1 else None, sp)
                              for j, sp in enumerate(self.sets)
                              if not any(_covers(early, sp) for early in self.sets[:j]))
        self.usable: dict[int, tuple[tuple[Any, ...], ...]] = {}  # filled by `usable_with`
        self.reveals = entry.reveals
        self.sorted_reveals = tuple(sorted(entry.reveals))
        self.person_grants = tuple(w for w in ("name", "id_number", "id_photo", "face")
                                   if w in entry.reveals)
        self.step_ids = frozenset(self.steps)
        self.rank = rank_of(entry.category)
        self.reveals_sourced = self.facts[2][1].sourced
        self.mail = entry.category == "email"
        self.reveals_cards = "card_numbers" in entry.reveals
        self.carrier = "sms" in entry.reveals  # its accounts give the SMS of their numbers
        self.grants_more = self.reveals_cards or self.mail or self.carrier
        self.pays = "payments" in entry.reveals  # a card bound here can be spent
        self.bank = entry.category == "bank"
        self.unbind = tuple(h for h in entry.hardening if h.id in UNBIND_STEPS)
        # the person's capabilities it grants, and with what follows from them (the kinds'
        # indices: add the person's id << SHIFT)
        self.person_kinds = tuple(code(w, 0) for w in self.person_grants)
        self.person_gives = tuple(dict.fromkeys(with_derived(self.person_kinds)))

    def usable_with(self, have: int) -> tuple[tuple[Any, ...], ...]:
        """`compiled`'s sets whose sources a registration has (`have`: bits, 1 << PHONES …),
        without their `need` (kept in `usable`: a handful of combinations per entry)."""
        found = self.usable[have] = tuple(c[1:] for c in self.compiled if not c[0] & ~have)
        return found

    def _sets(self, route: Route, sets: Iterable[frozenset[str]]) -> tuple[SetPlan, ...]:
        out = []
        for factors in sets:
            if not factors or any(f not in BINDERS for f in factors):
                continue
            removed_by = tuple(dict.fromkeys([h.id for h in self.entry.hardening
                                              if factors in h.removes]))
            binds = tuple((BINDERS[f], _SOURCES.get(BINDERS[f], PERSON), kind_index(BINDERS[f]))
                          for f in sorted(factors))
            need = sum({1 << source for _b, source, _k in binds})
            out.append(SetPlan(route, factors, binds, removed_by, factors <= SMS_ONLY, need))
        return tuple(out)


def _covers(early: SetPlan, late: SetPlan) -> bool:
    """True if a registration's options of set `early` make its options of set `late`
    pointless: `early` needs some of the capabilities `late` needs (in kind and source) and no
    other, and the same steps take both away. Then whenever an option of `late` is open (its
    capabilities held, no step done that removes it), the option of `early` with the same
    capabilities is open too, and the chain takes the first open option of a node: `late` is
    never the way in, never decides whether a node falls, and names no step `early` does not.
    About one set in five of the catalogue (a login by SMS code, then a recovery by SMS code
    and name)."""
    return (set(early.binds) <= set(late.binds) and set(early.steps) == set(late.steps)
            and early.sms_only == late.sms_only)


_PLANS: weakref.WeakKeyDictionary[Catalog, dict[str, EntryPlan | None]] = (
    weakref.WeakKeyDictionary())


def plans_of(catalog: Catalog) -> dict[str, EntryPlan | None]:
    """Catalogue id → its plan (filled as ids are met; None: not in the catalogue)."""
    found = _PLANS.get(catalog)
    if found is None:
        found = _PLANS[catalog] = {}
    return found


def plan_for(plans: dict[str, EntryPlan | None], catalog: Catalog, cid: str) -> EntryPlan | None:
    if cid in plans:
        return plans[cid]
    entry = catalog.get(cid)
    plan = plans[cid] = EntryPlan(entry) if entry is not None else None
    return plan
