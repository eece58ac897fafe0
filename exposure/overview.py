"""What matters now, for the family and for each person: the Home page and `main.py overview`.

One call, `overview(vault, today=…)`, reads the vault once (people, identifiers, registrations,
exposures, letters, audits, feeds, hardening done) and runs the take-over analysis for a lost
phone and a leaked ID number per person. It says what is open, how exposed each person is, the
best next step from the cut, how fresh the national look-ups are and what the app cannot see.

"Not checked" is never "safe": with no breach feed followed (or none downloaded yet)
`leaks_known` is False and `blind_spots` says so; a person with no phone number has no lost-phone
chain *because nothing was entered*, which `blind_spots` says too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from exposure import catalog as catalogue
from exposure import takeover as to
from exposure.audit import Lookup, default_lookups
from exposure.catalog import Catalog
from exposure.feeds.model import Exposure, ExposureState, FeedKind
from exposure.leaks import possible_matches
from exposure.letters.model import Request, RequestState
from exposure.model import (
    AuditRecord,
    Change,
    Identifier,
    IdentifierKind,
    Person,
    PersonId,
    RegistrationStatus,
    by_person,
)
from exposure.store.takeover_reads import BriefRow
from exposure.takeover.model import paused_gc

if TYPE_CHECKING:
    from exposure.vault import Vault

DUE_SOON_DAYS = 7  # a sent letter whose reply is due within this many days is "due soon"
STALE_AUDIT_DAYS = 180  # a national look-up older than this is worth repeating
SEEN_LOST_PHONE = "overview.seen_lost_phone"  # vault meta key: the user looked at the chain
SCENARIOS = (to.LOST_PHONE, "id-leak")

# blind-spot codes (the UI and the CLI word them)
NO_FEEDS = "no_feeds"  # no breach feed followed: leaks cannot be known
FEEDS_NEVER_SYNCED = "feeds_never_synced"  # followed, but never downloaded
NO_PEOPLE = "no_people"
NO_IDENTIFIERS = "no_identifiers"  # a person without any identifier: nothing can be analysed
NO_PHONE = "no_phone"  # a person without a phone number: the lost-phone chain is not known
NO_REGISTRATIONS = "no_registrations"  # a person without accounts
UNASSESSED = "unassessed"  # services not in the catalogue: their take-over rules are unknown
AUDIT_NEVER = "audit_never"  # no national look-up run for this person

# first-run checklist keys, in order
CHECKLIST = ("family", "accounts", "lookups", "feed", "lost_phone")


@dataclass(frozen=True)
class Chain:
    """One scenario for one person: how many accounts and cards fall, of how many assessed."""

    scenario: str
    falls: int  # accounts + cards that fall
    accounts: int
    cards: int
    money: int  # of those, ones that can move money or borrow
    assessed: int  # accounts and cards in the person's graph


@dataclass(frozen=True)
class NextStep:
    """The best hardening step of the cut: prevents the most take-overs."""

    key: str
    scenario: str
    title: str  # worded in the overview's language, identifiers masked
    text: str
    prevents: int
    of: int


@dataclass(frozen=True)
class AuditAge:
    lookup: str  # phone_cards | internet_accounts | bank_cards
    name: str
    last: dt.date | None  # None: never run for this person
    days: int | None
    gap: int  # official count minus the inventory's at the last run (> 0: something forgotten)

    @property
    def stale(self) -> bool:
        return self.days is None or self.days > STALE_AUDIT_DAYS


@dataclass(frozen=True)
class PersonOverview:
    person: Person
    identifiers: int
    phones: int
    registrations: int
    exposures_new: int
    exposures_open: int  # new or seen: neither handled nor dismissed
    letters_open: int  # drafts and sent letters not yet answered
    letters_overdue: int
    letters_due_soon: int
    chains: tuple[Chain, ...]  # lost-phone, id-leak
    next_step: NextStep | None
    audits: tuple[AuditAge, ...]
    unassessed: int
    blind_spots: tuple[str, ...]
    # cases that concern everyone holding an identifier this person has (考拉征信): possibly
    # exposed, never counted among the confirmed exposures above
    exposures_possible: int = 0

    def chain(self, scenario: str) -> Chain | None:
        return next((c for c in self.chains if c.scenario == scenario), None)


class _FamilyTotal:
    """An Overview's count named as a PersonOverview's: the sum over the people."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, overview: Overview, owner: type | None = None) -> int:
        return sum(int(getattr(p, self.name)) for p in overview.people)


@dataclass(frozen=True)
class Overview:
    today: dt.date
    people: tuple[PersonOverview, ...]
    feeds_followed: int  # breach feeds the user turned on (notifications they typed in aside)
    feeds_synced: int  # of those, ones downloaded at least once
    breaches: int  # breaches held from the feeds followed
    blind_spots: tuple[str, ...]  # family-wide
    checklist: tuple[tuple[str, bool], ...]  # first-run steps, ticked as the vault fills

    @property
    def leaks_known(self) -> bool:
        return self.feeds_synced > 0

    # the family's counts: each the sum of the people's
    exposures_new = _FamilyTotal()
    exposures_open = _FamilyTotal()
    exposures_possible = _FamilyTotal()
    letters_overdue = _FamilyTotal()
    letters_due_soon = _FamilyTotal()
    letters_open = _FamilyTotal()

    @property
    def checklist_done(self) -> bool:
        return all(done for _key, done in self.checklist)


def _chain(scenario: str, analysis: to.Analysis, graph: to.Graph) -> Chain:
    cards = sum(1 for s in analysis.steps if s.node.kind is to.NodeKind.CARD)
    money = sum(1 for s in analysis.steps
                if "payments" in s.node.reveals or "credit" in s.node.reveals)
    return Chain(scenario, len(analysis.steps), len(analysis.steps) - cards, cards, money,
                 len(graph.nodes))


def _next_step(cuts: Mapping[str, to.CutItem | None], graph: to.Graph, lang: str
               ) -> NextStep | None:
    """The scenarios' best steps (`best_cut`): the one that prevents the most."""
    best: tuple[to.CutItem, str] | None = None
    for scenario in SCENARIOS:  # a tie goes to the lost phone, the commoner case
        item = cuts.get(scenario)
        if item is not None and (best is None or item.prevents > best[0].prevents):
            best = (item, scenario)
    if best is None:
        return None
    item, scenario = best
    h = item.hardening
    return NextStep(h.key, scenario, to.hardening_title(h, graph, lang),
                    to.hardening_text(h, graph, lang), item.prevents, item.of)


def _audit_ages(records: list[AuditRecord], lookups: Mapping[str, Lookup], today: dt.date,
                lang: str
                ) -> tuple[AuditAge, ...]:
    out = []
    for lid, lookup in lookups.items():
        mine = [r for r in records if r.lookup == lid]
        last = max(mine, key=lambda r: (r.checked_on, r.id)) if mine else None
        out.append(AuditAge(lid, lookup.name(lang), last.checked_on if last else None,
                            (today - last.checked_on).days if last else None,
                            last.gap if last else 0))
    return tuple(out)


def overview(vault: Vault, *, today: dt.date, lang: str = "zh", catalog: Catalog | None = None,
             lookups: Mapping[str, Lookup] | None = None) -> Overview:
    """Everything the Home page and `main.py overview` show. `today` is the caller's clock."""
    if catalog is None:
        catalog = catalogue.default_catalog()
    if lookups is None:
        lookups = default_lookups()
    with paused_gc():
        return _overview(vault, today, lang, catalog, lookups)


def _overview(vault: Vault, today: dt.date, lang: str, catalog: Catalog,
              lookups: Mapping[str, Lookup]) -> Overview:
    people = vault.people.all_people()
    rows_by = by_person(vault.takeover_reads.rows(), lambda r: r.person_id)
    ids_by = by_person(vault.identifiers.all_identifiers(), lambda i: i.person_id)
    exposures_by = by_person(vault.exposures.all_exposures(), lambda e: e.person_id)
    letters_by = by_person(vault.requests.all_requests(), lambda r: r.person_id)
    audits_by = by_person(vault.audits.all_audits(), lambda r: r.person_id)
    done_by = vault.hardening.all_keys()
    possible = _possible(vault, exposures_by)
    feeds = [f for f in vault.feeds.all_feeds() if f.enabled and f.kind is not FeedKind.MANUAL]
    synced = [f for f in feeds if f.last_success]

    out = []
    for person in people:
        graph = to.build_graph(person, rows_by[person.id], ids_by[person.id], catalog)
        done = done_by.get(person.id, frozenset())
        chains: list[Chain] = []
        cuts: dict[str, to.CutItem | None] = {}
        for key in SCENARIOS:
            scenario = to.make_scenario(key, graph)
            analysis = to.analyse(graph, scenario, done)
            chains.append(_chain(key, analysis, graph))
            cuts[key] = to.best_cut(graph, scenario, done, analysis)
        out.append(_person(person, rows_by[person.id], ids_by[person.id],
                           exposures_by[person.id], letters_by[person.id],
                           _audit_ages(audits_by[person.id], lookups, today, lang),
                           tuple(chains), _next_step(cuts, graph, lang), len(graph.unassessed),
                           today, possible.get(person.id, 0)))
    blind = _blind_spots((NO_FEEDS, not feeds), (FEEDS_NEVER_SYNCED, bool(feeds) and not synced),
                         (NO_PEOPLE, not people))
    checklist = (
        ("family", any(ids_by[p.id] for p in people)),
        ("accounts", any(rows_by[p.id] for p in people)),
        ("lookups", any(audits_by[p.id] for p in people)),
        ("feed", bool(synced)),
        ("lost_phone", vault.meta(SEEN_LOST_PHONE) == "1"),
    )
    breaches = sum(f.breach_count for f in feeds)
    return Overview(today, tuple(out), len(feeds), len(synced), breaches, blind, checklist)


def _blind_spots(*checks: tuple[str, bool]) -> tuple[str, ...]:
    """The blind spots whose check holds, in the order given."""
    return tuple(spot for spot, holds in checks if holds)


def _person(person: Person, rows: list[BriefRow], idents: list[Identifier],
            exposures: list[Exposure], letters: list[Request], audits: tuple[AuditAge, ...],
            chains: tuple[Chain, ...],
            step: NextStep | None, unassessed: int, today: dt.date,
            possible: int = 0) -> PersonOverview:
    open_states = (ExposureState.NEW, ExposureState.SEEN)
    due = [r.due for r in letters if r.state is RequestState.SENT and r.due is not None]
    phones = sum(1 for i in idents if i.kind == IdentifierKind.PHONE and i.status == "active")
    blind = _blind_spots((NO_IDENTIFIERS, not idents), (NO_PHONE, bool(idents) and not phones),
                         (NO_REGISTRATIONS, not rows), (UNASSESSED, bool(unassessed)),
                         (AUDIT_NEVER, all(a.last is None for a in audits)))
    return PersonOverview(
        person=person,
        identifiers=len(idents),
        phones=phones,
        registrations=sum(1 for r in rows if r.status != RegistrationStatus.CLOSED),
        exposures_new=sum(1 for e in exposures if e.state is ExposureState.NEW),
        exposures_open=sum(1 for e in exposures if e.state in open_states),
        letters_open=sum(1 for r in letters
                         if r.state in (RequestState.DRAFT, RequestState.SENT)),
        letters_overdue=sum(1 for d in due if today > d),
        letters_due_soon=sum(1 for d in due if 0 <= (d - today).days <= DUE_SOON_DAYS),
        chains=chains,
        next_step=step,
        audits=audits,
        unassessed=unassessed,
        blind_spots=blind,
        exposures_possible=possible,
    )


def _possible(vault: Vault, exposures_by: Mapping[PersonId, list[Exposure]]
              ) -> dict[PersonId, int]:
    """Per person, the cases that concern everyone holding one of their identifiers, less the
    ones a registration already matched."""
    out: dict[PersonId, int] = defaultdict(int)
    breaches, identifiers = vault.breaches.all_breaches(), vault.identifiers.all_identifiers()
    for b, pid, _ in possible_matches(breaches, identifiers):
        if not any(e.breach_id == b.id for e in exposures_by.get(pid, ())):
            out[pid] += 1
    return out


def mark_lost_phone_seen(vault: Vault) -> None:
    """The user looked at a lost-phone chain (ticks the first-run checklist's last step)."""
    if vault.meta(SEEN_LOST_PHONE) != "1":
        with vault.operation(Change.OVERVIEW):
            vault.set_meta(SEEN_LOST_PHONE, "1")


def to_json(ov: Overview) -> dict[str, Any]:
    """The overview as plain data (`main.py overview --json`): masked text only."""
    def chain(c: Chain) -> dict[str, Any]:
        return {"scenario": c.scenario, "falls": c.falls, "accounts": c.accounts,
                "cards": c.cards, "money": c.money, "assessed": c.assessed}

    def step(s: NextStep | None) -> dict[str, Any] | None:
        if s is None:
            return None
        return {"step": s.key, "scenario": s.scenario, "title": s.title, "text": s.text,
                "prevents": s.prevents, "of": s.of}

    return {
        "today": ov.today.isoformat(),
        "feeds_followed": ov.feeds_followed,
        "feeds_synced": ov.feeds_synced,
        "leaks_known": ov.leaks_known,
        "breaches": ov.breaches,
        "blind_spots": list(ov.blind_spots),
        "checklist": [{"step": k, "done": d} for k, d in ov.checklist],
        "totals": {"exposures_new": ov.exposures_new, "exposures_open": ov.exposures_open,
                   "exposures_possible": ov.exposures_possible,
                   "letters_open": ov.letters_open, "letters_overdue": ov.letters_overdue,
                   "letters_due_soon": ov.letters_due_soon},
        "people": [{
            "name": p.person.name,
            "relation": p.person.relation,
            "identifiers": p.identifiers,
            "registrations": p.registrations,
            "exposures": {"new": p.exposures_new, "open": p.exposures_open,
                          "possible": p.exposures_possible, "known": ov.leaks_known},
            "letters": {"open": p.letters_open, "overdue": p.letters_overdue,
                        "due_soon": p.letters_due_soon},
            "takeover": [chain(c) for c in p.chains],
            "next_step": step(p.next_step),
            "audits": [{"lookup": a.lookup, "name": a.name,
                        "last": a.last.isoformat() if a.last else None, "days": a.days,
                        "gap": a.gap} for a in p.audits],
            "unassessed": p.unassessed,
            "blind_spots": list(p.blind_spots),
        } for p in ov.people],
    }
