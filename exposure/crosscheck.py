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
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter

from exposure import catalog as catalogue
from exposure.catalog import Catalog
from exposure.feeds.kinds import leaked_kinds_for
from exposure.feeds.model import Breach, BreachId, Exposure, ExposureState
from exposure.hosts import ancestors, host_of
from exposure.model import Identifier, IdentifierId, InventoryRow, Person, Service
from exposure.store.breaches import Match, SyncResult
from exposure.takeover.model import paused_gc
from exposure.vault import Vault


class _NoCatalog(Enum):
    NO_CATALOG = "none"


# Pass as `catalog` to match on the vault's own names and domains only.
NO_CATALOG = _NoCatalog.NO_CATALOG
CatalogChoice = Catalog | _NoCatalog | None  # None: the shipped catalogue

def normalise_name(text: str) -> str:
    """Width, case and spaces do not count: `ＪＤ .com` == `jd.com`."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


# --- the service side ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ServiceKeys:
    catalog_id: str | None
    domains: frozenset[str]
    names: frozenset[str]


def catalog_to_use(catalog: CatalogChoice) -> Catalog | None:
    """The catalogue to match with: the one given, the shipped one (None), or none at all
    (NO_CATALOG)."""
    if catalog is NO_CATALOG:
        return None
    return catalog if catalog is not None else catalogue.default_catalog()


def service_keys(service: Service, catalog: Catalog | None = None) -> ServiceKeys:
    domains = set(service.domains)
    names = {service.name}
    entry = catalog.get(service.catalog_id) if catalog and service.catalog_id else None
    if entry is not None:
        domains.update(entry.domains)
        names.update(entry.aliases)
        names.update(n for n in (entry.name_zh, entry.name_en) if n)
    return ServiceKeys(
        service.catalog_id,
        frozenset(filter(None, (host_of(d) for d in domains))),
        frozenset(filter(None, (normalise_name(n) for n in names if isinstance(n, str)))),
    )


# --- matching ------------------------------------------------------------------------------------
class _BreachIndex:
    def __init__(self, breaches: Sequence[Breach]) -> None:
        self.by_catalog: dict[str, list[int]] = defaultdict(list)
        self.by_host: dict[str, list[int]] = defaultdict(list)  # breaches on exactly this host
        self.under: dict[str, list[int]] = defaultdict(list)  # on this host or a subdomain
        self.by_name: dict[str, list[int]] = defaultdict(list)
        self.has_domain: list[bool] = []
        for n, b in enumerate(breaches):
            for cid in b.catalog_ids:
                self.by_catalog[cid].append(n)
            hosts = {h for h in map(host_of, b.domains) if h}
            for host in hosts:
                self.by_host[host].append(n)
                for ancestor in ancestors(host):
                    self.under[ancestor].append(n)
            self.has_domain.append(bool(hosts))
            for name in {normalise_name(x) for x in (b.title, b.organisation, *b.aliases)}:
                if name:
                    self.by_name[name].append(n)

    def find(self, keys: ServiceKeys) -> dict[int, str]:
        """breach index → how it matched (catalog_id beats domain beats name)."""
        found: dict[int, str] = {}
        if keys.catalog_id:
            for n in self.by_catalog.get(keys.catalog_id, ()):
                found.setdefault(n, "catalog_id")
        for host in keys.domains:
            hits = list(self.under.get(host, ()))  # the service's host or its subdomains
            for ancestor in ancestors(host):  # … or a parent domain of it
                hits.extend(self.by_host.get(ancestor, ()))
            for n in hits:
                found.setdefault(n, "domain")
        for name in keys.names:
            for n in self.by_name.get(name, ()):
                if n not in found and not (keys.domains and self.has_domain[n]):
                    found[n] = "name"
        return found


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
    A registration opened after the breach date is not exposed by it; pass a list as `later`
    to receive those pairs ("registered after this breach")."""
    index = _BreachIndex(breaches)
    by_service: dict[int, dict[int, str]] = {}
    leaked = [frozenset(b.kinds) for b in breaches]
    exposed_by: dict[str, frozenset[str]] = {}  # identifier kind → breach kinds that expose it
    out: list[Match] = []
    for row in rows:
        sid = row.service.id
        found = by_service.get(sid)
        if found is None:
            found = by_service[sid] = index.find(service_keys(row.service, catalog))
        if not found:
            continue
        since = row.registration.since
        held = []
        for i in row.identifiers:
            kinds = exposed_by.get(i.kind)
            if kinds is None:
                kinds = exposed_by[i.kind] = leaked_kinds_for(i.kind)
            held.append((IdentifierId(i.id), kinds))
        held.sort()
        for n, how in found.items():
            breach = breaches[n]
            if breach.id is None:
                continue
            kinds = leaked[n]
            pair = Match(breach.id, row.registration.id,
                         tuple(i for i, exposed in held if exposed & kinds), breach.kinds, how)
            if since is not None and registered_after(since, breach.breach_date):
                if later is not None:
                    later.append(pair)
                continue
            out.append(pair)
    out.sort(key=attrgetter("breach_id", "registration_id"))
    return out


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
            breaches = vault.breaches.all_breaches(enabled_only=False)
            rows = vault.registrations.rows()
        return vault.exposures.sync(match(rows, breaches, cat))


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
