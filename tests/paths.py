"""Where the repository and the test data are: for tests that read the project's files or start a
child process in the checkout."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
