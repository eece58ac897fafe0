"""Feeds, their breaches and the exposures found in the inventory, as the vault keeps them.

A feed's breaches are replaced as a whole inside the caller's transaction (`replace`), so a sync
that fails half-way leaves the last good set. Breaches keep their row id across syncs (upsert on
feed + key), so an exposure and its state (new / seen / handled / dismissed) survive a re-sync.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson

from exposure.errors import InvalidInput, NotFound
from exposure.feeds.checks import check_notice, normalise_location
from exposure.feeds.model import (
    FLAGS,
    Breach,
    BreachId,
    Exposure,
    ExposureId,
    ExposureState,
    Feed,
    FeedKind,
    ManualNotice,
    Source,
)
from exposure.model import Change, IdentifierId, PersonId, RegistrationId, ServiceId
from exposure.store.base import Repository
from exposure.store.connection import Row

BUILTIN_FEED, HIBP_FEED, MANUAL_FEED = "builtin", "hibp", "manual"
HIBP_URL = "https://haveibeenpwned.com/api/v3/breaches"


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


# --- feeds ---------------------------------------------------------------------------------------
_FEED_COLS = ("id, kind, url, title, enabled, etag, last_modified, last_attempt, last_success,"
              " last_error, last_error_params")

_DEFAULT_FEEDS = (
    (BUILTIN_FEED, FeedKind.BUILTIN, "", "Built-in: public Chinese cases"),
    (HIBP_FEED, FeedKind.HIBP, HIBP_URL, "Have I Been Pwned breach catalogue"),
    (MANUAL_FEED, FeedKind.MANUAL, "", "Notifications I received"),
)


class Feeds(Repository):
    """Subscriptions. The three standard feeds exist from the start, off (manual is always on)."""

    def _ensure_defaults(self) -> None:
        if self._one("SELECT count(*) FROM feeds WHERE id IN (?, ?, ?)",
                     (BUILTIN_FEED, HIBP_FEED, MANUAL_FEED))[0] == 3:
            return
        with self._tx() as c:
            for fid, kind, url, title in _DEFAULT_FEEDS:
                c.execute(
                    "INSERT OR IGNORE INTO feeds(id, kind, url, title, enabled, added)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (fid, kind.value, url, title, int(kind is FeedKind.MANUAL), now()))

    def all_feeds(self) -> list[Feed]:
        self._ensure_defaults()
        with self._tx.read():
            counts = dict(self._all("SELECT feed_id, count(*) FROM breaches GROUP BY feed_id"))
            rows = self._all(f"SELECT {_FEED_COLS} FROM feeds ORDER BY added, id")
        order = {BUILTIN_FEED: 0, HIBP_FEED: 1, MANUAL_FEED: 3}
        feeds = [_feed(r, counts.get(r[0], 0)) for r in rows]
        return sorted(feeds, key=lambda f: order.get(f.id, 2))

    def get(self, feed_id: str) -> Feed:
        self._ensure_defaults()
        with self._tx.read():
            row = self._one(f"SELECT {_FEED_COLS} FROM feeds WHERE id=?", (feed_id,))
            if row is None:
                raise NotFound("feed", id=feed_id)
            count = self._one("SELECT count(*) FROM breaches WHERE feed_id=?", (feed_id,))[0]
        return _feed(row, count)

    def add_url(self, url: str, title: str = "") -> str:
        """Subscribe to a feed (the app's own format or HIBP's) at an https address or in a
        local file (a path or `file:` URI). Returns its id; the feed starts enabled."""
        url = normalise_location(url)
        fid = "url-" + hashlib.sha256(url.encode()).hexdigest()[:10]
        self._write(Change.FEEDS,
                    "INSERT OR IGNORE INTO feeds(id, kind, url, title, enabled, added)"
                    " VALUES (?, ?, ?, ?, 1, ?)",
                    (fid, FeedKind.URL.value, url, title.strip(), now()))
        return fid

    def set_url(self, feed_id: str, url: str) -> None:
        """Point a feed elsewhere: a mirror or a saved file of HIBP or of the built-in feed, a
        moved community feed; "" puts a built-in feed back on its default. Validators reset."""
        kind = self.get(feed_id).kind
        if kind is FeedKind.MANUAL:
            raise InvalidInput("this feed has no address", field="url")
        if not url.strip():
            if kind is FeedKind.URL:
                raise InvalidInput("an added feed needs an address", field="url")
            url = HIBP_URL if kind is FeedKind.HIBP else ""
        else:
            url = normalise_location(url)
        self._write(Change.FEEDS, "UPDATE feeds SET url=?, etag='', last_modified='' WHERE id=?",
                    (url, feed_id))

    def set_enabled(self, feed_id: str, enabled: bool) -> None:
        self.get(feed_id)
        self._write(Change.FEEDS, "UPDATE feeds SET enabled=? WHERE id=?", (int(enabled), feed_id))

    def remove(self, feed_id: str) -> None:
        """Forget a URL feed with its breaches and exposures (the standard feeds stay)."""
        if self.get(feed_id).kind is not FeedKind.URL:
            raise InvalidInput("only added feeds can be removed", field="feed")
        self._write(Change.FEEDS, "DELETE FROM feeds WHERE id=?", (feed_id,))

    def record_attempt(self, feed_id: str) -> None:
        with self._tx() as c:
            c.execute("UPDATE feeds SET last_attempt=? WHERE id=?", (now(), feed_id))

    def record_success(self, feed_id: str, *, etag: str | None = None,
                       last_modified: str | None = None) -> None:
        """A good sync (or a 304): clears the error; keeps validators not given."""
        with self._tx() as c:
            c.execute(
                "UPDATE feeds SET last_success=?, last_error='', last_error_params='{}',"
                " etag=coalesce(?, etag), last_modified=coalesce(?, last_modified) WHERE id=?",
                (now(), etag, last_modified, feed_id))

    def record_error(self, feed_id: str, code: str, params: dict[str, object]) -> None:
        """What went wrong, as a code the UI words (never a URL query or an identifier)."""
        safe = {k: v for k, v in params.items() if isinstance(v, int | str) and k != "url"}
        self._write(Change.FEEDS, "UPDATE feeds SET last_error=?, last_error_params=? WHERE id=?",
                    (code, json.dumps(safe), feed_id))


def _feed(r: Row, count: int) -> Feed:
    return Feed(
        id=str(r[0]), kind=FeedKind(r[1]), url=str(r[2]), title=str(r[3]), enabled=bool(r[4]),
        etag=str(r[5]), last_modified=str(r[6]), last_attempt=r[7],
        last_success=r[8], last_error=str(r[9]),
        last_error_params=json.loads(str(r[10]) or "{}"), breach_count=int(count),
    )


# --- breaches ------------------------------------------------------------------------------------
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
        where, params = _breach_filter(feed_ids, enabled_only, hide_flags)
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


def _breach_filter(feed_ids: Iterable[str] | None, enabled_only: bool,
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


# --- exposures -----------------------------------------------------------------------------------
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
        where, params = _breach_filter(None, enabled_only, hide_flags)
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
