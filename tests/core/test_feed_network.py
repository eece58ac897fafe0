"""What a feed download does on the network, against servers on 127.0.0.1 that this test starts:
the deadline and Cancel hold whatever the server does (a server dripping one byte every 10 s),
no cookie and no ~/.netrc credential is ever sent, redirects cannot downgrade to http or reach
into this computer from a host on the network, certificates are checked (the OS trust store)."""

from __future__ import annotations

import http.server
import json
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from exposure.errors import FeedFailed
from exposure.feeds.download import Limits, check_redirect, fetch, is_local_host
from exposure.feeds.sync import sync
from exposure.vault import Vault
from tests.feed_server import FeedServer, Route, running

DATA = Path(__file__).resolve().parent.parent / "data" / "feeds"
SAMPLE = (DATA / "hibp-sample.json").read_bytes()
FAST = Limits(connect_timeout=2, read_timeout=30, deadline=1, max_bytes=2_000_000)
# How long the server would hold a download without the deadline: 1 byte every 10 s.
DRIP = Route(SAMPLE, drip=10)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running() as s:
        yield s


def test_a_dripping_server_cannot_outlast_the_deadline(server: FeedServer) -> None:
    server.routes["/drip"] = DRIP
    started = time.monotonic()
    with pytest.raises(FeedFailed) as info:
        fetch(server.url("/drip"), limits=FAST)
    took = time.monotonic() - started
    assert info.value.reason == "deadline"
    # the server would take hours; the deadline is 1 s and holds within its +2 s
    assert took < FAST.deadline + 2


def test_cancel_returns_while_the_server_drips(server: FeedServer) -> None:
    server.routes["/drip"] = DRIP
    cancelled = threading.Event()
    threading.Timer(0.3, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(FeedFailed) as info:
        fetch(server.url("/drip"), limits=Limits(deadline=600, read_timeout=60),
              cancel=cancelled.is_set)
    assert info.value.reason == "cancelled"
    assert time.monotonic() - started < 2.3  # pressed at 0.3 s, back within 2 s


def test_sync_records_the_deadline_and_goes_on_to_the_next_feed(vault: Vault,
                                                               server: FeedServer) -> None:
    server.routes["/drip"] = DRIP
    server.routes["/good"] = Route(SAMPLE)
    vault.feeds.set_url("hibp", server.url("/drip"))
    vault.feeds.set_enabled("hibp", True)
    good = vault.feeds.add_url(server.url("/good").replace("/good", "/own"))
    server.routes["/own"] = Route(json.dumps({"format": "exposure-feed", "version": 1,
                                              "breaches": [{"id": "x", "title": "X",
                                                            "data_classes": ["Names"]}]}).encode())
    vault.feeds.set_enabled(good, True)
    report = sync(vault, limits=FAST)
    by_id = {o.feed_id: o for o in report.feeds}
    assert by_id["hibp"].error == "deadline"
    assert vault.feeds.get("hibp").last_error == "deadline"
    assert by_id[good].status == "updated"


def test_no_cookie_and_no_netrc_credentials_are_sent(server: FeedServer, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login someone password NETRC-SECRET\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HOME", str(tmp_path))
    server.routes["/start"] = Route(status=302, headers={"Location": "/feed",
                                                         "Set-Cookie": "sess=SECRET123; Path=/"})
    server.routes["/feed"] = Route(SAMPLE, headers={"Set-Cookie": "again=SECRET456"})
    assert fetch(server.url("/start"), limits=FAST).body == SAMPLE
    assert fetch(server.url("/feed"), limits=FAST).body == SAMPLE
    assert len(server.requests) == 3
    for req in server.requests:
        names = {k.lower() for k in req.headers}
        assert "cookie" not in names and "authorization" not in names, req.headers


@pytest.mark.parametrize("target", ["http://127.0.0.1/feed", "http://localhost/x",
                                    "https://127.0.0.1/feed", "https://localhost:8443/x",
                                    "https://[::1]/x", "https://192.168.1.1/admin",
                                    "https://10.0.0.5/", "https://169.254.169.254/latest",
                                    "https://router.local/", "https://0.0.0.0/"])
def test_a_remote_feed_cannot_redirect_into_this_computer_or_the_lan(target: str) -> None:
    origin = "https://feeds.example.org/feed.json"
    with pytest.raises(FeedFailed) as info:
        check_redirect(origin, origin, target)
    assert info.value.reason in ("redirect_refused", "url_refused")


def test_https_never_redirects_to_http() -> None:
    with pytest.raises(FeedFailed) as info:
        check_redirect("https://127.0.0.1/a", "https://127.0.0.1/a", "http://127.0.0.1/b")
    assert info.value.params.get("why") == "downgrade"


def test_allowed_redirects() -> None:
    check_redirect("https://feeds.example.org/f", "https://feeds.example.org/f",
                   "https://93.184.215.14/feed.json")  # another public host
    check_redirect("http://127.0.0.1:1/a", "http://127.0.0.1:1/a", "http://127.0.0.1:1/b")
    assert not is_local_host("93.184.215.14")
    assert is_local_host("127.0.0.2") and is_local_host("fe80::1") and is_local_host("fc00::1")


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[str]:
    """An https server on 127.0.0.1 with a self-signed certificate no trust store holds."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", str(len(SAMPLE)))
            self.end_headers()
            self.wfile.write(SAMPLE)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}/feed"
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert hits == []  # the handshake failed before any request was made


def test_an_untrusted_certificate_is_refused(tls_server: str) -> None:
    with pytest.raises(FeedFailed) as info:
        fetch(tls_server, limits=Limits(connect_timeout=2, read_timeout=2, deadline=5))
    assert info.value.reason == "tls"


def _own(*breaches: dict[str, object]) -> bytes:
    return json.dumps({"format": "exposure-feed", "version": 1,
                       "breaches": list(breaches)}).encode()


@pytest.mark.parametrize("records", ["1e30", "1000000000000000000000000000000", "-1"])
def test_a_feed_with_absurd_numbers_fails_alone_and_the_next_syncs(
        vault: Vault, server: FeedServer, records: str) -> None:
    bad = _own({"id": "x", "title": "X", "data_classes": ["Names"]}).replace(
        b'"data_classes"', b'"records": ' + records.encode() + b', "data_classes"')
    server.routes["/bad"] = Route(bad)
    server.routes["/good"] = Route(_own({"id": "y", "title": "Y", "data_classes": ["Names"],
                                         "records": 20000}))
    bad_id = vault.feeds.add_url(server.url("/bad"))
    good_id = vault.feeds.add_url(server.url("/good"))
    report = sync(vault, [bad_id, good_id], limits=FAST)
    by_id = {o.feed_id: o for o in report.feeds}
    assert by_id[bad_id].status == "failed" and by_id[bad_id].error == "schema"
    assert vault.feeds.get(bad_id).last_error == "schema"
    assert by_id[good_id].status == "updated"
    assert [b.records for b in vault.breaches.all_breaches([good_id])] == [20000]


def test_a_write_that_fails_is_that_feeds_recorded_error(vault: Vault, server: FeedServer,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever slips past the schema and breaks the write, the next feed still syncs."""
    from exposure.store import breaches

    server.routes["/a"] = Route(_own({"id": "x", "title": "X", "data_classes": ["Names"]}))
    server.routes["/b"] = Route(_own({"id": "y", "title": "Y", "data_classes": ["Names"]}))
    a, b = vault.feeds.add_url(server.url("/a")), vault.feeds.add_url(server.url("/b"))
    real = breaches.Breaches.replace

    def replace(self, feed_id, items):  # type: ignore[no-untyped-def]
        if feed_id == a:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return real(self, feed_id, items)

    monkeypatch.setattr(breaches.Breaches, "replace", replace)
    report = sync(vault, [a, b], limits=FAST)
    assert [o.status for o in report.feeds] == ["failed", "updated"]
    assert vault.feeds.get(a).last_error == "store"
    assert vault.breaches.all_breaches([a], enabled_only=False) == []
