"""The benchmark itself must keep working: run it at a tiny scale (no timing asserted)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import ROOT


def test_benchmark_runs_at_small_scale() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "tests/perf/benchmark.py", "--scale", "0.01"],
                         cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "unlock (keyring) + Inventory shown" in out.stdout and "Home's numbers" in out.stdout
    assert "inventory --json" in out.stdout  # the headless dump (and KeePassXC or "skipped")
    assert "FAILED" not in out.stdout, out.stdout
    assert "import" in out.stdout and "commit" in out.stdout
    assert "take-over: whole vault" in out.stdout
