"""The speed benchmark: `make bench` (or `python tests/perf/benchmark.py [--scale N]`).

Each figure is printed next to a baseline measured in the same run, as a ratio, so that a slow
machine does not look like a slow app. Unit tests never assert on these numbers.

Foundation (issue 2), 10,000 registrations across 50 people:
  unlock (keyring mode) + show the inventory   vs  a bare sqlcipher3 query of the same rows
                                               and an empty PySide6 window shown
  one character typed in the search box        vs  a Python substring scan of the same rows
  peak memory (ru_maxrss)                      vs  the process after QApplication started
Other areas add `tests/perf/bench_<area>.py` with `run(scale) -> [(name, seconds, baseline)]`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

Result = tuple[str, float, float | None]


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def build_vault(path: Path, people: int, registrations: int, key: object = None) -> None:
    """A vault of `registrations` rows over `people` people, written in one transaction
    (keyring-protected unless a `key` is given)."""
    from stdnum import luhn
    from stdnum.cn import ric

    from exposure.keys import VaultKey
    from exposure.model import Role, Usage
    from exposure.vault import Vault

    vault = Vault.create(path, key or VaultKey.new_raw())  # type: ignore[arg-type]
    with vault.operation("registrations"):
        services = [vault.services.ensure(name=f"服务 {n:04d}") for n in range(400)]
        per_person = registrations // people
        for p in range(people):
            pid = vault.people.add(name=f"成员 {p:03d}")
            body = f"11010519{70 + p % 30:02d}0101{p:03d}"
            ids = [
                vault.identifiers.add(person_id=pid, kind="phone", value=f"139{p:04d}{p:04d}"),
                vault.identifiers.add(person_id=pid, kind="id_number",
                                      value=body + ric.calc_check_digit(body + "0")),
                vault.identifiers.add(person_id=pid, kind="email", value=f"p{p}@example.com"),
            ]
            card = f"62220200{p:010d}"
            ids.append(vault.identifiers.add(person_id=pid, kind="bank_card",
                                             value=card + luhn.calc_check_digit(card)))
            for r in range(per_person):
                vault.registrations.add(
                    person_id=pid, service_id=services[(p * 7 + r) % len(services)],
                    usages=[Usage(ids[0], Role.LOGIN), Usage(ids[r % 3 + 1], Role.ID_ON_FILE)],
                    allow_duplicate=True)
    vault.close()


def build_vault_with_key(path: str, registrations: int) -> str:
    """For the child process: build with an in-memory keyring, return the key."""
    import keyring
    from keyring.backends import null

    captured: dict[str, str] = {}

    class Capture(null.Keyring):
        priority = 1  # type: ignore[assignment]

        def set_password(self, service: str, username: str, password: str) -> None:
            captured["key"] = password

    keyring.set_keyring(Capture())
    build_vault(Path(path), 50, registrations)
    return captured["key"]


def foundation(scale: float) -> list[Result]:
    import keyring
    import keyring.backend
    from PySide6.QtWidgets import QApplication, QMainWindow

    from exposure.keys import load_key
    from exposure.paths import AppPaths
    from exposure.store.connection import connect
    from exposure.vault import Vault

    class MemoryKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, s: str, u: str) -> str | None:
            return self.store.get((s, u))

        def set_password(self, s: str, u: str, p: str) -> None:
            self.store[(s, u)] = p

        def delete_password(self, s: str, u: str) -> None:
            self.store.pop((s, u), None)

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    rss_base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def empty_window() -> None:
        w = QMainWindow()
        w.show()
        app.processEvents()
        w.close()

    t_window = timed(empty_window, 3)
    n_regs = max(int(10_000 * scale), 50)
    root = Path(tempfile.mkdtemp(prefix="exposure-bench-"))
    paths = AppPaths.under(root)
    paths.ensure()
    # Built in a child process so that its memory does not count; the key comes back to us.
    import subprocess

    key = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[3]);"
         "from tests.perf.benchmark import build_vault_with_key;"
         "print(build_vault_with_key(sys.argv[1], int(sys.argv[2])))",
         str(paths.vault), str(n_regs), str(ROOT)],
        capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip().splitlines()[-1]
    from exposure.keys import KEYRING_SERVICE, key_id

    keyring.set_password(KEYRING_SERVICE, key_id(paths.vault), key)

    def bare_query() -> None:
        conn = connect(paths.vault, load_key(paths.vault))
        conn.execute(
            "SELECT r.id, p.name, s.name, i.kind, i.value FROM registrations r"
            " JOIN people p ON p.id = r.person_id JOIN services s ON s.id = r.service_id"
            " LEFT JOIN registration_identifiers ri ON ri.registration_id = r.id"
            " LEFT JOIN identifiers i ON i.id = ri.identifier_id").fetchall()
        conn.close()

    t_bare = timed(bare_query, 3)

    from exposure.settings import Settings
    from ui.main_window import MainWindow

    holder: list[object] = []

    def unlock_and_show() -> None:
        vault = Vault.open(paths.vault)
        window = MainWindow(vault, paths, Settings())
        window.show()
        window.show_page("inventory")
        app.processEvents()
        holder.append(window)

    t_unlock = timed(unlock_and_show, 1)
    window = holder[-1]
    page = window.pages["inventory"]  # type: ignore[attr-defined]
    rows = page.model.rowCount()
    typed = "139000"
    per_key: list[float] = []
    for n in range(1, len(typed) + 1):
        start = time.perf_counter()
        page.search_edit.setText(typed[:n])
        app.processEvents()
        per_key.append(time.perf_counter() - start)
    page.search_edit.setText("")
    texts = [page.model.index(r, 5).data() for r in range(rows)]
    t_scan = timed(lambda: [t for t in texts if "1390" in t.lower()], 3)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()  # type: ignore[attr-defined]
    return [
        (f"unlock (keyring) + show inventory, {rows} rows", t_unlock, t_bare + t_window),
        ("search: one character typed (worst of 6)", max(per_key), t_scan),
        ("search: one character typed (mean of 6)", sum(per_key) / len(per_key), t_scan),
        ("peak memory MB (as seconds column)", rss, rss_base),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0,
                        help="1.0 = the sizes the issues name; smaller for a quick run")
    parser.add_argument("--only", action="append", default=[], metavar="AREA",
                        help="run only this area (foundation, headless, takeover …); repeatable")
    args = parser.parse_args()
    wanted = set(args.only)
    load_before = os.getloadavg()
    started = time.perf_counter()
    results: list[tuple[str, list[Result]]] = []
    if not wanted or "foundation" in wanted:
        results.append(("foundation", foundation(args.scale)))
    for bench in sorted(Path(__file__).parent.glob("bench_*.py")):
        area = bench.stem[6:]
        if wanted and area not in wanted:
            continue
        module = importlib.import_module(f"tests.perf.{bench.stem}")
        try:
            results.append((area, module.run(args.scale)))
        except Exception as exc:
            results.append((area, [(f"FAILED: {type(exc).__name__}: {exc}", 0.0, None)]))
    load_after = os.getloadavg()
    print(f"{os.cpu_count()} cores; load average {load_before[0]:.1f} at the start, "
          f"{load_after[0]:.1f} at the end; {time.perf_counter() - started:.0f} s in all; "
          f"scale {args.scale}")
    print(f"{'area':<13} {'measure':<74} {'value':>9} {'floor':>9} {'ratio':>7}")
    for area, rows in results:
        for name, value, base in rows:
            if name.startswith("skipped:"):
                print(f"{area:<13} {name}")
                continue
            ratio = f"{value / base:6.2f}×" if base else "      -"
            unit = "MB" if "memory" in name else "s"
            b = f"{base:9.4f}" if base is not None else "        -"
            print(f"{area:<13} {name:<74} {value:9.4f} {b} {ratio}  {unit}")


if __name__ == "__main__":
    main()
