"""Matching the inventory against breaches, on this computer, and the dashboard's numbers.

A breach touches a registration when it names the registration's service by catalogue id, by
domain (the same host or a subdomain of it, never a shared substring: `jd.com` is not
`jdgroup.co.za`), or by an exact name or alias after normalising width, case and spaces. Names
count only when the breach or the service has no domain to compare. The result is deterministic;
storing it keeps each exposure's state (see Exposures.sync).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter

from exposure import catalog as catalogue
from exposure.catalog import Catalog
from exposure.feeds.kinds import leaked_kinds_for
from exposure.feeds.model import Breach, BreachId, Exposure, ExposureState
from exposure.matching import BreachIndex, service_keys
from exposure.model import (
    Identifier,
    IdentifierId,
    IdentifierKind,
    InventoryRow,
    Person,
    Service,
)
from exposure.store.crosscheck_reads import Account, BreachKeys, Held
from exposure.store.exposures import Match, SyncResult
from exposure.takeover.model import paused_gc
from exposure.vault import Vault


class _NoCatalog(Enum):
    NO_CATALOG = "none"


# Pass as `catalog` to match on the vault's own names and domains only.
NO_CATALOG = _NoCatalog.NO_CATALOG
CatalogChoice = Catalog | _NoCatalog | None  # None: the shipped catalogue


def catalog_to_use(catalog: CatalogChoice) -> Catalog | None:
    """The catalogue to match with: the one given, the shipped one (None), or none at all
    (NO_CATALOG)."""
    if catalog is NO_CATALOG:
        return None
    return catalog if catalog is not None else catalogue.default_catalog()


# --- matching ------------------------------------------------------------------------------------
def breach_end(breach_date: str) -> dt.date | None:
    """The last day a breach dated `YYYY`, `YYYY-MM` or `YYYY-MM-DD` may have happened on
    (None: no usable date)."""
    try:
        parts = [int(p) for p in breach_date.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return dt.date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


def registered_after(since: dt.date | None, breach_date: str) -> bool:
    """True when the account was opened after the breach, so the breach cannot have exposed it
    (an unknown date on either side is never "after": it still matches, labelled)."""
    end = breach_end(breach_date) if since is not None and breach_date else None
    return end is not None and since is not None and since > end


def timing(since: dt.date | None, breach_date: str) -> str:
    """"before" (the account existed when the breach happened), "after", or "unknown"."""
    if since is None or breach_end(breach_date) is None:
        return "unknown"
    return "after" if registered_after(since, breach_date) else "before"


def match(rows: Iterable[InventoryRow], breaches: Sequence[Breach],
          catalog: Catalog | None = None, *,
          later: list[Match] | None = None) -> list[Match]:
    """Every (breach, registration) pair that touches, with the identifiers of leaked kinds.
    A registration opened after the breach date is not exposed by it: pass a list as `later`
    to receive those pairs ("registered after this breach")."""
    return match_accounts([Account.of(r) for r in rows], [BreachKeys.of(b) for b in breaches],
                          catalog, later=later)


# a breach a service's registrations meet: its id, kinds, last possible day and how it matched
_Hit = tuple[BreachId, tuple[str, ...], dt.date | None, str]


def match_accounts(accounts: Iterable[Account], breaches: Sequence[BreachKeys],
                   catalog: Catalog | None = None, *,
                   later: list[Match] | None = None) -> list[Match]:
    """match() on what the cross-check reads of the vault (CrossCheckReads): the same rule on
    the same keys, without the records around them. Breach keys are looked up once per
    service, leaked identifiers once per identifier list and breach kinds."""
    index = BreachIndex(breaches)
    by_service: dict[int, list[_Hit]] = {}
    picked: dict[tuple[tuple[Held, ...], tuple[str, ...]], tuple[IdentifierId, ...]] = {}
    out: list[Match] = []
    for rid, service, since, held in accounts:
        hits = by_service.get(service.id)
        if hits is None:
            found = index.find(service_keys(service, catalog))
            hits = by_service[service.id] = [
                (b.id, b.kinds, breach_end(b.breach_date) if b.breach_date else None, how)
                for b, how in ((breaches[n], how) for n, how in found.items()) if b.id is not None]
        for bid, kinds, end, how in hits:
            ids = picked.get((held, kinds))
            if ids is None:
                ids = picked[(held, kinds)] = _leaked(held, kinds)
            pair = Match(bid, rid, ids, kinds, how)
            if since is not None and end is not None and since > end:  # registered_after
                if later is not None:
                    later.append(pair)
                continue
            out.append(pair)
    out.sort(key=attrgetter("breach_id", "registration_id"))
    return out


def _leaked(held: tuple[Held, ...], kinds: tuple[str, ...]) -> tuple[IdentifierId, ...]:
    """The identifiers, by id, of a kind these breach kinds expose."""
    leaked = frozenset(kinds)
    return tuple(sorted(i.id for i in held if leaked_kinds_for(IdentifierKind(i.kind)) & leaked))


def registered_later(vault: Vault, *, catalog: CatalogChoice = None,
                     ) -> list[tuple[Breach, InventoryRow]]:
    """The (breach, registration) pairs the cross-check left out because the account was
    opened after the breach date."""
    cat = catalog_to_use(catalog)
    rows = vault.registrations.rows()
    breaches = vault.breaches.all_breaches()
    later: list[Match] = []
    match(rows, breaches, cat, later=later)
    by_row = {r.registration.id: r for r in rows}
    by_breach = {b.id: b for b in breaches}
    return [(by_breach[m.breach_id], by_row[m.registration_id]) for m in later]


def refresh(vault: Vault, *, catalog: CatalogChoice = None) -> SyncResult:
    """Cross-check the whole inventory against every stored breach and store the result."""
    cat = catalog_to_use(catalog)
    with paused_gc():  # many small objects, no cycles: collection passes cost a third
        with vault.reading():  # one state of the vault for both reads
            breaches = vault.crosscheck_reads.breaches()
            accounts = vault.crosscheck_reads.accounts()
        return vault.exposures.sync(match_accounts(accounts, breaches, cat))


# --- what the dashboard shows --------------------------------------------------------------------
@dataclass(frozen=True)
class ExposureView:
    exposure: Exposure
    breach: Breach
    person: Person
    service: Service
    identifiers: tuple[Identifier, ...]  # the person's identifiers there of the leaked kinds
    # "before": the account existed at the breach date; "unknown": a date is missing (it still
    # matches, since it may have)
    timing: str = "unknown"


@dataclass(frozen=True)
class PersonSummary:
    person: Person
    places: int  # registrations
    breaches: int  # distinct breaches touching the person's registrations
    open: int  # exposures neither handled nor dismissed
    newest: str  # date of the newest breach ("" none)


@dataclass(frozen=True)
class IdentifierSummary:
    identifier: Identifier
    person: Person
    places: int  # registrations using it
    breaches: int  # distinct breaches that exposed it
    newest: str


_CLOSED = (ExposureState.HANDLED, ExposureState.DISMISSED)


def exposure_views(vault: Vault, *, hide_flags: Iterable[str] = (),
                   states: Iterable[ExposureState | str] | None = None) -> list[ExposureView]:
    """Exposures joined with what a page shows, newest breach first."""
    with vault.reading():  # one state, whoever else writes
        rows = vault.registrations.rows()
        breaches = vault.breaches.all_breaches(hide_flags=hide_flags)
        exposures = vault.exposures.all_exposures(hide_flags=hide_flags, states=states)
    return views_of(rows, breaches, exposures)


def views_of(rows: Iterable[InventoryRow], breaches: Iterable[Breach],
             exposures: Iterable[Exposure]) -> list[ExposureView]:
    """exposure_views() from rows already read (the Leaks page reads the vault once)."""
    by_reg = {r.registration.id: r for r in rows}
    by_id = {b.id: b for b in breaches}
    out = []
    for e in exposures:
        row = by_reg.get(e.registration_id)
        breach = by_id.get(e.breach_id)
        if row is None or breach is None:
            continue
        wanted = set(e.identifier_ids)
        out.append(ExposureView(e, breach, row.person, row.service,
                                tuple(i for i in row.identifiers if i.id in wanted),
                                timing(row.registration.since, breach.breach_date)))
    return out


def _date(b: Breach) -> str:
    return b.breach_date or b.added_date


def person_summaries(vault: Vault, *, hide_flags: Iterable[str] = ()) -> list[PersonSummary]:
    """Per person, most recently breached first (then by name)."""
    with vault.reading():
        rows = vault.registrations.rows()
        people = vault.people.all_people()
    return people_of(exposure_views(vault, hide_flags=hide_flags), people, rows)


def people_of(views: Iterable[ExposureView], people: Iterable[Person],
              rows: Iterable[InventoryRow]) -> list[PersonSummary]:
    shown = [v for v in views if v.exposure.state is not ExposureState.DISMISSED]
    places: dict[int, int] = defaultdict(int)
    for row in rows:
        places[row.person.id] += 1
    out = []
    for person in people:
        mine = [v for v in shown if v.person.id == person.id]
        out.append(PersonSummary(
            person, places[person.id], len({v.breach.id for v in mine}),
            sum(1 for v in mine if v.exposure.state not in _CLOSED),
            max((_date(v.breach) for v in mine), default="")))
    out.sort(key=lambda s: (s.newest, -s.breaches), reverse=True)
    return sorted(out, key=lambda s: s.newest == "")  # stable: never-breached people last


def identifier_summaries(vault: Vault, *, hide_flags: Iterable[str] = ()
                         ) -> list[IdentifierSummary]:
    """Per identifier: places holding it and breaches exposing it, most recently breached first."""
    with vault.reading():
        rows = vault.registrations.rows()
        people = vault.people.all_people()
        identifiers = vault.identifiers.all_identifiers()
    return identifiers_of(exposure_views(vault, hide_flags=hide_flags), people, identifiers, rows)


def identifiers_of(views: Iterable[ExposureView], people: Iterable[Person],
                   identifiers: Iterable[Identifier], rows: Iterable[InventoryRow],
                   ) -> list[IdentifierSummary]:
    places: dict[int, int] = defaultdict(int)
    for row in rows:
        for ident in row.identifiers:
            places[ident.id] += 1
    hit: dict[int, set[BreachId | None]] = defaultdict(set)
    newest: dict[int, str] = {}
    for v in views:
        if v.exposure.state is ExposureState.DISMISSED:
            continue
        for ident in v.identifiers:
            hit[ident.id].add(v.breach.id)
            newest[ident.id] = max(newest.get(ident.id, ""), _date(v.breach))
    by_id = {p.id: p for p in people}
    out = [IdentifierSummary(i, by_id[i.person_id], places[i.id], len(hit[i.id]),
                             newest.get(i.id, ""))
           for i in identifiers]
    out.sort(key=lambda s: (s.newest, s.breaches, s.places), reverse=True)
    return sorted(out, key=lambda s: s.newest == "")


def timeline(vault: Vault, *, hide_flags: Iterable[str] = ()) -> list[tuple[str, int]]:
    """Breaches touching the family per month (YYYY-MM), every month from the first to the last."""
    return timeline_of(exposure_views(vault, hide_flags=hide_flags))


def timeline_of(views: Iterable[ExposureView]) -> list[tuple[str, int]]:
    months: dict[str, set[BreachId | None]] = defaultdict(set)
    for v in views:
        if v.breach.month and v.exposure.state is not ExposureState.DISMISSED:
            months[v.breach.month].add(v.breach.id)
    if not months:
        return []
    first, last = min(months), max(months)
    out = []
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, len(months.get(key, ()))))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
