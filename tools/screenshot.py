"""Screenshots of every page and dialog at the default window size, for a look as a user would
(run under Xvfb; the demo family fills the vault):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot.py zh_CN /tmp/shots
    … tools/screenshot.py en /tmp/shots --size=1440x900 --no-feeds
    … tools/screenshot.py zh_CN --guide      # the user guide's pictures (resources/guide/)

Pages are NN-key.png, dialogs dlg-name.png. --no-feeds leaves the feeds off (Home and Leaks then
show what Exposure cannot see).
--font-size N   the application font at N points (what a user with poor eyesight sets)
--dark          the dark palette (ui/palette.py), as on a desktop with a dark theme
--scale F       QT_SCALE_FACTOR=F (150 % is 1.5, 200 % is 2)
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from exposure.demo import load_demo
from exposure.keys import VaultKey
from exposure.paths import AppPaths
from exposure.settings import Settings
from exposure.vault import Vault

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _option(name: str) -> str | None:
    if name in sys.argv:
        i = sys.argv.index(name)
        return sys.argv[i + 1] if i + 1 < len(sys.argv) else None
    return None

ROOT = Path(__file__).resolve().parent.parent
GUIDE_PAGES = {"home": "home.png", "dashboard": "leaks.png", "takeover": "takeover.png"}


def _dialogs(window: object, ctx: object) -> list[tuple[str, Callable[[], QWidget]]]:
    """(name, make) for each dialog a user meets; each is shown at the size it opens with."""
    from ui.importing.import_dialog import ImportDialog
    from ui.inventory.registration_dialog import RegistrationDialog
    from ui.people.identifier_dialog import IdentifierDialog
    from ui.people.person_dialog import PersonDialog
    from ui.settings.settings_dialog import SettingsDialog
    from ui.takeover.playbook_dialog import PlaybookDialog
    from ui.vault.security_dialog import SecurityDialog
    from ui.vault.unlock_dialog import UnlockDialog
    from ui.vault.vault_files import GuideDialog
    from ui.vault.wizard import CreateVaultWizard

    vault = ctx.vault  # type: ignore[attr-defined]
    person = vault.people.all_people()[0]
    lang = ctx.short_lang  # type: ignore[attr-defined]

    def letter() -> QWidget:
        page = window.show_page("requests")  # type: ignore[attr-defined]
        row = vault.registrations.rows()[0]
        return page.new_letter(row.registration.id)  # type: ignore[no-any-return]

    def service() -> QWidget:
        from ui.services.service_page import ServiceDialog

        return ServiceDialog(ctx.catalog.get("alipay"), lang, parent=window)  # type: ignore[attr-defined]

    return [
        ("wizard", lambda: CreateVaultWizard(Path(tempfile.mkdtemp()) / "new.exposure", window)),
        ("unlock", lambda: UnlockDialog(vault.path, window)),
        ("person", lambda: PersonDialog(vault, None, window)),
        ("identifier", lambda: IdentifierDialog(vault, person.id, None, window)),
        ("registration", lambda: RegistrationDialog(vault, person_id=person.id, parent=window)),
        ("import", lambda: ImportDialog(ctx, window)),
        ("letter", letter),
        ("service", service),
        ("playbook", lambda: PlaybookDialog(ctx, person.id, lang, window)),
        ("settings", lambda: SettingsDialog(Settings(), window)),
        ("protection", lambda: SecurityDialog(vault, window)),
        ("guide", lambda: GuideDialog(ctx.lang, window)),  # type: ignore[attr-defined]
    ]


def main() -> None:
    values = {_option(o) for o in ("--font-size", "--scale")}
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a not in values]
    language = args[0] if args else "zh_CN"
    guide = "--guide" in sys.argv
    out = (ROOT / "resources" / "guide" / ("zh_CN" if language.startswith("zh") else "en")
           / "img") if guide else Path(args[1] if len(args) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    size = next((a[len("--size="):] for a in sys.argv if a.startswith("--size=")), "1100x700")
    width, height = (int(v) for v in size.split("x"))
    if _option("--scale"):
        os.environ["QT_SCALE_FACTOR"] = str(_option("--scale"))
    app = QApplication([])
    from ui.app import configure_application, load_catalog
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.palette import dark_palette
    from ui.window.pages import PAGES

    configure_application(app)
    if "--dark" in sys.argv:
        app.setPalette(dark_palette())
    if _option("--font-size"):
        font = app.font()
        font.setPointSizeF(float(str(_option("--font-size"))))
        app.setFont(font)
    install_language(language)
    root = Path(tempfile.mkdtemp())
    paths = AppPaths.under(root)
    vault = Vault.create(paths.vault, VaultKey.from_passphrase("screenshot passphrase"))
    catalog = load_catalog()
    load_demo(vault, name_for=(lambda cid: catalog.get(cid).name_zh if catalog and
                               catalog.get(cid) else None))
    if "--no-feeds" not in sys.argv:  # the built-in feed is offline: the Leaks page has content
        from exposure.feeds.sync import sync

        vault.feeds.set_enabled("builtin", True)
        sync(vault, ["builtin"])
    window = MainWindow(vault, paths, Settings(language=language), catalog)
    window.resize(width, height)
    window.show()
    keys = [k for k, _, _ in PAGES if not guide or k in GUIDE_PAGES]
    shots: list[tuple[str, Callable[[], QWidget | None]]] = [
        (GUIDE_PAGES[k] if guide else f"{i:02d}-{k}.png",
         lambda k=k: (window.show_page(k), window)[1])  # type: ignore[misc]
        for i, k in enumerate(keys)]
    if not guide:
        shots += [(f"dlg-{name}.png", make) for name, make in _dialogs(window, window.ctx)]

    def shoot(i: int = 0) -> None:
        if i == len(shots):
            app.quit()
            return
        name, make = shots[i]
        widget = make()
        if widget is not None and widget is not window:
            widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            widget.show()

        def grab() -> None:
            target = widget if widget is not None else window
            image = target.grab().toImage()
            if guide:
                image = image.scaledToWidth(880, Qt.TransformationMode.SmoothTransformation)
                image = image.convertToFormat(QImage.Format.Format_Indexed8)  # small in git
            image.save(str(out / name), None, 9 if guide else -1)
            if isinstance(widget, QDialog):
                widget.reject()
            elif widget is not None and widget is not window:
                widget.close()
            shoot(i + 1)

        QTimer.singleShot(400, grab)

    QTimer.singleShot(500, shoot)
    app.exec()


def _dialog(window: object, which: str) -> object:
    ctx = window.ctx  # type: ignore[attr-defined]
    person = ctx.vault.people.all_people()[0]
    if which == "registration":
        from ui.inventory.registration_dialog import RegistrationDialog

        page = window.show_page("inventory")  # type: ignore[attr-defined]
        return RegistrationDialog(ctx.vault, services=page.service_choices, parent=window)
    if which == "identifier":
        from ui.people.identifier_dialog import IdentifierDialog

        dialog = IdentifierDialog(ctx.vault, person.id, parent=window)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("id_number"))
        dialog.value_edit.setText("11010519491231002")  # one digit short: the message shows
        return dialog
    from ui.takeover.playbook_dialog import PlaybookDialog

    return PlaybookDialog(ctx, person.id, ctx.short_lang, parent=window)


if __name__ == "__main__":
    main()
