"""Take-over: pick a person and a scenario (lost phone, SIM swap, a leak, a breach the
cross-check matched); see which accounts and cards fall, in order, as a graph and as a list,
each with why; the hardening steps ranked by how many take-overs each prevents, applied (and
un-applied) with one click; the lost-phone playbook to tick and print.

The analysis is fast (< 1 s for 10,000 registrations) and runs on the GUI thread, only when the
person, the scenario or the vault changes (and only while the page is shown)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from exposure import takeover as to
from exposure.errors import ExposureError
from exposure.letters.kinds import LetterKind
from exposure.model import PersonId, RegistrationId
from exposure.overview import mark_lost_phone_seen
from ui import palette
from ui.context import AppContext
from ui.services.service_page import catalog_of
from ui.takeover.apply_step import apply_with_confirmation
from ui.takeover.chain_graph import ChainGraphView
from ui.takeover.playbook_dialog import PlaybookDialog
from ui.takeover.takeover_models import AppliedModel, ChainModel, CutModel
from ui.takeover.takeover_panes import arrange, chain_tabs, cut_panes, plain_label, top_row
from ui.takeover.takeover_words import notes_text, provenance_text, route_words, summary_text
from ui.widgets.common import cited, selected_source_rows, show_error
from ui.widgets.person_combo import PersonCombo
from ui.widgets.row_heights import VisibleRowHeights
from ui.words import error_text

_INVENTORY_TOPICS = ("identifiers", "registrations", "services", "exposures", "breaches")


class TakeoverPage(QWidget):
    # the widgets, built by ui/takeover/takeover_panes.py
    person_combo: PersonCombo
    scenario_combo: QComboBox
    playbook_button: QPushButton
    checklist_button: QPushButton
    tabs: QTabWidget  # the chain: as a graph (graph_view + legend) and as a list (chain_table)
    graph_view: ChainGraphView
    legend: QLabel
    chain_model: ChainModel
    chain_table: QTableView
    cut_model: CutModel
    cut_table: QTableView
    cut_heights: VisibleRowHeights  # the cut's rows in view as tall as their wrapped text
    apply_button: QPushButton
    detail: QPlainTextEdit
    applied_model: AppliedModel
    applied_table: QTableView
    undo_button: QPushButton
    letter_button: QPushButton
    side: QSplitter
    bottom: QSplitter
    splitter: QSplitter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = ctx.now
        self.graph: to.Graph | None = None
        self.scenario: to.Scenario | None = None
        self.analysis: to.Analysis | None = None
        self.cut: list[to.CutItem] = []
        self.playbooks: dict[int, PlaybookDialog] = {}
        self.checklists: dict[tuple[int, str], PlaybookDialog] = {}
        self._stale = ""  # "people" | "graph" | "analysis": what to redo when shown again

        top = top_row(self)
        self.summary = plain_label()
        palette.emphasis(self.summary)
        self.notes = plain_label()
        palette.set_text_role(self.notes, "dimmed")

        chain_tabs(self)
        cut_panes(self)
        arrange(self, top)
        self._connect(ctx)
        self.load_people()

    def _connect(self, ctx: AppContext) -> None:
        self.person_combo.currentIndexChanged.connect(self._person_changed)
        self.scenario_combo.currentIndexChanged.connect(self._scenario_changed)
        self.chain_table.selectionModel().selectionChanged.connect(self._chain_selected)
        self.graph_view.node_selected.connect(self._node_clicked)
        self.cut_table.selectionModel().selectionChanged.connect(self._cut_selected)
        self.applied_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.bridge.vault_changed.connect(self._on_change)

    @property
    def lang(self) -> str:
        return self.ctx.short_lang

    # --- refresh -----------------------------------------------------------------------------
    def _on_change(self, topic: str) -> None:
        level = ("people" if topic == "people" else "graph" if topic in _INVENTORY_TOPICS
                 else "analysis" if topic == "hardening" else "")
        if not level:
            return
        if self.isVisible():
            self._redo(level)
        elif not self._stale or ("people", "graph", "analysis").index(level) < (
                "people", "graph", "analysis").index(self._stale):
            self._stale = level

    def _redo(self, level: str) -> None:
        if level == "people":
            self.load_people()
        elif level == "graph":
            self.load_graph()
        else:
            self.analyse()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            level, self._stale = self._stale, ""
            self._redo(level)
        elif self.scenario is not None and self.scenario.key == to.LOST_PHONE and \
                self.analysis is not None and self.analysis.steps:
            mark_lost_phone_seen(self.ctx.vault)

    def person_id(self) -> PersonId | None:
        return self.person_combo.person_id()

    def load_people(self) -> None:
        self.person_combo.refill(self.ctx.vault.people.all_people())
        self.load_graph()

    def select_person(self, person_id: int) -> None:
        self.person_combo.setCurrentIndex(self.person_combo.row_of(person_id))

    def select_scenario(self, key: str) -> None:
        self.scenario_combo.setCurrentIndex(self.scenario_combo.findData(key))

    def _person_changed(self) -> None:
        self.load_graph()

    def _scenario_changed(self) -> None:
        self.analyse()

    def load_graph(self) -> None:
        """Rebuild the person's graph from the inventory and list their scenarios."""
        pid = self.person_id()
        current = self.scenario_combo.currentData() or to.LOST_PHONE
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        self.graph = None
        try:
            if pid is not None:
                self.graph = to.graph_for_person(self.ctx.vault, pid, catalog_of(self.ctx))
                for s in to.scenarios_for(self.ctx.vault, self.graph):
                    self.scenario_combo.addItem(to.scenario_title(s, self.lang), s.key)
        except ExposureError as exc:
            self.graph = None
            self.summary.setText(error_text(exc))
        found = self.scenario_combo.findData(current)
        self.scenario_combo.setCurrentIndex(found if found >= 0 else 0)
        self.scenario_combo.blockSignals(False)
        self.playbook_button.setEnabled(pid is not None)
        self.analyse()

    def analyse(self) -> None:
        """Re-run the chain and the cut for the chosen person and scenario."""
        vault, graph = self.ctx.vault, self.graph
        key = self.scenario_combo.currentData()
        self.scenario, self.analysis, self.cut = None, None, []
        error = ""
        if graph is not None and key:
            try:
                self.scenario = to.scenario_for(vault, graph, key)
                done = vault.hardening.keys(graph.person.id)
                self.analysis = to.analyse(graph, self.scenario, done)
                self.cut = to.rank_cut(graph, self.scenario, done, self.analysis)
            except ExposureError as exc:
                error = error_text(exc)
        self._show(error)

    def _show(self, error: str = "") -> None:
        graph, analysis, lang = self.graph, self.analysis, self.lang
        key = self.scenario_combo.currentData()
        self.checklist_button.setVisible(bool(key) and to.has_remedies(key))
        words = route_words()
        self.chain_model.set_analysis(analysis, graph, lang, words)
        self.cut_model.set_cut(self.cut, graph, lang)
        done_at = self.ctx.vault.hardening.done(graph.person.id) if graph is not None else {}
        applied = graph.applied(done_at) if graph is not None else []
        self.applied_model.set_applied(applied, done_at, graph, lang)
        self.detail.clear()
        empty = self._empty_text()
        if analysis is None or graph is None or self.scenario is None:
            self.graph_view.clear(error or self.tr("Add a person and their accounts first."))
            self.summary.setText(error or self.tr("Nobody to analyse yet."))
            self.notes.setText("")
        else:
            more = self.tr("The graph shows the first {shown} of {total} take-overs; the list "
                           "has them all.")
            self.graph_view.show_chain(analysis, graph, lang,
                                       to.scenario_title(self.scenario, lang), words, empty, more)
            self.summary.setText(summary_text(analysis, self.cut) if analysis.steps else empty)
            if to.has_remedies(self.scenario.key):  # the answer is mostly outside the inventory
                self.summary.setText(self.summary.text() + " " + self.tr(
                    "What to do goes beyond these accounts: see the ID-fraud checklist…"))
            if self.scenario.key == to.LOST_PHONE and analysis.steps and self.isVisible():
                mark_lost_phone_seen(self.ctx.vault)  # ticks Home's first-run checklist
            # the graph in words for a screen reader; the List tab has every step
            self.graph_view.setAccessibleDescription(self.summary.text() + " " + self.tr(
                "The List tab names every account and card in order, what it was taken with "
                "and what it gives."))
            self.notes.setText(notes_text(analysis, graph, lang))
        self.notes.setVisible(bool(self.notes.text()))
        if self.cut:
            of = max(item.of for item in self.cut)
            self.cut_table.horizontalHeader().resizeSection(
                CutModel.COL_PREVENTS,
                self.cut_table.fontMetrics().horizontalAdvance(CutModel.prevents_text(of, of))
                + 16)
            self.cut_table.selectRow(0)
        self._update_buttons()

    def _empty_text(self) -> str:
        """Why nothing falls: never "safe" when nothing was entered to analyse."""
        graph, scenario, analysis = self.graph, self.scenario, self.analysis
        if graph is None or not (graph.nodes or graph.unassessed):
            return self.tr("Nothing to analyse yet: this person has no accounts entered. "
                           "Add or import them on Inventory.")
        if not graph.nodes:
            return self.tr("Not known: none of this person's accounts is in the catalogue, so "
                           "their take-over rules are unknown.")
        if scenario is not None and not scenario.initial:
            return self.tr("Not known: this case starts from an identifier this person has none "
                           "of (add their phone numbers, ID number and cards on People).")
        if analysis is not None and analysis.applied:
            return self.tr("With the steps already applied, no account or card of the {n} "
                           "assessed falls in this case.").format(n=len(graph.nodes))
        return self.tr("No account or card of the {n} assessed falls in this case.").format(
            n=len(graph.nodes))

    # --- selection ---------------------------------------------------------------------------
    def _chain_selected(self) -> None:
        rows = selected_source_rows(self.chain_table)
        if not rows:
            return
        key = self.chain_model.key_at(rows[0])
        self._show_why(key)
        self.graph_view.select(key)

    def _node_clicked(self, key: str) -> None:
        self._show_why(key)
        row = self.chain_model.row_of(key)
        if row >= 0:
            proxy = self.chain_table.model()
            index = proxy.mapFromSource(self.chain_model.index(row, 0))  # type: ignore[attr-defined]
            self.chain_table.selectionModel().blockSignals(True)
            self.chain_table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.chain_table.selectionModel().blockSignals(False)
            self.chain_table.viewport().update()

    def _show_why(self, key: str) -> None:
        step = self.chain_model.steps.get(key)
        if step is None or self.graph is None:
            if key == to.SCENARIO_SOURCE and self.scenario is not None and self.graph:
                caps = [to.cap_text(i.cap, self.graph, self.lang) for i in self.scenario.initial]
                self.detail.setPlainText(self.tr("The attacker starts with: {caps}").format(
                    caps=", ".join(caps)))
            return
        self.detail.setPlainText(to.explain(step, self.graph, self.lang) + "\n\n"
                                 + provenance_text(step, self.graph, self.lang))

    def _cut_selected(self) -> None:
        rows = selected_source_rows(self.cut_table)
        if rows and self.graph is not None:
            item = self.cut_model.items[self.cut_model.key_at(rows[0])]
            h = item.hardening
            label = self.tr("Source:")
            sources = "\n".join(f"{label} {cited(src)}" for src in to.hardening_sources(h))
            text = to.hardening_text(h, self.graph, self.lang)
            self.detail.setPlainText(f"{text}\n{sources}".strip())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(bool(selected_source_rows(self.cut_table)))
        self.letter_button.setEnabled(self._letter_target() is not None)
        self.undo_button.setEnabled(bool(selected_source_rows(self.applied_table)))

    def _letter_target(self) -> RegistrationId | None:
        """The account a selected "close the unused account" step is about, if any."""
        rows = selected_source_rows(self.cut_table)
        if not rows:
            return None
        h = self.cut_model.items[self.cut_model.key_at(rows[0])].hardening
        return h.registration_id if h.generic == "close-account" else None

    def write_letter(self) -> QWidget | None:
        rid = self._letter_target()
        return self.ctx.navigator.write_letter(rid, LetterKind.CANCELLATION) \
            if rid is not None else None

    # --- actions -----------------------------------------------------------------------------
    def apply(self, key: str | None = None) -> bool:
        """Record a hardening step (the selected one) as done, after the user says it was
        really done; the vault's notice re-runs the analysis, so the chain shrinks, and a
        message says what is left."""
        if key is None:
            rows = selected_source_rows(self.cut_table)
            if not rows:
                return False
            key = self.cut_model.key_at(rows[0])
        if self.graph is None or key is None or key not in self.graph.hardening:
            return False
        h = self.graph.hardening[key]
        scenario = self.scenario.key if self.scenario is not None else to.LOST_PHONE
        return apply_with_confirmation(
            self, self.ctx, int(self.graph.person.id), key,
            to.hardening_title(h, self.graph, self.lang),
            to.hardening_text(h, self.graph, self.lang), scenario, self.now)

    def undo(self, key: str | None = None) -> None:
        """Un-record an applied step (the selected one)."""
        if key is None:
            rows = selected_source_rows(self.applied_table)
            if not rows:
                return
            key = self.applied_model.key_at(rows[0])
        if self.graph is None or key is None:
            return
        try:
            self.ctx.vault.hardening.undo(self.graph.person.id, key)
        except ExposureError as exc:
            show_error(self, exc)

    def open_checklist(self) -> PlaybookDialog | None:
        """The identity-fraud checklist of the chosen scenario (ID number or ID photo leaked)."""
        pid, key = self.person_id(), self.scenario_combo.currentData()
        if pid is None or not key or not to.has_remedies(key):
            return None
        dialog = self.checklists.get((int(pid), key))
        if dialog is None:
            dialog = PlaybookDialog(self.ctx, pid, self.lang, self, scenario=key)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(
                lambda _=0, k=(int(pid), key): self.checklists.pop(k, None))
            self.checklists[(int(pid), key)] = dialog
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.show()
        return dialog

    def open_playbook(self) -> PlaybookDialog | None:
        pid = self.person_id()
        if pid is None:
            return None
        dialog = self.playbooks.get(int(pid))
        if dialog is None:
            dialog = PlaybookDialog(self.ctx, pid, self.lang, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _=0, p=int(pid): self.playbooks.pop(p, None))
            self.playbooks[int(pid)] = dialog
        if dialog.isVisible():  # already open (behind the main window): bring it up
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.show()
        return dialog

