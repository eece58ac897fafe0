"""Safe download of a whole feed: HTTPS only, certificates checked, timeouts and a total
deadline, a size cap counted while streaming, conditional requests, cancel and progress.

Nothing about the user is sent: no cookies, no identifiers, only the feed's URL, a descriptive
User-Agent and the validators (ETag / Last-Modified) the server gave last time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests

from exposure.errors import FeedFailed

# HIBP asks for a user agent that "accurately describes the nature of the API consumer".
USER_AGENT = "Exposure desktop app (downloads the public breach list whole; matching is local)"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_REDIRECTS = 5

Cancel = Callable[[], bool]  # returns True when the user pressed cancel
Progress = Callable[[int, int | None], None]  # (bytes so far, total if the server said)


@dataclass(frozen=True)
class Limits:
    connect_timeout: float = 6.05
    read_timeout: float = 30.0  # between bytes
    deadline: float = 120.0  # the whole download
    max_bytes: int = 32 * 1024 * 1024  # decoded bytes


@dataclass(frozen=True)
class Fetched:
    unchanged: bool  # 304: the copy we have is current
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


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


def fetch(url: str, *, etag: str = "", last_modified: str = "", limits: Limits | None = None,
          cancel: Cancel | None = None, progress: Progress | None = None) -> Fetched:
    """GET `url` whole, or learn that it did not change. Raises FeedFailed; never partial."""
    limits = limits or Limits()
    started = time.monotonic()
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    with requests.Session() as session:
        session.headers.clear()  # no default Accept-Encoding/Connection surprises beyond ours
        session.headers["Accept-Encoding"] = "gzip, deflate"
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(url)
            _check_cancel(cancel)
            try:
                response = session.get(
                    url, headers=headers, stream=True, verify=True, allow_redirects=False,
                    timeout=(limits.connect_timeout, limits.read_timeout))
            except requests.exceptions.RequestException as exc:
                raise _failure(exc) from None
            with response:
                if response.is_redirect:
                    url = urljoin(url, response.headers.get("Location", ""))
                    continue
                return _read(response, limits, started, cancel, progress)
    raise FeedFailed("too_many_redirects")


def _read(response: requests.Response, limits: Limits, started: float, cancel: Cancel | None,
          progress: Progress | None) -> Fetched:
    status = response.status_code
    if status == 304:
        return Fetched(True, etag=response.headers.get("ETag"),
                       last_modified=response.headers.get("Last-Modified"))
    if status == 429:
        retry = response.headers.get("Retry-After", "")
        raise FeedFailed("rate_limited", retry_after=retry[:20])
    if status != 200:
        raise FeedFailed("http_status", status=status)
    total = _int(response.headers.get("Content-Length"))
    if total is not None and total > limits.max_bytes:
        raise FeedFailed("too_large", max_bytes=limits.max_bytes)
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(chunk_size=8192):
            _check_cancel(cancel)
            if time.monotonic() - started > limits.deadline:
                raise FeedFailed("deadline", seconds=int(limits.deadline))
            size += len(chunk)
            if size > limits.max_bytes:
                raise FeedFailed("too_large", max_bytes=limits.max_bytes)
            chunks.append(chunk)
            if progress:
                progress(size, total)
    except requests.exceptions.RequestException as exc:
        raise _failure(exc) from None
    _check_cancel(cancel)
    return Fetched(False, b"".join(chunks), response.headers.get("ETag"),
                   response.headers.get("Last-Modified"))


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise FeedFailed("cancelled")


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _failure(exc: requests.exceptions.RequestException) -> FeedFailed:
    if isinstance(exc, requests.exceptions.SSLError):
        return FeedFailed("tls")
    if isinstance(exc, requests.exceptions.Timeout) or "timed out" in str(exc).lower():
        return FeedFailed("timeout")
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return FeedFailed("decoding")
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return FeedFailed("incomplete")
    return FeedFailed("network")
