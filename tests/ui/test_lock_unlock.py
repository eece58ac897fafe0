"""Lock, unlock, then edit on every page: no page may keep the closed vault.

`_detach()` used to clear the sidebar while the old context was still set, so Qt rebuilt a page
with it; after unlocking, Delete on Inventory did nothing and stderr showed `Cannot operate on a
closed database`. Each test locks from one page (as a user or the idle lock would), unlocks by
typing the passphrase into the real dialog, and then changes something on every page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from exposure.feeds.model import ExposureState, FeedKind
from exposure.settings import Settings
from exposure.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.modal import when_modal
from ui.main_window import MainWindow
from ui.vault.unlock_dialog import UnlockDialog
from ui.window.pages import PAGES


def _press_delete(box: QMessageBox) -> None:
    for b in box.buttons():
        if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole:
            b.click()
            return


def _unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)

    when_modal(UnlockDialog, answer)
    assert window.unlock()


def _edit_people(window: MainWindow) -> None:
    page = window.show_page("people")
    before = page.people_model.rowCount()
    page.select_person_row(0)
    when_modal(QMessageBox, _press_delete)
    page.remove_person()
    assert page.people_model.rowCount() == before - 1


def _edit_inventory(window: MainWindow) -> None:
    page = window.show_page("inventory")
    before = page.model.rowCount()
    page.view.selectRow(0)
    when_modal(QMessageBox, _press_delete)
    page.remove_registrations()
    assert page.model.rowCount() == before - 1


def _edit_requests(window: MainWindow) -> None:
    page = window.show_page("requests")
    vault = window.ctx.vault
    reg = vault.registrations.all_registrations()[0]
    rid = vault.requests.add(person_id=reg.person_id, registration_id=reg.id,
                             service_id=reg.service_id, kind="deletion", created=page.clock())
    page.select(rid)  # the page heard of the new request from the open vault
    assert page.selected_ids() == [rid]
    page.mark_sent()
    assert vault.requests.get(rid).sent is not None


def _edit_dashboard(window: MainWindow) -> None:
    page = window.show_page("dashboard")
    page.refresh()  # reads the open vault; a stale page raises ProgrammingError here
    if page.model.rowCount():
        page.table.selectRow(0)
        page.set_state(ExposureState.SEEN)


def _edit_feeds(window: MainWindow) -> None:
    page = window.show_page("feeds")
    fid = next(f.id for f in window.ctx.vault.feeds.all_feeds() if f.kind is not FeedKind.MANUAL)
    page.select(fid)
    was = window.ctx.vault.feeds.get(fid).enabled
    page.toggle_selected()
    assert window.ctx.vault.feeds.get(fid).enabled is not was


def _edit_services(window: MainWindow) -> None:
    page = window.show_page("services")
    page.search("")


def _edit_audit(window: MainWindow) -> None:
    page = window.show_page("audit")
    page.refresh()


def _edit_takeover(window: MainWindow) -> None:
    page = window.show_page("takeover")
    page.analyse()
    if page.cut_model.rowCount():
        from ui.takeover import apply_step
        key = page.cut_model.key_at(0)
        asked = apply_step.ask_done, apply_step.tell
        apply_step.ask_done = lambda *a: True  # "Have you done this step?" — yes
        apply_step.tell = lambda *a: None
        try:
            page.apply(key)
        finally:
            apply_step.ask_done, apply_step.tell = asked
        assert key in window.ctx.vault.hardening.keys(page.graph.person.id)


EDITS: dict[str, Callable[[MainWindow], None]] = {
    "people": _edit_people, "inventory": _edit_inventory, "requests": _edit_requests,
    "dashboard": _edit_dashboard, "feeds": _edit_feeds, "services": _edit_services,
    "audit": _edit_audit, "takeover": _edit_takeover,
}


# The pages the bug was seen from, and the last page of the stack.
@pytest.mark.parametrize("start", ["people", "requests", "feeds", "audit", "takeover"])
def test_every_page_edits_the_unlocked_vault(qtbot, demo_vault: Vault, app_paths,  # type: ignore[no-untyped-def]
                                             start: str) -> None:
    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    window.show()
    for key, _, _ in PAGES:  # every page built once, as a user who looked around
        window.show_page(key)
    window.show_page(start)
    window.lock_action.trigger()
    assert window.is_locked
    _unlock(qtbot, window)
    for key, _, _ in PAGES:
        edit = EDITS.get(key)
        if edit is None:  # a page added since: it must at least be bound to the open vault
            window.show_page(key)
        else:
            edit(window)
        page = window.pages[key]
        assert page.ctx is window.ctx, f"{key} is bound to the closed vault"  # type: ignore[attr-defined]
    assert all(p.ctx is window.ctx for p in window.pages.values())  # type: ignore[attr-defined]
    window.close()
