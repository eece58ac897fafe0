"""What the take-over reads of each registration, and nothing more: its id, person, status, the
service's name and catalogue entry, and its uses.

Plain tuples rather than the InventoryRow records the tables show: a whole vault's take-over
(the Home page's chains, `analyse_vault`) spent as long making 10,000 joined rows (people,
dates, identifier values) as building every graph from them (issue 16). `BriefRow.of` makes the
same tuple from an InventoryRow, so both roads meet in one graph builder (takeover.graph).
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

from exposure.model import IdentifierId, InventoryRow, PersonId, RegistrationId, Usage
from exposure.store.base import Repository
from exposure.store.registrations import ROLES


class BriefRow(NamedTuple):
    id: RegistrationId
    person_id: PersonId
    status: str  # a RegistrationStatus's value ("active")
    service_name: str  # the name the user gave the service, or ""
    service: str  # the service's own name
    catalog_id: str | None
    usages: tuple[Usage, ...]  # by identifier id; equal uses are one shared object

    @property
    def label(self) -> str:
        """The name the user gave the service, else the service's (InventoryRow.service_label)."""
        return self.service_name or self.service

    @classmethod
    def of(cls, row: InventoryRow) -> BriefRow:
        reg = row.registration
        return cls(reg.id, reg.person_id, reg.status.value, reg.service_name, row.service.name,
                   row.service.catalog_id, reg.usages)


class TakeoverReads(Repository):
    def rows(self, person_id: PersonId | None = None) -> list[BriefRow]:
        """Every registration (of one person, or all), by id: Registrations.rows' order, in one
        read transaction.

        Two queries: the registrations with their services, and each registration's uses as
        one string that SQLite writes ("7 login,9 bound_card"); the registrations that use the
        same identifiers the same way share one tuple of Usage objects (by identifier id), made
        once per distinct string (a family has a few hundred such patterns, not 10,000: the
        take-over classifies each pattern once)."""
        one = person_id is not None
        params = (person_id,) if one else ()
        new = tuple.__new__
        patterns: dict[str | None, tuple[Usage, ...]] = {None: ()}
        shared: dict[str, Usage] = {}
        out: list[BriefRow] = []
        append = out.append
        with self._tx.read():
            uses_of = dict(self._conn.execute(
                "SELECT registration_id, group_concat(identifier_id || ' ' || role, ',')"
                " FROM registration_identifiers"
                + (" WHERE registration_id IN (SELECT id FROM registrations WHERE person_id=?)"
                   if one else "")
                + " GROUP BY registration_id", params))
            for rid, pid, status, own, name, cid in self._conn.execute(
                    "SELECT r.id, r.person_id, r.status, r.service_name, s.name, s.catalog_id"
                    " FROM registrations r JOIN services s ON s.id = r.service_id"
                    + (" WHERE r.person_id=?" if one else "") + " ORDER BY r.id", params):
                uses = uses_of.get(rid)
                usages = patterns.get(uses)
                if usages is None:
                    usages = patterns[uses] = _usages(uses, shared)  # type: ignore[arg-type]
                append(new(BriefRow, (rid, pid, status, own or "", name, cid, usages)))
        return out


def _usages(pattern: str, shared: dict[str, Usage]) -> tuple[Usage, ...]:
    """ "7 login,9 bound_card" → its Usage objects by identifier id, each shared by every
    equal use."""
    out = [shared.get(part) or _use(part, shared) for part in pattern.split(",")]
    if len(out) > 1:
        out.sort(key=_BY_IDENTIFIER)
    return tuple(out)


def _use(part: str, shared: dict[str, Usage]) -> Usage:
    iid, role = part.split(" ")
    use = shared[part] = Usage(IdentifierId(int(iid)), ROLES[role])
    return use


_BY_IDENTIFIER = attrgetter("identifier_id")
