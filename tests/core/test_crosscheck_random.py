"""The cross-check on seeded random data: against the results of the matcher before it was
restructured (a snapshot), against the rule applied pair by pair, and the cross-check's own
lean reads of a vault against the records the pages read (issue 16)."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from exposure import crosscheck
from exposure.crosscheck import registered_after
from exposure.feeds.kinds import leaked_kinds_for
from exposure.feeds.model import Breach
from exposure.hosts import ancestors, host_of
from exposure.matching import normalise_name, service_keys
from exposure.model import InventoryRow, Usage
from exposure.store.crosscheck_reads import Account, BreachKeys
from exposure.store.exposures import Match
from exposure.vault import Vault
from tests.core import crosscheck_random
from tests.paths import DATA

SNAPSHOT = DATA / "crosscheck" / "snapshot.json"


@pytest.mark.parametrize("seed", crosscheck_random.SEEDS)
def test_matching_equals_the_snapshot_of_the_matcher_before_it_was_restructured(seed: int):
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))[str(seed)]
    got = json.loads(json.dumps(crosscheck_random.structure(seed)))
    assert got["matches"] == want["matches"] and got["later"] == want["later"]
    assert len(want["matches"]) > 1000 and len(want["later"]) > 100


def _how(row: InventoryRow, b: Breach) -> str | None:
    """The documented rule for one pair: a catalogue id, else a host name that is the same or a
    subdomain either way under one registrable domain, else an exact normalised name when one
    side has no domain."""
    keys = service_keys(row.service, None)
    if keys.catalog_id and keys.catalog_id in b.catalog_ids:
        return "catalog_id"
    hosts = {h for h in map(host_of, b.domains) if h}
    if any(s in ancestors(h) or h in ancestors(s) for s in keys.domains for h in hosts):
        return "domain"
    names = {normalise_name(x) for x in (b.title, b.organisation, *b.aliases)} - {""}
    if names & keys.names and not (keys.domains and hosts):
        return "name"
    return None


@pytest.mark.parametrize("seed", [5, 6])
def test_matching_equals_the_rule_applied_pair_by_pair(seed: int):
    rng = random.Random(seed)
    rows = crosscheck_random.rows(rng, 120, 60)
    breaches = crosscheck_random.breaches(rng, 80)
    want, want_later = [], []
    for row in rows:
        for b in breaches:
            how = _how(row, b)
            if how is None or b.id is None:
                continue
            ids = tuple(sorted(i.id for i in row.identifiers
                               if leaked_kinds_for(i.kind) & frozenset(b.kinds)))
            pair = Match(b.id, row.registration.id, ids, b.kinds, how)
            since = row.registration.since
            after = since is not None and registered_after(since, b.breach_date)
            (want_later if after else want).append(pair)
    later: list[Match] = []
    got = crosscheck.match(rows, breaches, None, later=later)
    assert got == sorted(want, key=lambda m: (m.breach_id, m.registration_id))
    assert sorted(later) == sorted(want_later)
    assert {m.matched_by for m in got} == {"catalog_id", "domain", "name"} and want_later


def _value(kind: str, n: int) -> str:
    """A valid value of this kind, distinct per n."""
    from stdnum import luhn
    from stdnum.cn import ric

    body, digits = f"110105198001{n % 28 + 1:02d}{n:03d}", f"622202{n:012d}"
    return {"phone": f"139{n:08d}", "email": f"p{n}@example.com",
            "id_number": body + ric.calc_check_digit(body + "0"),
            "bank_card": digits + luhn.calc_check_digit(digits), "plate": f"京A{n:05d}",
            "passport": f"E{n:08d}", "id_photo": f"照片 {n}", "address": f"某路 {n} 号"}[kind]


def _fill(vault: Vault, seed: int) -> None:
    """The generator's inventory and breaches, stored (ids as the vault gives them)."""
    rng = random.Random(seed)
    rows = crosscheck_random.rows(rng, 150, 60)
    with vault.operation("registrations"):
        people = {p: vault.people.add(name=f"p{p}") for p in sorted({r.person.id for r in rows})}
        idents: dict[int, int] = {}
        services: dict[int, int] = {}
        catalogued: set[str | None] = set()
        for r in rows:
            for i in r.identifiers:
                if i.id not in idents:
                    idents[i.id] = vault.identifiers.add(person_id=people[i.person_id],
                                                         kind=i.kind, value=_value(i.kind, i.id))
            if r.service.id not in services:  # one service per catalogue entry
                cid = r.service.catalog_id if r.service.catalog_id not in catalogued else None
                catalogued.add(cid)
                services[r.service.id] = vault.services.add(
                    name=r.service.name.strip() or "Service", domains=r.service.domains,
                    catalog_id=cid)
            vault.registrations.add(
                person_id=people[r.person.id], service_id=services[r.service.id],
                usages=[Usage(idents[i.id]) for i in r.identifiers], since=r.registration.since,
                allow_duplicate=True)
    fid = vault.feeds.add_url("https://feeds.example.net/random.json")
    vault.breaches.replace(fid, [replace(b, id=None)
                                 for b in crosscheck_random.breaches(rng, 80)])
    vault.feeds.set_enabled(fid, seed % 2 == 0)  # the cross-check reads feeds that are off too


@pytest.mark.parametrize("seed", [7, 8])
def test_the_cross_checks_reads_are_the_records_keys(vault: Vault, seed: int):
    _fill(vault, seed)
    reads = vault.crosscheck_reads
    with vault.reading():
        assert [(*a[:3], [(i.id, i.kind) for i in a.identifiers]) for a in reads.accounts()] == [
            (*a[:3], [(i.id, i.kind) for i in a.identifiers])
            for a in map(Account.of, vault.registrations.rows())]
        assert reads.breaches() == sorted(
            (BreachKeys.of(b) for b in vault.breaches.all_breaches(enabled_only=False)),
            key=lambda b: b.id or 0)


@pytest.mark.parametrize("seed", [7, 8])
def test_refresh_stores_what_matching_the_records_finds(vault: Vault, seed: int):
    _fill(vault, seed)
    result = crosscheck.refresh(vault, catalog=crosscheck.NO_CATALOG)
    want = crosscheck.match(vault.registrations.rows(),
                            vault.breaches.all_breaches(enabled_only=False), None)
    stored = {e.id: e for e in vault.exposures.all_exposures(enabled_only=False)}
    assert [(e.breach_id, e.registration_id, e.identifier_ids, e.kinds, e.matched_by)
            for e in (stored[i] for i in result.new)] == [tuple(m) for m in want]
    assert len(want) > 50 and result.total == len(stored) == len(want)
    assert result.new == tuple(range(1, len(want) + 1))  # what SQLite gives an empty table


def test_stored_lists_orjson_refuses_are_still_read():
    from exposure.store.breaches import JsonLists

    lists = JsonLists()
    assert lists('["\\ud800.example.com", "a"]') == ("\ud800.example.com", "a")  # lone surrogate
    assert lists("[]") == () and lists('["京东"]') == ("京东",)
