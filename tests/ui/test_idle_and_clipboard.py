"""The idle lock with a clock the test moves (no waiting), and the self-clearing clipboard: the
clear fires from its timer (triggered here, not waited for), spares what the user copied since,
and the letter dialog's Copy text goes through it so lock clears the letter too."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from exposure.settings import Settings
from ui.main_window import MainWindow
from ui.widgets.clipboard import SecretClipboard


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _window(qtbot, vault, app_paths, **settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(vault, app_paths, Settings(**settings))
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_lock_fires_after_the_minutes_without_input(qtbot, demo_vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_vault, app_paths, idle_lock_minutes=10)
    clock = FakeClock()
    window.idle.clock = clock
    window.idle.set_minutes(10)
    assert window.idle.timer.isActive()
    clock.now += 9 * 60
    window.idle.check()
    assert not window.is_locked
    # input anywhere resets the countdown
    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, move)
    clock.now += 9 * 60
    window.idle.check()
    assert not window.is_locked
    clock.now += 61
    window.idle.check()
    assert window.is_locked and not demo_vault.is_open
    window.close()


def test_typing_resets_the_countdown_and_other_events_do_not(qtbot, demo_vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtTest import QTest

    window = _window(qtbot, demo_vault, app_paths, idle_lock_minutes=10)
    clock = FakeClock()
    window.idle.clock = clock
    window.idle.set_minutes(10)
    clock.now += 9 * 60
    QTest.keyClick(window, Qt.Key.Key_Shift)  # made by Qt, not by Python
    assert window.idle.last_input == clock.now
    clock.now += 5 * 60
    for kind in (QEvent.Type.Show, QEvent.Type.LayoutRequest, QEvent.Type.UpdateRequest):
        QApplication.sendEvent(window, QEvent(kind))
    window.hide()
    window.show()
    assert window.idle.last_input == clock.now - 5 * 60
    clock.now += 5 * 60
    window.idle.check()
    assert window.is_locked
    window.close()


def test_idle_lock_off_never_fires(qtbot, demo_vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_vault, app_paths, idle_lock_minutes=0)
    clock = FakeClock()
    window.idle.clock = clock
    window.idle.set_minutes(0)
    assert not window.idle.timer.isActive()
    clock.now += 10 ** 9
    window.idle.check()
    assert not window.is_locked
    window.close()


def test_clipboard_clears_itself_but_not_what_the_user_copied_since(qtbot) -> None:  # type: ignore[no-untyped-def]
    board = QGuiApplication.clipboard()
    cb = SecretClipboard(30)
    cb.copy("13800001234")
    assert board.text() == "13800001234" and cb.pending
    assert cb._timer.interval() == 30_000
    mime = board.mimeData()
    assert mime.data("x-kde-passwordManagerHint").data() == b"secret"
    cb._timer.timeout.emit()  # the 30 s are up
    assert board.text() == "" and not cb.pending
    cb.copy("13800001234")
    board.setText("something the user copied")
    cb._timer.timeout.emit()
    assert board.text() == "something the user copied"


def test_letter_copy_uses_the_clearing_clipboard_and_lock_clears_it(qtbot, demo_vault,  # type: ignore[no-untyped-def]
                                                                    app_paths) -> None:
    window = _window(qtbot, demo_vault, app_paths)
    requests = window.show_page("requests")
    rid = demo_vault.registrations.rows()[0].registration.id
    dialog = requests.new_letter(rid)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text and text == dialog.letter.text
    assert window.clipboard.pending
    assert "30" in dialog.copied_label.text()
    assert QGuiApplication.clipboard().mimeData().hasFormat("x-kde-passwordManagerHint")
    window.lock()
    assert QGuiApplication.clipboard().text() == ""
    window.close()


def test_settings_with_absurd_values_are_held_to_what_the_dialog_offers(app_paths) -> None:  # type: ignore[no-untyped-def]
    import json

    from exposure.settings import MAX_IDLE_MINUTES, load_settings

    app_paths.settings.write_text(json.dumps({"idle_lock_minutes": 99999999,
                                              "clipboard_clear_seconds": 10 ** 12,
                                              "reveal_by_default": "yes"}))  # an old key
    s = load_settings(app_paths.settings)
    assert s.idle_lock_minutes == MAX_IDLE_MINUTES
    assert s.clipboard_clear_seconds == 300 and not hasattr(s, "reveal_by_default")
    app_paths.settings.write_text(json.dumps({"idle_lock_minutes": True}))
    assert load_settings(app_paths.settings).idle_lock_minutes == 10




def test_a_huge_idle_setting_still_starts_the_window(qtbot, demo_vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_vault, app_paths, idle_lock_minutes=10 ** 7)
    assert window.idle.timer.isActive() and not window.is_locked
    window.close()


def test_an_empty_vault_file_is_offered_for_replacement(qtbot, app_paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui import app
    from ui.vault import wizard
    app_paths.vault.write_bytes(b"")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or answer[0])
    shown: list[object] = []
    monkeypatch.setattr(wizard.CreateVaultWizard, "exec",
                        lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    assert app.open_or_create(app_paths.vault) is None
    assert asked and not shown and app_paths.vault.read_bytes() == b""  # No: left alone
    answer[0] = QMessageBox.StandardButton.Yes
    assert app.open_or_create(app_paths.vault) is None  # the wizard, then cancelled
    assert len(shown) == 1
