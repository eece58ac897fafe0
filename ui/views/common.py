"""Small pieces every page uses: a configured table view, confirmations, error boxes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from exposure.errors import ExposureError
from exposure.sources import Source
from ui.words import error_text


def make_table(
    parent: QWidget, proxy: QSortFilterProxyModel, *, stretch_column: int = 1
) -> QTableView:
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    # Fixed row heights: ResizeToContents would measure up to 1,000 rows on every change.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicatorShown(True)
    return view


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label that never interprets its text as rich text: catalogue, feed and user text is
    untrusted, and a name like `<b>x</b>` must show as typed."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def selected_source_rows(view: QTableView) -> list[int]:
    proxy = view.model()
    if not isinstance(proxy, QSortFilterProxyModel):
        return [i.row() for i in view.selectionModel().selectedRows()]
    rows = {proxy.mapToSource(i).row() for i in view.selectionModel().selectedRows()}
    return sorted(rows)


def confirm(parent: QWidget, title: str, text: str, *, destructive: bool = True) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    yes = box.addButton(
        QCoreApplication.translate("Common", "Delete")
        if destructive
        else QCoreApplication.translate("Common", "OK"),
        QMessageBox.ButtonRole.DestructiveRole
        if destructive
        else QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget, exc: Exception, title: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Common", "Exposure"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error_text(exc))
    box.exec()


def save_pdf(parent: QWidget, pages: Sequence[str], title: str, suggested: str,
             path: Path | None = None) -> Path | None:
    """HTML pages to one PDF: asks where (unless `path` is given, as tests do), words errors.
    None when the user cancelled or it failed."""
    from ui.pdf import html_to_pdf

    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Common", "Save as PDF"), suggested,
            QCoreApplication.translate("Common", "PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
    try:
        html_to_pdf(pages, path, title=title)
    except ExposureError as exc:
        show_error(parent, exc)
        return None
    return path


def cited(src: Source) -> str:
    """A source as a user reads it, in the UI's language: the outlet (or web site), its address,
    its own date and the date we read it. Never the project's internal notes."""
    text = " · ".join(p for p in (src.who, src.url if src.url != src.who else "") if p)
    dates = []
    if src.published:
        dates.append(QCoreApplication.translate("Sources", "published %1")
                     .replace("%1", src.published))
    if src.seen:
        dates.append(QCoreApplication.translate("Sources", "seen %1").replace("%1", src.seen))
    if dates:
        joined = QCoreApplication.translate("Sources", ", ").join(dates)
        text = QCoreApplication.translate("Sources", "%1 (%2)").replace("%1", text).replace(
            "%2", joined)
    return text
