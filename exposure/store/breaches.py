"""Each feed's breaches, as the vault keeps them.

A feed's breaches are replaced as a whole inside the caller's transaction (`replace`), so a sync
that fails half-way leaves the last good set. Breaches keep their row id across syncs (upsert on
feed + key), so an exposure and its state (new / seen / handled / dismissed) survive a re-sync.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from exposure.errors import InvalidInput
from exposure.feeds.checks import check_notice
from exposure.feeds.model import (
    FLAGS,
    Breach,
    BreachId,
    ManualNotice,
    Source,
)
from exposure.model import Change
from exposure.store.base import Repository
from exposure.store.connection import Row
from exposure.store.feeds import MANUAL_FEED, Feeds, now

_B_FIELDS = ("key", "title", "organisation", "domains", "catalog_ids", "aliases", "breach_date",
             "added_date", "modified_date", "records", "records_note", "data_classes", "kinds",
             "description", "sources", "verified", "fabricated", "sensitive", "retired",
             "spam_list", "malware", "everyone")
_B_COLS = "id, feed_id, " + ", ".join(_B_FIELDS)
_B_MARKS = ", ".join("?" * (len(_B_FIELDS) + 1))  # feed_id and the fields


def _breach_values(b: Breach) -> tuple[object, ...]:
    return (
        b.key, b.title, b.organisation, json.dumps(list(b.domains)),
        json.dumps(list(b.catalog_ids)), json.dumps(list(b.aliases), ensure_ascii=False),
        b.breach_date, b.added_date, b.modified_date, b.records, b.records_note,
        json.dumps(list(b.data_classes)), json.dumps(list(b.kinds)), b.description,
        json.dumps([[s.url, s.outlet] for s in b.sources], ensure_ascii=False),
        int(b.verified), int(b.fabricated), int(b.sensitive), int(b.retired), int(b.spam_list),
        int(b.malware), json.dumps(list(b.everyone)),
    )


class JsonLists:
    """The JSON lists a batch of rows holds, each distinct text decoded once (most are `[]`, or
    the same data classes and kinds again), by orjson (~8× faster: a breach's domains and
    aliases are its own); by `json` what orjson refuses (a lone surrogate a feed escaped)."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[Any, ...]] = {}

    def __call__(self, text: str) -> tuple[Any, ...]:
        found = self.seen.get(text)
        if found is None:
            try:
                items = orjson.loads(text)
            except orjson.JSONDecodeError:
                items = json.loads(text)
            found = self.seen[text] = tuple(items)
        return found


def _breach(r: Row, j: Callable[[str], Iterable[Any]] = json.loads) -> Breach:
    return Breach(
        id=BreachId(int(r[0])), feed_id=str(r[1]), key=str(r[2]), title=str(r[3]),
        organisation=str(r[4]), domains=tuple(j(str(r[5]))), catalog_ids=tuple(j(str(r[6]))),
        aliases=tuple(j(str(r[7]))), breach_date=str(r[8]), added_date=str(r[9]),
        modified_date=str(r[10]), records=r[11],
        records_note=str(r[12]), data_classes=tuple(j(str(r[13]))), kinds=tuple(j(str(r[14]))),
        description=str(r[15]), sources=tuple(Source(u, o) for u, o in j(str(r[16]))),
        verified=bool(r[17]), fabricated=bool(r[18]), sensitive=bool(r[19]),
        retired=bool(r[20]), spam_list=bool(r[21]), malware=bool(r[22]),
        everyone=tuple(j(str(r[23]))),
    )


@dataclass(frozen=True)
class ReplaceResult:
    added: int
    changed: int
    removed: int


class Breaches(Repository):
    def replace(self, feed_id: str, breaches: Sequence[Breach]) -> ReplaceResult:
        """Make the feed's breaches exactly `breaches` (by key), in one transaction."""
        have = {
            str(k): (int(i), tuple(row))
            for i, k, *row in self._all(
                f"SELECT id, key, {', '.join(_B_FIELDS[1:])} FROM breaches WHERE feed_id=?",
                (feed_id,))
        }
        seen: set[str] = set()
        inserts, updates = [], []
        for b in breaches:
            if b.key in seen:
                continue  # a feed naming one key twice: the first wins, deterministically
            seen.add(b.key)
            values = _breach_values(b)
            old = have.get(b.key)
            if old is None:
                inserts.append((feed_id, *values))
            elif old[1] != values[1:]:
                updates.append((*values[1:], old[0]))
        gone = [(i,) for k, (i, _) in have.items() if k not in seen]
        cols = ", ".join(_B_FIELDS)
        with self._tx() as c:
            c.executemany(
                f"INSERT INTO breaches(feed_id, {cols}) VALUES ({_B_MARKS})", inserts)
            c.executemany(
                f"UPDATE breaches SET {', '.join(f + '=?' for f in _B_FIELDS[1:])} WHERE id=?",
                updates)
            c.executemany("DELETE FROM breaches WHERE id=?", gone)
        if inserts or updates or gone:
            self._notify(Change.BREACHES)
        return ReplaceResult(len(inserts), len(updates), len(gone))

    def all_breaches(self, feed_ids: Iterable[str] | None = None, *, enabled_only: bool = True,
                     hide_flags: Iterable[str] = ()) -> list[Breach]:
        """Breaches newest first. `enabled_only`: only those of feeds that are on."""
        where, params = breach_filter(feed_ids, enabled_only, hide_flags)
        rows = self._all(
            f"SELECT {', '.join('b.' + c.strip() for c in _B_COLS.split(','))} FROM breaches b"
            f" JOIN feeds f ON f.id = b.feed_id {where}"
            " ORDER BY coalesce(nullif(b.breach_date, ''), b.added_date) DESC, b.id", params)
        lists = JsonLists()
        return [_breach(r, lists) for r in rows]

    def get(self, bid: BreachId) -> Breach:
        return _breach(self._row("breach", bid, f"SELECT {_B_COLS} FROM breaches WHERE id=?"))

    def count(self) -> int:
        return int(self._one("SELECT count(*) FROM breaches")[0])

    def add_manual(self, notice: ManualNotice) -> BreachId:
        """A notification the user received, kept as a breach of the manual feed."""
        org = check_notice(notice)
        Feeds(self._conn, self._tx, self._notify)._ensure_defaults()
        n = int(self._one("SELECT coalesce(max(id), 0) + 1 FROM breaches")[0])
        key = f"manual-{n}"
        breach = Breach(
            key=key, title=org, organisation=org, domains=tuple(notice.domains),
            catalog_ids=tuple(notice.catalog_ids), breach_date=notice.date,
            added_date=notice.received or now()[:10], kinds=tuple(dict.fromkeys(notice.kinds)),
            data_classes=tuple(dict.fromkeys(notice.kinds)), description=notice.description,
        )
        with self._tx() as c:
            cur = c.execute(
                f"INSERT INTO breaches(feed_id, {', '.join(_B_FIELDS)})"
                f" VALUES ({_B_MARKS})", (MANUAL_FEED, *_breach_values(breach)))
            bid = BreachId(int(cur.lastrowid))
            c.execute("INSERT INTO manual_notices(breach_id, person_id, channel, received, notes)"
                      " VALUES (?, ?, ?, ?, '')",
                      (bid, notice.person_id, notice.channel, notice.received))
        self._notify(Change.BREACHES)
        return bid


def breach_filter(feed_ids: Iterable[str] | None, enabled_only: bool,
                   hide_flags: Iterable[str]) -> tuple[str, tuple[object, ...]]:
    clauses: list[str] = []
    params: list[object] = []
    if enabled_only:
        clauses.append("f.enabled = 1")
    if feed_ids is not None:
        ids = list(feed_ids)
        clauses.append(f"b.feed_id IN ({', '.join('?' * len(ids)) or 'NULL'})")
        params.extend(ids)
    for flag in hide_flags:
        if flag not in FLAGS:
            raise InvalidInput("unknown flag", field="flag")
        clauses.append("b.verified = 1" if flag == "unverified" else f"b.{flag} = 0")
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)
