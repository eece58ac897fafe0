"""The rules a feed address, a date and a hand-typed notice must meet before the vault keeps them.

Pure checks with no network and no vault, so the store can apply them (it sits below the feed
use cases: exposure/feeds/sync.py downloads, this module only judges).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from exposure.errors import FeedFailed, InvalidInput
from exposure.feeds.kinds import kinds as known_kinds
from exposure.feeds.model import ManualNotice

# Plain http is allowed only to this computer (the tests' servers).
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD."""
    return bool(_DATE.match(text))


def check_url(url: str) -> None:
    """https to anywhere; plain http only to this computer (the tests' servers)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port
    except ValueError:
        raise FeedFailed("url_refused") from None
    if parts.username or parts.password or not host:
        raise FeedFailed("url_refused")
    if parts.scheme == "https" or (parts.scheme == "http" and host in LOCAL_HOSTS):
        return
    raise FeedFailed("url_refused")


def is_file(location: str) -> bool:
    return location.startswith("file:")


def normalise_location(text: str) -> str:
    """An https (or local http) URL as given, or a path (or `file:` URI) as an absolute
    `file://` URI of a readable file. Raises FeedFailed(`url_refused` / `file_unreadable`)."""
    text = text.strip()
    if not text:
        raise FeedFailed("url_refused")
    scheme = urlsplit(text).scheme.lower() if "://" in text else ""
    if scheme in ("http", "https"):
        check_url(text)
        return text
    if scheme and scheme != "file":
        raise FeedFailed("url_refused")
    path = Path(unquote(urlsplit(text).path)) if scheme == "file" else Path(text).expanduser()
    path = path.resolve()
    if not path.is_file():
        raise FeedFailed("file_unreadable")
    return path.as_uri()


def check_notice(notice: ManualNotice) -> str:
    """The notice's organisation with its spaces tidied; raises InvalidInput (field:
    organisation, kinds, date) when the notice cannot be kept."""
    org = " ".join(notice.organisation.split())
    if not org:
        raise InvalidInput("organisation is empty", field="organisation")
    if not notice.kinds or set(notice.kinds) - known_kinds().keys():
        raise InvalidInput("kinds must be known kinds", field="kinds")
    if notice.date and not check_date(notice.date):
        raise InvalidInput("date must be YYYY, YYYY-MM or YYYY-MM-DD", field="date")
    return org
