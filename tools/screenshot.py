"""Screenshots of every page and the main dialogs, for a look as a user would (run under Xvfb):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot.py zh_CN /tmp/shots
    … tools/screenshot.py en /tmp/shots --font-size 14 --dark --scale 2

--font-size N   the application font at N points (what a user with poor eyesight sets)
--dark          the dark palette (ui/palette.py), as on a desktop with a dark theme
--scale F       QT_SCALE_FACTOR=F (150 % is 1.5, 200 % is 2)
--no-feeds      leave the built-in feed off (the Leaks page stays empty)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _option(name: str) -> str | None:
    if name in sys.argv:
        i = sys.argv.index(name)
        return sys.argv[i + 1] if i + 1 < len(sys.argv) else None
    return None


def main() -> None:
    values = {_option(o) for o in ("--font-size", "--scale")}
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a not in values]
    language = args[0] if args else "zh_CN"
    out = Path(args[1] if len(args) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    if _option("--scale"):
        os.environ["QT_SCALE_FACTOR"] = str(_option("--scale"))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from exposure.demo import load_demo
    from exposure.keys import VaultKey
    from exposure.paths import AppPaths
    from exposure.settings import Settings
    from exposure.vault import Vault

    app = QApplication([])
    from ui.app import configure_application, load_catalog
    from ui.i18n import install_language
    from ui.main_window import PAGES, MainWindow
    from ui.palette import dark_palette

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
    window.show()
    keys = [k for k, _, _ in PAGES]
    shots: list[tuple[str, object]] = [(f"{i:02d}-{k}", k) for i, k in enumerate(keys)]
    shots += [("90-add-registration", "dialog:registration"), ("91-playbook", "dialog:playbook"),
              ("92-identifier", "dialog:identifier")]
    open_dialog: list[object] = []

    def show(what: object) -> object:
        for d in open_dialog:
            d.close()  # type: ignore[attr-defined]
        open_dialog.clear()
        if isinstance(what, str) and not what.startswith("dialog:"):
            window.show_page(what)
            return window
        dialog = _dialog(window, str(what).partition(":")[2])
        dialog.show()
        open_dialog.append(dialog)
        return dialog

    def shoot(i: int = 0) -> None:
        if i == len(shots):
            app.quit()
            return
        name, what = shots[i]
        target = show(what)
        QTimer.singleShot(400, lambda: (target.grab().save(str(out / f"{name}.png")),  # type: ignore[attr-defined]
                                        shoot(i + 1)))

    QTimer.singleShot(500, shoot)
    app.exec()


def _dialog(window: object, which: str) -> object:
    ctx = window.ctx  # type: ignore[attr-defined]
    person = ctx.vault.people.list()[0]
    if which == "registration":
        from ui.views.registration_dialog import RegistrationDialog

        page = window.show_page("inventory")  # type: ignore[attr-defined]
        return RegistrationDialog(ctx.vault, services=page.service_choices, parent=window)
    if which == "identifier":
        from ui.views.identifier_dialog import IdentifierDialog

        dialog = IdentifierDialog(ctx.vault, person.id, parent=window)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("id_number"))
        dialog.value_edit.setText("11010519491231002")  # one digit short: the message shows
        return dialog
    from ui.views.playbook_dialog import PlaybookDialog

    return PlaybookDialog(ctx, person.id, ctx.short_lang, parent=window)


if __name__ == "__main__":
    main()
