"""What the take-over reads of each registration, and nothing more: its id, person, status, the
service's name and catalogue entry, and its uses.

Plain tuples rather than the InventoryRow records the tables show: a whole vault's take-over
(the Home page's chains, `analyse_vault`) spent as long making 10,000 joined rows (people,
dates, identifier values) as building every graph from them (issue 16). `BriefRow.of` makes the
same tuple from an InventoryRow, so both roads meet in one graph builder (takeover.graph).
"""

from __future__ import annotations

from typing import NamedTuple

from exposure.model import InventoryRow, PersonId, RegistrationId, Usage
from exposure.store.base import Repository
from exposure.store.registrations import usages_by_registration


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
        read transaction. The strings that repeat are shared: a service's name and catalogue id
        are read once per service (a hundred, not 10,000 copies), a status once per value, and
        registrations that use the same identifiers the same way share one tuple of uses
        (`usages_by_registration`)."""
        one = person_id is not None
        new = tuple.__new__
        with self._tx.read():
            conn = self._conn
            services = {sid: (name, cid) for sid, name, cid in conn.execute(
                "SELECT id, name, catalog_id FROM services")}
            statuses: dict[str, str] = {}
            uses_of = usages_by_registration(conn, person_id).get
            out = []
            for rid, pid, status, own, sid in conn.execute(
                    "SELECT id, person_id, status, service_name, service_id FROM registrations"
                    + (" WHERE person_id=?" if one else "") + " ORDER BY id",
                    (person_id,) if one else ()):
                service = services.get(sid)
                if service is None:  # as the tables' join: a registration has its service
                    continue
                out.append(new(BriefRow, (rid, pid, statuses.setdefault(status, status),
                                          own or "", *service, uses_of(rid, ()))))
            return out
