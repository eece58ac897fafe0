"""Import benchmark: a 5,000-login password-manager export (Chrome CSV) into a vault that
already holds the demo family. Targets: preview < 1 s, commit < 2 s.

Baselines, from the same run: for the preview, reading the same file with csv.DictReader (the
bare parse); for the commit, inserting as many rows into a scratch table of another vault in one
transaction (the bare cost of an encrypted, fully synced write).
"""

from __future__ import annotations

import csv
import io
import tempfile
import time
from pathlib import Path

Result = tuple[str, float, float | None]


def export_text(count: int) -> str:
    """A Chrome export: 40% catalogue sites (on subdomains), the rest sites of one's own; user
    names: e-mails, mobile numbers and plain names. Every value fictional."""
    from exposure.catalog import default_catalog

    domains = [d for e in default_catalog() for d in e.domains]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "url", "username", "password", "note"])
    for n in range(count):
        catalogued = n % 5 < 2
        host = f"login.{domains[n % len(domains)]}" if catalogued else f"site{n:05d}.example.org"
        match n % 3:
            case 0:
                user = f"user{n % 40}@example.com"
            case 1:
                user = f"139{n % 50:04d}{n % 50:04d}"
            case _:
                user = f"name{n}"
        writer.writerow([host, f"https://{host}/login", user, f"pw-{n}", ""])
    return out.getvalue()


def run(scale: float = 1.0) -> list[Result]:
    from exposure.demo import load_demo
    from exposure.importers import commit, preview
    from exposure.keys import VaultKey
    from exposure.vault import Vault

    count = max(int(5000 * scale), 50)
    text = export_text(count)
    root = Path(tempfile.mkdtemp(prefix="exposure-bench-import-"))
    file = root / "chrome.csv"
    file.write_text(text, "utf-8")

    best_raw = best_preview = float("inf")
    vault = Vault.create(root / "vault.exposure", VaultKey.from_passphrase("bench passphrase ok"))
    load_demo(vault)
    for _ in range(3):
        start = time.perf_counter()
        rows = list(csv.DictReader(io.StringIO(file.read_text("utf-8"))))
        best_raw = min(best_raw, time.perf_counter() - start)
        start = time.perf_counter()
        plan = preview(vault, file, person="张演示")
        best_preview = min(best_preview, time.perf_counter() - start)
    assert len(rows) == count and len(plan.rows) + len(plan.skipped) == count

    start = time.perf_counter()
    result = commit(vault, plan)
    t_commit = time.perf_counter() - start
    written = len(result.registrations)
    vault.close()

    scratch = Vault.create(root / "scratch.exposure", VaultKey.from_passphrase("bench passphrase ok"))
    start = time.perf_counter()
    with scratch.tx() as conn:
        conn.execute("CREATE TABLE bench(a TEXT, b TEXT, c TEXT)")
        conn.executemany("INSERT INTO bench VALUES (?, ?, ?)",
                         [(str(n), f"host{n}", f"user{n}") for n in range(written)])
    t_bare = time.perf_counter() - start
    scratch.close()
    return [(f"preview {count} logins ({len(plan.matched)} matched, target < 1 s)",
             best_preview, best_raw),
            (f"commit {written} registrations (target < 2 s)", t_commit, t_bare)]
