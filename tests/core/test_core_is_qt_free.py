"""`import exposure` (every module) in a fresh interpreter loads no PySide6 module."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import exposure
from tests.paths import ROOT


def test_no_qt_in_the_core() -> None:
    names = sorted(m.name for m in pkgutil.walk_packages(exposure.__path__, "exposure."))
    assert "exposure.vault" in names and "exposure.cli" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    assert out.stdout.strip() == ""
