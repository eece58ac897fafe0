"""Audit benchmark: the three national look-ups compared against the inventory of every person of
a 10,000-registration vault (50 people), as the Audit page does when a user records them.

Baseline: reading the person's inventory rows (`registrations.rows(person)`) once per comparison,
the query each comparison needs, so the ratio shows the cost of the counting and of matching the
listed names against the catalogue.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

Result = tuple[str, float, float | None]


def run(scale: float = 1.0) -> list[Result]:
    from exposure import audit
    from exposure.catalog import default_catalog
    from exposure.keys import VaultKey
    from exposure.vault import Vault

    registrations = max(int(10_000 * scale), 100)
    people = 50 if registrations >= 1_000 else 5
    catalog = default_catalog()
    today = dt.date(2026, 11, 25)
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "bench.exposure", VaultKey.from_passphrase("bench passphrase ok"))
        _fill(vault, people, registrations)
        pids = [p.id for p in vault.people.all_people()]
        start = time.perf_counter()
        for pid in pids:
            for _ in range(3):
                vault.registrations.rows(pid)
        baseline = time.perf_counter() - start
        listed = "微信\n淘宝\n支付宝\n抖音\n快手\nQQ\n某某小程序"
        start = time.perf_counter()
        for pid in pids:
            for lookup in ("phone_cards", "internet_accounts", "bank_cards"):
                audit.compare(vault, pid, lookup, today=today, official_count=3,
                              listed=listed, catalog=catalog)
        compared = time.perf_counter() - start
        vault.close()
    return [(f"audit: 3 look-ups × {len(pids)} people ({registrations:,} registrations)",
             compared, baseline)]


def _fill(vault, people: int, registrations: int) -> None:  # type: ignore[no-untyped-def]
    from stdnum import luhn

    from exposure.model import Role, Usage

    catalog_ids = ["wechat", "qq", "taobao", "alipay", "douyin", "jd", "meituan", "12306",
                   "ctrip", "icbc"]
    with vault.operation("registrations"):
        services = [vault.services.ensure(name=f"服务 {n:04d}") for n in range(390)]
        services += [vault.services.ensure(name=cid, catalog_id=cid) for cid in catalog_ids]
        per_person = registrations // people
        for p in range(people):
            pid = vault.people.add(name=f"成员 {p:03d}")
            phone = vault.identifiers.add(person_id=pid, kind="phone",
                                          value=f"139{p:04d}{p:04d}")
            card = f"62220200{p:010d}"
            vault.identifiers.add(person_id=pid, kind="bank_card",
                                  value=card + luhn.calc_check_digit(card))
            for r in range(per_person):
                vault.registrations.add(
                    person_id=pid, service_id=services[(p * 7 + r) % len(services)],
                    usages=[Usage(phone, Role.LOGIN)], allow_duplicate=True)
