"""The exposures the cross-check found in the inventory (a registration at a service a breach
touched) and their state: new, seen, handled, dismissed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from exposure.errors import NotFound
from exposure.feeds.model import (
    BreachId,
    Exposure,
    ExposureId,
    ExposureState,
)
from exposure.model import Change, IdentifierId, PersonId, RegistrationId, ServiceId
from exposure.store.base import Repository
from exposure.store.breaches import breach_filter
from exposure.store.feeds import now


class Match(NamedTuple):
    """What the cross-check found: this registration at a service this breach touched (a
    named tuple: the cross-check makes one per pair, 10,000 for a large family)."""

    breach_id: BreachId
    registration_id: RegistrationId
    identifier_ids: tuple[IdentifierId, ...]
    kinds: tuple[str, ...]
    matched_by: str


@dataclass(frozen=True)
class SyncResult:
    new: tuple[ExposureId, ...]
    updated: int
    removed: int
    total: int


_STATES = {s.value: s for s in ExposureState}


class Exposures(Repository):
    def sync(self, matches: Iterable[Match]) -> SyncResult:
        """Make the stored exposures equal `matches`, keeping the state of those that stay."""
        have = {
            (int(b), int(r)): (int(i), ids, kinds, by)
            for i, b, r, ids, kinds, by in self._all(
                "SELECT id, breach_id, registration_id, identifier_ids, kinds, matched_by"
                " FROM exposures")
        }
        stamp = now()
        wanted: set[tuple[int, int]] = set()
        new_rows, changed = [], []
        dumped: dict[tuple[object, ...], str] = {}  # the same few lists, worded once
        for m in matches:
            k = (int(m.breach_id), int(m.registration_id))
            if k in wanted:
                continue
            wanted.add(k)
            ids = dumped.get(m.identifier_ids) or dumped.setdefault(
                m.identifier_ids, json.dumps(list(m.identifier_ids)))
            kinds = dumped.get(m.kinds) or dumped.setdefault(m.kinds, json.dumps(list(m.kinds)))
            old = have.get(k)
            if old is None:
                new_rows.append((k[0], k[1], ids, kinds, m.matched_by, stamp))
            elif old[1:] != (ids, kinds, m.matched_by):
                changed.append((ids, kinds, m.matched_by, old[0]))
        gone = [(v[0],) for k, v in have.items() if k not in wanted]
        with self._tx() as c:
            # the ids SQLite would give, one past the largest, in the order of `matches`: named
            # here rather than read back (10,000 rows of a first cross-check)
            first = int(c.execute("SELECT coalesce(max(id), 0) + 1 FROM exposures").fetchone()[0])
            new_ids = tuple(ExposureId(i) for i in range(first, first + len(new_rows)))
            c.executemany(
                "INSERT INTO exposures(id, breach_id, registration_id, identifier_ids, kinds,"
                " matched_by, state, first_seen) VALUES (?, ?, ?, ?, ?, ?, 'new', ?)",
                [(i, *row) for i, row in zip(new_ids, new_rows, strict=True)])
            c.executemany("UPDATE exposures SET identifier_ids=?, kinds=?, matched_by=?"
                          " WHERE id=?", changed)
            c.executemany("DELETE FROM exposures WHERE id=?", gone)
        if new_rows or changed or gone:
            self._notify(Change.EXPOSURES)
        return SyncResult(new_ids, len(changed), len(gone), len(wanted))

    def all_exposures(self, *, person_id: PersonId | None = None,
                      states: Iterable[ExposureState | str] | None = None,
                      hide_flags: Iterable[str] = (), enabled_only: bool = True) -> list[Exposure]:
        """Exposures newest breach first (then by person and service)."""
        where, params = breach_filter(None, enabled_only, hide_flags)
        clauses = [where[len("WHERE "):]] if where else []
        extra: list[object] = list(params)
        if person_id is not None:
            clauses.append("r.person_id = ?")
            extra.append(person_id)
        if states is not None:
            st = [ExposureState(s).value for s in states]
            clauses.append(f"e.state IN ({', '.join('?' * len(st)) or 'NULL'})")
            extra.extend(st)
        sql = (
            "SELECT e.id, e.breach_id, e.registration_id, r.person_id, r.service_id,"
            " e.identifier_ids, e.kinds, e.matched_by, e.state, e.first_seen, e.state_changed"
            " FROM exposures e JOIN registrations r ON r.id = e.registration_id"
            " JOIN breaches b ON b.id = e.breach_id JOIN feeds f ON f.id = b.feed_id"
            + (" WHERE " + " AND ".join(clauses) if clauses else "")
            + " ORDER BY coalesce(nullif(b.breach_date, ''), b.added_date) DESC, b.id,"
            " r.person_id, r.service_id, e.id"
        )
        return [
            Exposure(ExposureId(r[0]), BreachId(r[1]), RegistrationId(r[2]), PersonId(r[3]),
                     ServiceId(r[4]), tuple(IdentifierId(i) for i in json.loads(r[5])),
                     tuple(json.loads(r[6])), str(r[7]), _STATES[r[8]], str(r[9]), r[10])
            for r in self._all(sql, tuple(extra))
        ]

    def get(self, eid: ExposureId) -> Exposure:
        for e in self.all_exposures(enabled_only=False):
            if e.id == eid:
                return e
        raise NotFound("exposure", id=eid)

    def set_state(self, eid: ExposureId, state: ExposureState | str) -> None:
        state = ExposureState(state)
        self._write_row(Change.EXPOSURES, "exposure", eid,
                        "UPDATE exposures SET state=?, state_changed=? WHERE id=?",
                        (state.value, now(), eid))

    def mark_seen(self) -> int:
        """Every new exposure becomes seen (the user opened the dashboard)."""
        return self._write(Change.EXPOSURES, "UPDATE exposures SET state='seen', state_changed=?"
                           " WHERE state='new'", (now(),))

    def count_new(self) -> int:
        return int(self._one(
            "SELECT count(*) FROM exposures e JOIN breaches b ON b.id = e.breach_id"
            " JOIN feeds f ON f.id = b.feed_id WHERE e.state='new' AND f.enabled=1")[0])
