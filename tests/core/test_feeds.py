"""Breach feeds: opt-in, safe download against a recording 127.0.0.1 server, parsing, mapping."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest

from exposure import identifiers as idmod
from exposure.errors import FeedFailed, FeedRejected, InvalidInput
from exposure.feeds import formats, kinds
from exposure.feeds.builtin import BUILTIN_FILE, load_builtin
from exposure.feeds.download import USER_AGENT, Limits, check_url, fetch
from exposure.feeds.formats import parse_feed, parse_hibp
from exposure.feeds.model import ManualNotice
from exposure.feeds.sync import (
    Downloaded,
    apply_sync,
    download_all,
    plan_sync,
    sync,
    sync_feed,
)
from exposure.feeds.validate import validate
from exposure.model import IdentifierKind
from exposure.paths import RESOURCES
from exposure.vault import Vault
from tests.feed_server import FeedServer, Route, running
from tests.shared_data import SHARED

DATA = Path(__file__).resolve().parent.parent / "data" / "feeds"
SNAPSHOT = SHARED / "data" / "hibp-breaches-snapshot.json"
SAMPLE = (DATA / "hibp-sample.json").read_bytes()
FAST = Limits(connect_timeout=2, read_timeout=0.5, deadline=3, max_bytes=2_000_000)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running() as s:
        yield s


def _feed(breaches: list[dict[str, object]]) -> bytes:
    return json.dumps({"format": "exposure-feed", "version": 1, "title": "test",
                       "breaches": breaches}, ensure_ascii=False).encode()


def _entry(n: int, **extra: object) -> dict[str, object]:
    return {"id": f"b{n}", "title": f"Breach {n}", "domains": [f"site{n}.example.com"],
            "breach_date": "2020-01-02", "data_classes": ["Email addresses"], **extra}


def _hibp_on(vault: Vault, server: FeedServer, body: bytes = SAMPLE, etag: str = '"v1"') -> None:
    server.routes["/breaches"] = Route(body, etag=etag)
    vault.feeds.set_url("hibp", server.url("/breaches"))
    vault.feeds.set_enabled("hibp", True)


def _keys(vault: Vault, feed: str) -> set[str]:
    return {b.key for b in vault.breaches.all_breaches([feed], enabled_only=False)}


# --- opt-in --------------------------------------------------------------------------------------
def test_nothing_is_downloaded_until_a_feed_is_enabled(demo_vault: Vault, server: FeedServer):
    server.routes["/breaches"] = Route(SAMPLE)
    demo_vault.feeds.set_url("hibp", server.url("/breaches"))
    report = sync(demo_vault, fetcher=lambda *a, **k: pytest.fail("fetched"))
    assert server.requests == []
    assert {f.status for f in report.feeds} == {"skipped"}
    assert demo_vault.breaches.count() == 0
    assert all(not f.enabled for f in demo_vault.feeds.all_feeds() if f.id != "manual")


def test_builtin_feed_works_offline_and_matches_the_demo_family(demo_vault: Vault):
    demo_vault.feeds.set_enabled("builtin", True)
    report = sync(demo_vault, fetcher=lambda *a, **k: pytest.fail("network"))
    assert report.feeds[0].status == "updated"
    assert demo_vault.feeds.get("builtin").breach_count == len(load_builtin().breaches)
    assert report.new_exposures, "the demo family is registered at 12306, 华住会, smart parking"
    assert demo_vault.feeds.get("builtin").last_success


def test_a_sync_is_plan_then_download_off_the_vault_then_apply(demo_vault: Vault):
    """The GUI's way: the download step runs on another thread and never touches the vault."""
    demo_vault.feeds.set_enabled("builtin", True)
    plan = plan_sync(demo_vault, ["builtin", "no-such-feed"])
    got: list[tuple[Downloaded, ...]] = []
    worker = threading.Thread(target=lambda: got.append(download_all(
        plan, fetcher=lambda *a, **k: pytest.fail("network"))))
    worker.start()
    worker.join()
    assert demo_vault.feeds.get("builtin").last_attempt is None  # nothing written yet
    report = apply_sync(demo_vault, plan, got[0])
    assert [(o.feed_id, o.status) for o in report.feeds] == [
        ("builtin", "updated"), ("no-such-feed", "failed")]
    assert report.new_exposures and demo_vault.feeds.get("builtin").last_success
    cancelled = download_all(plan_sync(demo_vault, ["builtin"]), cancel=lambda: True)
    assert apply_sync(demo_vault, plan_sync(demo_vault, ["builtin"]), cancelled).feeds[0].error \
        == "cancelled"


# --- the privacy promise -------------------------------------------------------------------------
def _forms(kind: IdentifierKind, value: str) -> set[str]:
    forms = {value, idmod.mask(kind, value), idmod.display(kind, value)}
    if kind is IdentifierKind.PHONE:
        number = phonenumbers.parse(value, None)
        national = str(number.national_number)
        forms |= {national, value.lstrip("+"), f"{number.country_code}{national}",
                  phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)}
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) >= 6:
        forms.add(digits)
    if kind is IdentifierKind.EMAIL:
        forms |= {value.split("@")[0], value.upper()}
    hashed = set()
    for form in forms:
        for algo in ("md5", "sha1", "sha256"):
            h = hashlib.new(algo, form.encode()).hexdigest()
            hashed |= {h, h.upper(), h[:5], h[:5].upper()}  # prefixes: k-anonymity style look-ups
    return {f for f in forms | hashed if len(f) >= 4}


def test_sync_sends_no_identifier_in_any_form(demo_vault: Vault, server: FeedServer):
    _hibp_on(demo_vault, server)
    server.routes["/own"] = Route(_feed([_entry(1)]), etag='"o1"')
    demo_vault.feeds.add_url(server.url("/own"))
    demo_vault.feeds.set_enabled("builtin", True)
    sync(demo_vault, limits=FAST)
    sync(demo_vault, limits=FAST)  # the conditional re-sync sends validators too
    assert len(server.requests) == 4
    sent = "\n".join(
        f"{r.method} {r.path}\n" + "\n".join(f"{k}: {v}" for k, v in r.headers.items())
        + "\n" + r.body.decode("latin-1") for r in server.requests)
    secrets = set()
    for ident in demo_vault.identifiers.all_identifiers():
        secrets |= _forms(ident.kind, ident.value)
    for person in demo_vault.people.all_people():
        secrets.add(person.name)
    assert len(secrets) > 100
    leaked = sorted(s for s in secrets if s.lower() in sent.lower())
    assert leaked == []
    assert all(r.headers["User-Agent"] == USER_AGENT for r in server.requests)
    assert all("Cookie" not in r.headers and "Authorization" not in r.headers
               and "hibp-api-key" not in {k.lower() for k in r.headers}
               for r in server.requests)
    assert {r.path for r in server.requests} == {"/breaches", "/own"}


# --- conditional requests ------------------------------------------------------------------------
def test_unchanged_feed_costs_one_small_request(demo_vault: Vault, server: FeedServer):
    _hibp_on(demo_vault, server)
    first = sync_feed(demo_vault, "hibp", limits=FAST)
    assert first.status == "updated" and first.added == 14
    before = demo_vault.breaches.all_breaches(["hibp"])
    server.requests.clear()
    again = sync_feed(demo_vault, "hibp", limits=FAST)
    assert again.status == "unchanged"
    assert len(server.requests) == 1
    assert server.requests[0].headers["If-None-Match"] == '"v1"'
    assert demo_vault.breaches.all_breaches(["hibp"]) == before


def test_last_modified_is_sent_back(vault: Vault, server: FeedServer):
    stamp = "Wed, 21 Oct 2015 07:28:00 GMT"
    server.routes["/own"] = Route(_feed([_entry(1)]), last_modified=stamp)
    fid = vault.feeds.add_url(server.url("/own"))
    assert sync_feed(vault, fid, limits=FAST).status == "updated"
    sync_feed(vault, fid, limits=FAST)
    assert server.requests[-1].headers["If-Modified-Since"] == stamp


# --- failures change nothing ---------------------------------------------------------------------
def _good_then(vault: Vault, server: FeedServer, bad: Route, limits: Limits = FAST) -> tuple:
    _hibp_on(vault, server)
    assert sync_feed(vault, "hibp", limits=limits).status == "updated"
    good = vault.breaches.all_breaches(["hibp"])
    success = vault.feeds.get("hibp").last_success
    server.routes["/breaches"] = bad
    outcome = sync_feed(vault, "hibp", limits=limits)
    assert outcome.status == "failed"
    assert vault.breaches.all_breaches(["hibp"]) == good, "previous breaches intact"
    feed = vault.feeds.get("hibp")
    assert feed.last_success == success
    assert feed.last_error == outcome.error
    return outcome.error, feed


@pytest.mark.parametrize("content_length", [True, False])
def test_oversized_body_is_refused(vault: Vault, server: FeedServer, content_length: bool):
    big = b"[" + b" " * 3_000_000 + b"]"
    error, feed = _good_then(vault, server, Route(big, content_length=content_length))
    assert error == "too_large"
    assert feed.last_error_params == {"max_bytes": FAST.max_bytes}


def test_stall_past_read_timeout_fails_cleanly(vault: Vault, server: FeedServer):
    error, _ = _good_then(vault, server, Route(SAMPLE, stall_after=100, stall_seconds=2))
    assert error == "timeout"


def test_trickling_server_hits_the_total_deadline(vault: Vault, server: FeedServer):
    limits = Limits(connect_timeout=2, read_timeout=1, deadline=0.6, max_bytes=2_000_000)
    error, _ = _good_then(vault, server, Route(SAMPLE[:4000], trickle=0.02), limits)
    assert error == "deadline"


def test_malformed_json_is_rejected(vault: Vault, server: FeedServer):
    error, _ = _good_then(vault, server, Route(SAMPLE[:-40]))
    assert error == "malformed_json"


def test_wrong_field_types_are_rejected_with_a_path(vault: Vault, server: FeedServer):
    data = json.loads(SAMPLE)
    data[3]["PwnCount"] = "many"
    error, feed = _good_then(vault, server, Route(json.dumps(data).encode()))
    assert error == "schema"
    assert feed.last_error_params["path"] == "$[3].PwnCount"


@pytest.mark.parametrize(("status", "reason"), [(500, "http_status"), (429, "rate_limited"),
                                                (404, "http_status")])
def test_http_errors_are_recorded(vault: Vault, server: FeedServer, status: int, reason: str):
    error, _ = _good_then(vault, server, Route(b"oops", status=status))
    assert error == reason


def test_not_utf8_is_rejected(vault: Vault, server: FeedServer):
    error, _ = _good_then(vault, server, Route("[]".encode("utf-16")))
    assert error == "encoding"


def test_an_added_feed_may_be_in_hibps_format(vault: Vault, server: FeedServer):
    server.routes["/mirror"] = Route(SAMPLE)  # HIBP's own list at an added address
    fid = vault.feeds.add_url(server.url("/mirror"))
    outcome = sync_feed(vault, fid, limits=FAST)
    assert outcome.status == "updated"
    assert {"JD", "JDGroup"} <= _keys(vault, fid)


def test_a_document_in_neither_format_is_rejected(vault: Vault, server: FeedServer):
    server.routes["/own"] = Route(b'{"breaches": 3}')
    fid = vault.feeds.add_url(server.url("/own"))
    outcome = sync_feed(vault, fid, limits=FAST)
    assert (outcome.status, outcome.error) == ("failed", "schema")
    assert vault.feeds.get(fid).breach_count == 0


def test_a_saved_hibp_file_is_a_feed_offline(vault: Vault, tmp_path: Path):
    path = tmp_path / "hibp-breaches.json"
    path.write_bytes(SAMPLE)
    fid = vault.feeds.add_url(str(path))
    assert vault.feeds.get(fid).url == path.as_uri()
    first = sync_feed(vault, fid, fetcher=lambda *a, **k: pytest.fail("network"))
    assert first.status == "updated" and "JD" in _keys(vault, fid)
    again = sync_feed(vault, fid, fetcher=lambda *a, **k: pytest.fail("network"))
    assert again.status == "unchanged"
    path.unlink()
    gone = sync_feed(vault, fid)
    assert (gone.status, gone.error) == ("failed", "file_unreadable")
    assert "JD" in _keys(vault, fid)  # the last good copy stays
    with pytest.raises(FeedFailed) as info:
        vault.feeds.add_url(str(tmp_path / "missing.json"))
    assert info.value.reason == "file_unreadable"


def test_builtin_feeds_can_point_at_a_mirror_or_a_file(vault: Vault, tmp_path: Path,
                                                       server: FeedServer):
    own = tmp_path / "workshop.json"
    own.write_bytes(_feed([_entry(1), _entry(2)]))
    vault.feeds.set_url("builtin", str(own))
    vault.feeds.set_enabled("builtin", True)
    assert sync_feed(vault, "builtin").status == "updated"
    assert _keys(vault, "builtin") == {"b1", "b2"}
    vault.feeds.set_url("builtin", "")  # back to the shipped file
    assert vault.feeds.get("builtin").url == ""
    sync_feed(vault, "builtin")
    assert len(_keys(vault, "builtin")) == len(load_builtin().breaches)
    hibp_copy = tmp_path / "breaches.json"
    hibp_copy.write_bytes(SAMPLE)
    vault.feeds.set_url("hibp", hibp_copy.as_uri())
    vault.feeds.set_enabled("hibp", True)
    assert sync_feed(vault, "hibp", fetcher=lambda *a, **k: pytest.fail("network")).added
    vault.feeds.set_url("hibp", "")
    assert vault.feeds.get("hibp").url == "https://haveibeenpwned.com/api/v3/breaches"
    with pytest.raises(InvalidInput):
        vault.feeds.set_url("manual", str(own))


def test_cancel_while_streaming_changes_nothing(vault: Vault, server: FeedServer):
    _hibp_on(vault, server)
    sync_feed(vault, "hibp", limits=FAST)
    good = vault.breaches.all_breaches(["hibp"])
    server.routes["/breaches"] = Route(json.dumps(json.loads(SNAPSHOT.read_bytes())).encode(),
                                       trickle=0.002)
    seen: list[int] = []
    outcome = sync_feed(vault, "hibp", limits=FAST, progress=lambda done, total: seen.append(done),
                        cancel=lambda: len(seen) >= 2)
    assert outcome.error == "cancelled"
    assert vault.breaches.all_breaches(["hibp"]) == good
    assert seen == sorted(seen) and seen[0] > 0


def test_progress_reports_bytes_up_to_the_whole(vault: Vault, server: FeedServer):
    _hibp_on(vault, server)
    seen: list[tuple[int, int | None]] = []
    sync_feed(vault, "hibp", limits=FAST, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(SAMPLE), len(SAMPLE))


# --- URLs ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://example.com/feed.json", "ftp://example.com/f",
                                 "file:///etc/passwd", "https://user:pw@example.com/f",
                                 "https:///nohost", "javascript:alert(1)"])
def test_unsafe_urls_are_refused(vault: Vault, url: str):
    with pytest.raises(FeedFailed) as info:
        check_url(url)
    assert info.value.reason == "url_refused"
    if not url.startswith("file:"):  # a file the user names is a feed file (read locally)
        with pytest.raises(FeedFailed):
            vault.feeds.add_url(url)


def test_https_and_local_http_are_allowed():
    check_url("https://haveibeenpwned.com/api/v3/breaches")
    check_url("http://127.0.0.1:8080/feed.json")
    check_url("http://localhost/feed.json")


def test_redirect_to_plain_http_is_refused(server: FeedServer):
    server.routes["/moved"] = Route(status=302, headers={"Location": "http://example.invalid/x"})
    with pytest.raises(FeedFailed) as info:
        fetch(server.url("/moved"), limits=FAST)
    assert info.value.reason == "url_refused"
    assert len(server.requests) == 1


def test_redirect_within_local_server_is_followed(server: FeedServer):
    server.routes["/moved"] = Route(status=301, headers={"Location": "/breaches"})
    server.routes["/breaches"] = Route(SAMPLE)
    assert fetch(server.url("/moved"), limits=FAST).body == SAMPLE


def test_unreachable_server_is_a_network_error(vault: Vault):
    with running() as s:
        url = s.url("/x")
    with pytest.raises(FeedFailed) as info:
        fetch(url, limits=FAST)
    assert info.value.reason in ("network", "timeout")


# --- untrusted text ------------------------------------------------------------------------------
def test_html_and_script_in_titles_and_descriptions_stay_inert_text(vault: Vault,
                                                                    server: FeedServer):
    nasty = '<script>alert("x")</script><b>Bold</b><img src="http://tracker.invalid/p.png">'
    server.routes["/own"] = Route(_feed([_entry(1, title=nasty, description=nasty)]))
    fid = vault.feeds.add_url(server.url("/own"))
    sync_feed(vault, fid, limits=FAST)
    (breach,) = vault.breaches.all_breaches([fid])
    assert breach.title == nasty and breach.description == nasty  # kept verbatim, as text
    hibp = json.loads(SAMPLE)
    hibp[0]["Title"] = nasty
    hibp[0]["Description"] = "Leak <script>steal()</script>at <a href='https://ok.example/a'>x</a>"
    doc = parse_hibp(json.dumps(hibp).encode())
    assert doc.breaches[0].title == nasty
    assert doc.breaches[0].description == "Leak at x"  # HIBP's HTML becomes its readable text
    assert doc.breaches[0].sources[0].url == "https://ok.example/a"


# --- size ----------------------------------------------------------------------------------------
def test_a_5000_breach_feed_syncs_whole(vault: Vault, server: FeedServer):
    body = _feed([_entry(n) for n in range(5000)])
    server.routes["/own"] = Route(body, etag='"big"')
    fid = vault.feeds.add_url(server.url("/own"))
    outcome = sync_feed(vault, fid, limits=Limits(max_bytes=10_000_000))
    assert (outcome.status, outcome.added) == ("updated", 5000)
    assert vault.feeds.get(fid).breach_count == 5000
    server.routes["/own"] = Route(_feed([_entry(n) for n in range(1, 5000)]), etag='"big2"')
    outcome = sync_feed(vault, fid, limits=Limits(max_bytes=10_000_000))
    assert (outcome.added, outcome.removed, outcome.changed) == (0, 1, 0)
    assert "b0" not in _keys(vault, fid)


# --- labels --------------------------------------------------------------------------------------
def test_unverified_and_other_labelled_breaches_are_kept(vault: Vault, server: FeedServer):
    _hibp_on(vault, server)
    sync_feed(vault, "hibp", limits=FAST)
    stored = {b.key: b for b in vault.breaches.all_breaches(["hibp"])}
    assert len(stored) == 14
    assert "unverified" in stored["126"].flags
    labels = {f for b in stored.values() for f in b.flags}
    assert labels == {"unverified", "fabricated", "sensitive", "retired", "spam_list", "malware"}
    shown = {b.key for b in vault.breaches.all_breaches(["hibp"], hide_flags=["unverified",
                                                                       "fabricated"])}
    assert "126" not in shown and "JD" in shown
    assert not any(stored[k].fabricated for k in shown)


# --- formats and the mapping ---------------------------------------------------------------------
def test_the_real_hibp_snapshot_parses_as_a_feed():
    doc = parse_hibp(SNAPSHOT.read_bytes())
    assert len(doc.breaches) == 834
    jd = next(b for b in doc.breaches if b.key == "JD")
    assert jd.domains == ("jd.com",) and "phone" in jd.kinds and jd.records == 77449341
    assert sum(1 for b in doc.breaches if not b.verified) == 41
    assert all("<" not in b.description or "<" in b.description.replace("<", "", 0)
               for b in doc.breaches)


def test_mapping_covers_every_hibp_data_class_in_the_snapshot():
    classes = {c for b in json.loads(SNAPSHOT.read_bytes()) for c in b["DataClasses"]}
    assert len(classes) == 141
    unmapped = sorted(c for c in classes if not kinds.is_mapped(c))
    assert unmapped == []


def test_mapping_names_only_known_kinds_and_covers_the_builtin_feed():
    data = json.loads(kinds.DATA_CLASSES_FILE.read_text("utf-8"))
    validate(data, json.loads((RESOURCES / "feeds" / "data-classes.schema.json").read_text()))
    known = set(data["kinds"])
    assert {k.value for k in IdentifierKind} <= known
    assert all(set(v) <= known for v in data["classes"].values())
    builtin_classes = {c for b in load_builtin().breaches for c in b.data_classes}
    assert [c for c in builtin_classes if not kinds.is_mapped(c)] == []
    assert kinds.kinds_for(["Phone numbers", "Government issued IDs"]) == ("phone", "id_number")
    assert kinds.kinds_for(["Something new"]) == ("other",)


def test_builtin_feed_follows_its_schema_and_cites_a_source_for_each_case():
    data = json.loads(BUILTIN_FILE.read_text("utf-8"))
    validate(data, formats.schema("feed"))
    doc = load_builtin()
    assert len(doc.breaches) >= 10
    for b in doc.breaches:
        assert b.sources and all(s.url or s.outlet for s in b.sources), b.key
        assert b.breach_date and b.kinds, b.key
    # every case that names an organisation can be matched (the 2019 face-photo sales name none)
    assert [b.key for b in doc.breaches if not (b.catalog_ids or b.aliases)] == ["face-photos-2019"]
    huazhu = next(b for b in doc.breaches if b.key == "huazhu-2018")
    assert huazhu.records_note == "seller_claimed" and huazhu.catalog_ids == ("huazhu",)
    kaola = next(b for b in doc.breaches if b.key.startswith("kaola"))
    assert {"id_photo", "id_number", "name"} <= set(kaola.kinds)
    parking = [b for b in doc.breaches if "smart-parking" in b.catalog_ids]
    assert len(parking) == 2 and all("plate" in b.kinds for b in parking)


def test_own_format_rejects_bad_dates_and_ids():
    with pytest.raises(FeedRejected) as info:
        parse_feed(_feed([_entry(1, breach_date="2020-13-01")]))
    assert info.value.params["path"] == "$.breaches[0].breach_date"
    with pytest.raises(FeedRejected):
        parse_feed(_feed([{**_entry(1), "id": "../x"}]))
    with pytest.raises(FeedRejected):
        parse_feed(b'{"format": "something-else", "version": 1, "breaches": []}')
    with pytest.raises(FeedRejected):
        parse_feed(b"[" * 100000)


def test_own_format_normalises_domains():
    doc = parse_feed(_feed([_entry(1, domains=["WWW.Shop.Example.COM"])]))
    assert doc.breaches[0].domains == ("shop.example.com",)


# --- manual notices ------------------------------------------------------------------------------
def test_a_notification_entered_by_hand_becomes_an_exposure(demo_vault: Vault):
    from exposure import crosscheck

    bid = demo_vault.breaches.add_manual(ManualNotice(
        organisation="淘宝", date="2024-05", kinds=("phone", "address"), channel="sms"))
    result = crosscheck.refresh(demo_vault)
    assert len(result.new) == 1
    view = crosscheck.exposure_views(demo_vault)[0]
    assert view.breach.id == bid and view.service.name == "淘宝"
    assert [i.kind for i in view.identifiers] == [IdentifierKind.PHONE]
    with pytest.raises(InvalidInput):
        demo_vault.breaches.add_manual(ManualNotice(organisation="x", date="2024",
                                                    kinds=("nonsense",)))
    with pytest.raises(InvalidInput):
        demo_vault.breaches.add_manual(ManualNotice(organisation=" ", date="", kinds=("phone",)))


# --- CLI -----------------------------------------------------------------------------------------
def test_cli_feeds_and_crosscheck(demo_vault: Vault, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch, server: FeedServer):
    from exposure.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(demo_vault.path)
    raw = [i.value for i in demo_vault.identifiers.all_identifiers()]
    demo_vault.close()
    assert main(["feeds", "enable", "builtin", "--vault", path]) == 0
    assert main(["feeds", "sync", "--vault", path]) == 0
    out = capsys.readouterr().out
    assert "builtin: updated" in out and "new exposure" in out
    assert main(["crosscheck", "--vault", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["exposures"] and all(e["state"] == "new" for e in data["exposures"])
    assert "139****0001" in json.dumps(data, ensure_ascii=False)
    assert not any(v in json.dumps(data, ensure_ascii=False) for v in raw if len(v) > 8)
    eid = data["exposures"][0]["id"]
    assert main(["crosscheck", "--vault", path, "--set-state", str(eid), "handled"]) == 0
    assert main(["crosscheck", "--vault", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert next(e for e in data["exposures"] if e["id"] == eid)["state"] == "handled"
    assert main(["feeds", "add", "http://example.com/feed.json", "--vault", path]) == 1
    assert "refused" in capsys.readouterr().err
    server.routes["/own"] = Route(b"not json")
    assert main(["feeds", "add", server.url("/own"), "--vault", path]) == 0
    assert main(["feeds", "sync", "--vault", path]) == 1
    assert "not valid JSON" in capsys.readouterr().out
    assert main(["feeds", "list", "--vault", path]) == 0
    listing = capsys.readouterr().out
    assert "not valid JSON" in listing and "builtin" in listing
    assert main(["feeds", "disable", "builtin", "--vault", path]) == 0


def test_builtin_catalogue_ids_exist_in_the_catalogue():
    from exposure.catalog import default_catalog

    catalog = default_catalog()
    if not len(catalog):
        pytest.skip("no catalogue entries installed")
    ids = {c for b in load_builtin().breaches for c in b.catalog_ids}
    assert sorted(c for c in ids if catalog.get(c) is None) == []


def test_real_snapshot_against_the_demo_family_with_the_catalogue(demo_vault: Vault):
    from exposure import crosscheck

    fid = demo_vault.feeds.add_url("https://feeds.example.net/hibp-copy.json")
    demo_vault.breaches.replace(fid, list(parse_hibp(SNAPSHOT.read_bytes()).breaches))
    crosscheck.refresh(demo_vault)
    found = {(v.service.catalog_id, v.breach.key) for v in crosscheck.exposure_views(demo_vault)}
    assert ("jd", "JD") in found
    assert not any(key == "JDGroup" for _, key in found)
    jd = next(v for v in crosscheck.exposure_views(demo_vault) if v.breach.key == "JD")
    assert [i.kind for i in jd.identifiers] == [IdentifierKind.PHONE]  # JD leaked phones


def test_cli_adds_hibps_own_file_and_matches_jd_not_jdgroup(
        demo_vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path):
    from exposure.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    (tmp_path / "hibp-breaches.json").write_bytes(SNAPSHOT.read_bytes())
    monkeypatch.chdir(tmp_path)
    path = str(demo_vault.path)
    demo_vault.close()
    assert main(["feeds", "add", "./hibp-breaches.json", "--vault", path]) == 0
    assert main(["feeds", "sync", "--vault", path]) == 0
    assert "updated" in capsys.readouterr().out
    assert main(["crosscheck", "--vault", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    breaches = {e["breach"] for e in data["exposures"]}
    assert "JD" in breaches and "JDGroup" not in breaches
    assert main(["feeds", "set-url", "builtin", "./nothing.json", "--vault", path]) == 1
    assert "cannot be read" in capsys.readouterr().err
    assert main(["feeds", "set-url", "builtin", "./hibp-breaches.json", "--vault", path]) == 0
    assert main(["feeds", "set-url", "builtin", "default", "--vault", path]) == 0
