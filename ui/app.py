"""Start the GUI: QApplication, translations, the first-run wizard or unlock dialog, the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from exposure import catalog
from exposure.catalog import Catalog
from exposure.errors import CatalogInvalid, ExposureError, VaultUnreadable
from exposure.guest import is_guest
from exposure.paths import RESOURCES, AppPaths
from exposure.settings import Settings, load_settings
from exposure.store import replace
from exposure.vault import Vault, interrupted_creation
from ui.fonts import apply_screen_font
from ui.i18n import install_language
from ui.palette import FOCUS_STYLE, follow_system_theme
from ui.words import error_text


def load_catalog() -> Catalog:
    """The shipped service catalogue, read once; an empty one when it is damaged (the start-up
    says so, see Application)."""
    return read_catalog()[0]


def read_catalog() -> tuple[Catalog, CatalogInvalid | None]:
    try:
        return catalog.default_catalog(), None
    except CatalogInvalid as exc:
        return Catalog([]), exc


def warn_damaged_catalog(damage: CatalogInvalid) -> None:
    """One sentence naming the damaged file; the app goes on without service facts."""
    QMessageBox.warning(None, QCoreApplication.translate("App", "Exposure"),
                        QCoreApplication.translate(
                            "App", "The service catalogue is damaged ({file}). Exposure works "
                            "without it (no service facts, hotlines or privacy contacts) until it "
                            "is reinstalled.").format(file=damage.file))


def open_or_create(path: Path, parent: Any = None) -> Vault | None:
    """The wizard for a new vault, the keyring or the unlock dialog for an existing one."""
    from ui.vault.unlocking import unlock_vault
    from ui.vault.wizard import CreateVaultWizard

    title = QCoreApplication.translate("App", "Exposure")
    if path.is_dir():
        QMessageBox.warning(None, title, error_text(VaultUnreadable("dir", reason="not_a_file")))
        return None
    if interrupted_creation(path):
        answer = QMessageBox.question(None, title, QCoreApplication.translate(
            "App", "The vault file is empty: creating it was interrupted, so it holds nothing. "
            "Create a new vault in its place?"))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    replace.clean_leftovers(path.parent)
    if not path.exists() or interrupted_creation(path):
        wizard = CreateVaultWizard(path, parent)
        wizard.exec()
        return wizard.vault
    return unlock_vault(path, parent)


APP_ID = "io.github.exposure.Exposure"
"""The desktop-file and AppStream id (packaging/io.github.exposure.Exposure.*)."""
ICON = RESOURCES / "icons" / f"{APP_ID}.svg"


def configure_application(app: QApplication) -> None:
    """Names, the window icon, and the desktop-file id that lets the desktop match our windows
    to the launcher (and its icon) on Wayland and in the task switcher."""
    app.setApplicationName("Exposure")
    app.setOrganizationName("Exposure")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(ICON)))
    follow_system_theme(app)
    app.setStyleSheet(FOCUS_STYLE)


class Application:
    def __init__(self, vault_path: Path | None, paths: AppPaths, *, guest: bool = False) -> None:
        self.paths = paths
        self.vault_path = vault_path or paths.vault
        self.guest = guest
        # a guest reads no settings file either: a shared laptop's preferences are not theirs
        self.settings: Settings = Settings() if guest else load_settings(paths.settings)
        self.catalog, self.catalog_damage = read_catalog()  # once, at start-up
        self.window: Any = None

    def start(self) -> bool:
        from ui.main_window import MainWindow

        install_language(self.settings.language)
        if self.catalog_damage is not None:
            warn_damaged_catalog(self.catalog_damage)
        if self.guest:
            from exposure.guest import open_guest_vault

            vault: Vault | None = open_guest_vault()
        else:
            vault = open_or_create(self.vault_path)
            if vault is not None and is_guest(vault):
                self.guest = True  # chosen on the wizard's first page
        if vault is None:
            return False
        if self.guest:
            from ui.vault.guest import prepare_qt_for_guest

            prepare_qt_for_guest(QApplication.instance())  # type: ignore[arg-type]
        self.window = MainWindow(vault, self.paths, self.settings, self.catalog,
                                 on_language=self.switch_language, guest=self.guest)
        self.window.show()
        return True

    def switch_language(self, language: str) -> None:
        """Re-create the window in the new language, keeping the vault open."""
        from ui.main_window import MainWindow

        install_language(language)
        old = self.window
        vault = old.handover()
        self.window = MainWindow(vault, self.paths, old.settings, self.catalog,
                                 on_language=self.switch_language, guest=self.guest)
        # the demo family's copy goes along, so closing the old window does not delete it
        self.window.demo, old.demo = old.demo, None
        self.window.home_vault_path = old.home_vault_path
        self.window.update_title()
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.close()
        old.deleteLater()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    """An expected error that escaped a slot (a busy vault, a keyring gone mid-session) is
    worded for the user instead of a traceback on stderr and nothing on screen."""
    if isinstance(exc, ExposureError):
        from ui.widgets.common import show_error

        show_error(QApplication.activeWindow(), exc)  # type: ignore[arg-type]
        return
    sys.__excepthook__(kind, exc, tb)


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()  # prog: main.py or exposure-gui, as started
    parser.add_argument("--vault", type=Path, default=None, help="the vault file to open")
    parser.add_argument("--guest", action="store_true",
                        help="a guest session: the vault lives in memory only; nothing is saved "
                             "unless you save an encrypted copy where you choose")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0], *qt_args])
    configure_application(app)
    sys.excepthook = _excepthook
    apply_screen_font(app)
    if args.guest:
        from ui.vault.guest import prepare_qt_for_guest

        prepare_qt_for_guest(app)  # before any dialog could write Qt's own settings
    paths = AppPaths.default()
    if not args.guest:
        paths.ensure()  # a guest session creates no folder either
    exposure_app = Application(args.vault, paths, guest=args.guest)
    if not exposure_app.start():
        return 0
    return app.exec()
