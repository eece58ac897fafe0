"""Opening the window does not load what only a passphrase dialog needs: zxcvbn's word lists
(~13 MB) are read when a passphrase is first scored, not when the window's modules load."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import ROOT


def test_the_window_does_not_import_zxcvbn() -> None:
    code = ("import sys; import ui.main_window, ui.inventory.inventory_page, ui.widgets.passphrase;"
            " print(sorted(m for m in sys.modules if m.split('.')[0] == 'zxcvbn'))")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env).stdout.strip().splitlines()[-1]
    assert out == "[]"


def test_scoring_a_passphrase_still_uses_zxcvbn() -> None:
    from exposure import passphrases

    assert passphrases.strength("password").score < passphrases.MIN_SCORE
    assert passphrases.strength("lantern-orbit-marble-quietly-9-harbor").acceptable
    assert "zxcvbn" in sys.modules
