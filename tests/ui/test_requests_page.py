"""Requests page: make a deletion letter, mark it sent, let the clock pass the due date, see it
overdue, write the follow-up; export the deadlines; batch PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pypdf
from PySide6.QtCore import Qt

from exposure.letters.model import RequestState
from exposure.settings import Settings
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.letters.requests_page import RequestsPage


class Clock:
    def __init__(self, today: dt.date) -> None:
        self.today = today

    def __call__(self) -> dt.date:
        return self.today


def _page(qtbot, vault, app_paths, clock) -> RequestsPage:
    ctx = AppContext(vault, app_paths, Settings(), VaultBridge(vault))
    ctx.clock = clock
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_deletion_letter_goes_overdue_and_gets_a_follow_up(qtbot, demo_vault, app_paths) -> None:
    clock = Clock(dt.date(2026, 9, 25))  # a Friday before the National Day week
    page = _page(qtbot, demo_vault, app_paths, clock)
    row = next(r for r in demo_vault.registrations.rows() if r.service.catalog_id == "suning")
    dialog = page.new_letter(row.registration.id)
    dialog.kind.setCurrentIndex(dialog.kind.findData("deletion"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("zh"))
    assert "第四十七条" in dialog.preview.toPlainText()
    assert "苏宁易购" in dialog.preview.toPlainText()
    dialog.record_button.click()
    assert page.model.rowCount() == 1
    rid = dialog.request_id
    assert page.row_state(rid) == "Draft"

    page.select(rid)
    assert page.sent_button.isEnabled()
    page.sent_button.click()
    req = demo_vault.requests.get(rid)
    assert req.state is RequestState.SENT and req.due == dt.date(2026, 10, 22)
    assert page.row_state(rid) == "Waiting"
    assert rid not in page.model.overdue

    clock.today = dt.date(2026, 10, 23)  # the day after the due date: no sleeping
    page.refresh()
    assert page.row_state(rid) == "Overdue"
    index = page.model.index(page.model.row_of(int(rid)), 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert "1 overdue" in page.summary.text()

    page.select(rid)
    assert page.follow_button.isEnabled()
    page.follow_button.click()
    assert page.model.rowCount() == 2
    follow = [r for r in demo_vault.requests.all_requests() if r.parent_id == rid]
    assert len(follow) == 1 and follow[0].state is RequestState.DRAFT
    assert page.last_letter is not None
    text = page.last_letter.text
    assert "催告函" in text and "2026年9月25日" in text and "2026年10月22日" in text


def test_export_ics_and_batch_pdf(qtbot, demo_vault, app_paths, tmp_path: Path) -> None:
    from exposure.letters import tracking
    from exposure.letters.kinds import LetterKind

    clock = Clock(dt.date(2026, 3, 2))
    rows = demo_vault.registrations.rows()[:3]
    for r in rows:
        rid = tracking.record(demo_vault, r.registration.id, LetterKind.DELETION, clock())
        tracking.mark_sent(demo_vault, rid, clock())
    page = _page(qtbot, demo_vault, app_paths, clock)
    out = page.export_ics(tmp_path / "d.ics")
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 3
    page.batch(tmp_path, combined=True)
    reader = pypdf.PdfReader(str(tmp_path / "letters.pdf"))
    text = "".join(p.extract_text() for p in reader.pages)
    assert text.count("删除个人信息申请") >= 3


def test_from_an_exposure_to_an_overdue_letter_and_its_follow_up(qtbot, demo_vault, app_paths) -> None:
    """The whole path in the real window: Leaks → "Write a request letter…" → Requests."""
    from exposure.feeds.sync import sync
    from ui.main_window import MainWindow

    demo_vault.feeds.set_enabled("builtin", True)
    sync(demo_vault, ["builtin"])
    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    clock = Clock(dt.date(2026, 11, 2))  # a Monday
    window.pages["requests"].clock = clock
    window.ctx.clock = clock
    dashboard = window.show_page("dashboard")
    hotel = next(v for v in dashboard.views.values() if v.service.catalog_id == "huazhu")
    dashboard.select(hotel.exposure.id)
    assert dashboard.letter_button.isEnabled()
    dashboard.letter_button.click()

    page = window.pages["requests"]
    assert window.stack.currentWidget() is page
    from ui.letters.letter_dialog import LetterDialog

    dialog = next(d for d in page.findChildren(LetterDialog) if d.isVisible())
    assert dialog.registration.currentData() == hotel.exposure.registration_id
    dialog.kind.setCurrentIndex(dialog.kind.findData("deletion"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("zh"))
    text = dialog.preview.toPlainText()
    assert "第四十七条" in text and "华住" in text
    dialog.record_button.click()
    rid = dialog.request_id
    page.select(rid)
    page.sent_button.click()
    due = demo_vault.requests.get(rid).due
    assert due == dt.date(2026, 11, 23)  # 15 working days
    dashboard.refresh()
    assert dashboard.overdue_button.isHidden()  # sent, not yet late
    clock.today = due + dt.timedelta(days=1)
    page.refresh()
    assert page.row_state(rid) == "Overdue"
    dashboard.refresh()  # the overdue request stands out on the Leaks page too
    assert not dashboard.overdue_button.isHidden()
    assert dashboard.overdue_button.text().startswith("1 request")
    window.show_page("dashboard")
    dashboard.overdue_button.click()
    assert window.stack.currentWidget() is page
    page.select(rid)
    page.follow_button.click()
    follow = [r for r in demo_vault.requests.all_requests() if r.parent_id == rid]
    assert len(follow) == 1
    assert "催告函" in page.last_letter.text
    window.close()


def _visible_letter_dialog(page):
    from ui.letters.letter_dialog import LetterDialog

    return next(d for d in page.findChildren(LetterDialog) if d.isVisible())


def test_a_letter_from_the_inventory_and_a_cancellation_from_the_take_over_cut(
        qtbot, demo_vault, app_paths) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    inventory = window.show_page("inventory")
    assert not inventory.letter_button.isEnabled()  # nothing selected
    inventory.view.selectRow(0)
    rid = inventory.selected_ids()[0]
    assert inventory.letter_button.isEnabled()
    inventory.letter_button.click()
    requests = window.pages["requests"]
    assert window.stack.currentWidget() is requests
    dialog = _visible_letter_dialog(requests)
    assert dialog.registration.currentData() == rid
    dialog.reject()

    takeover = window.show_page("takeover")
    takeover.select_person(demo_vault.people.find("张演示").id)
    takeover.select_scenario("lost-phone")
    cut = takeover.cut_model
    keys = [cut.key_at(r) for r in range(cut.rowCount())]
    close = next(k for k in keys if k.startswith("close-account:"))
    other = next(k for k in keys if k.startswith("sim-pin:"))
    for key, can_write in ((other, False), (close, True)):
        row = keys.index(key)
        index = takeover.cut_table.model().mapFromSource(cut.index(row, 0))
        takeover.cut_table.selectionModel().clearSelection()
        takeover.cut_table.selectRow(index.row())
        assert takeover.letter_button.isEnabled() is can_write
    takeover.letter_button.click()
    dialog = _visible_letter_dialog(requests)
    assert dialog.registration.currentData() == int(close.split(":")[1])
    assert dialog.kind.currentData() == "cancellation"
    assert "close my account" in dialog.preview.toPlainText()
    window.close()


def test_the_export_and_batch_buttons_ask_where_to_save(qtbot, demo_vault, app_paths, tmp_path,
                                                        monkeypatch) -> None:
    """The buttons, not only the methods: a click once passed Qt's `checked` flag as the path
    (export_ics(path=False)) and failed before asking anything."""
    from exposure.letters import tracking
    from exposure.letters.kinds import LetterKind
    from ui.letters import requests_page

    clock = Clock(dt.date(2026, 3, 2))
    row = demo_vault.registrations.rows()[0]
    tracking.mark_sent(demo_vault, tracking.record(
        demo_vault, row.registration.id, LetterKind.DELETION, clock()), clock())
    page = _page(qtbot, demo_vault, app_paths, clock)
    target = tmp_path / "picked.ics"
    monkeypatch.setattr(requests_page.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    monkeypatch.setattr(requests_page.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: str(tmp_path)))
    qtbot.mouseClick(page.ics_button, Qt.MouseButton.LeftButton)
    assert len(list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))) == 1
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf"))
