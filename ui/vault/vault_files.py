"""File → New vault…, Open vault…, Open the demo family, and Help → User guide.

The demo family is a throw-away copy: a fresh vault in a temporary folder, filled with the
fictional family of resources/demo/family.json, and deleted when the window leaves it (another
vault, lock, quit). Its key is a random passphrase that lives only in memory (never in the
keyring)."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTextBrowser, QVBoxLayout

from exposure.paths import RESOURCES
from exposure.vault import Vault

GUIDE = RESOURCES / "guide"


class DemoCopy:
    """The demo family's temporary folder and vault; `discard()` deletes both."""

    def __init__(self, catalog: Any = None) -> None:
        from exposure.demo import load_demo
        from exposure.keys import VaultKey

        self.folder = Path(tempfile.mkdtemp(prefix="exposure-demo-"))
        self.path = self.folder / "demo.exposure"
        # a random passphrase held only here: nothing goes to the keyring, nobody re-opens it
        self.vault = Vault.create(self.path, VaultKey.from_passphrase(secrets.token_urlsafe(32)))
        try:
            load_demo(self.vault, name_for=lambda cid: (
                catalog.get(cid).name_zh if catalog is not None and catalog.get(cid) else None))
        except Exception:
            self.discard()
            raise

    def discard(self) -> None:
        if self.vault.is_open:
            self.vault.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def ask_new_path(window: Any) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("VaultFiles", "New vault"),
        str(Path.home() / "family.exposure"),
        QCoreApplication.translate("VaultFiles", "Exposure vaults (*.exposure)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".exposure")


def ask_open_path(window: Any) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("VaultFiles", "Open vault"), str(Path.home()),
        QCoreApplication.translate("VaultFiles", "Exposure vaults (*.exposure);;All files (*)"))
    return Path(name) if name else None


def new_vault(window: Any, path: Path | None = None) -> bool:
    """Create a vault with the first-run wizard and switch the window to it."""
    from ui.vault.wizard import CreateVaultWizard

    path = path or ask_new_path(window)
    if path is None:
        return False
    if path.exists():
        from ui.widgets.common import confirm

        if not confirm(window, QCoreApplication.translate("VaultFiles", "New vault"),
                       QCoreApplication.translate(
                           "VaultFiles", "A file of that name exists. Open it instead?"),
                       destructive=False):
            return False
        return open_vault(window, path)
    wizard = CreateVaultWizard(path, window)
    wizard.exec()
    if wizard.vault is None:
        return False
    window.switch_vault(wizard.vault)
    return True


def open_vault(window: Any, path: Path | None = None) -> bool:
    """Unlock another vault (keyring or passphrase) and switch the window to it."""
    from ui.app import open_or_create

    path = path or ask_open_path(window)
    if path is None or not path.exists():
        return False
    vault = open_or_create(path, window)
    if vault is None:
        return False
    window.switch_vault(vault)
    return True


def open_demo(window: Any) -> DemoCopy:
    """A throw-away copy of the demo family; the window deletes it when it leaves it."""
    demo = DemoCopy(window.catalog)
    window.switch_vault(demo.vault, demo=demo)
    return demo


def guide_file(language: str) -> Path:
    lang = "zh_CN" if language.startswith("zh") else "en"
    return GUIDE / lang / "index.html"


class GuideDialog(QDialog):
    """The bundled user guide (HTML and screenshots in resources/guide/), read offline."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("VaultFiles", "Exposure user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(QCoreApplication.translate("VaultFiles", "User guide"))
        path = guide_file(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 620)
