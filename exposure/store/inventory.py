"""People, identifiers, services and registrations: the family inventory."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

from exposure import identifiers as idmod
from exposure.errors import (
    DuplicateIdentifier,
    DuplicatePerson,
    DuplicateRegistration,
    InvalidInput,
    NotFound,
)
from exposure.model import (
    Change,
    Identifier,
    IdentifierId,
    IdentifierKind,
    IdentifierStatus,
    InventoryRow,
    Person,
    PersonId,
    Registration,
    RegistrationId,
    RegistrationStatus,
    Role,
    Service,
    ServiceId,
    Usage,
)
from exposure.store.base import Repository
from exposure.store.connection import Connection, IntegrityError, Row


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("name is empty", field="name")
    if len(name) > 200:
        raise InvalidInput("name too long", field="name")
    return name


class People(Repository):
    def add(self, *, name: str, relation: str = "", notes: str = "") -> PersonId:
        name = _clean_name(name)
        return PersonId(self._insert(
            Change.PEOPLE, "INSERT INTO people(name, relation, notes) VALUES (?, ?, ?)",
            (name, relation.strip(), notes), DuplicatePerson("a person with this name exists")))

    def update(self, pid: PersonId, *, name: str, relation: str = "", notes: str = "") -> None:
        name = _clean_name(name)
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
        return _person(self._row("person", pid, f"SELECT {_PERSON_COLS} FROM people WHERE id=?"))

    def find(self, name: str) -> Person | None:
        row = self._one(
            f"SELECT {_PERSON_COLS} FROM people WHERE name=?", (" ".join(name.split()),)
        )
        return _person(row) if row else None

    def all_people(self) -> list[Person]:
        return [_person(r) for r in self._all(f"SELECT {_PERSON_COLS} FROM people ORDER BY id")]

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


_PERSON_COLS = "id, name, relation, notes, deceased, no_smartphone"


def _person(row: Row) -> Person:
    deceased = row[4]
    died = None
    if deceased:
        try:
            died = dt.date.fromisoformat(str(deceased))
        except ValueError:
            died = None
    return Person(PersonId(int(str(row[0]))), str(row[1]), str(row[2]), str(row[3]),
                  deceased is not None, died, bool(row[5]))


_ID_COLS = "id, person_id, kind, value, label, status, notes"


def _identifier(row: Row) -> Identifier:
    return Identifier(
        IdentifierId(row[0]),
        PersonId(row[1]),
        IdentifierKind(row[2]),
        str(row[3]),
        str(row[4]),
        IdentifierStatus(row[5]),
        str(row[6]),
    )


def fresh_id(c: Connection, table: str) -> int:
    """An id never given before in `table` (not even to a row since deleted). Hardening steps
    and playbook items are keyed by identifier and registration ids (`sim-pin:12`); SQLite alone
    would give a deleted newest row's id to the next row, which would inherit those steps."""
    key = f"high_water.{table}"
    row = c.execute(f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0),"
                    " coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key=?), 0))",
                    (key,)).fetchone()
    new = int(row[0]) + 1
    c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(new)))
    return new


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
        return _identifier(self._row("identifier", iid,
                                     f"SELECT {_ID_COLS} FROM identifiers WHERE id=?"))

    def all_identifiers(self, person_id: PersonId | None = None) -> list[Identifier]:
        if person_id is None:
            rows = self._all(f"SELECT {_ID_COLS} FROM identifiers ORDER BY person_id, kind, id")
        else:
            rows = self._all(
                f"SELECT {_ID_COLS} FROM identifiers WHERE person_id=? ORDER BY kind, id",
                (person_id,),
            )
        return [_identifier(r) for r in rows]

    def usage_count(self, iid: IdentifierId) -> int:
        return int(self._one(
            "SELECT count(*) FROM registration_identifiers WHERE identifier_id=?", (iid,))[0])


_SVC_COLS = "id, name, catalog_id, domains, category, notes"


def _service(row: Row) -> Service:
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
        name = _clean_name(name)
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
        name = _clean_name(name)
        doms = sorted({d.strip().lower() for d in domains if d.strip()})
        self._write(Change.SERVICES,
                    "UPDATE services SET name=?, domains=?, category=?, notes=? WHERE id=?",
                    (name, json.dumps(doms), category, notes, sid))

    def get(self, sid: ServiceId) -> Service:
        return _service(self._row("service", sid, f"SELECT {_SVC_COLS} FROM services WHERE id=?"))

    def all_services(self) -> list[Service]:
        return [_service(r) for r in self._all(f"SELECT {_SVC_COLS} FROM services ORDER BY name")]

    def delete_unused(self) -> int:
        return self._write(
            Change.SERVICES,
            "DELETE FROM services WHERE id NOT IN (SELECT service_id FROM registrations)")


_REG_COLS = "id, person_id, service_id, status, since, account_ref, notes, service_name"


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
        uses = _usages(usages)
        with self._tx() as c:
            if not allow_duplicate and self._duplicate(person_id, service_id, uses):
                raise DuplicateRegistration("already recorded")
            try:
                cur = c.execute(
                    f"INSERT INTO registrations({_REG_COLS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (fresh_id(c, "registrations"), person_id, service_id,
                     RegistrationStatus(status).value, since.isoformat() if since else None,
                     account_ref.strip(), notes, _clean_service_name(service_name)),
                )
                rid = RegistrationId(cur.lastrowid)
                self._write_usages(rid, person_id, uses)
            except IntegrityError:
                raise NotFound("person or service") from None
        self._notify(Change.REGISTRATIONS)
        return rid

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

    def _write_usages(self, rid: RegistrationId, pid: PersonId, uses: tuple[Usage, ...]) -> None:
        for use in uses:
            owner = self._one("SELECT person_id FROM identifiers WHERE id=?", (use.identifier_id,))
            if owner is None or owner[0] != pid:
                raise InvalidInput("identifier belongs to another person", field="identifiers")
            self._conn.execute(
                "INSERT OR REPLACE INTO registration_identifiers(registration_id, identifier_id,"
                " role) VALUES (?, ?, ?)",
                (rid, use.identifier_id, Role(use.role).value),
            )

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
                self._write_usages(rid, old.person_id, _usages(usages))
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
        people = {r[0]: _person(r) for r in self._all(f"SELECT {_PERSON_COLS} FROM people")}
        services = {
            r[0]: _service(r) for r in self._all(f"SELECT {_SVC_COLS} FROM services")
        }
        idents = {r[0]: _identifier(r) for r in self._all(f"SELECT {_ID_COLS} FROM identifiers")}
        usages = usages_by_registration(self._conn, person_id)
        where, params = ("WHERE person_id=?", (person_id,)) if person_id is not None else ("", ())
        for row in self._conn.execute(
                f"SELECT {_REG_COLS} FROM registrations {where} ORDER BY id", params):
            uses = tuple(usages.get(row[0], ()))
            yield InventoryRow(
                _registration(row, uses), people[row[1]], services[row[2]],
                tuple(idents[u.identifier_id] for u in uses),
            )


_ROLES = {r.value: r for r in Role}
_REG_STATUS = {s.value: s for s in RegistrationStatus}


def usages_by_registration(conn: Connection, person_id: PersonId | None = None
                           ) -> dict[int, list[Usage]]:
    """Each registration's uses (of one person's registrations, or all), by identifier id, as
    Usage objects shared by every equal use: a family has a few hundred distinct
    identifier-role pairs, not 20,000 (the take-over groups registrations by them)."""
    usages: dict[int, list[Usage]] = defaultdict(list)
    shared: dict[tuple[int, str], Usage] = {}
    mine, params = ((" WHERE registration_id IN (SELECT id FROM registrations"
                     " WHERE person_id=?)", (person_id,)) if person_id is not None
                    else ("", ()))
    for rid, iid, role in conn.execute(
        "SELECT registration_id, identifier_id, role FROM registration_identifiers"
        f"{mine} ORDER BY registration_id, identifier_id", params
    ):
        use = shared.get((iid, role))
        if use is None:
            use = shared[(iid, role)] = Usage(iid, _ROLES[role])
        usages[rid].append(use)
    return usages


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
