"""Inventory: every registration of every family member; type a few characters to find one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exposure import undo
from exposure.catalog import Catalog
from exposure.model import InventoryRow, RegistrationId
from ui.context import AppContext
from ui.inventory.inventory_model import InventoryModel
from ui.inventory.registration_dialog import RegistrationDialog, ServiceChoice
from ui.services.service_page import ServiceDialog, catalog_of, open_service_details
from ui.widgets.buttons import push_button, toggle_button
from ui.widgets.common import (
    button_shortcut,
    chars,
    confirm,
    key_action,
    make_table,
    selected_source_rows,
    tab_order,
)
from ui.widgets.flow_layout import button_row
from ui.widgets.rows import filter_proxy, sort_keys

FIRST_SCREEN = 150  # rows built before the first paint (a tall window shows about 60)


class InventoryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InventoryModel(self)
        self.proxy = filter_proxy(self.model, InventoryModel.COL_SEARCH, self)
        self.view = make_table(self, self.proxy, name=self.tr("Registrations"),
                               stretch_column=InventoryModel.COL_IDENTIFIERS,
                               on_edit=self.edit_registration,
                               on_remove=self.remove_registrations)
        self.view.setColumnHidden(InventoryModel.COL_SEARCH, True)
        self.view.setColumnWidth(InventoryModel.COL_PERSON, chars(self.view, 18))
        self.view.setColumnWidth(InventoryModel.COL_SERVICE, chars(self.view, 22))
        self.view.setColumnWidth(InventoryModel.COL_SINCE, self.view.fontMetrics()
                                 .horizontalAdvance("2025-12-31") + chars(self.view, 2))
        self.view.sortByColumn(InventoryModel.COL_PERSON, Qt.SortOrder.AscendingOrder)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search person, service, number… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the inventory"))
        key_action(self, self.tr("Find"), [QKeySequence(QKeySequence.StandardKey.Find)],
                   self.search_edit.setFocus, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.count_label = QLabel()
        self.empty_label = QLabel()  # what to do when the table is empty
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self._buttons()

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        buttons = button_row(self.add_button, self.edit_button, self.remove_button,
                             self.reveal_button, self.details_button, self.letter_button,
                             self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

        # A large inventory shows its first screenful at once and the rest right after the
        # window is up (a timer of the page's own: it dies with the page).
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.timeout.connect(self.refresh)
        self._connect(ctx)
        self.refresh(first_screen=True)

    def _buttons(self) -> None:
        self.add_button = push_button(self.tr("&Add registration…"), self.add_registration)
        button_shortcut(self, self.add_button, QKeySequence(QKeySequence.StandardKey.New))
        self.edit_button = push_button(self.tr("Edit…"), self.edit_registration,
                                       tip=self.tr("Enter in the list"))
        self.remove_button = push_button(self.tr("Re&move…"), self.remove_registrations,
                                         tip=self.tr("Del in the list"))
        self.reveal_button = toggle_button(
            self.tr("&Reveal"), self.reveal_selected,
            tip=self.tr("Show the selected rows' identifiers in full"))
        self.details_button = push_button(
            self.tr("Service &details…"), self.service_details,
            tip=self.tr("How this service logs you in, how it is recovered, hardened and deleted"))
        self.letter_button = push_button(
            self.tr("Write a &letter…"), self.write_letter,
            tip=self.tr("A deletion, access or cancellation request to this service, tracked on "
                        "the Requests page"))
        self.import_button = push_button(
            self.tr("&Import…"), self.import_accounts,
            tip=self.tr("Fill the inventory from a password-manager export, a CSV file or a list "
                        "of apps (Ctrl+I)"))

    def _connect(self, ctx: AppContext) -> None:
        self.search_edit.textChanged.connect(self.set_filter)
        self.view.doubleClicked.connect(self.edit_registration)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in ((self.tr("Edit…"), self.edit_registration),
                           (self.tr("Service details…"), self.service_details),
                           (self.tr("Write a letter…"), self.write_letter)):
            action = QAction(text, self.view)
            action.triggered.connect(slot)
            self.view.addAction(action)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        ctx.bridge.vault_changed.connect(self._changed)
        tab_order(self.search_edit, self.view, self.add_button, self.edit_button,
                  self.remove_button, self.reveal_button, self.details_button,
                  self.letter_button, self.import_button)

    def _changed(self, topic: str) -> None:
        self.refresh()

    @property
    def loading(self) -> bool:
        """Only the first screenful is in the table yet (tests wait on this)."""
        return self._rest_timer.isActive()

    def refresh(self, first_screen: bool = False) -> None:
        rows = self._first_screen() if first_screen else None
        if rows is None:
            self._rest_timer.stop()
            rows = self.ctx.vault.registrations.rows()
        else:
            self._rest_timer.start(0)
        self.model.load(rows, catalog_of(self.ctx), self.ctx.short_lang)
        self._update_count()
        self._update_buttons()

    def _first_screen(self) -> list[InventoryRow] | None:
        """The rows the table shows first, in its first order (by person, pinyin): the people
        ranked first, until a screenful. None when the whole inventory is that small."""
        vault = self.ctx.vault
        with vault.reading():
            counts = vault.people.counts()
            if sum(regs for _ids, regs in counts.values()) <= FIRST_SCREEN:
                return None
            people = vault.people.all_people()
            ranked = sorted(zip(sort_keys([p.name for p in people]), range(len(people)),
                                strict=True))
            rows: list[InventoryRow] = []
            for _key, n in ranked:
                rows += vault.registrations.rows(people[n].id)
                if len(rows) >= FIRST_SCREEN:
                    break
        return rows

    def set_filter(self, text: str) -> None:
        self.proxy.set_search(text)

    def _update_count(self, *_: object) -> None:
        if self.loading:  # the first screenful: the count comes with the rest
            self.count_label.clear()
            self.empty_label.setVisible(False)
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown))
                                 .replace("%2", str(total)))
        if not total:
            self.empty_label.setText(self.tr(
                "No accounts yet. Import them from a password-manager export, a CSV file or a "
                "list of apps (Import…, Ctrl+I), or add one with Add registration…"))
        elif not shown:
            self.empty_label.setText(self.tr("Nothing matches the search."))
        self.empty_label.setVisible(not shown)

    def selected_ids(self) -> list[RegistrationId]:
        return [self.model.key_at(r) for r in selected_source_rows(self.view)]

    def _update_buttons(self, *_: object) -> None:
        ids = self.selected_ids()
        self.edit_button.setEnabled(len(ids) == 1)
        self.details_button.setEnabled(len(ids) == 1)
        self.letter_button.setEnabled(len(ids) == 1)
        self.remove_button.setEnabled(bool(ids))
        self.reveal_button.setEnabled(bool(ids))
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(bool(ids) and all(self.model.is_revealed(i) for i in ids))
        self.reveal_button.blockSignals(False)

    def service_choices(self) -> Sequence[ServiceChoice]:
        catalog = self.ctx.catalog
        if catalog is None:
            return []
        lang = self.ctx.lang
        out = []
        for e in catalog.entries:
            name = e.name(lang)
            out.append(ServiceChoice(name, e.name_zh or name, e.id, tuple(e.domains), e.category))
            for alias in (e.name_en if lang != "en" else e.name_zh, *e.aliases):
                if alias and alias != name:
                    out.append(ServiceChoice(alias, e.name_zh or name, e.id, tuple(e.domains),
                                             e.category))
        return out

    def import_accounts(self) -> QDialog:
        from ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, parent=self)
        dialog.exec()
        return dialog

    def add_registration(self) -> RegistrationDialog | None:
        if not self.ctx.vault.people.all_people():
            self.ctx.status(self.tr("Add a person on the People page first."))
            return None
        dialog = RegistrationDialog(self.ctx.vault, services=self.service_choices,
                                    catalog=self._catalog(), parent=self)
        if dialog.exec() and dialog.registration_id is not None:
            self.search_edit.clear()
            self.select_ids([dialog.registration_id])  # the new row, selected and in view
        return dialog

    def edit_registration(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            reg = self.ctx.vault.registrations.get(ids[0])
            RegistrationDialog(self.ctx.vault, registration=reg, services=self.service_choices,
                               catalog=self._catalog(), parent=self).exec()

    def _catalog(self) -> Catalog | None:
        return catalog_of(self.ctx)

    def service_details(self) -> ServiceDialog | None:
        """The catalogue's facts about the selected registration's service, in a window."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        reg = self.ctx.vault.registrations.get(ids[0])
        return open_service_details(self.ctx, self.ctx.vault.services.get(reg.service_id), self)

    def remove_registrations(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [f"{r.person.name} — {self.model.service_name(r)}"
                 for r in (self.model.inventory_row(self.model.row_of(i)) for i in ids[:8])]
        more = len(ids) - len(names)
        text = self.tr("Remove these registrations from the inventory?\n\n{names}").format(
            names="\n".join(names) + (f"\n… (+{more})" if more > 0 else ""))
        if not confirm(self, self.tr("Remove registrations"), text):
            return
        self.ctx.bridge.deleted.emit(undo.delete_registrations(self.ctx.vault, ids))

    def reveal_selected(self, on: bool) -> None:
        ids = self.selected_ids()
        self.model.set_revealed(ids, on)
        self.select_ids(ids)

    def select_ids(self, ids: list[RegistrationId]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for rid in ids:
            row = self.model.row_of(rid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, index)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.view.selectionModel().select(selection, flags)

    def hide_values(self) -> None:
        self.model.set_reveal_all(False)
        self._update_buttons()

    def write_letter(self) -> QDialog | None:
        """A request letter to the selected registration's service, on the Requests page."""
        ids = self.selected_ids()
        return self.ctx.navigator.write_letter(ids[0]) if len(ids) == 1 else None
