"""A closed main window can be garbage-collected without taking the interpreter down.

Collecting a cycle of Qt wrappers (window → pages → context → callbacks → window) crashed
PySide6 in garbage collection (a segfault, seen after the language switch and in the benchmark);
the window breaks that cycle when it closes. Run in a child process: a crash must fail this test,
not end the test run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

SCRIPT = """
import gc, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
from exposure.demo import load_demo
from exposure.keys import VaultKey
from exposure.paths import AppPaths
from exposure.settings import Settings
from exposure.vault import Vault
app = QApplication([])
from ui.main_window import MainWindow
paths = AppPaths.under(Path(tempfile.mkdtemp()))
paths.ensure()
for pages in ([], ["inventory"], ["services"], ["feeds", "takeover"]):
    vault = Vault.create(paths.vault, VaultKey.from_passphrase("correct horse battery"))
    load_demo(vault)
    window = MainWindow(vault, paths, Settings())
    window.show()
    for key in pages:
        window.show_page(key)
    app.processEvents()
    window.close()
    del window
    gc.collect()
    for suffix in ("", "-wal", "-shm"):
        Path(str(paths.vault) + suffix).unlink(missing_ok=True)
print("survived")
"""


def test_closed_windows_are_collected_without_a_crash(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT, str(ROOT)],
                         capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-1500:]
    assert "survived" in out.stdout
