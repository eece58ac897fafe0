"""Screenshots of every page for a look as a user would (run under Xvfb):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot.py zh_CN /tmp/shots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exposure.demo import load_demo
from exposure.keys import VaultKey
from exposure.paths import AppPaths
from exposure.settings import Settings
from exposure.vault import Vault


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    language = args[0] if args else "zh_CN"
    out = Path(args[1] if len(args) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from ui.app import load_catalog
    from ui.i18n import install_language
    from ui.main_window import PAGES, MainWindow

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
    size = next((a[len("--size="):] for a in sys.argv if a.startswith("--size=")), "1100x700")
    width, height = (int(v) for v in size.split("x"))
    window.resize(width, height)
    window.show()
    keys = [k for k, _, _ in PAGES]

    def shoot(i: int = 0) -> None:
        if i == len(keys):
            app.quit()
            return
        window.show_page(keys[i])
        QTimer.singleShot(300, lambda: (window.grab().save(str(out / f"{i:02d}-{keys[i]}.png")),
                                        shoot(i + 1)))

    QTimer.singleShot(500, shoot)
    app.exec()


if __name__ == "__main__":
    main()
