"""A guest session leaves nothing behind: run `main.py --guest` in a child process with a fresh
HOME, XDG folders and TMPDIR, use it, close it, and find no file there afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from exposure.vault import Vault

REPO = Path(__file__).resolve().parents[2]
SAVE_PASSPHRASE = "take this home safely"

_SCRIPT = textwrap.dedent('''
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    import main
    from exposure.model import IdentifierKind
    from ui.main_window import MainWindow

    choice, usb, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication([sys.argv[0]])

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        wanted = "Forget" if choice == "forget" else "Save"
        for b in box.buttons():
            if wanted in b.text().replace("&", ""):
                b.click()
                return

    def work():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        assert window.guest and window.guest_banner.isVisible()
        vault = window.ctx.vault
        pid = vault.people.add(name="参加者", relation="self")
        vault.identifiers.add(person_id=pid, kind=IdentifierKind.PHONE, value="13900000001")
        for key in ("people", "inventory", "requests", "audit", "takeover", "services"):
            try:
                window.show_page(key)
            except KeyError:
                pass
            QApplication.processEvents()
        if choice == "save":
            from ui.vault import vault_menu
            vault_menu.QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (usb, ""))
            vault_menu.ask_passphrase = lambda *a, **k: passphrase
        QTimer.singleShot(0, answer)
        window.close()
        QTimer.singleShot(0, QApplication.quit)

    QTimer.singleShot(300, work)
    sys.exit(main.main(["--guest"]))
''')


def _run_guest(tmp_path: Path, choice: str, usb: Path) -> tuple[list[Path], list[Path]]:
    roots = {name: tmp_path / name for name in (
        "home", "config", "data", "cache", "state", "runtime", "tmp")}
    for root in roots.values():
        root.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "EXPOSURE_"))}
    env.update(HOME=str(roots["home"]), XDG_CONFIG_HOME=str(roots["config"]),
               XDG_DATA_HOME=str(roots["data"]), XDG_CACHE_HOME=str(roots["cache"]),
               XDG_STATE_HOME=str(roots["state"]), XDG_RUNTIME_DIR=str(roots["runtime"]),
               TMPDIR=str(roots["tmp"]), QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", _SCRIPT, choice, str(usb), SAVE_PASSPHRASE], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    left = [p for root in roots.values() for p in root.rglob("*")]
    return left, list(roots.values())


def test_a_guest_session_leaves_no_file_anywhere(tmp_path: Path) -> None:
    left, roots = _run_guest(tmp_path, "forget", tmp_path / "unused.exposure")
    assert left == [], f"left behind: {[str(p) for p in left]}"
    assert all(not any(r.iterdir()) for r in roots)
    assert not (tmp_path / "unused.exposure").exists()


def test_a_guest_can_save_an_encrypted_copy_where_they_choose(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / "mine.exposure"
    left, _ = _run_guest(tmp_path, "save", copy)
    assert left == [], f"left behind: {[str(p) for p in left]}"
    assert sorted(p.name for p in usb.iterdir()) == ["mine.exposure"]
    raw = copy.read_bytes()
    assert "参加者".encode() not in raw and b"13900000001" not in raw
    with Vault.open(copy, passphrase=SAVE_PASSPHRASE) as vault:
        assert [p.name for p in vault.people.all_people()] == ["参加者"]
