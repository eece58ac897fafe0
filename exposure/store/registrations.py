"""Registrations: which person is registered where, with which identifiers in which role;
and the inventory's rows (a registration joined with its person, service and identifiers)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter
from typing import NamedTuple

from exposure.errors import DuplicateRegistration, InvalidInput, NotFound
from exposure.model import (
    Change,
    IdentifierId,
    InventoryRow,
    PersonId,
    Registration,
    RegistrationId,
    RegistrationStatus,
    Role,
    ServiceId,
    Usage,
)
from exposure.store.base import Repository, fresh_ids
from exposure.store.connection import Connection, IntegrityError, Row
from exposure.store.identifiers import ID_COLS, identifier_of
from exposure.store.people import PERSON_COLS, person_of
from exposure.store.services import SVC_COLS, service_of

_REG_COLS = "id, person_id, service_id, status, since, account_ref, notes, service_name"


class NewRegistration(NamedTuple):
    """A registration to add (`Registrations.add_many`; `add` takes the same as arguments)."""

    person_id: PersonId
    service_id: ServiceId
    usages: Iterable[Usage | IdentifierId] = ()
    status: RegistrationStatus = RegistrationStatus.ACTIVE
    since: dt.date | None = None
    account_ref: str = ""
    notes: str = ""
    service_name: str = ""


class Registrations(Repository):
    def add(
        self,
        *,
        person_id: PersonId,
        service_id: ServiceId,
        usages: Iterable[Usage | IdentifierId] = (),
        status: RegistrationStatus = RegistrationStatus.ACTIVE,
        since: dt.date | None = None,
        account_ref: str = "",
        notes: str = "",
        allow_duplicate: bool = False,
        service_name: str = "",
    ) -> RegistrationId:
        new = NewRegistration(person_id, service_id, tuple(usages), status, since, account_ref,
                              notes, service_name)
        with self._tx() as c:  # the check and the write see one state
            if not allow_duplicate and self._duplicate(person_id, service_id,
                                                       _usages(new.usages)):
                raise DuplicateRegistration("already recorded")
            (rid,) = self._write_new(c, [new])
        self._notify(Change.REGISTRATIONS)  # once written: a page may read it at once
        return rid

    def add_many(self, items: Sequence[NewRegistration]) -> list[RegistrationId]:
        """Adds the registrations, all or none, and returns their ids in order. No duplicate
        check (`add` without `allow_duplicate` makes one; the importer makes its own): ids are
        reserved in one step, every use's identifier is checked in one query (it must be the
        registration's person's), the rows are written in two statements."""
        if not items:
            return []
        with self._tx() as c:
            rids = self._write_new(c, items)
        self._notify(Change.REGISTRATIONS)
        return rids

    def _write_new(self, c: Connection, items: Sequence[NewRegistration]) -> list[RegistrationId]:
        """Writes the registrations inside the caller's transaction (no notice)."""
        prepared = [(item, _usages(item.usages)) for item in items]
        rids = fresh_ids(c, "registrations", len(prepared))
        rows = [(rid, item.person_id, item.service_id, RegistrationStatus(item.status).value,
                 item.since.isoformat() if item.since else None, item.account_ref.strip(),
                 item.notes, _clean_service_name(item.service_name))
                for rid, (item, _uses) in zip(rids, prepared, strict=True)]
        try:
            c.executemany(f"INSERT INTO registrations({_REG_COLS})"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self._write_usages(c, [(rid, item.person_id, uses)
                                   for rid, (item, uses) in zip(rids, prepared, strict=True)])
        except IntegrityError:
            raise NotFound("person or service") from None
        return [RegistrationId(r) for r in rids]

    def _duplicate(self, pid: PersonId, sid: ServiceId, uses: tuple[Usage, ...]) -> bool:
        wanted = {u.identifier_id for u in uses}
        for (rid,) in self._all(
            "SELECT id FROM registrations WHERE person_id=? AND service_id=?", (pid, sid)
        ):
            have = {r[0] for r in self._all(
                "SELECT identifier_id FROM registration_identifiers WHERE registration_id=?",
                (rid,))}
            if have == wanted:
                return True
        return False

    @staticmethod
    def _write_usages(c: Connection, regs: list[tuple[int, PersonId, tuple[Usage, ...]]]
                      ) -> None:
        """Writes each registration's uses (registration id, its person, uses), once every
        identifier is found to be that person's (one query for all)."""
        wanted = sorted({u.identifier_id for _rid, _pid, uses in regs for u in uses})
        if not wanted:
            return
        owners = dict(c.execute("SELECT id, person_id FROM identifiers WHERE id IN"
                                " (SELECT value FROM json_each(?))", (json.dumps(wanted),)))
        links = []
        for rid, pid, uses in regs:
            for use in uses:
                if owners.get(use.identifier_id) != pid:
                    raise InvalidInput("identifier belongs to another person",
                                       field="identifiers")
                links.append((rid, use.identifier_id, Role(use.role).value))
        c.executemany("INSERT OR REPLACE INTO registration_identifiers(registration_id,"
                      " identifier_id, role) VALUES (?, ?, ?)", links)

    def update(
        self,
        rid: RegistrationId,
        *,
        service_id: ServiceId | None = None,
        usages: Iterable[Usage | IdentifierId] | None = None,
        status: RegistrationStatus | None = None,
        since: dt.date | bool | None = False,
        account_ref: str | None = None,
        notes: str | None = None,
        service_name: str | None = None,
    ) -> None:
        old = self.get(rid)
        new_since = old.since if since is False else since
        with self._tx() as c:
            c.execute(
                "UPDATE registrations SET service_id=?, status=?, since=?, account_ref=?, notes=?,"
                " service_name=? WHERE id=?",
                (service_id or old.service_id, (status or old.status).value,
                 new_since.isoformat() if isinstance(new_since, dt.date) else None,
                 old.account_ref if account_ref is None else account_ref.strip(),
                 old.notes if notes is None else notes,
                 old.service_name if service_name is None else _clean_service_name(service_name),
                 rid),
            )
            if usages is not None:
                c.execute("DELETE FROM registration_identifiers WHERE registration_id=?", (rid,))
                self._write_usages(c, [(rid, old.person_id, _usages(usages))])
        self._notify(Change.REGISTRATIONS)

    def delete(self, rid: RegistrationId) -> None:
        self._write_row(Change.REGISTRATIONS, "registration", rid,
                        "DELETE FROM registrations WHERE id=?", (rid,))

    def get(self, rid: RegistrationId) -> Registration:
        with self._tx.read():
            return self._get(rid)

    def _get(self, rid: RegistrationId) -> Registration:
        row = self._one(f"SELECT {_REG_COLS} FROM registrations WHERE id=?", (rid,))
        if row is None:
            raise NotFound("registration", id=rid)
        uses = self._all(
            "SELECT identifier_id, role FROM registration_identifiers WHERE registration_id=?"
            " ORDER BY identifier_id", (rid,))
        return _registration(row, tuple(Usage(IdentifierId(i), Role(r)) for i, r in uses))

    def all_registrations(self, person_id: PersonId | None = None) -> list[Registration]:
        return [row.registration for row in self.rows(person_id)]

    def count(self) -> int:
        return int(self._one("SELECT count(*) FROM registrations")[0])

    def rows(self, person_id: PersonId | None = None) -> list[InventoryRow]:
        """The whole inventory joined in five queries that see one state of the vault (a read
        transaction: another process may write between them)."""
        with self._tx.read():
            return list(self._iter_rows(person_id))

    def iter_rows(self, person_id: PersonId | None = None) -> Iterator[InventoryRow]:
        """The same rows one at a time, as the cursor reads them, in one read transaction held
        until the iteration ends: a dump of 10,000 registrations starts writing at once and
        keeps one row in memory. Do not write to the vault before the iteration has ended."""
        with self._tx.read():
            yield from self._iter_rows(person_id)

    def _iter_rows(self, person_id: PersonId | None) -> Iterator[InventoryRow]:
        people = {r[0]: person_of(r) for r in self._all(f"SELECT {PERSON_COLS} FROM people")}
        services = {
            r[0]: service_of(r) for r in self._all(f"SELECT {SVC_COLS} FROM services")
        }
        idents = {r[0]: identifier_of(r) for r in self._all(f"SELECT {ID_COLS} FROM identifiers")}
        usages = usages_by_registration(self._conn, person_id)
        where, params = ("WHERE person_id=?", (person_id,)) if person_id is not None else ("", ())
        for row in self._conn.execute(
                f"SELECT {_REG_COLS} FROM registrations {where} ORDER BY id", params):
            uses = usages.get(row[0], ())
            yield InventoryRow(
                _registration(row, uses), people[row[1]], services[row[2]],
                tuple(idents[u.identifier_id] for u in uses),
            )


_ROLES = {r.value: r for r in Role}  # a stored role → the Role
_REG_STATUS = {s.value: s for s in RegistrationStatus}


def usages_by_registration(conn: Connection, person_id: PersonId | None = None
                           ) -> dict[int, tuple[Usage, ...]]:
    """Each registration's uses (of one person's registrations, or all), by identifier id.

    SQLite writes a registration's uses as one string ("7 login,9 bound_card"); registrations
    that use the same identifiers the same way share one tuple, made once per distinct string,
    of Usage objects shared by every equal use: a family has a few hundred such patterns, not
    10,000 (the take-over classifies each pattern once, `takeover/uses.py`)."""
    one = person_id is not None
    patterns: dict[str, tuple[Usage, ...]] = {}
    shared: dict[str, Usage] = {}
    out: dict[int, tuple[Usage, ...]] = {}
    for rid, pattern in conn.execute(
            "SELECT registration_id, group_concat(identifier_id || ' ' || role, ',')"
            " FROM registration_identifiers"
            + (" WHERE registration_id IN (SELECT id FROM registrations WHERE person_id=?)"
               if one else "")
            + " GROUP BY registration_id", (person_id,) if one else ()):
        uses = patterns.get(pattern)
        if uses is None:
            uses = patterns[pattern] = _pattern_uses(pattern, shared)
        out[rid] = uses
    return out


def _pattern_uses(pattern: str, shared: dict[str, Usage]) -> tuple[Usage, ...]:
    """ "7 login,9 bound_card" → its Usage objects by identifier id, each shared by every
    equal use."""
    out = [shared.get(part) or _use(part, shared) for part in pattern.split(",")]
    if len(out) > 1:
        out.sort(key=_BY_IDENTIFIER)
    return tuple(out)


def _use(part: str, shared: dict[str, Usage]) -> Usage:
    iid, role = part.split(" ")
    use = shared[part] = Usage(IdentifierId(int(iid)), _ROLES[role])
    return use


_BY_IDENTIFIER = attrgetter("identifier_id")


def _usages(items: Iterable[Usage | IdentifierId]) -> tuple[Usage, ...]:
    out: dict[int, Usage] = {}
    for item in items:
        use = item if isinstance(item, Usage) else Usage(IdentifierId(int(item)))
        out[use.identifier_id] = use
    return tuple(out.values())


def _registration(row: Row, uses: tuple[Usage, ...]) -> Registration:
    return Registration(
        RegistrationId(row[0]),
        PersonId(row[1]),
        ServiceId(row[2]),
        uses,
        _REG_STATUS[row[3]],
        dt.date.fromisoformat(str(row[4])) if row[4] else None,
        str(row[5]),
        str(row[6]),
        str(row[7] or ""),
    )


def _clean_service_name(name: str) -> str:
    """One line, at most 200 characters (a name, not notes)."""
    return " ".join(name.split())[:200]
