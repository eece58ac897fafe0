"""Audit runs against the national look-ups, as stored in the vault (table `audits`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from exposure.errors import InvalidInput, NotFound
from exposure.model import AuditId, AuditRecord, Change, IdentifierId, PersonId
from exposure.store.base import Repository, where_equal
from exposure.store.connection import Row

TOPIC = Change.AUDITS
_COLS = ("id, person_id, lookup, checked_on, official_count, inventory_count, identifier_id,"
         " listed, notes")


def _record(row: Row) -> AuditRecord:
    try:
        listed = tuple(str(x) for x in json.loads(str(row[7])))
    except ValueError:
        listed = ()
    return AuditRecord(
        id=AuditId(int(row[0])),
        person_id=PersonId(int(row[1])),
        lookup=str(row[2]),
        checked_on=dt.date.fromisoformat(str(row[3])),
        official_count=int(row[4]),
        inventory_count=int(row[5]),
        phone_id=IdentifierId(int(row[6])) if row[6] is not None else None,
        listed=listed,
        notes=str(row[8]),
    )


class Audits(Repository):
    def add(self, *, person_id: PersonId, lookup: str, checked_on: dt.date, official_count: int,
            inventory_count: int, phone_id: IdentifierId | None = None,
            listed: Sequence[str] = (), notes: str = "") -> AuditId:
        if not lookup:
            raise InvalidInput("no look-up", field="lookup")
        for value in (official_count, inventory_count):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidInput("count must be 0 or more", field="official_count")
        return AuditId(self._insert(
            TOPIC, "INSERT INTO audits(person_id, lookup, checked_on, official_count,"
            " inventory_count, identifier_id, listed, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (person_id, lookup, checked_on.isoformat(), official_count, inventory_count,
             phone_id, json.dumps(list(listed), ensure_ascii=False), notes),
            NotFound("person or identifier")))

    def get(self, aid: AuditId) -> AuditRecord:
        return _record(self._row("audit", aid, f"SELECT {_COLS} FROM audits WHERE id=?"))

    def all_audits(self, *, person_id: PersonId | None = None,
                   lookup: str | None = None) -> list[AuditRecord]:
        """Newest first (by date, then by the order they were recorded)."""
        clause, params = where_equal(person_id=person_id, lookup=lookup)
        return [_record(r) for r in self._all(
            f"SELECT {_COLS} FROM audits {clause} ORDER BY checked_on DESC, id DESC", params)]

    def delete(self, aid: AuditId) -> None:
        self._write_row(TOPIC, "audit", aid, "DELETE FROM audits WHERE id=?", (aid,))
