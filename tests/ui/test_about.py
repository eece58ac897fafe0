"""Help → About shows the version, the licence and every third-party notice the app must carry;
the screen font falls back to the system's CJK fonts, then to the bundled one."""

from __future__ import annotations

import subprocess
import sys

from exposure import __version__
from tests.paths import ROOT
from ui.fonts import CJK_SCREEN_FAMILIES, screen_families
from ui.help.about_dialog import AboutDialog


def test_about_shows_version_licence_and_notices(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.title.text() == f"Exposure {__version__}"
    assert "GPL-3.0-or-later" in dialog.licence.text()
    notices = dialog.notices.toPlainText()
    for needed in ("JustDeleteMe", "Robb Lewis", "2FA Directory", "2factorauth", "Josh Davis",
                   "Have I Been Pwned", "CC BY 4.0", "Troy Hunt", "SIL Open Font License",
                   "Reserved Font Name 'Source'", "PySide6", "LGPL-3.0"):
        assert needed in notices, needed
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.gpl.toPlainText()
    assert dialog.notices.isReadOnly()


def test_help_about_opens_the_dialog_from_the_window(qtbot, monkeypatch) -> None:
    from ui.main_window import MainWindow

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    MainWindow.about(None)  # type: ignore[arg-type]
    assert len(shown) == 1 and shown[0].title.text().endswith(__version__)


def test_screen_font_prefers_system_cjk_fonts_then_the_bundled_one(qapp) -> None:
    families = screen_families("Segoe UI", ["Segoe UI", "SimSun", "Microsoft YaHei UI"])
    assert families == ["Segoe UI", "Microsoft YaHei UI", "Exposure Sans SC"]
    mac = screen_families(".AppleSystemUIFont", ["PingFang SC", "Hiragino Sans GB"])
    assert mac[:3] == [".AppleSystemUIFont", "PingFang SC", "Hiragino Sans GB"]
    assert screen_families("DejaVu Sans", ["DejaVu Sans"]) == ["DejaVu Sans", "Exposure Sans SC"]
    assert "Microsoft YaHei UI" in CJK_SCREEN_FAMILIES and "PingFang SC" in CJK_SCREEN_FAMILIES


def test_version_from_main_py_and_python_m_exposure() -> None:
    for command in ([sys.executable, str(ROOT / "main.py"), "--version"],
                    [sys.executable, "-m", "exposure", "--version"]):
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT,
                              timeout=120)
        assert done.returncode == 0 and done.stdout == f"Exposure {__version__}\n", done.stderr
