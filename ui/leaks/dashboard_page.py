"""Dashboard: who is exposed where, newest first; a chart over time; each breach in plain text
with what to do; mark an exposure handled or dismissed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exposure import identifiers as idmod
from exposure.crosscheck import ExposureView
from exposure.feeds.model import ExposureId, ExposureState
from exposure.leaks import LeakCase, leak_cases, mark_step
from exposure.leaks_snapshot import leaks_snapshot
from ui.context import AppContext
from ui.leaks.breach_words import flag_name, leaked_kind_name, records_text, state_name
from ui.leaks.leak_steps import LeakStepsList, reason_text
from ui.leaks.timeline_chart import TimelineChart
from ui.widgets.buttons import push_button
from ui.widgets.common import chars, cited, make_table, selected_source_rows
from ui.widgets.rows import Row, RowsModel, filter_proxy
from ui.widgets.tooltips import plain_tip
from ui.words import kind_name

HIDEABLE = ("unverified", "fabricated", "spam_list", "retired")


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: dict[int, ExposureView] = {}
        self.cases: dict[int, LeakCase] = {}  # by row key: exposure id, or < 0 for a possible one
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._make_overdue_button()
        filters = self._hide_filters()
        self.chart = TimelineChart(self)

        self._tables()
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)  # feed text is untrusted: plain text only
        self.detail.setAccessibleName(self.tr("Details of the selected exposure"))
        self.detail.setPlaceholderText(self.tr(
            "Select an exposure to see what leaked, where, and what to do."))
        self.steps = LeakStepsList(self)
        self.steps.toggled.connect(self._step_toggled)
        self.steps.audit_wanted.connect(self.open_audit)
        self.handled_button = push_button(self.tr("&Mark handled"),
                                          lambda: self.set_state(ExposureState.HANDLED))
        self.dismiss_button = push_button(self.tr("&Dismiss"),
                                          lambda: self.set_state(ExposureState.DISMISSED))
        self.letter_button = push_button(self.tr("Write a request &letter…"), self.write_letter)
        for b in (self.handled_button, self.dismiss_button, self.letter_button):
            b.setEnabled(False)

        self._arrange(filters)
        ctx.bridge.vault_changed.connect(self._changed)
        self.refresh()

    def _make_overdue_button(self) -> None:
        """Requests past their due date stand out here too, one click from the Requests page."""
        self.overdue_button = push_button("", self.show_requests)
        self.overdue_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning))  # the colour is not the only sign
        font = self.overdue_button.font()
        font.setBold(True)
        self.overdue_button.setFont(font)
        self.overdue_button.setFlat(True)
        self.overdue_button.setVisible(False)

    def _hide_filters(self) -> QHBoxLayout:
        self.hide_boxes: dict[str, QCheckBox] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Hide breaches labelled:")))
        for flag in HIDEABLE:
            box = QCheckBox(flag_name(flag))
            box.toggled.connect(self.refresh)
            self.hide_boxes[flag] = box
            filters.addWidget(box)
        filters.addStretch(1)
        return filters

    def _tables(self) -> None:
        """The exposures, by person and by identifier."""
        self.people_model = RowsModel([self.tr("Person"), self.tr("Places"), self.tr("Breaches"),
                                       self.tr("Open"), self.tr("Newest")], self)
        self.people_table = make_table(self, filter_proxy(self.people_model, parent=self),
                                       name=self.tr("Exposures by person"), stretch_column=0)
        self.ident_model = RowsModel([self.tr("Identifier"), self.tr("Kind"), self.tr("Person"),
                                      self.tr("Places"), self.tr("Breaches"),
                                      self.tr("Newest")], self)
        self.ident_table = make_table(self, filter_proxy(self.ident_model, parent=self),
                                      name=self.tr("Exposures by identifier"), stretch_column=0)
        self.model = RowsModel([self.tr("State"), self.tr("Person"), self.tr("Service"),
                                self.tr("Breach"), self.tr("Date"), self.tr("Labels"),
                                self.tr("Exposed here")], self)
        self.proxy = filter_proxy(self.model, parent=self)
        self.table = make_table(self, self.proxy, name=self.tr("Exposures"), stretch_column=3,
                                on_edit=lambda: self.letter_button.isEnabled()
                                and self.write_letter())
        # short columns (the service's name too: 智慧停车（通用） must not be cut) sized to their
        # text, what was exposed a fixed share (its tooltip and the detail say it all), the
        # breach title takes the rest: no sideways scroll
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)
        for col in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(6, chars(self.table, 28))
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

    def _arrange(self, filters: QHBoxLayout) -> None:
        """Summary and chart over the filters; the views of the exposures above the detail."""
        tabs = QTabWidget()
        tabs.addTab(self.table, self.tr("Exposures"))
        tabs.addTab(self.people_table, self.tr("By person"))
        tabs.addTab(self.ident_table, self.tr("By identifier"))
        tabs.setAccessibleName(self.tr("Views of the exposures"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        detail_split = QSplitter(Qt.Orientation.Horizontal)
        detail_split.addWidget(self.detail)
        detail_split.addWidget(self.steps)
        detail_split.setStretchFactor(0, 1)
        detail_split.setStretchFactor(1, 1)
        rl.addWidget(detail_split)
        buttons = QHBoxLayout()
        for b in (self.handled_button, self.dismiss_button, self.letter_button):
            buttons.addWidget(b)
        rl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)  # the table gets the full width
        split.addWidget(tabs)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 200])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.overdue_button)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

    def _changed(self, topic: str) -> None:
        if topic in ("exposures", "breaches", "feeds", "registrations", "identifiers", "people",
                     "requests"):
            self.refresh()

    def hidden_flags(self) -> tuple[str, ...]:
        return tuple(f for f, box in self.hide_boxes.items() if box.isChecked())

    def refresh(self) -> None:
        snap = leaks_snapshot(self.ctx.vault, today=self.ctx.clock(),
                              hide_flags=self.hidden_flags())
        views = snap.views
        self.views = {int(v.exposure.id): v for v in views}
        cases = leak_cases(self.ctx.vault, hide_flags=self.hidden_flags(),
                           catalog=self.ctx.catalog)
        self.cases = {self.case_key(c): c for c in cases}
        possible = [c for c in cases if c.possible]
        self.model.set_rows([self._row(v) for v in views]
                            + [self._possible_row(c) for c in possible])
        self.people_model.set_rows([
            Row(int(s.person.id), (s.person.name, str(s.places), str(s.breaches), str(s.open),
                                   s.newest), sort=(s.person.name, s.places, s.breaches, s.open,
                                                    s.newest))
            for s in snap.people])
        self.ident_model.set_rows([
            Row(int(s.identifier.id), (idmod.mask(s.identifier.kind, s.identifier.value),
                                       kind_name(s.identifier.kind.value), s.person.name,
                                       str(s.places), str(s.breaches), s.newest),
                sort=(s.identifier.kind.value, s.identifier.kind.value, s.person.name,
                      s.places, s.breaches, s.newest))
            for s in snap.identifiers])
        if not snap.followed:  # not checked is not safe: say that leaks cannot be known
            empty = self.tr("No breach feed is followed, so Exposure cannot know about leaks. "
                            "Follow the built-in feed on the Feeds page.")
        elif not snap.downloaded:
            empty = self.tr("The feeds you follow were never downloaded: leaks are not known "
                            "yet. Sync them on the Feeds page.")
        else:
            empty = self.tr("None of the breaches in the feeds you follow touches your family's "
                            "registrations.")
        self.chart.set_series(list(snap.timeline), empty)
        self.table.setToolTip(plain_tip(empty if not views else ""))
        self.summary.setText(self.tr("%1 open exposures at %2 places; %3 breaches followed.")
                             .replace("%1", str(snap.open)).replace("%2", str(snap.places))
                             .replace("%3", str(snap.breaches)))
        if possible:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "%n possibly exposed by cases that concern everyone (not confirmed).", "",
                len(possible)))
        if not snap.downloaded:
            self.summary.setText(self.tr("No breach feed downloaded yet: leaks are unknown, "
                                         "beyond notices you entered ({n}).").format(n=len(views)))
        late = snap.overdue
        self.overdue_button.setText(self.tr("%n request(s) overdue: open Requests", "", late))
        self.overdue_button.setVisible(late > 0)
        self._show_detail()

    def show_requests(self) -> None:
        self.ctx.navigator.show("requests")

    def _row(self, v: ExposureView) -> Row:
        b = v.breach
        exposed = ", ".join(idmod.mask(i.kind, i.value) for i in v.identifiers)
        date = (b.breach_date or b.added_date) + (self.tr(" (opened: ?)")
                                                   if v.timing == "unknown" else "")
        done = v.exposure.state in (ExposureState.HANDLED, ExposureState.DISMISSED)
        return Row(int(v.exposure.id), (
            state_name(v.exposure.state.value), v.person.name, self.service_name(v), b.title, date,
            ", ".join(flag_name(f) for f in b.flags), exposed or "—"),
            sort=(v.exposure.state.value, v.person.name, v.service.name, b.title, date,
                  ",".join(b.flags), exposed), dimmed=done)

    @staticmethod
    def case_key(case: LeakCase) -> int:
        if case.exposure is not None:
            return int(case.exposure.id)
        return -(int(case.breach.id or 0) * 1_000_000 + int(case.person.id))

    def _possible_row(self, c: LeakCase) -> Row:
        b = c.breach
        held = ", ".join(idmod.mask(i.kind, i.value) for i in c.identifiers)
        date = b.breach_date or b.added_date
        return Row(self.case_key(c), (
            self.tr("Possibly exposed"), c.person.name, self.tr("(everyone holding it)"),
            b.title, date, ", ".join(flag_name(f) for f in b.flags), held or "—"),
            sort=("possible", c.person.name, "", b.title, date, ",".join(b.flags), held))

    def service_name(self, v: ExposureView) -> str:
        catalog = self.ctx.catalog
        if catalog is None:
            return v.service.name
        return str(catalog.display_name(v.service.name, v.service.catalog_id, self.ctx.short_lang))

    # --- selection and detail ------------------------------------------------------------------
    def select(self, exposure_id: ExposureId | int) -> None:
        row = self.model.row_of(int(exposure_id))
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected(self) -> list[ExposureView]:
        return [self.views[self.model.key_at(r)] for r in selected_source_rows(self.table)
                if self.model.key_at(r) in self.views]

    def row_state(self, exposure_id: int) -> str:
        return str(self.model.index(self.model.row_of(exposure_id), 0).data())

    def selected_cases(self) -> list[LeakCase]:
        return [self.cases[self.model.key_at(r)] for r in selected_source_rows(self.table)
                if self.model.key_at(r) in self.cases]

    def _show_detail(self, *_: Any) -> None:
        chosen = self.selected()
        for b in (self.handled_button, self.dismiss_button):
            b.setEnabled(bool(chosen))
        self.letter_button.setEnabled(len(chosen) == 1)
        cases = self.selected_cases()
        case = cases[0] if len(cases) == 1 else None
        self.detail.setPlainText(self.detail_text(case) if case is not None else "")
        self.steps.set_case(case, self.ctx.short_lang)

    def open_audit(self, _lookup: str = "") -> None:
        """The Audit page for the selected case's person, where look-up counts are recorded."""
        case, window = self.steps.case, self.window()
        if case is not None and hasattr(window, "show_page"):
            page = window.show_page("audit")
            if hasattr(page, "select_person"):
                page.select_person(case.person.id)

    def _step_toggled(self, key: str, done: bool) -> None:
        case = self.steps.case
        if case is None:
            return
        mark_step(self.ctx.vault, case, key, self.ctx.now(), done=done)
        self.refresh()
        self.select(self.case_key(case))

    def detail_text(self, case: LeakCase) -> str:
        v, b = case, case.breach
        lines = [b.title, ""]
        if b.organisation and b.organisation != b.title:
            lines.append(self.tr("Organisation: %1").replace("%1", b.organisation))
        lines.append(self.tr("Date: %1").replace("%1", b.breach_date or self.tr("unknown")))
        if v.timing == "unknown" and not case.possible:
            lines.append(self.tr("When the account was opened is not known, so this breach may "
                                 "or may not have reached it (add the date to the registration "
                                 "to be sure)."))
        lines.append(self.tr("Records: %1").replace("%1", records_text(b.records,
                                                                      b.records_note)))
        lines.append(self.tr("What leaked: %1").replace(
            "%1", ", ".join(leaked_kind_name(k) for k in b.kinds)))
        if b.flags:
            lines.append(self.tr("Labels: %1").replace(
                "%1", ", ".join(flag_name(f) for f in b.flags)))
        lines.append(self.tr("Why: %1").replace("%1", reason_text(case)))
        where = case.service.name if case.service is not None else self.tr("(everyone)")
        if case.exposure is not None and case.service is not None:
            where = self.service_name(self.views[int(case.exposure.id)])
            if case.own_name:
                where = f"{case.own_name} ({where})"
        lines.append(self.tr("%1 at %2 holds: %3").replace("%1", v.person.name)
                     .replace("%2", where).replace(
                         "%3", ", ".join(f"{kind_name(i.kind.value)} "
                                         f"{idmod.mask(i.kind, i.value)}"
                                         for i in v.identifiers) or "—"))
        if b.description:
            lines += ["", b.description]
        if b.sources:
            lines += ["", self.tr("Sources:")]
            lines += [cited(s) for s in b.sources]
        lines += ["", self.tr("What to do (tick the steps on the right):")]
        lang = self.ctx.short_lang
        for s in case.steps:
            mark = "☑" if s.done else "☐"
            lines.append(f"{mark} {s.step.text(lang)}")
        if not case.steps:
            lines.append(self.tr("No specific step is known for what leaked here."))
        if case.checklists:
            lines.append(self.tr("For the full checklist (look-ups, credit report, police, "
                                 "网号/网证) open the Take-over page with the scenario "
                                 "\"Name and ID number leaked\" or \"ID photo leaked\" and "
                                 "press \"ID-fraud checklist…\"."))
        if case.resolved:
            lines.append(self.tr("Resolved: every step for what leaked is done."))
        return "\n".join(lines)

    # --- actions ------------------------------------------------------------------------------
    def set_state(self, state: ExposureState) -> None:
        chosen = self.selected()
        with self.ctx.vault.operation("exposures"):
            for v in chosen:
                self.ctx.vault.exposures.set_state(v.exposure.id, state)
        self.refresh()
        if chosen:
            self.select(chosen[0].exposure.id)

    def write_letter(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.ctx.navigator.write_letter(chosen[0].exposure.registration_id)
