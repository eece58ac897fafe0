"""Merge benchmark: a 10,000-registration vault (50 people) and a copy of it with 100 new
registrations, merged (rows matched by content, fields compared); then the same merge again,
which changes nothing.

Baseline: reading both copies' inventories (`registrations.rows()`), the least a merge must read.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from tests.perf.bench_audit import _fill

Result = tuple[str, float, float | None]
_PASS = "bench passphrase ok"


def run(scale: float = 1.0) -> list[Result]:
    from exposure.keys import VaultKey
    from exposure.merge import merge_from
    from exposure.model import Role, Usage
    from exposure.vault import Vault

    registrations = max(int(10_000 * scale), 100)
    people = 50 if registrations >= 1_000 else 5
    with tempfile.TemporaryDirectory() as tmp:
        a_path, b_path = Path(tmp) / "a.exposure", Path(tmp) / "b.exposure"
        a = Vault.create(a_path, VaultKey.from_passphrase(_PASS))
        _fill(a, people, registrations)
        a.close()
        shutil.copy(a_path, b_path)
        a, b = Vault.open(a_path, passphrase=_PASS), Vault.open(b_path, passphrase=_PASS)
        with b.operation("registrations"):
            pid = b.people.all_people()[0].id
            iid = b.identifiers.all_identifiers(pid)[0].id
            for n in range(100):
                sid = b.services.ensure(name=f"新服务 {n:03d}")
                b.registrations.add(person_id=pid, service_id=sid,
                                    usages=[Usage(iid, Role.LOGIN)])
        start = time.perf_counter()
        a.registrations.rows()
        b.registrations.rows()
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        first = merge_from(a, b)
        merged = time.perf_counter() - start
        start = time.perf_counter()
        again = merge_from(a, b)
        second = time.perf_counter() - start
        assert first.added.get("registrations") == 100 and not again.changed
        a.close()
        b.close()
    return [(f"merge: copy with 100 new registrations into {registrations:,}", merged, baseline),
            (f"merge again, nothing to change ({registrations:,})", second, baseline)]
