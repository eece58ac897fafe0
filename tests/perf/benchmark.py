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
import gc
import importlib
import os
import resource
import statistics
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


def median_of(fn: Callable[[], object], repeat: int) -> float:
    """The median of `repeat` runs (a shared machine: one run may land on a busy moment)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

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
        w.resize(1100, 700)  # the app's default size
        w.show()
        app.sendPostedEvents()
        w.repaint()
        w.close()
        w.deleteLater()

    t_window = median_of(empty_window, 5)
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

    t_bare = median_of(bare_query, 5)

    from exposure.settings import Settings
    from ui.app import load_catalog
    from ui.main_window import MainWindow

    catalog = load_catalog()  # as the app does, once at start-up, before its window opens

    def shown(widget: QWidget) -> None:
        """Posted events (layouts) handled and the window painted, synchronously: the first
        paint, without running the timers that fill in the rest."""
        app.sendPostedEvents()
        widget.window().repaint()

    def open_window(page: str) -> tuple[MainWindow, QWidget, float]:
        start = time.perf_counter()
        window = MainWindow(Vault.open(paths.vault), paths, Settings(), catalog)
        window.show()
        widget = window.show_page(page) if page != "home" else window.pages["home"]
        shown(widget)
        return window, widget, time.perf_counter() - start

    def close(window: MainWindow) -> None:
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # not only inside exec()
        app.processEvents()
        gc.collect()

    def wait(done: Callable[[], bool]) -> None:
        while not done():
            app.processEvents()
            time.sleep(0.001)

    def open_until(key: str, ready: Callable[[QWidget], bool], runs: int
                   ) -> tuple[list[float], list[float]]:
        """`runs` times a window opened on page `key` and closed once `ready(page)`: the
        seconds to its first paint, and to ready."""
        first: list[float] = []
        full: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            window, page, t_first = open_window(key)
            wait(lambda p=page: ready(p))  # type: ignore[misc]
            full.append(time.perf_counter() - start)
            first.append(t_first)
            close(window)
            # Let go of the closed window's Python side (its pages' rows) before the next one
            # opens: the app lets go of a window it closes, and the peak is of one window.
            del window, page
            gc.collect()
        return first, full

    first, full = open_until("inventory", lambda p: not p.loading, 5)  # type: ignore[attr-defined]

    window, page, _t = open_window("inventory")
    wait(lambda: not page.loading)  # type: ignore[attr-defined]
    rows = page.model.rowCount()  # type: ignore[attr-defined]
    typed = "139000"
    per_key: list[list[float]] = [[] for _ in typed]
    for _ in range(3):
        for n in range(1, len(typed) + 1):
            start = time.perf_counter()
            page.search_edit.setText(typed[:n])  # type: ignore[attr-defined]
            app.processEvents()
            per_key[n - 1].append(time.perf_counter() - start)
        page.search_edit.setText("")  # type: ignore[attr-defined]
        app.processEvents()
    keys = [statistics.median(k) for k in per_key]
    print("search, per keystroke (ms):", [[round(t * 1000) for t in k] for k in per_key],
          file=sys.stderr)
    texts = [page.model.index(r, 5).data() for r in range(rows)]  # type: ignore[attr-defined]
    t_scan = median_of(lambda: [t for t in texts if "1390" in t.lower()], 5)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    close(window)

    vault = Vault.open(paths.vault)
    t_rows = median_of(vault.registrations.rows, 3)
    vault.close()
    home_first, home_full = open_until("home", lambda h: not h.busy, 3)  # type: ignore[attr-defined]
    home_numbers = [t - f for f, t in zip(home_first, home_full, strict=True)]
    rss_home = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    floor = t_bare + t_window
    return [
        (f"unlock (keyring) + Inventory shown (first paint), {rows} rows; floor: bare query"
         " + empty window", statistics.median(first), floor),
        (f"unlock (keyring) + Inventory with all {rows} rows loaded", statistics.median(full),
         floor),
        ("unlock (keyring) + Home shown (first paint)", statistics.median(home_first), floor),
        (f"Home's numbers worked out after it is shown, {rows} regs, 50 people; floor: "
         "reading the rows", statistics.median(home_numbers), t_rows),
        ("search: one character typed, worst of 6 (medians of 3); floor: substring scan",
         max(keys), t_scan),
        ("search: the same, with the goal's 10 ms (floor: 2 × scan + 10 ms, ratio ≤ 1)",
         max(keys), 2 * t_scan + 0.010),
        ("search: one character typed, mean of 6", sum(keys) / len(keys), t_scan),
        ("peak memory MB, Inventory shown and searched; floor: QApplication started", rss,
         rss_base),
        ("peak memory MB, after Home worked out its numbers", rss_home, rss_base),
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
    import exposure.takeover  # noqa: F401  (decides which modules run)
    from exposure import compiled

    print(f"{os.cpu_count()} cores; load average {load_before[0]:.1f} at the start, "
          f"{load_after[0]:.1f} at the end; {time.perf_counter() - started:.0f} s in all; "
          f"scale {args.scale}; take-over modules "
          f"{'compiled' if compiled.active() else 'as Python source'} (exposure/compiled.py)")
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
