"""Steps taken about a leak, per person and breach (issue 18). A breach is named by its feed and
key (`builtin/smart-parking-nanjing-2023`), which stay the same when a feed is synced again and
in another copy of the vault; step keys are `kind:<id>` or `service:<id>` (exposure/feeds/steps.py).
Times come from the caller's clock."""

from __future__ import annotations

import datetime as dt

from exposure.errors import NotFound
from exposure.feeds.model import Breach
from exposure.model import Change, PersonId
from exposure.store.base import Repository, clean_key, read_stamp, stamp

TOPIC = Change.EXPOSURES


def breach_ref(breach: Breach) -> str:
    return f"{breach.feed_id}/{breach.key}"


class LeakSteps(Repository):
    """`vault.leak_steps`."""

    def mark(self, person_id: PersonId, ref: str, step_key: str, at: dt.datetime) -> None:
        """Records the step as done (again: keeps the first time)."""
        ref, step_key = clean_key(ref, "breach"), clean_key(step_key, "step")
        self._insert(
            TOPIC, "INSERT OR IGNORE INTO leak_steps(person_id, breach_ref, step_key, done_at)"
            " VALUES (?, ?, ?, ?)", (person_id, ref, step_key, stamp(at)),
            NotFound("person", id=person_id))

    def unmark(self, person_id: PersonId, ref: str, step_key: str) -> bool:
        return bool(self._write(
            TOPIC, "DELETE FROM leak_steps WHERE person_id=? AND breach_ref=? AND step_key=?",
            (person_id, ref, step_key)))

    def done(self, person_id: PersonId, ref: str) -> dict[str, dt.datetime]:
        """Step key → when it was done."""
        return {k: read_stamp(t) for k, t in self._all(
            "SELECT step_key, done_at FROM leak_steps WHERE person_id=? AND breach_ref=?"
            " ORDER BY done_at, id", (person_id, ref))}

    def all_done_at(self) -> dict[tuple[PersonId, str], dict[str, dt.datetime]]:
        """(person, breach ref) → step key → when: one read for a whole page."""
        out: dict[tuple[PersonId, str], dict[str, dt.datetime]] = {}
        for pid, ref, key, at in self._all(
                "SELECT person_id, breach_ref, step_key, done_at FROM leak_steps"):
            out.setdefault((PersonId(pid), str(ref)), {})[str(key)] = read_stamp(at)
        return out
