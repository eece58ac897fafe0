"""The family: the people whose identifiers the vault holds."""

from __future__ import annotations

import datetime as dt

from exposure.errors import DuplicatePerson, NotFound
from exposure.model import Change, Person, PersonId
from exposure.store.base import Repository, clean_name
from exposure.store.connection import IntegrityError, Row


class People(Repository):
    def add(self, *, name: str, relation: str = "", notes: str = "") -> PersonId:
        name = clean_name(name)
        return PersonId(self._insert(
            Change.PEOPLE, "INSERT INTO people(name, relation, notes) VALUES (?, ?, ?)",
            (name, relation.strip(), notes), DuplicatePerson("a person with this name exists")))

    def update(self, pid: PersonId, *, name: str, relation: str = "", notes: str = "") -> None:
        name = clean_name(name)
        try:
            with self._tx() as c:
                cur = c.execute(
                    "UPDATE people SET name=?, relation=?, notes=? WHERE id=?",
                    (name, relation.strip(), notes, pid),
                )
        except IntegrityError:
            raise DuplicatePerson("a person with this name exists") from None
        if cur.rowcount == 0:
            raise NotFound("person", id=pid)
        self._notify(Change.PEOPLE)

    def delete(self, pid: PersonId) -> None:
        """Removes the person with their identifiers and registrations (the UI confirms first)."""
        self._write_row(Change.PEOPLE, "person", pid, "DELETE FROM people WHERE id=?", (pid,))

    def get(self, pid: PersonId) -> Person:
        return person_of(self._row("person", pid, f"SELECT {PERSON_COLS} FROM people WHERE id=?"))

    def find(self, name: str) -> Person | None:
        row = self._one(
            f"SELECT {PERSON_COLS} FROM people WHERE name=?", (" ".join(name.split()),)
        )
        return person_of(row) if row else None

    def all_people(self) -> list[Person]:
        return [person_of(r) for r in self._all(f"SELECT {PERSON_COLS} FROM people ORDER BY id")]

    def set_no_smartphone(self, pid: PersonId, no_smartphone: bool) -> None:
        """Record that the person has no smartphone (app steps become counter and hotline steps)."""
        self._write_row(Change.PEOPLE, "person", pid,
                        "UPDATE people SET no_smartphone=? WHERE id=?", (int(no_smartphone), pid))

    def set_deceased(self, pid: PersonId, deceased: bool, died_on: dt.date | None = None) -> None:
        """Record that a person has died (on `died_on`, when known), or take it back."""
        value = (died_on.isoformat() if died_on else "") if deceased else None
        self._write_row(Change.PEOPLE, "person", pid,
                        "UPDATE people SET deceased=? WHERE id=?", (value, pid))

    def counts(self) -> dict[PersonId, tuple[int, int]]:
        """Per person: (identifiers, registrations)."""
        out: dict[PersonId, tuple[int, int]] = {}
        for pid, ids, regs in self._all(
            """SELECT p.id,
                      (SELECT count(*) FROM identifiers i WHERE i.person_id = p.id),
                      (SELECT count(*) FROM registrations r WHERE r.person_id = p.id)
               FROM people p"""
        ):
            out[PersonId(pid)] = (ids, regs)
        return out


PERSON_COLS = "id, name, relation, notes, deceased, no_smartphone"


def person_of(row: Row) -> Person:
    deceased = row[4]
    died = None
    if deceased:
        try:
            died = dt.date.fromisoformat(str(deceased))
        except ValueError:
            died = None
    return Person(PersonId(int(str(row[0]))), str(row[1]), str(row[2]), str(row[3]),
                  deceased is not None, died, bool(row[5]))

