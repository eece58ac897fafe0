"""Keyboard only, as a user who cannot use a mouse: every key goes to the widget that has the
focus, through Qt's own shortcut and focus handling. From the open window: pages by Ctrl+1 …,
Tab out of every table, add / edit / remove a person, an identifier and a registration, write a
letter, tick a playbook item, lock and unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from exposure.settings import Settings
from exposure.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.modal import when_modal
from ui.main_window import MainWindow
from ui.window.pages import PAGES

# offscreen cannot raise windows or grab the keyboard for a completer's popup: not the app's fault
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@pytest.fixture(autouse=True)
def _release_modifiers(qtbot):  # type: ignore[no-untyped-def]
    """A shortcut that closes its window (Ctrl+L) never delivers its key release, and QTest's
    modifier state would stay "Ctrl held" for the next test file (selectRow would then toggle)."""
    yield
    probe = QWidget()
    qtbot.addWidget(probe)
    qtbot.keyClick(probe, Key.Key_Shift)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot)
    qtbot.keyClick(focused(), key, modifier)


def shortcut(qtbot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot)
    qtbot.keyClick(window, key, modifier)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    if QApplication.focusWidget() is None:  # a dialog closed: the desktop re-activates the
        for top in QApplication.topLevelWidgets():  # window below (offscreen has no one to)
            if isinstance(top, MainWindow) and top.isVisible():
                top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = focused()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)  # type: ignore[attr-defined]  # QTest cannot type CJK


def alt(qtbot, widget: QWidget, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter: the button's mnemonic (Qt animates the press, then clicks 100 ms later)."""
    settle(qtbot)
    qtbot.keyClick(widget, key, ALT)
    qtbot.wait(250)


def confirm_with_keys(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next confirmation with Alt+D (&Delete); the list gets the question asked."""
    asked: list[str] = []

    def confirm(box: QDialog) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        qtbot.keyClick(box, Key.Key_D, ALT)

    when_modal(QMessageBox, confirm, focused=True)
    return asked


@pytest.fixture
def window(qtbot, demo_vault: Vault, app_paths) -> MainWindow:  # type: ignore[no-untyped-def]
    from ui.app import load_catalog

    w = MainWindow(demo_vault, app_paths, Settings(), load_catalog())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def test_ctrl_number_goes_to_each_page_and_tab_leaves_every_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for n, (key, _, _) in enumerate(PAGES[:9]):
        shortcut(qtbot, window, getattr(Key, f"Key_{n + 1}"))
        page = window.pages[key]
        assert window.stack.currentWidget() is page, key
        assert window.view_menu.actions()[n].isChecked()
        for table in page.findChildren(QAbstractItemView):
            if not table.isVisible() or not table.isEnabled():
                continue
            table.setFocus()
            press(qtbot, Key.Key_Tab)
            assert focused() is not table, f"Tab stays in {key}'s {table.accessibleName()}"
            assert not table.isAncestorOf(focused())


def test_people_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.people.identifier_dialog import IdentifierDialog
    from ui.people.person_dialog import PersonDialog

    shortcut(qtbot, window, Key.Key_2)
    page = window.pages["people"]
    before = page.people_model.rowCount()

    def add_person(dialog: QDialog) -> None:
        type_text(qtbot, "外婆")
        for _ in range(5):  # relation, … then the notes box
            press(qtbot, Key.Key_Tab)
            if isinstance(focused(), QPlainTextEdit):
                break
        assert isinstance(focused(), QPlainTextEdit)  # Tab moves on from it, typing no tab
        press(qtbot, Key.Key_Tab)
        assert not isinstance(focused(), QPlainTextEdit)
        qtbot.keyClick(focused(), Key.Key_Return)  # the default button: Save

    when_modal(PersonDialog, add_person, focused=True)
    alt(qtbot, window, Key.Key_A)  # &Add person…
    assert page.people_model.rowCount() == before + 1
    assert page.current_person_id() is not None
    assert page.ctx.vault.people.get(page.current_person_id()).name == "外婆"

    # Enter in the list edits the person
    page.people_view.setFocus()
    renamed = []

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog) and dialog.person is not None
        focused().selectAll()  # type: ignore[attr-defined]
        type_text(qtbot, "外婆二")
        renamed.append(True)
        qtbot.keyClick(focused(), Key.Key_Return)

    when_modal(PersonDialog, rename, focused=True)
    press(qtbot, Key.Key_Return)
    assert renamed
    assert page.ctx.vault.people.get(page.current_person_id()).name == "外婆二"

    # an identifier: Alt+I, type, Enter; then Enter edits it and Del removes it
    def add_phone(dialog: QDialog) -> None:
        assert isinstance(dialog, IdentifierDialog)
        dialog.kind_combo.setFocus()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("phone"))
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, "13912345678")
        qtbot.keyClick(focused(), Key.Key_Return)

    when_modal(IdentifierDialog, add_phone, focused=True)
    alt(qtbot, window, Key.Key_I)
    assert page.ident_model.rowCount() == 1
    page.ident_view.setFocus()
    page.ident_view.selectRow(0)

    def relabel(dialog: QDialog) -> None:
        assert isinstance(dialog, IdentifierDialog) and dialog.identifier is not None
        alt(qtbot, dialog, Key.Key_L)  # &Label
        type_text(qtbot, "old phone")
        qtbot.keyClick(focused(), Key.Key_Return)

    when_modal(IdentifierDialog, relabel, focused=True)
    press(qtbot, Key.Key_Return)  # Enter edits
    pid = page.current_person_id()
    assert [i.label for i in page.ctx.vault.identifiers.all_identifiers(pid)] == ["old phone"]
    page.ident_view.setFocus()
    page.ident_view.selectRow(0)
    confirm_with_keys(qtbot)
    press(qtbot, Key.Key_Delete)
    assert page.ident_model.rowCount() == 0

    # Del in the people list removes the person, after a confirmation that names them
    page.people_view.setFocus()
    seen = confirm_with_keys(qtbot)
    press(qtbot, Key.Key_Delete)
    assert "外婆二" in seen[0]
    assert page.people_model.rowCount() == before


def test_inventory_letter_playbook_lock_unlock_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.inventory.registration_dialog import RegistrationDialog
    from ui.letters.letter_dialog import LetterDialog
    from ui.vault.unlock_dialog import UnlockDialog

    shortcut(qtbot, window, Key.Key_3)
    page = window.pages["inventory"]
    total = page.model.rowCount()

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, RegistrationDialog)
        press(qtbot, Key.Key_Tab)  # person → service
        assert focused() is dialog.service_edit
        type_text(qtbot, "My local gym")
        press(qtbot, Key.Key_Tab)
        # the identifier boxes come next, before Status and Save
        assert focused() in [w for pair in dialog.identifier_rows.values() for w in pair]
        press(qtbot, Key.Key_Space)  # tick the first identifier
        qtbot.keyClick(focused(), Key.Key_Return)  # the default button: Save

    when_modal(RegistrationDialog, add, focused=True)
    shortcut(qtbot, window, Key.Key_N)
    assert page.model.rowCount() == total + 1

    # Enter edits the registration under the cursor
    page.view.setFocus()
    edited: list[bool] = []

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, RegistrationDialog) and dialog.registration_id is not None
        edited.append(True)
        qtbot.keyClick(focused(), Key.Key_Escape)

    when_modal(RegistrationDialog, edit, focused=True)
    press(qtbot, Key.Key_Return)
    assert edited

    # find it by typing, then Del removes it (the confirmation names it)
    shortcut(qtbot, window, Key.Key_F)
    assert focused() is page.search_edit
    type_text(qtbot, "local gym")
    assert page.proxy.rowCount() == 1
    press(qtbot, Key.Key_Tab)
    assert focused() is page.view
    press(qtbot, Key.Key_Down)
    texts = confirm_with_keys(qtbot)
    press(qtbot, Key.Key_Delete)
    assert "My local gym" in texts[0]
    assert page.model.rowCount() == total
    page.search_edit.clear()

    # a letter: select a row, Alt+L, Alt+K keeps it as a request
    page.view.setFocus()
    press(qtbot, Key.Key_Down)
    when_modal(LetterDialog, lambda d: qtbot.keyClick(d, Key.Key_K, ALT), focused=True)
    alt(qtbot, window, Key.Key_L)
    requests = window.pages["requests"]
    qtbot.waitUntil(lambda: requests.model.rowCount() == 1)

    # the playbook: Take-over page, Alt+P, Space ticks the item under the cursor
    shortcut(qtbot, window, getattr(Key, f"Key_{[k for k, _, _ in PAGES].index('takeover') + 1}"))
    takeover = window.pages["takeover"]
    alt(qtbot, window, Key.Key_P)
    book = next(iter(takeover.playbooks.values()))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is book)
    book.tree.setFocus()
    press(qtbot, Key.Key_Down)  # first item of the first section
    done_before = book.model.progress()[0]
    press(qtbot, Key.Key_Space)
    assert book.model.progress()[0] == done_before + 1
    qtbot.keyClick(book, Key.Key_Escape)

    # lock, then unlock with Enter and the passphrase
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shortcut(qtbot, window, Key.Key_L)
    assert window.is_locked
    assert focused() is window.unlock_button

    def unlock(dialog: QDialog) -> None:
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Key.Key_Return)

    when_modal(UnlockDialog, unlock, focused=True)
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked)
    shortcut(qtbot, window, Key.Key_3)
    assert window.pages["inventory"].model.rowCount() == total
