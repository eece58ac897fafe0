"""Where a feed comes from: an https address, or a file on this computer.

A file is how a workshop or an air-gapped machine uses a feed: HIBP's breach list (or any feed)
saved once and copied over. It is stored as a `file://` URI and read whole with the same size
cap as a download; its "ETag" is a hash of the bytes, so an unchanged file syncs as unchanged.
Nothing is sent anywhere for a file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import unquote, urlsplit

from exposure.errors import FeedFailed
from exposure.feeds.download import Fetched, Limits, check_url


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


def read_file(location: str, *, etag: str = "", limits: Limits | None = None) -> Fetched:
    """The file's bytes (or "unchanged" when its hash equals `etag`)."""
    limits = limits or Limits()
    path = Path(unquote(urlsplit(location).path))
    try:
        if path.stat().st_size > limits.max_bytes:
            raise FeedFailed("too_large", max_bytes=limits.max_bytes)
        body = path.read_bytes()
    except OSError:
        raise FeedFailed("file_unreadable") from None
    digest = '"sha256-' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if etag and etag == digest:
        return Fetched(True, etag=digest)
    return Fetched(False, body, etag=digest)
