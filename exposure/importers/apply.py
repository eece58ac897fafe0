"""Phase two: write an ImportPlan into the vault, in one transaction.

Either every row the user kept is written, or (on any error) nothing is: the vault's
`operation()` rolls the whole import back. Duplicates are checked again inside the transaction,
against the vault as it is now, so a plan previewed a while ago cannot record a row twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from exposure.catalog import Catalog, default_catalog, is_generic, normalize
from exposure.errors import InvalidInput
from exposure.importers.model import Choice, ImportPlan, ImportResult, PlanRow
from exposure.importers.plan import Known, ServiceKey, facts_of, service_key
from exposure.model import (
    Change,
    IdentifierId,
    IdentifierStatus,
    PersonId,
    ServiceId,
    Usage,
)
from exposure.store.registrations import NewRegistration
from exposure.vault import Vault

UNMATCHED = ("custom", "skip")


def _target(row: PlanRow, choice: Choice | None, unmatched: str, catalog: Catalog
            ) -> tuple[str | None, str, tuple[str, ...], str, str] | None:
    """(catalogue id, service name, domains, category, the user's own name), or None to skip
    the row."""
    action = choice.action if choice else ("map" if row.catalog_id else unmatched)
    if action == "skip":
        return None
    if action == "map":
        cid = (choice.catalog_id if choice else "") or row.catalog_id or ""
        entry = catalog.get(cid)
        if entry is None:
            raise InvalidInput("unknown catalogue id", field="service")
        return entry.id, entry.name_zh or entry.name_en, entry.domains, entry.category, \
            own_name(row, entry)
    if action == "custom":
        name = " ".join(((choice.name if choice else "") or row.label).split())
        if not name:
            raise InvalidInput("service name is empty", field="name")
        return None, name, (row.domain,) if row.domain else (), "", ""
    raise InvalidInput("unknown choice", field="choice")


def own_name(row: PlanRow, entry: Any) -> str:
    """The name the user gave a service filed under a catalogue entry by another name: the file's
    own column, else, for a generic entry, the name the line used (捷停车 for 智慧停车（通用））;
    never a web address, never a mere alias of one company (B站 is Bilibili)."""
    if row.own_name:
        return row.own_name
    if row.domain or not row.label or not is_generic(entry):
        return ""
    names = {normalize(n) for n in (entry.name_zh, entry.name_en) if n}
    return "" if normalize(row.label) in names else row.label


def _person(vault: Vault, row: PlanRow, people: dict[str, PersonId],
            new_people: list[PersonId], counts: dict[str, int]) -> PersonId:
    pid = people.get(row.person)
    if pid is None:
        pid = people[row.person] = vault.people.add(name=row.person,
                                                    relation=row.relation)
        new_people.append(pid)
        counts["people"] += 1
    return pid


def _usages(vault: Vault, row: PlanRow, pid: PersonId,
            idents: dict[tuple[int, str, str], IdentifierId],
            about: dict[tuple[str, str, str], tuple[str, IdentifierStatus]],
            new_identifiers: list[IdentifierId], counts: dict[str, int]) -> list[Usage]:
    usages = []
    for ident in row.identifiers:
        iid = idents.get((pid, ident.kind.value, ident.value))
        if iid is None:
            label, status = about.get((row.person, ident.kind.value, ident.value),
                                      (ident.label, ident.status))
            iid = idents[(pid, ident.kind.value, ident.value)] = vault.identifiers.add(
                person_id=pid, kind=ident.kind, value=ident.value, label=label,
                status=status)
            new_identifiers.append(iid)
            counts["identifiers"] += 1
        usages.append(Usage(iid, ident.role))
    return usages


def commit(vault: Vault, plan: ImportPlan, choices: Mapping[int, Choice] | None = None, *,
           unmatched: str = "custom", catalog: Catalog | None = None) -> ImportResult:
    """Apply `plan`. `choices` (by PlanRow.key) map, rename or skip rows; unmatched rows without
    a choice become custom services (`unmatched="custom"`) or are left out ("skip").
    Duplicates listed in the plan are never written."""
    if unmatched not in UNMATCHED:
        raise InvalidInput("unmatched must be custom or skip", field="unmatched")
    choices = choices or {}
    catalog = catalog if catalog is not None else default_catalog()
    new: list[NewRegistration] = []
    new_people: list[PersonId] = []
    new_identifiers: list[IdentifierId] = []
    counts = {"identifiers": 0, "services": 0, "people": 0, "duplicates": 0,
              "skipped": len(plan.skipped)}
    with vault.operation(Change.REGISTRATIONS):
        known = Known.load(vault)
        people = {name: PersonId(pid) for name, pid in known.people.items()}
        services: dict[ServiceKey, ServiceId] = {}
        for svc in vault.services.all_services():
            services.setdefault(service_key(svc.catalog_id, svc.name), svc.id)
        idents: dict[tuple[int, str, str], IdentifierId] = {
            (i.person_id, i.kind.value, i.value): i.id for i in vault.identifiers.all_identifiers()}
        # an identifier's label and state may be given on any of its lines
        about = _identifier_facts(plan.matched + plan.unmatched)
        for row in plan.matched + plan.unmatched:
            target = _target(row, choices.get(row.key), unmatched, catalog)
            if target is None:
                counts["skipped"] += 1
                continue
            cid, name, domains, category, given = target
            skey = service_key(cid, name)
            facts = facts_of(row.identifiers, row.account_ref)
            if known.holds(row.person, skey, facts):
                counts["duplicates"] += 1
                continue
            pid = _person(vault, row, people, new_people, counts)
            if row.no_smartphone is not None:
                vault.people.set_no_smartphone(pid, row.no_smartphone)
            sid = services.get(skey)
            if sid is None:
                sid = services[skey] = vault.services.add(
                    name=name, catalog_id=cid, domains=domains, category=category)
                counts["services"] += 1
            usages = _usages(vault, row, pid, idents, about, new_identifiers, counts)
            new.append(NewRegistration(pid, sid, usages, row.status, row.since,
                                       row.account_ref, row.notes, given))
            known.add(row.person, skey, facts)
        added = vault.registrations.add_many(new)  # duplicates were checked above
    counts["duplicates"] += len(plan.duplicates)
    return ImportResult(registrations=tuple(added), identifiers_added=counts["identifiers"],
                        services_added=counts["services"], people_added=counts["people"],
                        duplicates=counts["duplicates"], skipped=counts["skipped"],
                        created_people=tuple(new_people),
                        created_identifiers=tuple(new_identifiers))


def _identifier_facts(rows: tuple[PlanRow, ...]
                      ) -> dict[tuple[str, str, str], tuple[str, IdentifierStatus]]:
    """(person, kind, value) → the first label any line gives it and its state (a line saying
    dormant or cancelled wins over one left empty)."""
    out: dict[tuple[str, str, str], tuple[str, IdentifierStatus]] = {}
    for row in rows:
        for ident in row.identifiers:
            key = (row.person, ident.kind.value, ident.value)
            label, status = out.get(key, ("", IdentifierStatus.ACTIVE))
            out[key] = (label or ident.label,
                        ident.status if status is IdentifierStatus.ACTIVE else status)
    return out


def undo_import(vault: Vault, result: ImportResult) -> int:
    """Remove what an import added, in one transaction: its registrations (those still there),
    the identifiers and people it created that nothing else uses now, and services left unused.
    Returns how many registrations were removed."""
    removed = 0
    with vault.operation(Change.REGISTRATIONS):
        existing = {r.id for r in vault.registrations.all_registrations()}
        for rid in result.registrations:
            if rid in existing:
                vault.registrations.delete(rid)
                removed += 1
        held = {i.id for i in vault.identifiers.all_identifiers()}
        for iid in result.created_identifiers:
            if iid in held and vault.identifiers.usage_count(iid) == 0:
                vault.identifiers.delete(iid)
        counts = vault.people.counts()
        for pid in result.created_people:
            if counts.get(pid) == (0, 0):
                vault.people.delete(pid)
        vault.services.delete_unused()
    return removed
