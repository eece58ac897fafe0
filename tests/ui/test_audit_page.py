"""Audit page: pick a person, read how to run each national look-up, enter what it returned,
record it; a higher official count than the inventory raises a visible flag, offers to add the
missing card or account, and lands in the dated history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from exposure.settings import Settings
from tests.ui.said import Said
from ui import palette
from ui.audit.audit_page import AuditPage
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.people.identifier_dialog import IdentifierDialog


class Clock:
    def __init__(self, today: dt.date) -> None:
        self.today = today

    def __call__(self) -> dt.date:
        return self.today


def _page(qtbot, vault, app_paths, clock, opened=None) -> AuditPage:
    ctx = AppContext(vault, app_paths, Settings(), VaultBridge(vault))
    ctx.clock = clock
    ctx.open_url = (opened if opened is not None else []).append
    ctx.status = Said()
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _person(page, vault, name):
    page.select_person(vault.people.find(name).id)
    return vault.people.find(name).id


def test_a_higher_official_card_count_raises_the_flag_and_is_kept(qtbot, demo_vault,
                                                                  app_paths) -> None:
    clock = Clock(dt.date(2026, 11, 25))
    page = _page(qtbot, demo_vault, app_paths, clock)
    pid = _person(page, demo_vault, "张演示")
    panel = page.panels["bank_cards"]
    page.tabs.setCurrentWidget(panel)
    assert "Not recorded yet" in panel.last_label.text()
    assert not panel.flag_label.isVisible()

    panel.count_spin.setValue(4)  # 云闪付 found four cards; the inventory knows three
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    flag = panel.flag_label
    assert flag.isVisible() and flag.text().startswith("⚠")
    assert "Official count 4" in flag.text() and "3 bank card(s)" in flag.text()
    assert "(1 dormant)" in flag.text() and "1 missing" in flag.text()
    assert palette.color("error").name() in flag.styleSheet()  # the red frame, not the green
    assert "border" in flag.styleSheet()  # "match" box
    assert flag.textFormat() == Qt.TextFormat.PlainText
    assert panel.add_item_button.isVisible()
    assert "bank card" in panel.add_item_button.text()

    (stored,) = demo_vault.audits.all_audits(person_id=pid, lookup="bank_cards")
    assert stored.checked_on == dt.date(2026, 11, 25) and stored.official_count == 4
    assert panel.history.rowCount() == 1
    assert panel.history.index(0, 0).data() == "2026-11-25"
    assert panel.history.index(0, 4).data() == "+1"
    assert "Last recorded 2026-11-25" in panel.last_label.text()
    assert "missing" in panel.last_label.text()

    # the forgotten card goes in through the identifier dialog the flag offers
    qtbot.mouseClick(panel.add_item_button, Qt.MouseButton.LeftButton)
    (dialog,) = panel.findChildren(IdentifierDialog)
    assert dialog.isVisible()
    assert dialog.kind_combo.currentData() == "bank_card"
    dialog.value_edit.setText("6222600000000000040")  # fictional, Luhn-valid
    dialog.accept()
    assert dialog.identifier_id is not None, dialog.error_label.text()

    # a year later the audit is repeated: now it matches, and both runs are in the history
    clock.today = dt.date(2027, 11, 25)
    panel.count_spin.setValue(4)
    panel.record()
    assert panel.flag_label.text().startswith("✓") and "they match" in panel.flag_label.text()
    assert not panel.add_item_button.isVisible()
    assert panel.history.rowCount() == 2
    assert panel.history.index(0, 0).data() == "2027-11-25"  # newest on top
    assert panel.history.index(1, 4).data() == "+1"
    assert [r.checked_on.year for r in demo_vault.audits.all_audits(person_id=pid)] == [2027, 2026]
    assert "Record the look-up again" in page.ctx.status[-1]


def test_listed_platforms_missing_from_the_inventory_offer_a_registration(qtbot, demo_vault,
                                                                        app_paths) -> None:
    page = _page(qtbot, demo_vault, app_paths, Clock(dt.date(2026, 11, 25)))
    _person(page, demo_vault, "王演示")
    panel = page.panels["internet_accounts"]
    page.tabs.setCurrentWidget(panel)
    assert panel.phone_combo.count() == 2  # all numbers, and her one number (masked)
    assert "137****0003" in panel.phone_combo.itemText(1)
    panel.phone_combo.setCurrentIndex(1)
    panel.listed_edit.setPlainText("微信\n抖音\n支付宝\n某某小程序")
    panel.record()
    assert panel.flag_label.text().startswith("⚠")
    assert "Official count 4" in panel.flag_label.text()
    listed = panel.listed_label.text()
    assert "Alipay" in listed or "支付宝" in listed
    assert "某某小程序" in listed and "WeChat" not in listed
    assert panel.add_registration_button.isVisible()
    dialog = panel.add_missing_registration()
    assert dialog.resolve_service(dialog.service_edit.text()).catalog_id == "alipay"
    phone_id = panel.phone_id()
    check, _combo = dialog.identifier_rows[phone_id]
    assert check.isChecked()
    dialog.close()


def test_how_to_is_plain_text_with_sources_that_open_on_click(qtbot, demo_vault,
                                                              app_paths) -> None:
    from PySide6.QtWidgets import QLabel

    opened: list[str] = []
    page = _page(qtbot, demo_vault, app_paths, Clock(dt.date(2026, 11, 25)), opened)
    panel = page.panels["phone_cards"]
    texts = "\n".join(label.text() for label in panel.findChildren(QLabel))
    assert "10699000" in texts and "工信微报" in texts
    # every label that shows the data file's text (not the form's own captions) is plain text
    shown = [label for label in panel.findChildren(QLabel) if label.buddy() is None]
    assert shown and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    assert opened == []
    qtbot.mouseClick(panel.links[0], Qt.MouseButton.LeftButton)
    assert opened == ["http://bk.xndoc.com/bshcs/107866.html"]
    cards = page.panels["bank_cards"]
    unverified = "\n".join(label.text() for label in cards.findChildren(QLabel))
    assert "Not confirmed by the sources" in unverified


def test_bad_input_is_worded_and_nothing_is_stored(qtbot, demo_vault, app_paths) -> None:
    page = _page(qtbot, demo_vault, app_paths, Clock(dt.date(2026, 11, 25)))
    _person(page, demo_vault, "张演示")
    panel = page.panels["phone_cards"]
    assert panel.count_spin.value() == -1  # "not entered"
    assert panel.record() is None
    assert "Enter the count" in panel.error_label.text()
    assert demo_vault.audits.all_audits() == []
    assert not panel.flag_label.isVisible()


def test_switching_person_shows_their_own_history(qtbot, demo_vault, app_paths) -> None:
    page = _page(qtbot, demo_vault, app_paths, Clock(dt.date(2026, 11, 25)))
    _person(page, demo_vault, "张演示")
    panel = page.panels["phone_cards"]
    panel.count_spin.setValue(2)
    panel.record()
    assert panel.flag_label.text().startswith("✓")
    assert panel.history.rowCount() == 1
    _person(page, demo_vault, "张小演")
    assert panel.history.rowCount() == 0 and not panel.flag_label.isVisible()
    demo_vault.people.add(name="外婆")
    assert page.person_combo.findText("外婆") >= 0
    assert page.person_combo.currentText() == "张小演"


def test_main_window_lists_the_audit_and_services_pages(qtbot, demo_vault, app_paths) -> None:
    from ui.main_window import MainWindow
    from ui.services.service_page import ServicesPage

    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    titles = [window.sidebar.item(n).text() for n in range(window.sidebar.count())]
    assert "Audit" in titles and "Services" in titles
    assert isinstance(window.show_page("services"), ServicesPage)
    page = window.show_page("audit")
    assert isinstance(page, AuditPage) and page.person_combo.count() == 3


def test_a_run_recorded_by_mistake_is_removed_after_asking(qtbot, demo_vault, app_paths,
                                                           monkeypatch) -> None:
    page = _page(qtbot, demo_vault, app_paths, Clock(dt.date(2026, 11, 25)))
    _person(page, demo_vault, "张演示")
    panel = page.panels["phone_cards"]
    panel.count_spin.setValue(20)  # a typo
    panel.record()
    assert panel.history.rowCount() == 1
    assert not panel.remove_button.isEnabled()
    panel.history_view.selectRow(0)
    assert panel.remove_button.isEnabled()
    asked: list[str] = []

    def answer(yes: bool):
        def ask(parent, title, text, **kw) -> bool:
            asked.append(text)
            return yes
        return ask

    monkeypatch.setattr("ui.audit.audit_page.confirm", answer(False))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert asked and panel.history.rowCount() == 1  # "Cancel" keeps it
    monkeypatch.setattr("ui.audit.audit_page.confirm", answer(True))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.history.rowCount() == 0 and demo_vault.audits.all_audits() == []
    assert "Not recorded yet" in panel.last_label.text()
