"""What a breach and a service are matched on, and the breaches indexed by it: catalogue ids,
host names (the same or a subdomain either way, under one registrable domain) and names
normalised for width, case and spaces (see crosscheck for the rule)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from exposure.catalog import Catalog
from exposure.hosts import ancestors, host_of
from exposure.model import Service
from exposure.store.crosscheck_reads import BreachKeys


def normalise_name(text: str) -> str:
    """Width, case and spaces do not count: `ＪＤ .com` == `jd.com`."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


# --- the service side ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ServiceKeys:
    catalog_id: str | None
    domains: frozenset[str]
    names: frozenset[str]


def service_keys(service: Service, catalog: Catalog | None = None) -> ServiceKeys:
    domains = set(service.domains)
    names = {service.name}
    entry = catalog.get(service.catalog_id) if catalog and service.catalog_id else None
    if entry is not None:
        domains.update(entry.domains)
        names.update(entry.aliases)
        names.update(n for n in (entry.name_zh, entry.name_en) if n)
    return ServiceKeys(
        service.catalog_id,
        frozenset(filter(None, (host_of(d) for d in domains))),
        frozenset(filter(None, (normalise_name(n) for n in names if isinstance(n, str)))),
    )


class BreachIndex:
    """The breaches by what they are matched on. The Public Suffix List (~8 µs a host) is asked
    only about hosts that may pair: each service's, and a breach's when a service host is that
    host or one of its parents. A breach's names count only for a service without a domain
    unless the breach has none either: the names of every breach are normalised when the first
    such service asks."""

    def __init__(self, breaches: Sequence[BreachKeys]) -> None:
        self.breaches = breaches
        self.by_catalog: dict[str, list[int]] = defaultdict(list)
        self.by_host: dict[str, list[int]] = defaultdict(list)  # breaches on exactly this host
        # breaches on this name or under it (every name of two labels or more), with the host:
        # `under` keeps those whose host has the name among its ancestors
        self.below: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.hostless: dict[str, list[int]] = defaultdict(list)  # names of breaches without host
        self._by_name: dict[str, list[int]] | None = None  # names of every breach
        self._ancestors: dict[str, list[str]] = {}
        for n, b in enumerate(breaches):
            for cid in b.catalog_ids:
                self.by_catalog[cid].append(n)
            hosts = {h for h in map(host_of, b.domains) if h}
            for host in hosts:
                self.by_host[host].append(n)
                labels = host.split(".")
                for i in range(len(labels) - 1):
                    self.below[".".join(labels[i:])].append((n, host))
            if not hosts:
                _add_names(self.hostless, n, b)

    def by_name(self) -> dict[str, list[int]]:
        if self._by_name is None:
            self._by_name = defaultdict(list)
            for n, b in enumerate(self.breaches):
                _add_names(self._by_name, n, b)
        return self._by_name

    def ancestors(self, host: str) -> list[str]:
        found = self._ancestors.get(host)
        if found is None:
            found = self._ancestors[host] = ancestors(host)
        return found

    def under(self, host: str) -> list[int]:
        """Breaches on this host or a subdomain of it (under one registrable domain)."""
        return [n for n, h in self.below.get(host, ()) if host in self.ancestors(h)]

    def find(self, keys: ServiceKeys) -> dict[int, str]:
        """breach index → how it matched (catalog_id beats domain beats name)."""
        found: dict[int, str] = {}
        if keys.catalog_id:
            for n in self.by_catalog.get(keys.catalog_id, ()):
                found.setdefault(n, "catalog_id")
        for host in keys.domains:
            hits = self.under(host)  # the service's host or its subdomains
            for ancestor in self.ancestors(host):  # … or a parent domain of it
                hits.extend(self.by_host.get(ancestor, ()))
            for n in hits:
                found.setdefault(n, "domain")
        if keys.names:  # names decide only when one side has no domain
            names = self.hostless if keys.domains else self.by_name()
            for name in keys.names:
                for n in names.get(name, ()):
                    found.setdefault(n, "name")
        return found


def _add_names(index: dict[str, list[int]], n: int, breach: BreachKeys) -> None:
    for name in {normalise_name(x) for x in breach.names}:
        if name:
            index[name].append(n)
