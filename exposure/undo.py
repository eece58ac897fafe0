"""Undo for deletions: capture what a delete will remove, put it back on request.

Restored records get new ids; everything else (values, roles, status, dates, notes) is as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from exposure.model import (
    Identifier,
    IdentifierId,
    InventoryRow,
    Person,
    PersonId,
    RegistrationId,
    Usage,
)
from exposure.vault import Vault


@dataclass(frozen=True)
class Deleted:
    """What one delete removed."""

    topic: str  # "person", "identifier", "registration"
    person: Person | None
    identifiers: tuple[Identifier, ...]
    rows: tuple[InventoryRow, ...]


def capture_person(vault: Vault, pid: PersonId) -> Deleted:
    return Deleted("person", vault.people.get(pid), tuple(vault.identifiers.list(pid)),
                   tuple(vault.registrations.rows(pid)))


def capture_identifier(vault: Vault, iid: IdentifierId) -> Deleted:
    ident = vault.identifiers.get(iid)
    rows = tuple(r for r in vault.registrations.rows(ident.person_id)
                 if iid in r.registration.identifier_ids)
    return Deleted("identifier", None, (ident,), rows)


def capture_registrations(vault: Vault, rids: list[RegistrationId]) -> Deleted:
    wanted = set(rids)
    rows = tuple(r for r in vault.registrations.rows() if r.registration.id in wanted)
    return Deleted("registration", None, (), rows)


def restore(vault: Vault, deleted: Deleted) -> None:
    """Put back what was deleted, in one transaction."""
    with vault.operation("registrations"):
        person_map: dict[PersonId, PersonId] = {}
        if deleted.person is not None:
            p = deleted.person
            person_map[p.id] = vault.people.add(name=p.name, relation=p.relation, notes=p.notes)
        id_map: dict[IdentifierId, IdentifierId] = {}
        for ident in deleted.identifiers:
            pid = person_map.get(ident.person_id, ident.person_id)
            id_map[ident.id] = vault.identifiers.add(
                person_id=pid, kind=ident.kind, value=ident.value, label=ident.label,
                status=ident.status, notes=ident.notes)
        if deleted.topic == "identifier":
            for row in deleted.rows:
                reg = row.registration
                vault.registrations.update(reg.id, usages=[
                    Usage(id_map.get(u.identifier_id, u.identifier_id), u.role)
                    for u in reg.usages])
            return
        for row in deleted.rows:
            reg = row.registration
            pid = person_map.get(reg.person_id, reg.person_id)
            vault.registrations.add(
                person_id=pid, service_id=reg.service_id,
                usages=[Usage(id_map.get(u.identifier_id, u.identifier_id), u.role)
                        for u in reg.usages],
                status=reg.status, since=reg.since, account_ref=reg.account_ref,
                notes=reg.notes, allow_duplicate=True)
