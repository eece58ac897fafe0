"""Bringing subscribed feeds up to date, then cross-checking the inventory.

Each feed is fetched and parsed completely before anything is written; the write (breaches,
validators, status) is one transaction. A failure is recorded on the feed as a code and the
breaches of its last good sync stay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from exposure import crosscheck
from exposure.errors import ExposureError, FeedFailed, FeedRejected
from exposure.feeds import builtin, formats
from exposure.feeds.checks import is_file
from exposure.feeds.download import Cancel, Fetched, Limits, Progress, fetch
from exposure.feeds.location import read_file
from exposure.feeds.model import ExposureId, Feed, FeedKind
from exposure.model import Change
from exposure.store.connection import DatabaseError
from exposure.vault import Vault


class Fetcher(Protocol):
    """What brings a feed's bytes (download.fetch; a test passes its own)."""

    def __call__(self, url: str, *, etag: str = "", last_modified: str = "",
                 limits: Limits | None = None, cancel: Cancel | None = None,
                 progress: Progress | None = None) -> Fetched: ...


@dataclass(frozen=True)
class FeedOutcome:
    feed_id: str
    status: str  # updated, unchanged, failed, skipped (off or manual)
    added: int = 0
    changed: int = 0
    removed: int = 0
    error: str = ""  # the error's reason, e.g. timeout, too_large, schema
    error_params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SyncReport:
    feeds: tuple[FeedOutcome, ...]
    new_exposures: tuple[ExposureId, ...] = ()

    @property
    def failed(self) -> tuple[FeedOutcome, ...]:
        return tuple(f for f in self.feeds if f.status == "failed")


@dataclass(frozen=True)
class Downloaded:
    """A feed fetched and parsed (or why not), ready to be written on the vault's thread."""

    feed_id: str
    unchanged: bool = False
    document: formats.FeedDocument | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str = ""
    error_params: dict[str, object] = field(default_factory=dict)
    skipped: bool = False  # off, or the manual feed: nothing to fetch
    cancelled: bool = False  # the sync was cancelled before this feed was fetched


def download_feed(feed: Feed, *, limits: Limits | None = None, cancel: Cancel | None = None,
                  progress: Progress | None = None, fetcher: Fetcher = fetch) -> Downloaded:
    """Network and parsing only: touches no vault, so it may run on a worker thread."""
    if not feed.enabled or feed.kind is FeedKind.MANUAL:
        return Downloaded(feed.id, skipped=True)
    try:
        if feed.kind is FeedKind.BUILTIN and not feed.url:
            fetched = Fetched(False, builtin.BUILTIN_FILE.read_bytes())
        elif is_file(feed.url):
            fetched = read_file(feed.url, etag=feed.etag, limits=limits)
        else:
            fetched = fetcher(feed.url, etag=feed.etag, last_modified=feed.last_modified,
                              limits=limits, cancel=cancel, progress=progress)
        if fetched.unchanged:
            return Downloaded(feed.id, True, None, fetched.etag, fetched.last_modified)
        document = formats.parse_any(fetched.body)  # HIBP's list or the app's own format
        if cancel is not None and cancel():
            raise FeedFailed("cancelled")
    except (FeedFailed, FeedRejected) as exc:
        params = {k: v for k, v in exc.params.items() if k != "reason"}
        return Downloaded(feed.id, error=exc.reason, error_params=params)
    except OSError:
        return Downloaded(feed.id, error="unreadable")
    return Downloaded(feed.id, False, document, fetched.etag or "", fetched.last_modified or "")


def apply_download(vault: Vault, got: Downloaded) -> FeedOutcome:
    """Write what download_feed brought: breaches and status in one transaction, or the error."""
    fid = got.feed_id
    if got.skipped:
        return FeedOutcome(fid, "skipped")
    if got.cancelled:
        return FeedOutcome(fid, "failed", error="cancelled")
    vault.feeds.record_attempt(fid)
    if got.error:
        vault.feeds.record_error(fid, got.error, got.error_params)
        return FeedOutcome(fid, "failed", error=got.error, error_params=got.error_params)
    if got.unchanged or got.document is None:
        vault.feeds.record_success(fid, etag=got.etag, last_modified=got.last_modified)
        return FeedOutcome(fid, "unchanged")
    try:
        with vault.operation(Change.BREACHES):
            result = vault.breaches.replace(fid, got.document.breaches)
            vault.feeds.record_success(fid, etag=got.etag, last_modified=got.last_modified)
    except (ExposureError, ArithmeticError, ValueError, TypeError, DatabaseError):
        # Rolled back: this feed keeps its last good copy and says why; the others go on.
        vault.feeds.record_error(fid, "store", {})
        return FeedOutcome(fid, "failed", error="store")
    status = "updated" if (result.added or result.changed or result.removed) else "unchanged"
    return FeedOutcome(fid, status, result.added, result.changed, result.removed)


def sync_feed(vault: Vault, feed_id: str, *, limits: Limits | None = None,
              cancel: Cancel | None = None, progress: Progress | None = None,
              fetcher: Fetcher = fetch) -> FeedOutcome:
    """One feed. Does not cross-check (sync() does, once, after all feeds)."""
    feed = vault.feeds.get(feed_id)
    return apply_download(vault, download_feed(feed, limits=limits, cancel=cancel,
                                               progress=progress, fetcher=fetcher))


# --- a whole sync in three steps: plan (vault), download (network, any thread), apply (vault) ---
@dataclass(frozen=True)
class SyncPlan:
    """The feeds a sync fetches, read from the vault, and the asked-for ids that do not exist."""

    feeds: tuple[Feed, ...]
    unknown: tuple[tuple[str, str], ...] = ()  # (feed id, error code)


def plan_sync(vault: Vault, feed_ids: Iterable[str] | None = None) -> SyncPlan:
    """Every feed (or those named; an unknown id is reported, not raised)."""
    if feed_ids is None:
        return SyncPlan(tuple(vault.feeds.all_feeds()))
    feeds, unknown = [], []
    for fid in feed_ids:
        try:
            feeds.append(vault.feeds.get(fid))
        except ExposureError as exc:
            unknown.append((fid, exc.code))
    return SyncPlan(tuple(feeds), tuple(unknown))


def download_all(plan: SyncPlan, *, limits: Limits | None = None, cancel: Cancel | None = None,
                 progress: Callable[[str, int, int | None], None] | None = None,
                 fetcher: Fetcher = fetch) -> tuple[Downloaded, ...]:
    """Network and parsing for every planned feed, in order; touches no vault (a worker
    thread may run it). After `cancel`, the feeds not yet fetched come back cancelled."""
    out = []
    for feed in plan.feeds:
        if cancel is not None and cancel():
            out.append(Downloaded(feed.id, cancelled=True))
            continue
        hook: Progress | None = None
        if progress is not None:
            def hook(done: int, total: int | None, _fid: str = feed.id) -> None:
                progress(_fid, done, total)
        out.append(download_feed(feed, limits=limits, cancel=cancel, progress=hook,
                                 fetcher=fetcher))
    return tuple(out)


def apply_sync(vault: Vault, plan: SyncPlan, downloads: Iterable[Downloaded], *,
               catalog: crosscheck.CatalogChoice = None) -> SyncReport:
    """Write every download (each feed in its own transaction), then one cross-check."""
    outcomes = [apply_download(vault, got) for got in downloads]
    outcomes += [FeedOutcome(fid, "failed", error=code) for fid, code in plan.unknown]
    result = crosscheck.refresh(vault, catalog=catalog)
    return SyncReport(tuple(outcomes), result.new)


def sync(vault: Vault, feed_ids: Iterable[str] | None = None, *, limits: Limits | None = None,
         cancel: Cancel | None = None, progress: Callable[[str, int, int | None], None] | None
         = None, fetcher: Fetcher = fetch, catalog: crosscheck.CatalogChoice = None,
         ) -> SyncReport:
    """Every enabled feed (or those named), then one cross-check of the whole inventory: the
    three steps above on one thread (the CLI; the GUI downloads on a worker)."""
    plan = plan_sync(vault, feed_ids)
    downloads = download_all(plan, limits=limits, cancel=cancel, progress=progress,
                             fetcher=fetcher)
    return apply_sync(vault, plan, downloads, catalog=catalog)
