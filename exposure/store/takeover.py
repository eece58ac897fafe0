"""Hardening steps recorded as done and the ticked items of a playbook.

Keys are the take-over analysis's (`sim-pin:12`, `card:34` …); they name vault ids, never an
identifier's value. Times come from the caller's clock (timezone-aware datetimes, stored as
ISO 8601 text)."""

from __future__ import annotations

import datetime as dt

from exposure.errors import InvalidInput, NotFound
from exposure.model import Change, PersonId
from exposure.store.base import Repository
from exposure.store.connection import IntegrityError

TOPIC_HARDENING = Change.HARDENING
TOPIC_PLAYBOOK = Change.PLAYBOOK
LOST_PHONE = "lost-phone"


def _key(key: str, what: str) -> str:
    key = (key or "").strip()
    if not key or len(key) > 200:
        raise InvalidInput(f"{what} key is empty or too long", field=what)
    return key


def _stamp(at: dt.datetime) -> str:
    if not isinstance(at, dt.datetime):
        raise InvalidInput("a time is needed", field="at")
    if at.tzinfo is None:
        at = at.astimezone()  # local time as the caller's clock gave it
    return at.replace(microsecond=0).isoformat()


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


class Hardenings(Repository):
    """`vault.hardening`: which hardening steps a person has done, and when."""

    def mark_done(self, person_id: PersonId, step_key: str, at: dt.datetime,
                  note: str = "") -> None:
        """Records the step as done (again: keeps the first time, updates the note)."""
        step_key = _key(step_key, "step")
        try:
            with self._tx() as c:
                c.execute("INSERT INTO hardening_done(person_id, step_key, done_at, note)"
                          " VALUES (?, ?, ?, ?) ON CONFLICT(person_id, step_key)"
                          " DO UPDATE SET note=excluded.note",
                          (person_id, step_key, _stamp(at), note))
        except IntegrityError:
            raise NotFound("person", id=person_id) from None
        self._notify(TOPIC_HARDENING)

    def undo(self, person_id: PersonId, step_key: str) -> bool:
        """Un-records a step; False when it was not recorded."""
        with self._tx() as c:
            cur = c.execute("DELETE FROM hardening_done WHERE person_id=? AND step_key=?",
                            (person_id, step_key))
        if cur.rowcount:
            self._notify(TOPIC_HARDENING)
        return bool(cur.rowcount)

    def done(self, person_id: PersonId) -> dict[str, dt.datetime]:
        """Step key → when it was recorded."""
        return {k: _time(t) for k, t in self._all(
            "SELECT step_key, done_at FROM hardening_done WHERE person_id=? ORDER BY done_at, id",
            (person_id,))}

    def keys(self, person_id: PersonId) -> frozenset[str]:
        return frozenset(r[0] for r in self._all(
            "SELECT step_key FROM hardening_done WHERE person_id=?", (person_id,)))

    def all_keys(self) -> dict[PersonId, frozenset[str]]:
        out: dict[PersonId, set[str]] = {}
        for pid, key in self._all("SELECT person_id, step_key FROM hardening_done"):
            out.setdefault(PersonId(pid), set()).add(key)
        return {p: frozenset(k) for p, k in out.items()}


class Playbooks(Repository):
    """`vault.playbooks`: ticked playbook items, per person and playbook (`lost-phone`)."""

    def tick(self, person_id: PersonId, item_key: str, at: dt.datetime, *,
             playbook: str = LOST_PHONE, note: str = "") -> None:
        item_key = _key(item_key, "item")
        try:
            with self._tx() as c:
                c.execute("INSERT INTO playbook_items(person_id, playbook, item_key, done_at,"
                          " note) VALUES (?, ?, ?, ?, ?) ON CONFLICT(person_id, playbook,"
                          " item_key) DO UPDATE SET done_at=excluded.done_at, note=excluded.note",
                          (person_id, _key(playbook, "playbook"), item_key, _stamp(at), note))
        except IntegrityError:
            raise NotFound("person", id=person_id) from None
        self._notify(TOPIC_PLAYBOOK)

    def untick(self, person_id: PersonId, item_key: str, *, playbook: str = LOST_PHONE) -> bool:
        with self._tx() as c:
            cur = c.execute("DELETE FROM playbook_items WHERE person_id=? AND playbook=?"
                            " AND item_key=?", (person_id, playbook, item_key))
        if cur.rowcount:
            self._notify(TOPIC_PLAYBOOK)
        return bool(cur.rowcount)

    def ticks(self, person_id: PersonId, *, playbook: str = LOST_PHONE
              ) -> dict[str, dt.datetime]:
        """Item key → when it was ticked."""
        return {k: _time(t) for k, t in self._all(
            "SELECT item_key, done_at FROM playbook_items WHERE person_id=? AND playbook=?"
            " AND done_at IS NOT NULL ORDER BY done_at, id", (person_id, playbook))}

    def reset(self, person_id: PersonId, *, playbook: str = LOST_PHONE) -> int:
        """Unticks every item (a new emergency); returns how many were ticked."""
        with self._tx() as c:
            cur = c.execute("DELETE FROM playbook_items WHERE person_id=? AND playbook=?",
                            (person_id, playbook))
        if cur.rowcount:
            self._notify(TOPIC_PLAYBOOK)
        return int(cur.rowcount)
