"""Hardening steps recorded as done and the ticked items of a playbook.

Keys are the take-over analysis's (`sim-pin:12`, `card:34` …); they name vault ids, never an
identifier's value. Times come from the caller's clock (timezone-aware datetimes, stored as
ISO 8601 text)."""

from __future__ import annotations

import datetime as dt

from exposure.errors import NotFound
from exposure.model import Change, PersonId
from exposure.store.base import Repository, clean_key, read_stamp, stamp

TOPIC_HARDENING = Change.HARDENING
TOPIC_PLAYBOOK = Change.PLAYBOOK
LOST_PHONE = "lost-phone"


class Hardenings(Repository):
    """`vault.hardening`: which hardening steps a person has done, and when."""

    def mark_done(self, person_id: PersonId, step_key: str, at: dt.datetime,
                  note: str = "") -> None:
        """Records the step as done (again: keeps the first time, updates the note)."""
        self._insert(
            TOPIC_HARDENING,
            "INSERT INTO hardening_done(person_id, step_key, done_at, note) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(person_id, step_key) DO UPDATE SET note=excluded.note",
            (person_id, clean_key(step_key, "step"), stamp(at), note),
            NotFound("person", id=person_id))

    def undo(self, person_id: PersonId, step_key: str) -> bool:
        """Un-records a step; False when it was not recorded."""
        return bool(self._write(
            TOPIC_HARDENING, "DELETE FROM hardening_done WHERE person_id=? AND step_key=?",
            (person_id, step_key)))

    def done(self, person_id: PersonId) -> dict[str, dt.datetime]:
        """Step key → when it was recorded."""
        return {k: read_stamp(t) for k, t in self._all(
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
        item_key = clean_key(item_key, "item")
        self._insert(
            TOPIC_PLAYBOOK,
            "INSERT INTO playbook_items(person_id, playbook, item_key, done_at, note)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(person_id, playbook, item_key)"
            " DO UPDATE SET done_at=excluded.done_at, note=excluded.note",
            (person_id, clean_key(playbook, "playbook"), item_key, stamp(at), note),
            NotFound("person", id=person_id))

    def untick(self, person_id: PersonId, item_key: str, *, playbook: str = LOST_PHONE) -> bool:
        return bool(self._write(
            TOPIC_PLAYBOOK, "DELETE FROM playbook_items WHERE person_id=? AND playbook=?"
            " AND item_key=?", (person_id, playbook, item_key)))

    def ticks(self, person_id: PersonId, *, playbook: str = LOST_PHONE
              ) -> dict[str, dt.datetime]:
        """Item key → when it was ticked."""
        return {k: read_stamp(t) for k, t in self._all(
            "SELECT item_key, done_at FROM playbook_items WHERE person_id=? AND playbook=?"
            " AND done_at IS NOT NULL ORDER BY done_at, id", (person_id, playbook))}

    def reset(self, person_id: PersonId, *, playbook: str = LOST_PHONE) -> int:
        """Unticks every item (a new emergency); returns how many were ticked."""
        return self._write(TOPIC_PLAYBOOK,
                           "DELETE FROM playbook_items WHERE person_id=? AND playbook=?",
                           (person_id, playbook))
