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
from exposure.feeds.download import Fetched, Limits


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
