"""Safe download of a whole feed: HTTPS only, certificates checked against the OS trust store,
timeouts and a total deadline that hold whatever the server does, a size cap counted while
streaming, conditional requests, cancel and progress.

The request runs on a worker thread of its own; the caller's thread only waits, checking Cancel
and the deadline every `POLL` seconds. When either fires, the caller shuts the connection's socket
(which wakes a blocked read) and returns at once: a server that drips one byte every few seconds
cannot hold the app, and a thread stuck in name resolution is simply abandoned (it is a daemon).

Nothing about the user is sent: only the feed's URL, a descriptive User-Agent and the validators
(ETag / Last-Modified) the server gave last time. No cookies are kept or sent, the environment is
not read for credentials (`trust_env` is off, so `~/.netrc` never adds an Authorization header);
proxies come from the system settings and are passed explicitly. A redirect may not go from https
to http, nor from a host on the network into this computer or the local network.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import ipaddress
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import requests.adapters
import truststore

from exposure.errors import FeedFailed
from exposure.feeds.checks import LOCAL_HOSTS, check_url

# HIBP asks for a user agent that "accurately describes the nature of the API consumer".
USER_AGENT = "Exposure desktop app (downloads the public breach list whole; matching is local)"
MAX_REDIRECTS = 5
POLL = 0.1  # how often the waiting thread looks at Cancel and the deadline

Cancel = Callable[[], bool]  # returns True when the user pressed cancel
Progress = Callable[[int, int | None], None]  # (bytes so far, total if the server said)


@dataclass(frozen=True)
class Limits:
    connect_timeout: float = 6.05
    read_timeout: float = 30.0  # between bytes
    deadline: float = 120.0  # the whole download, held within POLL whatever the server does
    max_bytes: int = 16 * 1024 * 1024  # decoded bytes; HIBP's whole catalogue is about 1 MB


@dataclass(frozen=True)
class Fetched:
    unchanged: bool  # 304: the copy we have is current
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


def is_local_host(host: str, *, resolve: bool = True) -> bool:
    """This computer or the local network: loopback, private, link-local, unique-local and
    unspecified addresses, `localhost` and `*.local`/`*.localhost` names, and (with `resolve`)
    names that resolve to any such address."""
    host = host.strip("[]").rstrip(".").lower()
    if host in LOCAL_HOSTS or host.endswith((".localhost", ".local")) or not host:
        return True
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        if not resolve:
            return False
        try:
            infos = socket.getaddrinfo(host, None)
        except OSError:
            return False  # cannot resolve: the request itself will fail as a network error
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    return any(a.is_loopback or a.is_private or a.is_link_local or a.is_unspecified
               or a.is_reserved or a.is_multicast for a in addresses)


def check_redirect(origin: str, current: str, target: str) -> None:
    """Refuse a redirect from https to http, or from a feed on the network (`origin`, the URL
    the user subscribed to) into this computer or the local network."""
    check_url(target)
    if urlsplit(current).scheme == "https" and urlsplit(target).scheme != "https":
        raise FeedFailed("redirect_refused", why="downgrade")
    origin_host = urlsplit(origin).hostname or ""
    target_host = urlsplit(target).hostname or ""
    if not is_local_host(origin_host, resolve=False) and is_local_host(target_host):
        raise FeedFailed("redirect_refused", why="local")


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


@cache
def _tls_context() -> ssl.SSLContext:
    """Certificates checked by the operating system's trust store (a company's TLS-inspecting
    proxy whose CA the administrator installed works; no bundled CA list goes stale)."""
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class _TrustStoreAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = _tls_context()
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = _tls_context()
        return super().proxy_manager_for(proxy, **kwargs)


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no ~/.netrc credentials, no REQUESTS_CA_BUNDLE, no env proxies
    session.cookies.set_policy(_NoCookies())
    session.headers.clear()  # no default Accept-Encoding/Connection surprises beyond ours
    session.headers["Accept-Encoding"] = "gzip, deflate"
    session.mount("https://", _TrustStoreAdapter())
    session.mount("http://", requests.adapters.HTTPAdapter())
    return session


def _proxies(url: str) -> dict[str, str]:
    """The system's proxy for `url` (environment, or the OS settings where Python reads them),
    passed explicitly because trust_env is off; none for this computer or a bypassed host."""
    host = urlsplit(url).hostname or ""
    if host in LOCAL_HOSTS or urllib.request.proxy_bypass(host):
        return {}
    scheme = urlsplit(url).scheme
    proxy = urllib.request.getproxies().get(scheme, "")
    return {scheme: proxy} if proxy else {}


class _Job:
    """One download on its own thread. The waiting thread reads `done`, `size`, `total`."""

    def __init__(self, url: str, headers: dict[str, str], limits: Limits) -> None:
        self.url, self.headers, self.limits = url, headers, limits
        self.finished = threading.Event()
        self.aborted = False
        self.size = 0
        self.total: int | None = None
        self.result: Fetched | None = None
        self.error: FeedFailed | None = None
        self._response: requests.Response | None = None
        self._lock = threading.Lock()

    def run(self) -> None:
        try:
            self.result = self._fetch()
        except FeedFailed as exc:
            self.error = exc
        except requests.exceptions.RequestException as exc:
            self.error = _failure(exc)
        except Exception:  # noqa: BLE001 - a socket shut under us, or a library's surprise
            self.error = FeedFailed("network")
        finally:
            self.finished.set()

    def abort(self) -> None:
        """Stop the worker: wake a blocked read by shutting the socket down."""
        with self._lock:
            self.aborted = True
            response = self._response
        if response is None:
            return  # still connecting: the worker sees `aborted` when the response comes
        # Not response.close(): it waits for the buffered reader's lock, which the blocked
        # read holds. shutdown() makes that read return at once.
        for find in (lambda r: r.raw._fp.fp.raw._sock, lambda r: r.raw.connection.sock):
            with contextlib.suppress(Exception):
                find(response).shutdown(socket.SHUT_RDWR)

    def _fetch(self) -> Fetched:
        url = origin = self.url
        limits = self.limits
        with _session() as session:
            for _hop in range(MAX_REDIRECTS + 1):
                check_url(url)
                response = session.get(
                    url, headers=self.headers, stream=True, verify=True, allow_redirects=False,
                    timeout=(limits.connect_timeout, limits.read_timeout),
                    proxies=_proxies(url))
                with self._lock:
                    self._response = response
                    if self.aborted:
                        response.close()
                        raise FeedFailed("cancelled")
                with response:
                    if response.is_redirect:
                        target = urljoin(url, response.headers.get("Location", ""))
                        check_redirect(origin, url, target)
                        url = target
                        continue
                    return self._read(response)
        raise FeedFailed("too_many_redirects")

    def _read(self, response: requests.Response) -> Fetched:
        status = response.status_code
        if status == 304:
            return Fetched(True, etag=response.headers.get("ETag"),
                           last_modified=response.headers.get("Last-Modified"))
        if status == 429:
            retry = response.headers.get("Retry-After", "")
            raise FeedFailed("rate_limited", retry_after=retry[:20])
        if status != 200:
            raise FeedFailed("http_status", status=status)
        self.total = _int(response.headers.get("Content-Length"))
        if self.total is not None and self.total > self.limits.max_bytes:
            raise FeedFailed("too_large", max_bytes=self.limits.max_bytes)
        chunks: list[bytes] = []
        for chunk in response.iter_content(chunk_size=8192):
            if self.aborted:
                raise FeedFailed("cancelled")
            self.size += len(chunk)
            if self.size > self.limits.max_bytes:
                raise FeedFailed("too_large", max_bytes=self.limits.max_bytes)
            chunks.append(chunk)
        return Fetched(False, b"".join(chunks), response.headers.get("ETag"),
                       response.headers.get("Last-Modified"))


def fetch(url: str, *, etag: str = "", last_modified: str = "", limits: Limits | None = None,
          cancel: Cancel | None = None, progress: Progress | None = None) -> Fetched:
    """GET `url` whole, or learn that it did not change. Raises FeedFailed; never partial.
    Returns (or raises "cancelled" / "deadline") within POLL of Cancel or the deadline.
    `cancel` and `progress` are called on the caller's thread only."""
    limits = limits or Limits()
    started = time.monotonic()
    check_url(url)
    _check_cancel(cancel)
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    job = _Job(url, headers, limits)
    threading.Thread(target=job.run, name="feed-download", daemon=True).start()
    reported = 0
    while not job.finished.wait(POLL):
        if cancel is not None and cancel():
            job.abort()
            raise FeedFailed("cancelled")
        if time.monotonic() - started > limits.deadline:
            job.abort()
            raise FeedFailed("deadline", seconds=int(limits.deadline))
        if progress is not None and job.size != reported:
            reported = job.size
            progress(reported, job.total)
    if job.error is not None:
        raise job.error
    assert job.result is not None  # noqa: S101 - run() sets one of the two
    if progress is not None and job.size != reported:
        progress(job.size, job.total)
    _check_cancel(cancel)
    return job.result


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
