"""The Leaks page shows why each exposure matched and its steps to tick; a case that touches
everyone shows as "Possibly exposed", explained, and is never counted as a confirmed match."""

from __future__ import annotations

from exposure import crosscheck
from exposure.feeds.sync import sync
from exposure.settings import Settings
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.leaks.dashboard_page import DashboardPage


def _page(qtbot, vault, app_paths) -> DashboardPage:
    vault.feeds.set_enabled("builtin", True)
    sync(vault, ["builtin"])
    crosscheck.refresh(vault)
    page = DashboardPage(AppContext(vault, app_paths, Settings(), VaultBridge(vault)))
    qtbot.addWidget(page)
    page.show()
    return page


def test_parking_steps_are_ticked_to_resolved(qtbot, demo_vault, app_paths) -> None:
    page = _page(qtbot, demo_vault, app_paths)
    key, case = next((k, c) for k, c in page.cases.items()
                     if c.breach.key == "smart-parking-nanjing-2023")
    page.select(key)
    detail = page.detail.toPlainText()
    assert "Why: The breach names the catalogue entry" in detail and "smart-parking" in detail
    assert "tracker" in detail and "password" not in detail.lower()
    assert page.steps.step_keys()[:3] == ["kind:tracker", "kind:operator-delete",
                                     "kind:report-12377-12321"]
    assert "Sources:" in page.steps.item(0).toolTip()
    for step in ("kind:tracker", "kind:operator-delete", "kind:report-12377-12321"):
        page.steps.set_done(step, True)
    assert demo_vault.exposures.get(case.exposure.id).state.value == "handled"
    assert page.row_state(key) == "Handled"
    assert "Resolved" in page.detail.toPlainText()


def test_a_case_that_touches_everyone_is_possibly_exposed(qtbot, demo_vault, app_paths) -> None:
    page = _page(qtbot, demo_vault, app_paths)
    key = next(k for k, c in page.cases.items() if c.possible and c.person.name == "王演示")
    assert key < 0 and key not in page.views
    assert page.row_state(key) == "Possibly exposed"
    page.select(key)
    detail = page.detail.toPlainText()
    assert "anyone whose ID number may have been looked up" in detail
    assert "not a confirmed match" in detail
    assert not page.handled_button.isEnabled() and not page.letter_button.isEnabled()
    assert "kind:lookup-phones" in page.steps.step_keys()
    assert "possibly exposed" in page.summary.text()
    page.steps.set_done("kind:credit-report", True)
    person = next(p for p in demo_vault.people.all_people() if p.name == "王演示")
    assert demo_vault.leak_steps.done(person.id, "builtin/kaola-credit-id-photo-lookups-2019")
    people = {page.people_model.index(r, 0).data(): page.people_model.index(r, 2).data()
              for r in range(page.people_model.rowCount())}
    assert people["王演示"] == "0"  # not a confirmed breach


def test_a_look_up_step_leads_to_the_audit_page(qtbot, demo_vault, app_paths) -> None:
    page = _page(qtbot, demo_vault, app_paths)
    key = next(k for k, c in page.cases.items() if c.possible)
    page.select(key)
    row = page.steps.step_keys().index("kind:lookup-phones")
    assert "Audit page" in page.steps.item(row).toolTip()
    with qtbot.waitSignal(page.steps.audit_wanted) as wanted:
        page.steps.itemActivated.emit(page.steps.item(row))
    assert wanted.args == ["phone_cards"]
