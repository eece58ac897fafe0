"""A seeded random inventory and breach list for checking the cross-check's matching against a
snapshot written by the matcher before it was restructured (issue 16).

Host names mix look-alikes (`jd.com`, `notjd.com`, `jdgroup.co.za`), subdomains both ways, bare
public suffixes (`com.cn`, `github.io`), suffixes of the list's private part
(`s3.amazonaws.com`), addresses, single labels and URLs; names mix width, case and spaces;
catalogue ids, breaches without an id, identifier kinds face data exposes, and opening dates
before, after and beside breach dates of every precision (and none, and garbage). No catalogue:
the snapshot does not move when the shipped catalogue's facts do.

`structure(seed)` is what `match` returns as JSON data: every pair in order, and the pairs left
out as "registered after this breach" (sorted: their order follows a set of host names).
Regenerate the snapshot only when a change of results is intended:
`python -m tests.core.crosscheck_random > tests/data/crosscheck/snapshot.json`.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from exposure import crosscheck
from exposure.feeds.model import Breach, BreachId
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

SEEDS = (1, 2, 16)
_SITES = ("jd.com", "notjd.com", "jdgroup.co.za", "co.za", "example.com.cn", "com.cn",
          "other.com.cn", "github.io", "me.github.io", "amazonaws.com", "s3.amazonaws.com",
          "b.s3.amazonaws.com", "example.org", "example.com", "localhost", "10.0.0.1", "com",
          "taobao.com", "tmall.com", "京东.中国", "xn--jd-abc.com")
_PREFIXES = ("", "", "", "www.", "m.", "passport.", "a.b.", "shop.")
_FORMS = ("{}", "{}", "https://{}/login", "HTTPS://{}:443/x", "{}.", "ＪＤ.com", "")
_NAMES = ("京东", "ＪＤ", "jd", "J D", "Jing Dong", "汉庭", "汉 庭", "Hanting", "淘宝", "Taobao",
          "TAOBAO", "Brand 1", "brand1", "", " ")
_CATALOG_IDS = ("jd", "taobao", "huazhu", "ctrip", "alipay")
_KINDS = ("phone", "email", "id_number", "id_photo", "face", "bank_card", "password", "address",
          "plate", "location")
_DATES = ("", "2014", "2014-12", "2014-12-25", "2015-02", "2020-01-31", "garbage", "2014-13")


def _domain(rng: random.Random) -> str:
    return rng.choice(_FORMS).format(rng.choice(_PREFIXES) + rng.choice(_SITES))


def _some(rng: random.Random, pool: tuple[str, ...], most: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(rng.choice(pool) for _ in range(rng.randint(0, most))))


def breaches(rng: random.Random, count: int) -> list[Breach]:
    out = []
    for n in range(count):
        names = _some(rng, _NAMES, 2) if rng.random() < 0.2 else ()
        out.append(Breach(
            key=f"b{n}", title=names[0] if names else f"Breach {n}",
            organisation=rng.choice(("", "", "", *_NAMES)), aliases=names[1:],
            domains=tuple(_domain(rng) for _ in range(rng.choice((0, 0, 1, 1, 2)))),
            catalog_ids=_some(rng, _CATALOG_IDS, 2) if rng.random() < 0.1 else (),
            breach_date=rng.choice(_DATES), kinds=_some(rng, _KINDS, 4),
            id=None if rng.random() < 0.05 else BreachId(1000 + n)))
    return out


def rows(rng: random.Random, count: int, services: int) -> list[InventoryRow]:
    people = [Person(PersonId(p), f"p{p}") for p in range(1, 6)]
    idents = {p.id: [Identifier(IdentifierId(p.id * 10 + k), p.id, kind, f"v{p.id}-{k}")
                     for k, kind in enumerate(IdentifierKind)] for p in people}
    svc = [Service(ServiceId(s + 1),
                   rng.choice(_NAMES) if rng.random() < 0.3 else f"Service {s}",
                   catalog_id=rng.choice((None, None, None, None, *_CATALOG_IDS)),
                   domains=tuple(_domain(rng) for _ in range(rng.choice((0, 0, 1, 2)))))
           for s in range(services)]
    out = []
    for n in range(count):
        person = rng.choice(people)
        service = rng.choice(svc)
        mine = tuple(rng.sample(idents[person.id], rng.randint(0, 3)))  # any order
        since = (dt.date(2014, 12, 1) + dt.timedelta(days=rng.randint(-400, 2500))
                 if rng.random() < 0.6 else None)
        reg = Registration(RegistrationId(n + 1), person.id, service.id,
                           tuple(Usage(i.id) for i in mine), since=since)
        out.append(InventoryRow(reg, person, service, mine))
    return out


def _pair(m: Any) -> list[Any]:
    return [m.breach_id, m.registration_id, list(m.identifier_ids), list(m.kinds), m.matched_by]


def structure(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    later: list[Any] = []
    found = crosscheck.match(rows(rng, 300, 150), breaches(rng, 150), None, later=later)
    return {"matches": [_pair(m) for m in found],
            "later": sorted(_pair(m) for m in later)}


if __name__ == "__main__":
    parts = []  # one pair a line
    for seed in SEEDS:
        got = structure(seed)
        parts.append(f'"{seed}": {{' + ",\n".join(
            f'"{what}": [\n' + ",\n".join(json.dumps(p, ensure_ascii=False) for p in pairs)
            + "]" for what, pairs in got.items()) + "}")
    print("{" + ",\n".join(parts) + "}")
