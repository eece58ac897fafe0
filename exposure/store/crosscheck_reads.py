"""What the cross-check reads of the vault, and nothing more: of each breach the keys it is
matched on, of each registration its service, opening date and identifiers' kinds.

Plain tuples rather than the Breach and InventoryRow records the pages show: building 5,000
breaches of 24 fields and 10,000 joined rows (people, usages, identifier values) was half of a
10k × 5k cross-check (issue 16). `BreachKeys.of` and `Account.of` make the same tuples from
those records, so both roads meet in one matcher (crosscheck.match).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Protocol

from exposure.feeds.model import Breach, BreachId
from exposure.model import IdentifierId, IdentifierKind, InventoryRow, RegistrationId, Service
from exposure.store.base import Repository
from exposure.store.breaches import JsonLists
from exposure.store.services import Services


class Held(Protocol):
    """An identifier as the matcher needs it: an Identifier, or the HeldIdentifier read here."""

    @property
    def id(self) -> IdentifierId: ...

    @property
    def kind(self) -> str: ...


class HeldIdentifier(NamedTuple):
    id: IdentifierId
    kind: str  # an IdentifierKind's value ("phone")


class BreachKeys(NamedTuple):
    """What a breach is matched on, and what a match records of it."""

    id: BreachId | None
    catalog_ids: tuple[str, ...]
    domains: tuple[str, ...]
    names: tuple[str, ...]  # its title, organisation and aliases, as the feed wrote them
    kinds: tuple[str, ...]
    breach_date: str

    @classmethod
    def of(cls, b: Breach) -> BreachKeys:
        return cls(b.id, b.catalog_ids, b.domains, (b.title, b.organisation, *b.aliases),
                   b.kinds, b.breach_date)


class Account(NamedTuple):
    """A registration as the matcher needs it."""

    registration_id: RegistrationId
    service: Service
    since: dt.date | None
    identifiers: tuple[Held, ...]  # by id, as InventoryRow.identifiers has them

    @classmethod
    def of(cls, row: InventoryRow) -> Account:
        return cls(row.registration.id, row.service, row.registration.since, row.identifiers)


class CrossCheckReads(Repository):
    def breaches(self) -> list[BreachKeys]:
        """Every stored breach, of feeds on or off (Breaches.all_breaches(enabled_only=False)),
        by id: the matcher sorts what it finds."""
        j = JsonLists()
        return [
            BreachKeys(BreachId(i), j(cids), j(domains), (title, org, *j(aliases)), j(kinds),
                       date)
            for i, cids, domains, title, org, aliases, kinds, date in self._all(
                "SELECT b.id, b.catalog_ids, b.domains, b.title, b.organisation, b.aliases,"
                " b.kinds, b.breach_date FROM breaches b JOIN feeds f ON f.id = b.feed_id"
                " ORDER BY b.id")
        ]

    def accounts(self) -> list[Account]:
        """Every registration, by id (Registrations.rows' order)."""
        one = {i: HeldIdentifier(IdentifierId(i), IdentifierKind(k).value)
               for i, k in self._all("SELECT id, kind FROM identifiers")}
        services = {s.id: s for s in Services(self._conn, self._tx, self._notify).all_services()}
        held: dict[int, list[HeldIdentifier]] = {}
        for rid, iid in self._conn.execute(
                "SELECT registration_id, identifier_id FROM registration_identifiers"
                " ORDER BY registration_id, identifier_id"):
            held.setdefault(rid, []).append(one[iid])
        # equal identifier lists as one tuple: the matcher works out each one's leaks once
        shared: dict[tuple[HeldIdentifier, ...], tuple[HeldIdentifier, ...]] = {}
        out = []
        for rid, sid, since in self._conn.execute(
                "SELECT id, service_id, since FROM registrations ORDER BY id"):
            mine = tuple(held.get(rid, ()))
            out.append(Account(RegistrationId(rid), services[sid],
                               dt.date.fromisoformat(str(since)) if since else None,
                               shared.setdefault(mine, mine)))
        return out
