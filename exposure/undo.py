"""Undo for deletions: capture what a delete will remove, put it back on request.

First choice is the exact restore of the store's snapshot: every removed row (letters, exposure
states, hardening steps, playbook ticks, audits …) comes back with its own id, so keys that embed
ids (`sim-pin:12`) still hold. If the vault changed so that this is no longer possible (an id was
taken again, a service is gone), the fallback re-adds the person, identifiers and registrations
with new ids, as they were otherwise (values, roles, status, dates, notes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from exposure.errors import UndoConflict
from exposure.model import (
    Change,
    Identifier,
    IdentifierId,
    InventoryRow,
    Person,
    PersonId,
    RegistrationId,
    Usage,
)
from exposure.store.snapshot import Snapshot
from exposure.vault import Vault


@dataclass(frozen=True)
class Deleted:
    """What one delete removed."""

    topic: str  # "person", "identifier", "registration"
    person: Person | None
    identifiers: tuple[Identifier, ...]
    rows: tuple[InventoryRow, ...]
    snapshot: Snapshot | None = field(default=None, repr=False)  # for the exact restore


def capture_person(vault: Vault, pid: PersonId) -> Deleted:
    return Deleted("person", vault.people.get(pid), tuple(vault.identifiers.all_identifiers(pid)),
                   tuple(vault.registrations.rows(pid)), vault.snapshot_deletion("people", [pid]))


def capture_identifier(vault: Vault, iid: IdentifierId) -> Deleted:
    ident = vault.identifiers.get(iid)
    rows = tuple(r for r in vault.registrations.rows(ident.person_id)
                 if iid in r.registration.identifier_ids)
    return Deleted("identifier", None, (ident,), rows,
                   vault.snapshot_deletion("identifiers", [iid]))


def capture_registrations(vault: Vault, rids: list[RegistrationId]) -> Deleted:
    wanted = set(rids)
    rows = tuple(r for r in vault.registrations.rows() if r.registration.id in wanted)
    return Deleted("registration", None, (), rows,
                   vault.snapshot_deletion("registrations", rids))


# --- deleting with undo: what the People and Inventory pages (and scripts) call ---------------
def delete_person(vault: Vault, pid: PersonId) -> Deleted:
    """Remove a person with their identifiers and registrations; the result undoes it."""
    deleted = capture_person(vault, pid)
    vault.people.delete(pid)
    return deleted


def delete_identifier(vault: Vault, iid: IdentifierId) -> Deleted:
    """Remove an identifier (registrations that used it stay, without it)."""
    deleted = capture_identifier(vault, iid)
    vault.identifiers.delete(iid)
    return deleted


def delete_registrations(vault: Vault, rids: list[RegistrationId]) -> Deleted:
    """Remove registrations in one transaction."""
    deleted = capture_registrations(vault, rids)
    with vault.operation(Change.REGISTRATIONS):
        for rid in rids:
            vault.registrations.delete(rid)
    return deleted


def restore(vault: Vault, deleted: Deleted) -> bool:
    """Put back what was deleted, in one transaction. True if exactly (ids and everything that
    hung on them), False if the vault changed too much and only the records came back."""
    if deleted.snapshot is not None:
        try:
            vault.restore_snapshot(deleted.snapshot)
            return True
        except UndoConflict:
            pass
    _re_add(vault, deleted)
    return False


def _re_add(vault: Vault, deleted: Deleted) -> None:
    """The records themselves with new ids; letters, exposures, audits … do not come back."""
    with vault.operation(Change.REGISTRATIONS):
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
