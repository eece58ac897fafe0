"""Take-over page benchmark (issue 5): open the page on a person with 2,000 registrations
(graph, scenarios, chain, cut, list, drawing), and apply a hardening step (record, re-run,
redraw). Baseline: the core's own chain + cut for the same person (`report_for`)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

Result = tuple[str, float, float | None]


def _fill(vault, registrations: int) -> int:  # type: ignore[no-untyped-def]
    """One person whose registrations cycle through the catalogue, over two numbers, an ID
    and eight cards (every second one bound to the payment apps)."""
    from stdnum import luhn
    from stdnum.cn import ric

    from exposure.catalog import default_catalog
    from tests.perf.bench_takeover import usages_for

    entries = list(default_catalog().entries)
    with vault.operation("registrations"):
        services = {e.id: vault.services.ensure(name=e.name_zh, catalog_id=e.id) for e in entries}
        pid = vault.people.add(name="成员")
        add = vault.identifiers.add
        phones = [add(person_id=pid, kind="phone", value=f"13{n}00000001") for n in (9, 7)]
        body = "11010519800101001"  # 17 digits; the check digit follows
        idn = add(person_id=pid, kind="id_number", value=body + ric.calc_check_digit(body + "0"))
        cards = []
        for c in range(8):
            digits = f"6222{c:02d}000000000001"
            cards.append(add(person_id=pid, kind="bank_card",
                             value=digits + luhn.calc_check_digit(digits)))
        for r in range(registrations):
            e = entries[r % len(entries)]
            vault.registrations.add(
                person_id=pid, service_id=services[e.id], allow_duplicate=True,
                usages=usages_for(e, cards[r % len(cards)], phones[r % 2], idn))
    return int(pid)


def run(scale: float = 1.0) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from exposure import takeover as to
    from exposure.catalog import default_catalog
    from exposure.keys import VaultKey
    from exposure.paths import AppPaths
    from exposure.settings import Settings
    from exposure.vault import Vault
    from ui.bridge import VaultBridge
    from ui.context import AppContext
    from ui.takeover.takeover_page import TakeoverPage

    app = QApplication.instance() or QApplication([])
    catalog = default_catalog()  # loaded once at start-up in the app
    n = max(int(2_000 * scale), 40)
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.ensure()
        vault = Vault.create(paths.vault, VaultKey.from_passphrase("bench passphrase ok"))
        try:
            pid = _fill(vault, n)
            start = time.perf_counter()
            report = to.report_for(vault, pid, "lost-phone", catalog=catalog)
            t_core = time.perf_counter() - start
            assert report.analysis.steps and report.cut

            ctx = AppContext(vault, paths, Settings(), VaultBridge(vault), catalog)
            start = time.perf_counter()
            page = TakeoverPage(ctx)
            page.resize(1100, 700)
            page.show()
            app.processEvents()
            t_open = time.perf_counter() - start
            steps = page.chain_model.rowCount()
            assert steps == len(report.analysis.steps) and page.graph_view.node_items

            key = page.cut_model.key_at(page.cut_model.rowCount() - 1)
            from ui.takeover import apply_step
            apply_step.ask_done = lambda *a: True  # the user answers "Yes, it is done"
            apply_step.tell = lambda *a: None  # and reads what is left (worked out, not shown)
            start = time.perf_counter()
            page.apply(key)  # the vault's notice re-runs and redraws
            app.processEvents()
            t_apply = time.perf_counter() - start
            assert page.applied_model.rowCount() == 1
            page.close()
            page.deleteLater()
            app.processEvents()
        finally:
            vault.close()
    return [
        (f"take-over page: open, 1 person, {n} regs ({steps} steps)", t_open, t_core),
        (f"take-over page: apply a step + redraw, {n} regs", t_apply, t_core),
    ]


if __name__ == "__main__":
    for name, value, base in run():
        print(f"{name:<58} {value:8.3f}s  baseline {base:8.3f}s")
