"""A person's identifiers: phone numbers, ID numbers, bank cards, e-mails … (checked by
exposure.identifiers before they are stored)."""

from __future__ import annotations

from exposure import identifiers as idmod
from exposure.errors import DuplicateIdentifier, NotFound
from exposure.model import (
    Change,
    Identifier,
    IdentifierId,
    IdentifierKind,
    IdentifierStatus,
    PersonId,
)
from exposure.store.base import Repository, fresh_id
from exposure.store.connection import IntegrityError, Row

ID_COLS = "id, person_id, kind, value, label, status, notes"


def identifier_of(row: Row) -> Identifier:
    return Identifier(
        IdentifierId(row[0]),
        PersonId(row[1]),
        IdentifierKind(row[2]),
        str(row[3]),
        str(row[4]),
        IdentifierStatus(row[5]),
        str(row[6]),
    )



class Identifiers(Repository):
    def add(
        self,
        *,
        person_id: PersonId,
        kind: IdentifierKind | str,
        value: str,
        label: str = "",
        status: IdentifierStatus = IdentifierStatus.ACTIVE,
        notes: str = "",
    ) -> IdentifierId:
        parsed = idmod.parse(kind, value)
        try:
            with self._tx() as c:
                cur = c.execute(
                    "INSERT INTO identifiers(id, person_id, kind, value, label, status, notes)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (fresh_id(c, "identifiers"), person_id, parsed.kind.value, parsed.value,
                     label.strip(), IdentifierStatus(status).value, notes),
                )
        except IntegrityError as exc:
            if "UNIQUE" in str(exc):
                raise DuplicateIdentifier("already recorded for this person",
                                          kind=parsed.kind.value) from None
            raise NotFound("person", id=person_id) from None
        self._notify(Change.IDENTIFIERS)
        return IdentifierId(cur.lastrowid)

    def ensure(self, *, person_id: PersonId, kind: IdentifierKind | str, value: str
               ) -> IdentifierId:
        """The id of this identifier for this person, adding it if it is new."""
        parsed = idmod.parse(kind, value)
        row = self._one(
            "SELECT id FROM identifiers WHERE person_id=? AND kind=? AND value=?",
            (person_id, parsed.kind.value, parsed.value),
        )
        if row:
            return IdentifierId(row[0])
        return self.add(person_id=person_id, kind=parsed.kind, value=parsed.value)

    def update(
        self,
        iid: IdentifierId,
        *,
        value: str | None = None,
        label: str | None = None,
        status: IdentifierStatus | None = None,
        notes: str | None = None,
    ) -> None:
        old = self.get(iid)
        new_value = idmod.parse(old.kind, value).value if value is not None else old.value
        try:
            with self._tx() as c:
                c.execute(
                    "UPDATE identifiers SET value=?, label=?, status=?, notes=? WHERE id=?",
                    (new_value, old.label if label is None else label.strip(),
                     (status or old.status).value, old.notes if notes is None else notes, iid),
                )
        except IntegrityError:
            raise DuplicateIdentifier("already recorded for this person",
                                      kind=old.kind.value) from None
        self._notify(Change.IDENTIFIERS)

    def delete(self, iid: IdentifierId) -> None:
        self._write_row(Change.IDENTIFIERS, "identifier", iid,
                        "DELETE FROM identifiers WHERE id=?", (iid,))

    def get(self, iid: IdentifierId) -> Identifier:
        return identifier_of(self._row("identifier", iid,
                                     f"SELECT {ID_COLS} FROM identifiers WHERE id=?"))

    def all_identifiers(self, person_id: PersonId | None = None) -> list[Identifier]:
        if person_id is None:
            rows = self._all(f"SELECT {ID_COLS} FROM identifiers ORDER BY person_id, kind, id")
        else:
            rows = self._all(
                f"SELECT {ID_COLS} FROM identifiers WHERE person_id=? ORDER BY kind, id",
                (person_id,),
            )
        return [identifier_of(r) for r in rows]

    def usage_count(self, iid: IdentifierId) -> int:
        return int(self._one(
            "SELECT count(*) FROM registration_identifiers WHERE identifier_id=?", (iid,))[0])


