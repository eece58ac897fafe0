"""People: the family members whose exposure is tracked, and each one's identifiers."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exposure import identifiers as idmod
from exposure import undo
from exposure.errors import ExposureError
from exposure.model import Identifier, IdentifierId, IdentifierKind, PersonId
from ui.context import AppContext
from ui.people.identifier_dialog import IdentifierDialog
from ui.people.person_dialog import PersonDialog
from ui.widgets.buttons import push_button, toggle_button
from ui.widgets.common import (
    button_shortcut,
    chars,
    confirm,
    make_table,
    selected_source_rows,
    show_error,
    tab_order,
)
from ui.widgets.flow_layout import button_row
from ui.widgets.rows import Row, RowsModel, filter_proxy
from ui.widgets.tooltips import plain_tip
from ui.words import kind_name, relation_name, status_name


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tables()
        self._buttons()
        self._arrange()
        self._connect(ctx)
        self.refresh()

    def _tables(self) -> None:
        """The family members, and the selected person's identifiers."""
        self.people_model = RowsModel([self.tr("Name"), self.tr("Relation"),
                                       self.tr("Identifiers"), self.tr("Registrations")], self)
        self.people_proxy = filter_proxy(self.people_model, parent=self)
        self.people_view = make_table(self, self.people_proxy, name=self.tr("Family members"),
                                      stretch_column=0, on_edit=self.edit_person,
                                      on_remove=self.remove_person)
        self.people_view.setSelectionMode(self.people_view.SelectionMode.SingleSelection)
        # the counts are narrow numbers: the name gets the room (never "…" at 1100×700)
        header = self.people_view.horizontalHeader()
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.people_view.setAccessibleName(self.tr("Family members"))
        self.people_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, in pinyin
        self.ident_model = RowsModel([self.tr("Kind"), self.tr("Value"), self.tr("Label"),
                                      self.tr("Status"), self.tr("Used by")], self)
        self.ident_proxy = filter_proxy(self.ident_model, parent=self)
        self.ident_view = make_table(self, self.ident_proxy, name=self.tr("Identifiers"),
                                     stretch_column=1, on_edit=self.edit_identifier,
                                     on_remove=self.remove_identifier)
        self._revealed: set[IdentifierId] = set()
        fm = self.ident_view.fontMetrics()  # the Kind column fits its longest word
        self.ident_view.setColumnWidth(0, max(fm.horizontalAdvance(kind_name(k.value))
                                              for k in IdentifierKind) + chars(self, 2))

    def _buttons(self) -> None:
        self.add_person_button = push_button(self.tr("&Add person…"), self.add_person)
        self.edit_person_button = push_button(self.tr("Edit &person…"), self.edit_person)
        self.remove_person_button = push_button(self.tr("&Remove person…"), self.remove_person)
        self.add_ident_button = push_button(self.tr("Add &identifier…"), self.add_identifier)
        self.edit_ident_button = push_button(self.tr("E&dit identifier…"), self.edit_identifier)
        self.remove_ident_button = push_button(self.tr("Re&move identifier…"),
                                               self.remove_identifier)
        for b, tip in ((self.edit_person_button, self.tr("Enter in the list of people")),
                       (self.remove_person_button, self.tr("Del in the list of people")),
                       (self.edit_ident_button, self.tr("Enter in the list of identifiers")),
                       (self.remove_ident_button, self.tr("Del in the list of identifiers"))):
            b.setToolTip(plain_tip(tip))
        self.reveal_button = toggle_button(self.tr("Revea&l"), self._reveal_toggled)
        self.copy_button = push_button(self.tr("&Copy"), self.copy_identifier)
        button_shortcut(self, self.copy_button, QKeySequence(QKeySequence.StandardKey.Copy))
        self.ident_title = QLabel()
        self.ident_title.setTextFormat(Qt.TextFormat.PlainText)
        self.ident_title.setBuddy(self.ident_view)

    def _arrange(self) -> None:
        """The people on the left, the selected person's identifiers on the right."""
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        people_label = QLabel(self.tr("Family members"))
        people_label.setBuddy(self.people_view)
        lv.addWidget(people_label)
        lv.addWidget(self.people_view)
        lv.addWidget(button_row(self.add_person_button, self.edit_person_button,
                                self.remove_person_button))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.ident_title)
        rv.addWidget(self.ident_view)
        rv.addWidget(button_row(self.add_ident_button, self.edit_ident_button,
                                self.remove_ident_button, self.reveal_button, self.copy_button))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self, ctx: AppContext) -> None:
        self.people_view.doubleClicked.connect(self.edit_person)
        self.ident_view.doubleClicked.connect(self.edit_identifier)
        self.people_view.selectionModel().selectionChanged.connect(self._person_selected)
        self.ident_view.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.bridge.vault_changed.connect(self._vault_changed)
        tab_order(self.people_view, self.add_person_button, self.edit_person_button,
                  self.remove_person_button, self.ident_view, self.add_ident_button,
                  self.edit_ident_button, self.remove_ident_button, self.reveal_button,
                  self.copy_button)

    def _vault_changed(self, _topic: str) -> None:
        self.refresh()

    # --- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_person_id()
        counts = self.ctx.vault.people.counts()
        rows = []
        for p in self.ctx.vault.people.all_people():
            n_ids, n_regs = counts.get(p.id, (0, 0))
            relation = relation_name(p.relation) if p.relation else ""
            if p.deceased:
                died = self.tr("deceased") + (f" {p.died_on.isoformat()}" if p.died_on else "")
                relation = f"{relation} · {died}" if relation else died
            if p.no_smartphone:
                phoneless = self.tr("no smartphone")
                relation = f"{relation} · {phoneless}" if relation else phoneless
            rows.append(Row(p.id, (p.name, relation,
                                   str(n_ids), str(n_regs)),
                            sort=(p.name, p.relation, n_ids, n_regs)))
        self.people_model.set_rows(rows)
        if self.people_model.rowCount():
            row = self.people_model.row_of(keep) if keep is not None else -1
            self.select_person_row(max(row, 0))
        self._fill_identifiers()

    def select_person_row(self, source_row: int) -> None:
        index = self.people_proxy.mapFromSource(self.people_model.index(source_row, 0))
        self.people_view.selectRow(index.row())

    def current_person_id(self) -> PersonId | None:
        rows = selected_source_rows(self.people_view)
        return self.people_model.key_at(rows[0]) if rows else None

    def current_identifier(self) -> Identifier | None:
        rows = selected_source_rows(self.ident_view)
        if not rows:
            return None
        return self.ctx.vault.identifiers.get(self.ident_model.key_at(rows[0]))

    def _person_selected(self, *_: QItemSelection) -> None:
        self._revealed.clear()
        self.reveal_button.setChecked(False)
        self._fill_identifiers()

    def _fill_identifiers(self) -> None:
        pid = self.current_person_id()
        if pid is None:
            self.ident_title.setText(self.tr("Add a person to begin."))
            self.ident_model.set_rows([])
            self._update_buttons()
            return
        person = self.ctx.vault.people.get(pid)
        self.ident_title.setText(self.tr("Identifiers of %1").replace("%1", person.name))
        rows = []
        for ident in self.ctx.vault.identifiers.all_identifiers(pid):
            shown = (idmod.display(ident.kind, ident.value) if ident.id in self._revealed
                     else idmod.mask(ident.kind, ident.value))
            used = self.ctx.vault.identifiers.usage_count(ident.id)
            rows.append(Row(ident.id, (kind_name(ident.kind), shown, ident.label,
                                       status_name(ident.status.value), str(used)),
                            sort=(ident.kind.value, shown, ident.label, ident.status.value, used),
                            dimmed=ident.status.value != "active"))
        self.ident_model.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        has_person = self.current_person_id() is not None
        has_ident = bool(selected_source_rows(self.ident_view))
        for b in (self.edit_person_button, self.remove_person_button, self.add_ident_button):
            b.setEnabled(has_person)
        for b in (self.edit_ident_button, self.remove_ident_button, self.reveal_button,
                  self.copy_button):
            b.setEnabled(has_ident)
        ident = self.current_identifier() if has_ident else None
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(bool(ident and ident.id in self._revealed))
        self.reveal_button.blockSignals(False)

    # --- actions ---------------------------------------------------------------------------------
    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(self.ctx.vault, parent=self)
        if dialog.exec() and dialog.person_id is not None:
            self.select_person_row(self.people_model.row_of(dialog.person_id))
        return dialog

    def edit_person(self) -> None:
        pid = self.current_person_id()
        if pid is not None:
            PersonDialog(self.ctx.vault, self.ctx.vault.people.get(pid), parent=self).exec()

    def remove_person(self) -> None:
        pid = self.current_person_id()
        if pid is None:
            return
        person = self.ctx.vault.people.get(pid)
        n_ids, n_regs = self.ctx.vault.people.counts().get(pid, (0, 0))
        text = self.tr("Remove %1 with their %2 identifiers and %3 registrations?") \
            .replace("%1", person.name).replace("%2", str(n_ids)).replace("%3", str(n_regs))
        if not confirm(self, self.tr("Remove person"), text):
            return
        try:
            deleted = undo.delete_person(self.ctx.vault, pid)
        except ExposureError as exc:
            show_error(self, exc)
            return
        self.ctx.bridge.deleted.emit(deleted)

    def add_identifier(self) -> None:
        pid = self.current_person_id()
        if pid is not None:
            IdentifierDialog(self.ctx.vault, pid, parent=self).exec()

    def edit_identifier(self) -> None:
        ident = self.current_identifier()
        if ident is not None:
            IdentifierDialog(self.ctx.vault, ident.person_id, ident, parent=self).exec()

    def remove_identifier(self) -> None:
        ident = self.current_identifier()
        if ident is None:
            return
        used = self.ctx.vault.identifiers.usage_count(ident.id)
        text = self.tr("Remove this %1 (%2)?").replace("%1", kind_name(ident.kind).lower()) \
            .replace("%2", idmod.mask(ident.kind, ident.value))
        if used:
            text += "\n" + self.tr("It is used by %1 registrations; they stay, without it.") \
                .replace("%1", str(used))
        if not confirm(self, self.tr("Remove identifier"), text):
            return
        self.ctx.bridge.deleted.emit(undo.delete_identifier(self.ctx.vault, ident.id))

    def _reveal_toggled(self, on: bool) -> None:
        ident = self.current_identifier()
        if ident is None:
            return
        (self._revealed.add if on else self._revealed.discard)(ident.id)
        row = self.ident_model.row_of(ident.id)
        self._fill_identifiers()
        self.ident_view.selectRow(self.ident_proxy.mapFromSource(
            self.ident_model.index(row, 0)).row())

    def copy_identifier(self) -> None:
        ident = self.current_identifier()
        clipboard = self.ctx.clipboard
        if ident is not None and clipboard is not None:
            clipboard.copy(idmod.display(ident.kind, ident.value).replace(" ", ""))
            seconds = str(self.ctx.settings.clipboard_clear_seconds)
            self.ctx.status(self.tr("Copied; the clipboard is cleared in %1 s.")
                            .replace("%1", seconds))

    def hide_values(self) -> None:
        self._revealed.clear()
        self._fill_identifiers()
