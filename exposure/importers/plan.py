"""Phase one: match parsed entries to the catalogue and to what the vault already holds.

Nothing is written here. A row is a duplicate when the same person already has a registration
at the same service whose identifiers (and account name) include every one of the row's, the
rule `Registrations.add` applies to identical sets, widened so that importing "JD, phone" next
to a recorded "JD, phone + ID number" adds nothing. A row without identifiers is a duplicate of
any registration of that person at that service.
"""

from __future__ import annotations

import ipaddress
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from exposure.catalog import Catalog, CatalogEntry, default_catalog, normalize
from exposure.errors import ImportRejected, InvalidInput
from exposure.hosts import host_of
from exposure.importers.formats import read
from exposure.importers.model import (
    Choice,
    Entry,
    ImportedIdentifier,
    ImportPlan,
    Parsed,
    PlanRow,
    Skipped,
)
from exposure.vault import Vault

ServiceKey = tuple[str, str]  # ("catalog", id) or ("name", normalised custom name)
Facts = frozenset[tuple[str, str]]  # (kind or "account", value)
MAX_LABEL = 200  # a service name's limit in the vault


def service_key(catalog_id: str | None, name: str) -> ServiceKey:
    return ("catalog", catalog_id) if catalog_id else ("name", normalize(name))


def facts_of(identifiers: Iterable[ImportedIdentifier], account_ref: str = "") -> Facts:
    out = {(i.kind.value, i.value) for i in identifiers}
    if account_ref:
        out.add(("account", account_ref.casefold()))
    return frozenset(out)


@dataclass
class Known:
    """What the vault holds, keyed by values rather than ids so that rows not yet written (new
    people, new identifiers) compare the same way. Built in three queries."""

    people: dict[str, int] = field(default_factory=dict)  # name → id
    registrations: dict[tuple[str, ServiceKey], list[Facts]] = field(
        default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, vault: Vault) -> Known:
        known = cls()
        known.people = {p.name: int(p.id) for p in vault.people.all_people()}
        for row in vault.registrations.rows():
            reg = row.registration
            facts = facts_of((ImportedIdentifier(i.kind, i.value) for i in row.identifiers),
                             reg.account_ref)
            key = (row.person.name, service_key(row.service.catalog_id, row.service.name))
            known.registrations[key].append(facts)
        return known

    def holds(self, person: str, service: ServiceKey, facts: Facts) -> bool:
        return any(facts <= have for have in self.registrations.get((person, service), ()))

    def add(self, person: str, service: ServiceKey, facts: Facts) -> None:
        self.registrations[(person, service)].append(facts)


def _is_local(host: str) -> bool:
    if host == "localhost" or "." not in host:
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def match(catalog: Catalog, entry: Entry) -> tuple[CatalogEntry | None, str, str]:
    """(catalogue entry or None, label to show, host) for an entry."""
    text = entry.service.strip()
    urlish = "://" in text or ("." in text and " " not in text)
    host = host_of(text) if urlish else ""
    hit = catalog.by_domain(text) if host else None
    if hit is None:
        hit = catalog.lookup(text) if not host else None
    if hit is None and entry.title and not host:
        # A title is tried only without a web address: "X" or "QQ" as the title of some other
        # site's login would otherwise claim it.
        hit = catalog.lookup(entry.title)
    label = (host or " ".join(text.split()))[:MAX_LABEL]
    return hit, label, host


def preview(vault: Vault, source: Parsed | Path | bytes | str, *, fmt: str = "auto",
            person: str = "", login: str = "", catalog: Catalog | None = None) -> ImportPlan:
    """What an import would do, without writing. `person`: whose accounts these are (a new name
    is added as a person on commit); may be left empty when the vault has exactly one person or
    every CSV line names its person. Raises ImportRejected."""
    parsed = source if isinstance(source, Parsed) else read(source, fmt, login=login)
    catalog = catalog if catalog is not None else default_catalog()
    known = Known.load(vault)
    person = " ".join(person.split())
    if not person and len(known.people) == 1:
        person = next(iter(known.people))
    if not person and any(not e.person for e in parsed.entries):
        raise ImportRejected("no_person")
    matched: list[PlanRow] = []
    unmatched: list[PlanRow] = []
    duplicates: list[PlanRow] = []
    skipped: list[Skipped] = list(parsed.skipped)
    in_file: dict[tuple[str, ServiceKey], list[Facts]] = defaultdict(list)
    new_people: dict[str, None] = {}
    for key, entry in enumerate(parsed.entries):
        hit, label, host = match(catalog, entry)
        if hit is None and host and _is_local(host):
            skipped.append(Skipped(entry.line, "local", label=label[:80]))
            continue
        who = entry.person or person
        if who not in known.people:
            new_people[who] = None
        name = hit.name_zh or hit.name_en if hit else label
        row = PlanRow(key=key, line=entry.line, person=who, label=label,
                      catalog_id=hit.id if hit else None, service_name=name, domain=host,
                      identifiers=entry.identifiers, account_ref=entry.account_ref,
                      status=entry.status, notes=entry.notes, relation=entry.relation,
                      since=entry.since, own_name=entry.service_name,
                      no_smartphone=entry.no_smartphone)
        skey = service_key(row.catalog_id, name)
        facts = facts_of(entry.identifiers, entry.account_ref)
        if known.holds(who, skey, facts):
            duplicates.append(_with(row, "vault"))
        elif any(facts <= have for have in in_file[(who, skey)]):
            duplicates.append(_with(row, "file"))
        else:
            in_file[(who, skey)].append(facts)
            (matched if hit else unmatched).append(row)
    return ImportPlan(format=parsed.format, person=person, matched=tuple(matched),
                      unmatched=tuple(unmatched), duplicates=tuple(duplicates),
                      skipped=tuple(sorted(skipped, key=lambda s: s.line)),
                      new_people=tuple(new_people))


def _with(row: PlanRow, duplicate: str) -> PlanRow:
    return replace(row, duplicate=duplicate)


def map_names(plan: ImportPlan, names: dict[str, str], catalog: Catalog | None = None
              ) -> tuple[dict[int, Choice], list[str]]:
    """Choices that place the unmatched rows named `NAME` (as the file names the service; width,
    case and spaces ignored) on the catalogue entry `names[NAME]` (an id, name or alias).
    Returns the choices and the names that matched no unmatched row. Raises InvalidInput for a
    catalogue entry that does not exist."""
    catalog = catalog if catalog is not None else default_catalog()
    wanted: dict[str, str] = {}
    for name, target in names.items():
        entry = catalog.get(target.strip()) or catalog.lookup(target.strip())
        if entry is None:
            raise InvalidInput("unknown catalogue id", field="map")
        wanted[normalize(name)] = entry.id
    choices: dict[int, Choice] = {}
    used: set[str] = set()
    for row in plan.unmatched:
        key = normalize(row.label)
        if key in wanted:
            choices[row.key] = Choice.map(wanted[key])
            used.add(key)
    return choices, [n for n in names if normalize(n) not in used]
