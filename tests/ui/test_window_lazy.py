"""Opening the window does not load what only a passphrase dialog needs: zxcvbn's word lists
(~13 MB) are read when a passphrase is first scored, not when the window's modules load."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import ROOT


def test_the_window_does_not_import_zxcvbn() -> None:
    assert _run("import sys; import ui.main_window, ui.inventory.inventory_page,"
                " ui.widgets.passphrase;"
                " print(sorted(m for m in sys.modules if m.split('.')[0] == 'zxcvbn'))") == "[]"


def test_scoring_a_passphrase_still_uses_zxcvbn() -> None:
    from exposure import passphrases

    assert passphrases.strength("password").score < passphrases.MIN_SCORE
    assert passphrases.strength("lantern-orbit-marble-quietly-9-harbor").acceptable
    assert "zxcvbn" in sys.modules


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT, env=env).stdout.strip().splitlines()[-1]


def test_the_take_over_does_not_import_jinja2_until_a_playbook_is_rendered() -> None:
    """Home imports the take-over: Jinja2 (~1 MB, 45 ms) waits for the first printed playbook."""
    assert _run("import sys, exposure.overview; print('jinja2' in sys.modules)") == "False"
    assert _run("import sys; from exposure.takeover import render;"
                " render._env().get_template('en/playbook.html.j2');"
                " print('jinja2' in sys.modules)") == "True"


def test_building_a_page_lets_go_of_the_module_sources_pyside_read() -> None:
    """PySide6 reads the source of each module imported after it (linecache keeps it: ~5 MB
    for the app); once a page is built, and the modules it imports, that text is let go."""
    out = _run(
        "import linecache; import PySide6.QtWidgets; import exposure.takeover.why\n"
        "held = any(f.endswith('why.py') for f in linecache.cache)\n"
        "from ui.window.pages import LazyPages\n"
        "class Maker:\n"
        "    def make(self, key):\n"
        "        import exposure.overview\n"
        "        return key\n"
        "maker = Maker(); pages = LazyPages(maker.make); pages['home']\n"
        "print(held, len(linecache.cache))")
    assert out == "True 0"
