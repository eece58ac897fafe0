"""Feeds benchmark: cross-checking 10,000 registrations against 5,000 breaches (target < 0.5 s),
the same stored in a vault (match + store), and the cost of re-syncing an unchanged feed
(target: one request)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

Result = tuple[str, float, float | None]


def _breaches(count: int):  # type: ignore[no-untyped-def]
    from exposure.feeds.kinds import kinds_for
    from exposure.feeds.model import Breach, BreachId

    classes = ("Email addresses", "Phone numbers", "Government issued IDs")
    return [
        Breach(key=f"b{n}", title=f"Breach {n}", domains=(f"site{n}.example.com",),
               aliases=(f"Brand {n}",), catalog_ids=(f"svc-{n}",) if n % 3 == 0 else (),
               breach_date=f"{2010 + n % 15}-{1 + n % 12:02d}", data_classes=classes,
               kinds=kinds_for(classes), id=BreachId(n + 1))
        for n in range(count)
    ]


def _rows(count: int, services: int):  # type: ignore[no-untyped-def]
    from exposure.model import (
        Identifier,
        IdentifierId,
        IdentifierKind,
        InventoryRow,
        Person,
        PersonId,
        Registration,
        RegistrationId,
        Service,
        ServiceId,
        Usage,
    )

    people = [Person(PersonId(p), f"p{p}") for p in range(50)]
    ids = {p.id: (Identifier(IdentifierId(p.id * 2 + 1), p.id, IdentifierKind.PHONE,
                             f"+86139{p.id:08d}"),
                  Identifier(IdentifierId(p.id * 2 + 2), p.id, IdentifierKind.EMAIL,
                             f"p{p.id}@example.com")) for p in people}
    svc = [Service(ServiceId(s + 1), f"Brand {s * 7}" if s % 2 else f"Service {s}",
                   catalog_id=f"svc-{s}" if s % 5 == 0 else None,
                   domains=(f"www.site{s}.example.com",) if s % 4 == 0 else ())
           for s in range(services)]
    out = []
    for n in range(count):
        person = people[n % len(people)]
        service = svc[n % len(svc)]
        idents = ids[person.id]
        reg = Registration(RegistrationId(n + 1), person.id, service.id,
                           tuple(Usage(i.id) for i in idents))
        out.append(InventoryRow(reg, person, service, idents))
    return out


def _match(scale: float) -> Result:
    from exposure import crosscheck

    rows, breaches = _rows(int(10_000 * scale), int(6_000 * scale)), _breaches(int(5_000 * scale))
    start = time.perf_counter()
    matches = crosscheck.match(rows, breaches, None)
    took = time.perf_counter() - start
    assert matches
    # baseline = the target (0.5 s): the ratio is the share of the budget used
    return ("crosscheck 10k regs x 5k breaches (baseline: target)", took, 0.5 * scale)


def _unchanged_resync() -> list[Result]:
    import json

    from exposure.feeds.download import Limits
    from exposure.feeds.sync import sync_feed
    from exposure.keys import VaultKey
    from exposure.vault import Vault
    from tests.feed_server import Route, running

    body = json.dumps({"format": "exposure-feed", "version": 1, "breaches": [
        {"id": f"b{n}", "title": f"Breach {n}", "domains": [f"site{n}.example.com"],
         "data_classes": ["Email addresses"]} for n in range(5_000)]}).encode()
    with tempfile.TemporaryDirectory() as tmp, running() as server:
        server.routes["/feed"] = Route(body, etag='"v1"')
        vault = Vault.create(Path(tmp) / "v", VaultKey.from_passphrase("bench passphrase ok"))
        try:
            fid = vault.feeds.add_url(server.url("/feed"))
            start = time.perf_counter()
            sync_feed(vault, fid, limits=Limits(max_bytes=10_000_000))
            full = time.perf_counter() - start
            server.requests.clear()
            start = time.perf_counter()
            outcome = sync_feed(vault, fid)
            again = time.perf_counter() - start
            assert outcome.status == "unchanged"
            n = len(server.requests)
        finally:
            vault.close()
    return [("feed sync: 5,000 breaches, download + store", full, None),
            (f"feed re-sync, unchanged: {n} request(s) (target 1)", again, None)]


def _refresh() -> list[Result]:
    from exposure import crosscheck
    from exposure.keys import VaultKey
    from exposure.model import Usage
    from exposure.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "v", VaultKey.from_passphrase("bench passphrase ok"))
        try:
            with vault.operation("registrations"):
                pids = [vault.people.add(name=f"p{p}") for p in range(50)]
                ids = [vault.identifiers.add(person_id=p, kind="phone", value=f"139{p:08d}")
                       for p in pids]
                sids = [vault.services.add(name=f"Service {s}",
                                           domains=[f"site{s}.example.com"])
                        for s in range(2_000)]
                for n in range(10_000):
                    vault.registrations.add(person_id=pids[n % 50], service_id=sids[n % 2_000],
                                            usages=[Usage(ids[n % 50])], allow_duplicate=True)
            fid = vault.feeds.add_url("https://feeds.example.net/bench.json")
            vault.breaches.replace(fid, [b.__class__(**{**b.__dict__, "id": None})
                                         for b in _breaches(5_000)])
            start, cpu = time.perf_counter(), time.process_time()
            result = crosscheck.refresh(vault, catalog=crosscheck.NO_CATALOG)
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            assert result.total
        finally:
            vault.close()
    # the CPU time this process spent: what a quiet machine would take, less the waits
    return [("crosscheck 10k x 5k in a vault: read+match+store (baseline: target)", took, 0.5),
            ("… the same, CPU time of this process (baseline: target)", cpu, 0.5)]


def run(scale: float = 1.0) -> list[Result]:
    return [_match(scale), *_refresh(), *_unchanged_resync()]
