"""Catalogue benchmark: loading and checking every resources/catalog/*.json (target < 100 ms at
start-up), and 1,000 type-ahead searches.

Baseline for the load: json.loads of the same files without any checking, so the ratio shows the
cost of the schema and source checks. Baseline for the searches: none.
"""

from __future__ import annotations

import json
import time

Result = tuple[str, float, float | None]


def run(scale: float = 1.0) -> list[Result]:
    from exposure.catalog import CATALOG_DIR, load_catalog

    files = sorted(CATALOG_DIR.glob("*.json"))
    best_load = best_raw = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for path in files:
            json.loads(path.read_text("utf-8"))
        best_raw = min(best_raw, time.perf_counter() - start)
        start = time.perf_counter()
        catalog = load_catalog()
        best_load = min(best_load, time.perf_counter() - start)
    queries = ["京", "京东", "jd", "ali", "银行", "pay", "ＪＤ", "12306", "passport.jd.com", "微"]
    count = max(int(1000 * scale), 10)
    start = time.perf_counter()
    for n in range(count):
        catalog.search(queries[n % len(queries)])
    searches = time.perf_counter() - start
    return [(f"load + check {len(catalog)} catalogue files", best_load, best_raw),
            (f"{count} type-ahead searches", searches, None)]
