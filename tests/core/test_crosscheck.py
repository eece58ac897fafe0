"""Cross-check: which registrations a breach touches, what it exposed, and the dashboard numbers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from exposure import crosscheck
from exposure.crosscheck import NO_CATALOG
from exposure.feeds.formats import parse_hibp
from exposure.feeds.kinds import kinds_for
from exposure.feeds.model import Breach, ExposureState
from exposure.hosts import domain_matches
from exposure.matching import normalise_name
from exposure.model import IdentifierKind, Role, Usage
from exposure.vault import Vault
from tests.paths import DATA

SAMPLE = DATA / "feeds" / "hibp-sample.json"


def _breach(key: str, *, classes: tuple[str, ...] = ("Email addresses", "Phone numbers"),
            **extra: object) -> Breach:
    return Breach(key=key, title=extra.pop("title", key), data_classes=classes,  # type: ignore[arg-type]
                  kinds=kinds_for(classes), breach_date=extra.pop("date", "2021-05-01"),  # type: ignore[arg-type]
                  **extra)  # type: ignore[arg-type]


@pytest.fixture
def family(vault: Vault):
    """One person with a phone, an e-mail and an ID number, registered at a few services."""
    pid = vault.people.add(name="测试")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value="13900000001")
    email = vault.identifiers.add(person_id=pid, kind="email", value="a.test@example.com")
    idn = vault.identifiers.add(person_id=pid, kind="id_number", value="110105198001010016")
    regs = {}

    def reg(name: str, *, domains: tuple[str, ...] = (), catalog_id: str | None = None,
            uses=((phone, Role.LOGIN),)) -> int:
        sid = vault.services.add(name=name, domains=domains, catalog_id=catalog_id)
        rid = vault.registrations.add(person_id=pid, service_id=sid,
                                      usages=[Usage(i, r) for i, r in uses])
        regs[name] = rid
        return rid

    reg("京东", domains=("jd.com",), uses=((phone, Role.LOGIN), (email, Role.CONTACT)))
    reg("Shop", domains=("shop.example.cn",), uses=((email, Role.LOGIN),))
    reg("Parent", domains=("example.org",), uses=((email, Role.LOGIN),))
    reg("汉庭", uses=((phone, Role.LOGIN), (idn, Role.ID_ON_FILE)))
    reg("Catalogued", catalog_id="huazhu", uses=((phone, Role.LOGIN),))
    fid = vault.feeds.add_url("https://feeds.example.net/feed.json")
    return {"vault": vault, "pid": pid, "phone": phone, "email": email, "id": idn,
            "regs": regs, "feed": fid}


def _sync(fam, breaches: list[Breach]):
    fam["vault"].breaches.replace(fam["feed"], breaches)
    return crosscheck.refresh(fam["vault"], catalog=NO_CATALOG)


def _touched(fam) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for v in crosscheck.exposure_views(fam["vault"]):
        out.setdefault(v.breach.key, set()).add(v.service.name)
    return out


# --- domains -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "same"), [
    ("jd.com", "jd.com", True),
    ("m.jd.com", "jd.com", True),
    ("jd.com", "passport.jd.com", True),
    ("jd.com", "jdgroup.co.za", False),
    ("jd.com", "notjd.com", False),
    ("jd.com", "jd.com.evil.cn", False),
    ("jd.com", "jd.co", False),
    ("a.jd.com", "b.jd.com", False),
    ("x.co.za", "co.za", False),
    ("shop.example.com.cn", "example.com.cn", True),
    ("example.com.cn", "other.com.cn", False),
])
def test_domain_matching_is_registrable_domain_aware(a: str, b: str, same: bool):
    assert domain_matches(a, b) is same
    assert domain_matches(b, a) is same


def test_names_normalise_width_case_and_spaces_only():
    assert normalise_name("ＪＤ Group") == normalise_name("jd group") == "jdgroup"
    assert normalise_name("华 住") == "华住"
    assert normalise_name("JD") != normalise_name("JDGroup")


def test_real_look_alikes_jd_and_jdgroup(family):
    """JD at jd.com and JD Group at jdgroup.co.za are different breaches in the real catalogue."""
    doc = parse_hibp(SAMPLE.read_bytes())
    touched = _sync(family, list(doc.breaches))
    assert touched.total >= 1
    found = _touched(family)
    assert found["JD"] == {"京东"}
    assert "JDGroup" not in found


def test_subdomains_match_both_ways_but_not_shared_substrings(family):
    _sync(family, [
        _breach("sub", domains=("www.shop.example.cn",)),
        _breach("parent", domains=("example.cn",)),
        _breach("child", domains=("mail.example.org",)),
        _breach("lookalike", domains=("example.org.evil.com",)),
        _breach("substring", domains=("myexample.org",)),
        _breach("sibling", domains=("other.example.cn",)),
    ])
    found = _touched(family)
    assert found["sub"] == {"Shop"}
    assert found["parent"] == {"Shop"}
    assert found["child"] == {"Parent"}
    assert "lookalike" not in found and "substring" not in found and "sibling" not in found


def test_aliases_and_names_match_exactly_after_normalising(family):
    _sync(family, [
        _breach("hotel", title="华住集团", aliases=("汉 庭", "全季")),
        _breach("prefix", title="汉庭酒店"),  # a longer name is a different name
        _breach("fullwidth", title="ｓｈｏｐ", domains=()),
    ])
    found = _touched(family)
    assert found["hotel"] == {"汉庭"}
    assert "prefix" not in found
    # "Shop" has a domain; the breach has none, so the name may decide
    assert found["fullwidth"] == {"Shop"}


def test_names_do_not_override_domains_that_disagree(family):
    _sync(family, [_breach("other-shop", title="Shop", domains=("shop.example.com",))])
    assert _touched(family) == {}


def test_catalogue_ids_match_exactly(family):
    _sync(family, [_breach("hz", title="anything", catalog_ids=("huazhu",)),
                   _breach("hz2", catalog_ids=("huazhu-clone",))])
    found = _touched(family)
    assert found == {"hz": {"Catalogued"}}
    (view,) = crosscheck.exposure_views(family["vault"])
    assert view.exposure.matched_by == "catalog_id"


def test_the_catalogue_lends_its_domains_and_aliases(family):
    @dataclass
    class Entry:
        domains: tuple[str, ...] = ("huazhu.com",)
        aliases: tuple[str, ...] = ("H World",)
        name_zh: str = "华住会"
        name_en: str = "Huazhu"

    class Catalog:
        def get(self, cid: str):
            return Entry() if cid == "huazhu" else None

    vault = family["vault"]
    vault.breaches.replace(family["feed"], [_breach("by-domain", domains=("www.huazhu.com",)),
                                            _breach("by-alias", title="H  World")])
    crosscheck.refresh(vault, catalog=Catalog())
    assert _touched(family) == {"by-domain": {"Catalogued"}, "by-alias": {"Catalogued"}}


# --- what an exposure lists ----------------------------------------------------------------------
def test_exposure_lists_only_identifiers_of_the_leaked_kinds(family):
    _sync(family, [_breach("mails", domains=("jd.com",), classes=("Email addresses",)),
                   _breach("ids", aliases=("汉庭",), classes=("Government issued IDs",)),
                   _breach("pw", domains=("jd.com",), classes=("Passwords",))])
    views = {v.breach.key: v for v in crosscheck.exposure_views(family["vault"])}
    assert [i.id for i in views["mails"].identifiers] == [family["email"]]
    assert [i.kind for i in views["ids"].identifiers] == [IdentifierKind.ID_NUMBER]
    assert views["pw"].identifiers == ()  # still an exposure: the account's password leaked
    assert views["pw"].breach.kinds == ("password",)


def test_face_data_exposes_id_photos(vault: Vault):
    pid = vault.people.add(name="p")
    photo = vault.identifiers.add(person_id=pid, kind="id_photo", value="身份证照片")
    sid = vault.services.add(name="某贷款", catalog_id="consumer-loan")
    vault.registrations.add(person_id=pid, service_id=sid, usages=[photo])
    fid = vault.feeds.add_url("https://feeds.example.net/f.json")
    vault.breaches.replace(fid, [_breach("faces", catalog_ids=("consumer-loan",),
                                         classes=("Biometric data",))])
    crosscheck.refresh(vault, catalog=NO_CATALOG)
    (view,) = crosscheck.exposure_views(vault)
    assert [i.id for i in view.identifiers] == [photo]


# --- idempotence and states ----------------------------------------------------------------------
def test_resync_creates_no_duplicates_and_keeps_states(family):
    vault = family["vault"]
    breaches = [_breach("a", domains=("jd.com",)), _breach("b", aliases=("汉庭",))]
    first = _sync(family, breaches)
    assert len(first.new) == 2
    handled, dismissed = (v.exposure.id for v in crosscheck.exposure_views(vault))
    vault.exposures.set_state(handled, ExposureState.HANDLED)
    vault.exposures.set_state(dismissed, "dismissed")
    again = _sync(family, breaches)
    assert again.new == () and again.total == 2 and again.removed == 0
    # the feed edits its text and adds a breach: states stay, one new exposure
    changed = [_breach("a", domains=("jd.com",), description="updated"), breaches[1],
               _breach("c", domains=("shop.example.cn",))]
    third = _sync(family, changed)
    assert len(third.new) == 1
    states = {v.breach.key: v.exposure.state for v in crosscheck.exposure_views(vault)}
    assert states == {"a": ExposureState.HANDLED, "b": ExposureState.DISMISSED,
                      "c": ExposureState.NEW}
    assert len(vault.exposures.all_exposures()) == 3


def test_states_survive_disabling_and_enabling_a_feed(family):
    vault = family["vault"]
    _sync(family, [_breach("a", domains=("jd.com",))])
    (view,) = crosscheck.exposure_views(vault)
    vault.exposures.set_state(view.exposure.id, "handled")
    vault.feeds.set_enabled(family["feed"], False)
    assert crosscheck.exposure_views(vault) == []
    crosscheck.refresh(vault, catalog=NO_CATALOG)
    vault.feeds.set_enabled(family["feed"], True)
    crosscheck.refresh(vault, catalog=NO_CATALOG)
    (view,) = crosscheck.exposure_views(vault)
    assert view.exposure.state is ExposureState.HANDLED


def test_removing_a_registration_removes_its_exposures(family):
    vault = family["vault"]
    _sync(family, [_breach("a", domains=("jd.com",))])
    vault.registrations.delete(family["regs"]["京东"])
    assert crosscheck.exposure_views(vault) == []
    assert crosscheck.refresh(vault, catalog=NO_CATALOG).total == 0


def test_matching_is_deterministic(family):
    doc = parse_hibp(SAMPLE.read_bytes())
    vault = family["vault"]
    vault.breaches.replace(family["feed"], list(doc.breaches))
    rows = vault.registrations.rows()
    stored = vault.breaches.all_breaches(enabled_only=False)
    first = crosscheck.match(rows, stored)
    assert first == crosscheck.match(list(reversed(rows)), stored)


def test_hidden_labels_hide_exposures(family):
    _sync(family, [_breach("real", domains=("jd.com",)),
                   _breach("fake", domains=("jd.com",), fabricated=True),
                   _breach("unv", domains=("jd.com",), verified=False)])
    vault = family["vault"]
    assert len(crosscheck.exposure_views(vault)) == 3
    shown = {v.breach.key for v in crosscheck.exposure_views(
        vault, hide_flags=("fabricated", "unverified"))}
    assert shown == {"real"}


# --- dashboard numbers ---------------------------------------------------------------------------
def test_counts_per_person_and_identifier_newest_first(family):
    vault = family["vault"]
    other = vault.people.add(name="未泄露")
    _sync(family, [_breach("old", domains=("jd.com",), date="2013-01"),
                   _breach("new", aliases=("汉庭",), date="2023-06-02",
                           classes=("Phone numbers", "Government issued IDs")),
                   _breach("mail", domains=("shop.example.cn",), date="2020-02-01",
                           classes=("Email addresses",))])
    people = crosscheck.person_summaries(vault)
    assert [p.person.id for p in people] == [family["pid"], other]
    me = people[0]
    assert (me.places, me.breaches, me.open, me.newest) == (5, 3, 3, "2023-06-02")
    assert (people[1].breaches, people[1].newest) == (0, "")
    idents = {s.identifier.id: s for s in crosscheck.identifier_summaries(vault)}
    phone = idents[family["phone"]]
    assert (phone.places, phone.breaches, phone.newest) == (3, 2, "2023-06-02")
    email = idents[family["email"]]
    assert (email.places, email.breaches, email.newest) == (3, 2, "2020-02-01")
    order = [s.identifier.id for s in crosscheck.identifier_summaries(vault)]
    assert order.index(family["phone"]) < order.index(family["email"])
    handled = next(v for v in crosscheck.exposure_views(vault) if v.breach.key == "new")
    vault.exposures.set_state(handled.exposure.id, "handled")
    assert crosscheck.person_summaries(vault)[0].open == 2


def test_timeline_counts_breaches_per_month_without_gaps(family):
    _sync(family, [_breach("a", domains=("jd.com",), date="2020-01-15"),
                   _breach("b", aliases=("汉庭",), date="2020-03"),
                   _breach("c", domains=("shop.example.cn",), date="2020-03-30")])
    assert crosscheck.timeline(family["vault"]) == [("2020-01", 1), ("2020-02", 0),
                                                    ("2020-03", 2)]


def test_new_exposures_can_be_marked_seen(family):
    vault = family["vault"]
    _sync(family, [_breach("a", domains=("jd.com",))])
    assert vault.exposures.count_new() == 1
    assert vault.exposures.mark_seen() == 1
    assert vault.exposures.count_new() == 0


# --- dates ---------------------------------------------------------------------------------------
def test_an_account_opened_after_the_breach_is_not_exposed_by_it(vault: Vault):
    import datetime as dt

    pid = vault.people.add(name="爸爸")
    idn = vault.identifiers.add(person_id=pid, kind="id_number", value="110105198001010016")
    sid = vault.services.add(name="铁路12306", domains=("12306.cn",))
    old = vault.registrations.add(person_id=pid, service_id=sid, since=dt.date(2014, 1, 1),
                                  usages=[Usage(idn, Role.ID_ON_FILE)])
    pid2 = vault.people.add(name="孩子")
    idn2 = vault.identifiers.add(person_id=pid2, kind="id_number", value="110105201001010010")
    new = vault.registrations.add(person_id=pid2, service_id=sid, since=dt.date(2018, 1, 1),
                                  usages=[Usage(idn2, Role.ID_ON_FILE)])
    undated = vault.registrations.add(person_id=pid2, service_id=vault.services.add(
        name="12306 again", domains=("kyfw.12306.cn",)), usages=[Usage(idn2, Role.ID_ON_FILE)])
    fid = vault.feeds.add_url("https://feeds.example.net/feed.json")
    vault.breaches.replace(fid, [
        _breach("12306-2014", date="2014-12-25", domains=("12306.cn",),
                classes=("Government issued IDs",)),
        _breach("12306-2014-year", date="2014", domains=("12306.cn",),
                classes=("Government issued IDs",)),
        _breach("undated", date="", domains=("12306.cn",), classes=("Government issued IDs",)),
    ])
    crosscheck.refresh(vault, catalog=NO_CATALOG)
    seen = {(v.breach.key, v.exposure.registration_id): v.timing
            for v in crosscheck.exposure_views(vault)}
    assert seen[("12306-2014", old)] == "before" and seen[("12306-2014-year", old)] == "before"
    assert ("12306-2014", new) not in seen and ("12306-2014-year", new) not in seen
    assert seen[("undated", new)] == "unknown"  # no breach date: still matches, labelled
    assert seen[("12306-2014", undated)] == "unknown"  # no account date: still matches
    later = {(b.key, row.registration.id)
             for b, row in crosscheck.registered_later(vault, catalog=NO_CATALOG)}
    assert later == {("12306-2014", new), ("12306-2014-year", new)}


@pytest.mark.parametrize(("since", "date", "after"), [
    ("2014-12-25", "2014-12-25", False), ("2014-12-26", "2014-12-25", True),
    ("2014-12-31", "2014-12", False), ("2015-01-01", "2014-12", True),
    ("2014-12-31", "2014", False), ("2015-01-01", "2014", True),
    ("2015-01-01", "", False), ("2015-01-01", "garbage", False),
])
def test_registered_after_compares_with_the_end_of_the_breach_period(since, date, after):
    import datetime as dt

    assert crosscheck.registered_after(dt.date.fromisoformat(since), date) is after


def test_the_leaks_page_reads_the_vault_once_and_sees_what_the_parts_see(demo_vault) -> None:
    import datetime as dt

    from exposure.feeds.sync import sync
    from exposure.leaks_snapshot import leaks_snapshot

    demo_vault.feeds.set_enabled("builtin", True)
    sync(demo_vault, fetcher=lambda *a, **k: pytest.fail("network"))
    reads = []
    rows = demo_vault.registrations.rows
    demo_vault.registrations.rows = lambda *a: reads.append(1) or rows(*a)  # type: ignore[method-assign]
    snap = leaks_snapshot(demo_vault, today=dt.date(2026, 11, 2))
    assert len(reads) == 1
    demo_vault.registrations.rows = rows  # type: ignore[method-assign]
    assert list(snap.views) == crosscheck.exposure_views(demo_vault)
    assert list(snap.people) == crosscheck.person_summaries(demo_vault)
    assert list(snap.identifiers) == crosscheck.identifier_summaries(demo_vault)
    assert list(snap.timeline) == crosscheck.timeline(demo_vault)
    assert snap.open == len(snap.views) > 0 and snap.followed == 1 and snap.downloaded
    assert snap.breaches == demo_vault.breaches.count() and snap.overdue == 0


def test_matching_equals_the_straightforward_pair_by_pair_check() -> None:
    """The match loop (kinds looked up once per identifier kind, rows without a hit skipped)
    against the plain per-pair rule, on the benchmark's generated inventory with opening
    dates on both sides of the breach dates."""
    import datetime as dt
    from dataclasses import replace

    from exposure.crosscheck import registered_after
    from exposure.feeds.kinds import leaked_kinds_for
    from exposure.matching import BreachIndex, service_keys
    from exposure.store.crosscheck_reads import BreachKeys
    from exposure.store.exposures import Match
    from tests.perf.bench_feeds import _breaches, _rows

    rows = [replace(r, registration=replace(r.registration, since=dt.date(2008 + n % 20, 6, 1)))
            if n % 3 else r for n, r in enumerate(_rows(600, 300))]
    breaches = _breaches(250)
    index = BreachIndex([BreachKeys.of(b) for b in breaches])
    want, want_later = [], []
    for row in rows:
        for n, how in index.find(service_keys(row.service, None)).items():
            b = breaches[n]
            ids = tuple(sorted(i.id for i in row.identifiers
                               if leaked_kinds_for(i.kind) & frozenset(b.kinds)))
            pair = Match(b.id, row.registration.id, ids, b.kinds, how)
            since = row.registration.since
            (want_later if since and registered_after(since, b.breach_date) else want).append(pair)
    later: list = []
    got = crosscheck.match(rows, breaches, None, later=later)
    assert got == sorted(want, key=lambda m: (m.breach_id, m.registration_id))
    assert later == want_later and len(got) > 100 and len(later) > 10


def test_new_exposures_are_named_by_their_stored_ids_in_match_order(family):
    vault = family["vault"]
    first = _sync(family, [_breach("a", domains=("jd.com",)), _breach("b", aliases=("汉庭",))])
    more = [_breach("a", domains=("jd.com",)), _breach("b", aliases=("汉庭",)),
            _breach("c", domains=("shop.example.cn",)), _breach("d", domains=("example.org",))]
    second = _sync(family, more)
    stored = {(e.breach_id, e.registration_id): e.id
              for e in vault.exposures.all_exposures(enabled_only=False)}
    matches = crosscheck.match(vault.registrations.rows(), vault.breaches.all_breaches(), None)
    fresh = [stored[(m.breach_id, m.registration_id)] for m in matches
             if stored[(m.breach_id, m.registration_id)] not in first.new]
    assert len(first.new) == 2 and second.new == tuple(fresh) and len(fresh) == 2


def test_refresh_pauses_the_collector_and_leaves_it_as_it_found_it(family):
    import gc

    breaches = [_breach("a", domains=("jd.com",)), _breach("b", aliases=("汉庭",))]
    was = gc.isenabled()
    try:
        gc.disable()
        _sync(family, breaches)
        assert not gc.isenabled()
        gc.enable()
        result = _sync(family, [*breaches, _breach("c", domains=("example.org",))])
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    stored = {(e.breach_id, e.registration_id, e.identifier_ids)
              for e in family["vault"].exposures.all_exposures(enabled_only=False)}
    vault = family["vault"]
    expected = {(m.breach_id, m.registration_id, m.identifier_ids) for m in crosscheck.match(
        vault.registrations.rows(), vault.breaches.all_breaches(), None)}
    assert result.total == 3 and stored == expected
