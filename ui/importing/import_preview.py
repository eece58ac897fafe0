"""The import dialog's preview, built onto the dialog: four tabs (matched, not matched with the
mapping row, already recorded, left out), each a table over its model, and the catalogue names
the mapping row completes.

The words keep the dialog's translation context ("ImportDialog")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exposure.catalog import Catalog
from ui.importing.import_model import PlanRowsModel, SkippedModel
from ui.widgets.buttons import push_button
from ui.widgets.common import chars, make_table
from ui.widgets.rows import filter_proxy

if TYPE_CHECKING:
    from ui.importing.import_dialog import ImportDialog


def preview_tabs(dialog: ImportDialog) -> None:
    """The preview: matched, not matched (with mapping), already recorded, skipped."""
    dialog.matched_model = PlanRowsModel(dialog)
    dialog.unmatched_model = PlanRowsModel(dialog)
    dialog.duplicates_model = PlanRowsModel(dialog)
    dialog.skipped_model = SkippedModel(dialog)
    titles = (QCoreApplication.translate("ImportDialog", "Matched to the catalogue"),
              QCoreApplication.translate("ImportDialog", "Not matched"),
              QCoreApplication.translate("ImportDialog", "Already in the inventory"),
              QCoreApplication.translate("ImportDialog", "Skipped lines"))
    models = (dialog.matched_model, dialog.unmatched_model, dialog.duplicates_model,
              dialog.skipped_model)
    dialog.matched_view, dialog.unmatched_view, dialog.duplicates_view, dialog.skipped_view = (
        preview_table(dialog, model, title) for model, title in zip(models, titles, strict=True))

    dialog.map_edit = QLineEdit()
    dialog.map_edit.setPlaceholderText(
        QCoreApplication.translate("ImportDialog", "Type a service: 京东, 12306, LinkedIn …"))
    dialog.map_edit.setAccessibleName(
        QCoreApplication.translate("ImportDialog", "Service to map the selected lines to"))
    dialog._labels = catalogue_labels(dialog.catalog, dialog.lang)
    completer = QCompleter(QStringListModel(sorted(dialog._labels), dialog), dialog)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    dialog.map_edit.setCompleter(completer)
    dialog.map_button = push_button(
        QCoreApplication.translate("ImportDialog", "&Map to this service"), dialog.map_selected)
    dialog.custom_button = push_button(
        QCoreApplication.translate("ImportDialog", "Add as my &own service"),
        dialog.custom_selected)
    dialog.skip_button = push_button(QCoreApplication.translate("ImportDialog", "&Skip"),
                                     dialog.skip_selected)
    unmatched_page = QWidget()
    box = QVBoxLayout(unmatched_page)
    box.addWidget(dialog.unmatched_view)
    mapping = QHBoxLayout()
    mapping.addWidget(dialog.map_edit, 1)
    for b in (dialog.map_button, dialog.custom_button, dialog.skip_button):
        mapping.addWidget(b)
    box.addLayout(mapping)

    dialog.tabs = QTabWidget()
    dialog.tabs.addTab(dialog.matched_view, "")
    dialog.tabs.addTab(unmatched_page, "")
    dialog.tabs.addTab(dialog.duplicates_view, "")
    dialog.tabs.addTab(dialog.skipped_view, "")


def preview_table(parent: QWidget, model: PlanRowsModel | SkippedModel, name: str) -> QTableView:
    """One tab's table, in file order; the outcome (or why a line was skipped) stretches."""
    stretch = PlanRowsModel.COL_OUTCOME if isinstance(model, PlanRowsModel) \
        else SkippedModel.COL_REASON
    proxy = filter_proxy(model, -1, parent)
    view = make_table(parent, proxy, name=name, stretch_column=stretch)
    view.setColumnWidth(0, chars(view, 5))
    if isinstance(model, PlanRowsModel):
        view.setColumnWidth(PlanRowsModel.COL_PERSON, chars(view, 9))
        view.setColumnWidth(PlanRowsModel.COL_SOURCE, chars(view, 22))
        view.setColumnWidth(PlanRowsModel.COL_IDENTIFIERS, chars(view, 22))
    else:
        view.setColumnWidth(SkippedModel.COL_SOURCE, chars(view, 26))
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # file order
    return view


def catalogue_labels(catalog: Catalog, lang: str) -> dict[str, str]:
    """Every name and alias the user may type → catalogue id."""
    out: dict[str, str] = {}
    for e in catalog.entries:
        for label in (e.name(lang), e.name_zh, e.name_en, *e.aliases):
            if label:
                out.setdefault(label, e.id)
    return out
