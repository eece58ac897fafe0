"""Audit: for one person, walk through the national look-ups (工信部 电话卡"一证通查", 互联网账号
"一证通查", 云闪付"一键查卡"): how to run each, the count (and names) it returned, a clear flag when
the inventory holds fewer — the forgotten number, account or card — a way to add what is missing,
and the dated history so the audit can be repeated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exposure import audit
from exposure import identifiers as idmod
from exposure.audit import AuditId, AuditResult, Counts, Lookup
from exposure.catalog import Catalog
from exposure.errors import ExposureError
from exposure.model import IdentifierId, IdentifierKind, PersonId, Role
from ui import palette
from ui.audit.audit_words import error_words, listed_text, result_text
from ui.audit.lookup_howto import LookupHowTo
from ui.context import AppContext, Clock, Opener
from ui.inventory.registration_dialog import RegistrationDialog
from ui.people.identifier_dialog import IdentifierDialog
from ui.services.service_page import catalog_of
from ui.widgets.buttons import push_button
from ui.widgets.common import (
    announce,
    button_shortcut,
    confirm,
    make_table,
    notes_box,
    plain_label,
    selected_source_rows,
    show_problem,
)
from ui.widgets.forms import ErrorLabel
from ui.widgets.person_combo import PersonCombo
from ui.widgets.rows import Row, RowsModel, filter_proxy


class LookupPanel(QWidget):
    """One look-up: how to run it, what it returned, the comparison, the history."""

    def __init__(self, page: AuditPage, lookup: Lookup) -> None:
        super().__init__(page)
        self.page = page
        self.lookup = lookup
        self.result: AuditResult | None = None
        lang = page.lang

        self.howto = LookupHowTo(lookup, lang, page.open_link)
        self.links = self.howto.links

        form = self._record_form(lookup)

        actions = self._result_lines()

        self._history(lookup)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.howto)
        column.addLayout(form)
        column.addWidget(self.error_label)
        column.addWidget(self.flag_label)
        column.addWidget(self.listed_label)
        column.addLayout(actions)
        column.addWidget(self.last_label)
        column.addWidget(plain_label(self.tr("History")))
        column.addWidget(self.history_view)
        column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setAccessibleName(lookup.name(page.lang))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show_actions()

    def _record_form(self, lookup: Lookup) -> QFormLayout:
        """What the look-up returned, typed in."""
        self.phone_combo = QComboBox()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(-1, audit.MAX_COUNT)
        self.count_spin.setSpecialValueText(self.tr("not entered"))
        self.count_spin.setValue(-1)
        self.listed_edit = QPlainTextEdit()
        self.listed_edit.setPlaceholderText(self.tr("Optional: the companies, banks or platforms "
                                                    "it named, one a line"))
        notes_box(self.listed_edit)
        self.notes_edit = QLineEdit()
        self.record_button = push_button(
            self.tr("&Record"), self.record,
            tip=self.tr("Compare with the inventory and keep this result with today's date "
                        "(Ctrl+Return)"))
        button_shortcut(self, self.record_button, QKeySequence("Ctrl+Return"))
        form = QFormLayout()
        if lookup.per_phone:
            form.addRow(self.tr("Phone number looked up"), self.phone_combo)
        form.addRow(self.tr("&Count it returned"), self.count_spin)
        form.addRow(self.tr("Names it &listed"), self.listed_edit)
        form.addRow(self.tr("No&tes"), self.notes_edit)
        form.addRow("", self.record_button)
        return form

    def _result_lines(self) -> QHBoxLayout:
        """What the comparison found, and the buttons that add what is missing."""
        self.error_label = ErrorLabel()
        self.flag_label = plain_label()
        self.flag_label.setVisible(False)
        self.listed_label = plain_label()
        self.listed_label.setVisible(False)
        self.add_item_button = push_button("", self.add_missing_item)
        self.add_registration_button = push_button(self.tr("Add a re&gistration…"),
                                                   self.add_missing_registration)
        actions = QHBoxLayout()
        actions.addWidget(self.add_item_button)
        actions.addWidget(self.add_registration_button)
        actions.addStretch(1)
        self.last_label = plain_label()
        return actions

    def _history(self, lookup: Lookup) -> None:
        """The earlier results of this look-up, newest first."""
        self.history = RowsModel([self.tr("Date"), self.tr("Number"), self.tr("Official"),
                                  self.tr("Inventory"), self.tr("Gap"), self.tr("Listed"),
                                  self.tr("Notes")], self)
        self.history_view = make_table(self, filter_proxy(self.history, parent=self),
                                       name=self.tr("History of this look-up"), stretch_column=5,
                                       on_remove=self.remove_selected)
        self.history_view.setColumnHidden(1, not lookup.per_phone)
        self.history_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.history_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.remove_button = push_button(self.tr("Re&move from history…"), self.remove_selected,
                                         tip=self.tr("Del in the history"))
        self.remove_button.setEnabled(False)
        self.history_view.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(bool(self.selected_audits())))

    # --- state -----------------------------------------------------------------------------------
    def person_changed(self) -> None:
        self.result = None
        self.error_label.clear()
        self.flag_label.setVisible(False)
        self.listed_label.setVisible(False)
        self.fill_phones()
        self.refresh_history()
        self._show_actions()

    def fill_phones(self) -> None:
        """The person's phone numbers, masked; the choice survives a refill."""
        keep = self.phone_combo.currentData()
        self.phone_combo.blockSignals(True)
        self.phone_combo.clear()
        self.phone_combo.addItem(self.tr("All of this person's numbers"), None)
        pid = self.page.person_id()
        if pid is not None:
            for ident in self.page.ctx.vault.identifiers.all_identifiers(pid):
                if ident.kind is IdentifierKind.PHONE:
                    text = idmod.mask(ident.kind, ident.value)
                    self.phone_combo.addItem(f"{text} {ident.label}".strip(), int(ident.id))
        self.phone_combo.setCurrentIndex(max(self.phone_combo.findData(keep), 0))
        self.phone_combo.blockSignals(False)

    def phone_id(self) -> IdentifierId | None:
        data = self.phone_combo.currentData() if self.lookup.per_phone else None
        return IdentifierId(int(data)) if data is not None else None

    def refresh_history(self) -> None:
        pid = self.page.person_id()
        records = (self.page.ctx.vault.audits.all_audits(person_id=pid, lookup=self.lookup.id)
                   if pid is not None else [])
        phones = {int(i.id): idmod.mask(i.kind, i.value)
                  for i in (self.page.ctx.vault.identifiers.all_identifiers(pid)
                            if pid is not None else [])}
        rows = []
        for rec in records:
            number = phones.get(int(rec.phone_id), "") if rec.phone_id is not None else ""
            rows.append(Row(int(rec.id), (
                rec.checked_on.isoformat(), number, str(rec.official_count),
                str(rec.inventory_count), f"{rec.gap:+d}" if rec.gap else "0",
                ", ".join(rec.listed), rec.notes),
                sort=(rec.checked_on.isoformat(), number, rec.official_count,
                      rec.inventory_count, rec.gap, ", ".join(rec.listed), rec.notes)))
        self.history.set_rows(rows)
        if records:
            last = records[0]
            text = (self.tr("Last recorded %1: official %2, inventory %3.")
                    .replace("%1", last.checked_on.isoformat())
                    .replace("%2", str(last.official_count))
                    .replace("%3", str(last.inventory_count)))
            if last.fewer:
                text += " " + self.tr("Something was missing then.")
        else:
            text = self.tr("Not recorded yet for this person.")
        self.last_label.setText(text)

    # --- actions ---------------------------------------------------------------------------------
    def selected_audits(self) -> list[AuditId]:
        return [AuditId(self.history.key_at(r)) for r in selected_source_rows(self.history_view)]

    def remove_selected(self) -> None:
        """Remove runs recorded by mistake, after asking."""
        ids = self.selected_audits()
        if not ids or not confirm(self, self.tr("Remove from history"),
                                  self.tr("Remove %1 recorded run(s) from the history?")
                                  .replace("%1", str(len(ids)))):
            return
        with self.page.ctx.vault.operation("audits"):
            for aid in ids:
                self.page.ctx.vault.audits.delete(aid)

    def record(self) -> AuditResult | None:
        pid = self.page.person_id()
        self.error_label.clear()
        if pid is None:
            show_problem(self.error_label, self.tr("Add a person on the People page first."))
            return None
        count = self.count_spin.value()
        try:
            result, _aid = audit.run(
                self.page.ctx.vault, pid, self.lookup.id, today=self.page.clock(),
                official_count=None if count < 0 else count,
                listed=self.listed_edit.toPlainText(), phone_id=self.phone_id(),
                catalog=self.page.catalog, notes=self.notes_edit.text().strip())
        except ExposureError as exc:
            show_problem(self.error_label, error_words(exc), focus=self.count_spin)
            return None
        self.show_result(result)
        self.refresh_history()
        return result

    def show_result(self, result: AuditResult) -> None:
        self.result = result
        self.flag_label.setText(("⚠ " if result.flagged else "✓ ")
                                + result_text(result, self.lookup.counts))
        self.flag_label.setStyleSheet(palette.box_style("flag" if result.flagged else "ok"))
        announce(self.flag_label)
        self.flag_label.setVisible(True)
        catalog = self.page.catalog
        names = [catalog.get(cid).name(self.page.lang) if catalog and catalog.get(cid) else cid
                 for cid in result.listed_missing]
        text = listed_text(names, result.listed_unknown)
        self.listed_label.setText(text)
        self.listed_label.setVisible(bool(text))
        self._show_actions()
        # the result is below the form: bring it into view once laid out
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.flag_label, 0, 40))

    def _show_actions(self) -> None:
        r = self.result
        counts = self.lookup.counts
        item_missing = bool(r and r.fewer and counts is not Counts.PHONE_ACCOUNTS)
        self.add_item_button.setText(self.tr("Add the missing phone &number…")
                                     if counts is Counts.PHONE
                                     else self.tr("Add the missing &bank card…"))
        self.add_item_button.setVisible(item_missing)
        account_missing = bool(r and ((r.fewer and counts is Counts.PHONE_ACCOUNTS)
                                      or r.listed_missing))
        self.add_registration_button.setVisible(account_missing)

    def add_missing_item(self) -> IdentifierDialog | None:
        pid = self.page.person_id()
        if pid is None:
            return None
        kind = IdentifierKind.PHONE if self.lookup.counts is Counts.PHONE \
            else IdentifierKind.BANK_CARD
        dialog = IdentifierDialog(self.page.ctx.vault, pid, parent=self)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
        dialog.open()
        dialog.finished.connect(self._after_dialog)
        return dialog

    def add_missing_registration(self) -> RegistrationDialog | None:
        pid = self.page.person_id()
        if pid is None:
            return None
        dialog = RegistrationDialog(self.page.ctx.vault, person_id=pid,
                                    catalog=self.page.catalog, parent=self)
        catalog = self.page.catalog
        if self.result and self.result.listed_missing and catalog is not None:
            entry = catalog.get(self.result.listed_missing[0])
            if entry is not None:
                dialog.service_edit.setText(entry.name(self.page.lang))
        phone = self.result.phone_id if self.result else None
        if phone is not None and phone in dialog.identifier_rows:
            dialog.check_identifier(phone, Role.LOGIN)
        dialog.open()
        dialog.finished.connect(self._after_dialog)
        return dialog

    def _after_dialog(self, code: int) -> None:
        if code == QDialog.DialogCode.Accepted:
            self.page.status(self.tr("Added. Record the look-up again to check the gap is closed."))


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 clock: Clock | None = None, opener: Opener | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Clock = clock or ctx.clock
        self.opener: Opener = opener or ctx.open_url
        self.lang = ctx.lang
        self.catalog: Catalog | None = catalog_of(ctx)
        self.person_combo = PersonCombo()
        intro = plain_label(self.tr(
            "The national look-ups say how many phone numbers, internet accounts and bank cards "
            "exist under an ID. Run each one, enter what it returned, and see whether your "
            "inventory has forgotten one — an old number or card nobody watches is what thieves "
            "used in the stolen-phone case."))
        person_label = QLabel(self.tr("&Person"))
        person_label.setBuddy(self.person_combo)
        top = QHBoxLayout()
        top.addWidget(person_label)
        top.addWidget(self.person_combo, 1)
        self.tabs = QTabWidget()
        self.panels: dict[str, LookupPanel] = {}
        self.error_label = ErrorLabel()
        try:
            lookups = audit.default_lookups()
        except ExposureError:
            lookups = {}
            self.error_label.setText(self.tr("The look-ups file could not be read."))
        for lookup in lookups.values():
            panel = LookupPanel(self, lookup)
            self.panels[lookup.id] = panel
            self.tabs.addTab(panel, lookup.name(self.lang))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        self.person_combo.currentIndexChanged.connect(self._person_changed)
        ctx.bridge.vault_changed.connect(self._vault_changed)
        self.refresh()

    def person_id(self) -> PersonId | None:
        return self.person_combo.person_id()

    def select_person(self, pid: PersonId) -> None:
        self.person_combo.setCurrentIndex(max(self.person_combo.find(pid), 0))

    def refresh(self) -> None:
        self.person_combo.refill(self.ctx.vault.people.all_people())
        self._person_changed()

    def _person_changed(self, *_: Any) -> None:
        for panel in self.panels.values():
            panel.person_changed()

    def _vault_changed(self, topic: str) -> None:
        if topic == "people":
            self.refresh()
        elif topic == "identifiers":
            for panel in self.panels.values():
                panel.fill_phones()
                panel.refresh_history()
        elif topic == "audits":
            for panel in self.panels.values():
                panel.refresh_history()

    def open_link(self, url: str) -> None:
        if url.startswith(("https://", "http://")):
            self.opener(url)

    def status(self, text: str) -> None:
        self.ctx.status(text)
