"""The breach feeds the user opted into (built-in cases, Have I Been Pwned, URLs, notices
received), with when each last synced and why it last failed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from exposure.errors import InvalidInput, NotFound
from exposure.feeds.checks import normalise_location
from exposure.feeds.model import (
    Feed,
    FeedKind,
)
from exposure.model import Change
from exposure.store.base import Repository
from exposure.store.connection import Row

BUILTIN_FEED, HIBP_FEED, MANUAL_FEED = "builtin", "hibp", "manual"
HIBP_URL = "https://haveibeenpwned.com/api/v3/breaches"


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


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
