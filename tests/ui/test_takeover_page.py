"""Take-over page: the demo family's stolen-phone chain as a graph and a list, the cut applied
and undone (the chain shrinks and comes back), a breach as a scenario, the empty state, and the
lost-phone playbook ticked (with a time) and printed to a PDF that carries the carrier hotline."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt

from exposure import takeover as to
from exposure.settings import Settings
from tests.ui.said import Said
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.takeover.takeover_models import AppliedModel, ChainModel, CutModel, PlaybookModel
from ui.takeover.takeover_page import TakeoverPage

NOW = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
PHONE = "13900000001"  # the demo family's first number (China Unicom, hotline 10010)


def _page(qtbot, vault, app_paths) -> TakeoverPage:
    ctx = AppContext(vault, app_paths, Settings(), VaultBridge(vault))
    ctx.now = lambda: NOW
    ctx.status = Said()
    page = TakeoverPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def _open(qtbot, vault, app_paths, scenario: str = "lost-phone") -> tuple[TakeoverPage, int]:
    page = _page(qtbot, vault, app_paths)
    pid = vault.people.find("张演示").id
    page.select_person(pid)
    page.select_scenario(scenario)
    assert page.scenario_combo.currentData() == scenario
    return page, pid


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "".join(re.sub(r"\s+", "", p.extract_text()) for p in reader.pages)


def test_the_stolen_phone_chain_is_drawn_listed_and_explained(qtbot, demo_vault,
                                                              app_paths) -> None:
    page, _ = _open(qtbot, demo_vault, app_paths)
    steps = page.analysis.steps
    model = page.chain_model
    assert model.rowCount() == len(steps) > 5
    # the list is the chain in order, with the social-security app in it
    assert _column(model, ChainModel.COL_ORDER) == [str(n) for n in range(1, len(steps) + 1)]
    accounts = _column(model, ChainModel.COL_ACCOUNT)
    # the English UI names services in English
    assert "China Unicom" in accounts and any("Social security" in a for a in accounts)
    assert not any("中国联通" in a for a in accounts)
    # each step says whether it rests on sources only; the detail says on which
    assert set(_column(model, ChainModel.COL_BASIS)) <= {"sourced", "unverified"}
    social = next(s for s in steps if s.node.catalog_id == "social-security-12333")
    page._show_why(social.node.key)
    assert "sourced: 21世纪经济报道" in page.detail.toPlainText()
    assert any("**** 0018" in a for a in accounts)  # a card spent through quick bind

    # the graph: a box per fallen account or card plus the start, arrows with what passes
    graph = page.graph_view
    assert set(graph.node_items) == {s.node.key for s in steps} | {to.SCENARIO_SOURCE}
    assert len(graph.edge_items) >= len(steps) and len(graph.arrow_items) == len(graph.edge_items)
    labels = [item.text() for item in graph.label_items]
    assert any("139****0001" in text for text in labels)
    assert all(PHONE not in text for text in labels + accounts)
    # later rounds stand to the right of earlier ones
    first, last = steps[0], steps[-1]
    assert last.round > first.round
    assert graph.node_items[last.node.key].rect().left() > \
        graph.node_items[first.node.key].rect().right()
    # boxes never overlap
    rects = [item.rect() for item in graph.node_items.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])

    # why: select the social-security app in the list
    row = next(n for n, a in enumerate(accounts) if "Social security" in a)
    page.tabs.setCurrentWidget(page.chain_table)
    page.chain_table.selectRow(row)
    why = page.detail.toPlainText()
    assert "139****0001" in why and "→" in why and PHONE not in why
    assert graph.node_items[steps[row].node.key].isSelected()
    assert page.summary.text().startswith(f"{len(steps)} accounts and cards fall")


def test_applying_the_top_cut_step_shrinks_the_chain_and_undo_brings_it_back(
        qtbot, demo_vault, app_paths, monkeypatch) -> None:
    page, pid = _open(qtbot, demo_vault, app_paths)
    asked, told = [], []
    monkeypatch.setattr("ui.takeover.apply_step.ask_done", lambda *a: asked.append(a) or False)
    monkeypatch.setattr("ui.takeover.apply_step.tell", lambda parent, text: told.append(text))
    before = page.chain_model.rowCount()
    cut = page.cut_model
    top_key = cut.key_at(0)
    assert top_key.split(":")[0] in ("sim-pin", "report-lost")  # the SIM is the weak link
    assert cut.index(0, CutModel.COL_PREVENTS).data() == f"prevents {before} of {before}"
    assert "PIN" in page.detail.toPlainText() or "10010" in page.detail.toPlainText()
    assert page.applied_model.rowCount() == 0 and not page.undo_button.isEnabled()

    assert page.apply_button.isEnabled()  # the top step is selected by default
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert asked and "139****0001" in asked[0][1]  # asked first: "Have you done this?"
    assert top_key not in demo_vault.hardening.keys(pid) and not told  # "Not yet": nothing
    monkeypatch.setattr("ui.takeover.apply_step.ask_done", lambda *a: True)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert top_key in demo_vault.hardening.keys(pid)
    assert told and ("still fall" in told[0] or "no account" in told[0])  # what is left
    assert demo_vault.hardening.done(pid)[top_key] == NOW
    after = page.chain_model.rowCount()
    assert after < before
    assert len(page.graph_view.node_items) == after + (1 if after else 0)
    assert page.applied_model.rowCount() == 1
    assert page.applied_model.key_at(0) == top_key
    assert page.applied_model.index(0, 1).data() == "2026-11-25 08:30"
    assert top_key not in page.cut_model.items  # an applied step is no longer offered

    page.applied_table.selectRow(0)
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert top_key not in demo_vault.hardening.keys(pid)
    assert page.chain_model.rowCount() == before
    assert page.applied_model.rowCount() == 0
    assert page.cut_model.key_at(0) == top_key


def test_a_step_recorded_elsewhere_refreshes_the_page(qtbot, demo_vault, app_paths) -> None:
    page, pid = _open(qtbot, demo_vault, app_paths)
    before = page.chain_model.rowCount()
    graph = to.graph_for_person(demo_vault, pid)
    sim_pin = next(k for k in graph.hardening if k.startswith("sim-pin:"))
    demo_vault.hardening.mark_done(pid, sim_pin, NOW)  # e.g. from another page or the CLI
    assert page.chain_model.rowCount() < before
    assert sim_pin in [page.applied_model.key_at(r) for r in range(page.applied_model.rowCount())]


def test_a_matched_breach_is_a_scenario_of_its_own(qtbot, demo_vault, app_paths) -> None:
    from exposure import crosscheck
    from exposure.feeds.model import ManualNotice

    bid = demo_vault.breaches.add_manual(ManualNotice(
        organisation="华住<b>", date="2024-05", kinds=("name", "id_number", "phone"),
        catalog_ids=("huazhu",)))
    crosscheck.refresh(demo_vault)
    page, _ = _open(qtbot, demo_vault, app_paths, f"breach:{bid}")
    assert "华住<b>" in page.scenario_combo.currentText()  # untrusted: shown literally
    assert page.scenario.key == f"breach:{bid}"
    start = page.graph_view.node_items.get(to.SCENARIO_SOURCE)
    if page.analysis.steps:
        assert start is not None and "华住<b>" in "".join(t.text() for t in start.texts)
    else:
        assert page.summary.text().startswith("No account or card of the ")


def test_no_weak_services_says_so_and_lists_what_was_not_assessed(qtbot, vault,
                                                                  app_paths) -> None:
    pid = vault.people.add(name="某人")
    phone = vault.identifiers.add(person_id=pid, kind="phone", value="13700000003")
    sid = vault.services.ensure(name="我家小区物业")
    vault.registrations.add(person_id=pid, service_id=sid, usages=[phone])
    page = _page(qtbot, vault, app_paths)
    assert page.person_combo.currentData() == pid
    assert page.summary.text().startswith("Not known: none of this person's accounts")
    assert "Not assessed" in page.notes.text() and "我家小区物业" in page.notes.text()
    assert page.notes.isVisible()
    assert page.chain_model.rowCount() == 0 and page.cut_model.rowCount() == 0
    assert not page.graph_view.node_items and not page.apply_button.isEnabled()
    shown = [i for i in page.graph_view.scene().items() if hasattr(i, "text")]
    assert any("Not known" in i.text() for i in shown)


def test_nothing_entered_is_not_called_safe(qtbot, vault, app_paths) -> None:
    vault.people.add(name="爸爸")
    page = _page(qtbot, vault, app_paths)
    assert page.summary.text().startswith("Nothing to analyse yet")
    vault.identifiers.add(person_id=vault.people.find("爸爸").id, kind="id_number",
                          value="110105198001010016")
    sid = vault.services.ensure(name="京东", catalog_id="jd")
    vault.registrations.add(person_id=vault.people.find("爸爸").id, service_id=sid, usages=[])
    page.load_graph()
    assert page.summary.text().startswith("Not known: this case starts from an identifier")


def test_playbook_ticks_are_kept_with_a_time_and_print_with_the_carrier_hotline(
        qtbot, demo_vault, app_paths, tmp_path: Path) -> None:
    page, pid = _open(qtbot, demo_vault, app_paths)
    qtbot.mouseClick(page.playbook_button, Qt.MouseButton.LeftButton)
    dialog = page.playbooks[pid]
    assert dialog.isVisible()
    model = dialog.model
    done, total = model.progress()
    assert done == 0 and total > 10
    assert dialog.progress_label.text() == f"0 of {total} done"
    carrier = model.index_of("carrier:1")
    assert carrier.isValid() and model.index(carrier.row(), PlaybookModel.COL_HOTLINE,
                                             carrier.parent()).data() == "10010"
    assert "139****0001" in carrier.data() and PHONE not in carrier.data()
    assert carrier.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    # tick with the keyboard, as a user would: Space on the current item
    dialog.tree.setCurrentIndex(carrier)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    ticks = demo_vault.playbooks.ticks(pid)
    assert ticks == {"carrier:1": NOW}
    assert model.index_of("carrier:1").data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert model.index_of("carrier:1", PlaybookModel.COL_WHEN).data() == "2026-11-25 08:30"
    assert dialog.progress_label.text() == f"1 of {total} done"

    dialog.tick("card:6")  # the old CCB card is on the list too
    dialog.tick("card:6", False)
    assert set(demo_vault.playbooks.ticks(pid)) == {"carrier:1"}

    out = dialog.save_pdf(tmp_path / "playbook.pdf")
    assert out == tmp_path / "playbook.pdf"
    text = _pdf_text(out)
    assert "10010" in text and "139****0001" in text and PHONE not in text
    assert "95533" in text  # every card's bank, the old one included
    assert "2026-11-2508:30" in text  # the tick's time is printed
    assert page.ctx.status[-1] == "Playbook saved as playbook.pdf."


def test_table_models_pass_the_model_tester(qtmodeltester, qtbot, demo_vault,
                                            app_paths) -> None:
    page, pid = _open(qtbot, demo_vault, app_paths)
    small = page.cut_model.key_at(page.cut_model.rowCount() - 1)  # prevents one take-over
    demo_vault.hardening.mark_done(pid, small, NOW)
    assert page.applied_model.rowCount() == 1
    for model in (page.chain_model, page.cut_model, page.applied_model):
        assert isinstance(model, ChainModel | CutModel | AppliedModel) and model.rowCount()
        qtmodeltester.check(model)
    dialog = page.open_playbook()
    dialog.tick("police")
    qtmodeltester.check(dialog.model)
    # the selected item says why it is there
    dialog.tree.setCurrentIndex(dialog.model.index_of("police"))
    assert "report receipt" in dialog.why_label.text()
    card = next(i.key for i in dialog.book.items if i.section == "cards")
    dialog.tree.setCurrentIndex(dialog.model.index_of(card))
    assert "Step " in dialog.why_label.text() and "of the chain" in dialog.why_label.text()


def test_a_long_chain_draws_its_first_steps_and_the_list_keeps_all(qtbot, vault,
                                                                   app_paths) -> None:
    from tests.perf.bench_takeover_page import _fill
    from ui.takeover.chain_graph import MAX_DRAWN

    _fill(vault, 240)
    page = _page(qtbot, vault, app_paths)
    total = len(page.analysis.steps)
    assert total > MAX_DRAWN
    assert page.chain_model.rowCount() == total
    assert len(page.graph_view.node_items) == MAX_DRAWN + 1  # and the start
    texts = [i.text() for i in page.graph_view.scene().items() if hasattr(i, "text")]
    assert f"The graph shows the first {MAX_DRAWN} of {total} take-overs; the list has them " \
           "all." in texts


def test_redrawing_many_times_keeps_the_interpreter_alive(qtbot, demo_vault, app_paths) -> None:
    # A redraw makes thousands of Qt calls: with PySide6 6.12.0 on Python 3.11 a dozen of them
    # aborted the interpreter (see tests/ui/test_qt_binding.py).
    page, _ = _open(qtbot, demo_vault, app_paths)
    for _ in range(30):
        page.analyse()
    assert page.chain_model.rowCount() > 0


def test_the_id_photo_checklist_opens_ticks_prints_and_leads_to_the_audit(
        qtbot, demo_vault, app_paths, tmp_path: Path) -> None:
    page, pid = _open(qtbot, demo_vault, app_paths, "lost-phone")
    assert not page.checklist_button.isVisible()
    page.select_scenario("id-photo-leak")
    assert page.checklist_button.isVisible()
    qtbot.mouseClick(page.checklist_button, Qt.MouseButton.LeftButton)
    dialog = page.checklists[(pid, "id-photo-leak")]
    title = dialog.windowTitle()
    assert dialog.isVisible() and ("证件照" in title or "ID photo" in title)
    model = dialog.model
    lookup = model.index_of("lookup:phone_cards")
    assert lookup.isValid() and "一证通查" in lookup.data()
    assert model.index_of("netid").isValid() and model.index_of("credit-report").isValid()
    dialog.tree.setCurrentIndex(lookup)
    assert dialog.audit_button.isEnabled()
    dialog.tree.setCurrentIndex(model.index_of("netid"))
    assert not dialog.audit_button.isEnabled()
    dialog.tick("netid")
    # ticked apart from the lost-phone playbook
    assert set(demo_vault.playbooks.ticks(pid, playbook="id-photo-leak")) == {"netid"}
    assert demo_vault.playbooks.ticks(pid) == {}
    text = _pdf_text(dialog.save_pdf(tmp_path / "id.pdf"))
    assert "网号/网证" in text and "一键查卡" in text and "caixin.com" in text
    # Record on the Audit page…: the window's Audit page, on this person
    from ui.audit.audit_page import AuditPage
    from ui.window.navigator import Navigator

    audit = AuditPage(page.ctx)
    qtbot.addWidget(audit)
    shown: list[str] = []

    class Window:
        def show_page(self, key: str) -> AuditPage:
            shown.append(key)
            return audit

    window = Window()
    page.ctx.navigator = Navigator(window.show_page)
    dialog.tree.setCurrentIndex(lookup)
    qtbot.mouseClick(dialog.audit_button, Qt.MouseButton.LeftButton)
    assert shown == ["audit"] and audit.person_id() == pid


def test_a_long_cut_fits_the_rows_in_view_to_their_text(qtbot, vault, app_paths) -> None:
    """A cut of hundreds of steps: the rows in view grow to their wrapped text (not every row
    of the model, which took seconds), also after scrolling to the end."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from tests.perf.bench_takeover_page import _fill

    pid = _fill(vault, 300)
    page = _page(qtbot, vault, app_paths)
    page.resize(700, 700)  # narrow: long steps wrap
    page.select_person(pid)
    page.select_scenario("lost-phone")
    QApplication.processEvents()
    table, model = page.cut_table, page.cut_table.model()
    assert model.rowCount() > 100
    one_line = table.verticalHeader().defaultSectionSize()
    fm = table.fontMetrics()

    def shown() -> list[int]:
        return [r for r in range(model.rowCount())
                if 0 <= table.rowViewportPosition(r) < table.viewport().height()]

    def fitted(row: int) -> bool:
        width = table.columnWidth(CutModel.COL_STEP) - 12
        text = str(model.index(row, CutModel.COL_STEP).data())
        need = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap),
                               text).height()
        return table.rowHeight(row) >= need

    assert shown() and all(fitted(r) for r in shown())
    assert any(table.rowHeight(r) > one_line for r in shown())
    last = model.rowCount() - 1
    assert table.rowHeight(last) == one_line  # out of view: not measured
    table.scrollToBottom()
    qtbot.waitUntil(lambda: last in shown() and all(fitted(r) for r in shown()), timeout=3000)
