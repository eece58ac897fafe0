"""The services the family is registered at (a catalogue entry or the user's own)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from exposure.model import Change, Service, ServiceId
from exposure.store.base import Repository, clean_name
from exposure.store.connection import Row

SVC_COLS = "id, name, catalog_id, domains, category, notes"


def service_of(row: Row) -> Service:
    return Service(
        ServiceId(row[0]),
        str(row[1]),
        row[2] if row[2] else None,
        tuple(json.loads(str(row[3]))),
        str(row[4]),
        str(row[5]),
    )


class Services(Repository):
    """Services the inventory points at: catalogue entries in use, and the user's own."""

    def add(
        self,
        *,
        name: str,
        catalog_id: str | None = None,
        domains: Iterable[str] = (),
        category: str = "",
        notes: str = "",
    ) -> ServiceId:
        name = clean_name(name)
        doms = sorted({d.strip().lower() for d in domains if d.strip()})
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO services(name, catalog_id, domains, category, notes)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, catalog_id, json.dumps(doms), category, notes),
            )
        self._notify(Change.SERVICES)
        return ServiceId(cur.lastrowid)

    def ensure(self, *, name: str, catalog_id: str | None = None, **extra: object) -> ServiceId:
        """The service with this catalogue id, or a custom one with this name (case-insensitive)."""
        if catalog_id:
            row = self._one("SELECT id FROM services WHERE catalog_id=?", (catalog_id,))
        else:
            row = self._one(
                "SELECT id FROM services WHERE catalog_id IS NULL AND lower(name)=lower(?)",
                (" ".join(name.split()),),
            )
        if row:
            return ServiceId(row[0])
        return self.add(name=name, catalog_id=catalog_id, **extra)  # type: ignore[arg-type]

    def update(self, sid: ServiceId, *, name: str, domains: Iterable[str] = (),
               category: str = "", notes: str = "") -> None:
        name = clean_name(name)
        doms = sorted({d.strip().lower() for d in domains if d.strip()})
        self._write(Change.SERVICES,
                    "UPDATE services SET name=?, domains=?, category=?, notes=? WHERE id=?",
                    (name, json.dumps(doms), category, notes, sid))

    def get(self, sid: ServiceId) -> Service:
        return service_of(self._row("service", sid, f"SELECT {SVC_COLS} FROM services WHERE id=?"))

    def all_services(self) -> list[Service]:
        return [service_of(r) for r in self._all(f"SELECT {SVC_COLS} FROM services ORDER BY name")]

    def delete_unused(self) -> int:
        return self._write(
            Change.SERVICES,
            "DELETE FROM services WHERE id NOT IN (SELECT service_id FROM registrations)")


