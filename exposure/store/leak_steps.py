"""Steps taken about a leak, per person and breach (issue 18). A breach is named by its feed and
key (`builtin/smart-parking-nanjing-2023`), which stay the same when a feed is synced again and
in another copy of the vault; step keys are `kind:<id>` or `service:<id>` (exposure/feeds/steps.py).
Times come from the caller's clock."""

from __future__ import annotations

import datetime as dt

from exposure.errors import NotFound
from exposure.feeds.model import Breach
from exposure.model import PersonId
from exposure.store.base import Repository
from exposure.store.connection import IntegrityError
from exposure.store.takeover import _key, _stamp, _time

TOPIC = "exposures"


def breach_ref(breach: Breach) -> str:
    return f"{breach.feed_id}/{breach.key}"


class LeakSteps(Repository):
    """`vault.leak_steps`."""

    def mark(self, person_id: PersonId, ref: str, step_key: str, at: dt.datetime) -> None:
        """Records the step as done (again: keeps the first time)."""
        ref, step_key = _key(ref, "breach"), _key(step_key, "step")
        try:
            with self._tx() as c:
                c.execute("INSERT OR IGNORE INTO leak_steps(person_id, breach_ref, step_key,"
                          " done_at) VALUES (?, ?, ?, ?)", (person_id, ref, step_key, _stamp(at)))
        except IntegrityError:
            raise NotFound("person", id=person_id) from None
        self._notify(TOPIC)

    def unmark(self, person_id: PersonId, ref: str, step_key: str) -> bool:
        with self._tx() as c:
            cur = c.execute("DELETE FROM leak_steps WHERE person_id=? AND breach_ref=? AND"
                            " step_key=?", (person_id, ref, step_key))
        if cur.rowcount:
            self._notify(TOPIC)
        return bool(cur.rowcount)

    def done(self, person_id: PersonId, ref: str) -> dict[str, dt.datetime]:
        """Step key → when it was done."""
        return {k: _time(t) for k, t in self._all(
            "SELECT step_key, done_at FROM leak_steps WHERE person_id=? AND breach_ref=?"
            " ORDER BY done_at, id", (person_id, ref))}

    def all_done_at(self) -> dict[tuple[PersonId, str], dict[str, dt.datetime]]:
        """(person, breach ref) → step key → when: one read for a whole page."""
        out: dict[tuple[PersonId, str], dict[str, dt.datetime]] = {}
        for pid, ref, key, at in self._all(
                "SELECT person_id, breach_ref, step_key, done_at FROM leak_steps"):
            out.setdefault((PersonId(pid), str(ref)), {})[str(key)] = _time(at)
        return out
