"""Translations: Qt .qm files built from resources/translations/*_zh_CN.ts by the Makefile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from exposure.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
_installed: list[QTranslator] = []
_language = "en"


def resolve_language(setting: str) -> str:
    if setting in ("zh_CN", "en"):
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_language(setting: str) -> str:
    """Install the translators for `setting` ("system", "zh_CN" or "en"); returns the language."""
    global _language
    app = QCoreApplication.instance()
    for tr in _installed:
        QCoreApplication.removeTranslator(tr)
    _installed.clear()
    _language = resolve_language(setting)
    if _language == "zh_CN":
        for qm in sorted(TRANSLATIONS.glob("*_zh_CN.qm")):
            tr = QTranslator(app)
            if tr.load(str(qm)):
                QCoreApplication.installTranslator(tr)
                _installed.append(tr)
        qt_tr = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_tr.load("qtbase_zh_CN", path):
            QCoreApplication.installTranslator(qt_tr)
            _installed.append(qt_tr)
    return _language


def current_language() -> str:
    return _language
