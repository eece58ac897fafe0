"""The screen's font: the system's own UI font first, then the best CJK font the system has.

Qt finds a CJK fallback by itself, but not always a good one (on Windows it can pick SimSun's
bitmap strikes; on a minimal Linux none at all). So after the system UI font come, in order,
the CJK families that Windows 10/11 (Microsoft YaHei UI), macOS 10.11+ (PingFang SC,
Hiragino Sans GB) and Linux desktops (Noto/Source Han Sans, WenQuanYi) ship, and last the app's
own font (resources/fonts/, also used for every PDF), so Chinese shows on any machine.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from exposure.paths import RESOURCES

CJK_SCREEN_FAMILIES = (
    "Microsoft YaHei UI", "Microsoft YaHei",  # Windows
    "PingFang SC", "Hiragino Sans GB", "Heiti SC",  # macOS
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
    "Droid Sans Fallback",  # Linux
)
BUNDLED = RESOURCES / "fonts" / "ExposureSansSC-Regular.otf"


def screen_families(system_family: str, installed: list[str]) -> list[str]:
    """The family list for the UI font: the system's, the installed CJK hints, the bundled."""
    families = [system_family] if system_family else []
    families += [f for f in CJK_SCREEN_FAMILIES if f in installed and f not in families]
    bundled = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(BUNDLED))) if BUNDLED.is_file() else []
    families += [f for f in bundled if f not in families]
    return families


def apply_screen_font(app: QApplication) -> None:
    font = QFont(app.font())
    font.setFamilies(screen_families(font.family(), QFontDatabase.families()))
    app.setFont(font)
