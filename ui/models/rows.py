"""A table model over prebuilt rows: data() is an O(1) tuple look-up; 10,000 rows stay instant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    key: Any
    display: tuple[str, ...]
    sort: tuple[Any, ...] | None = None
    tooltip: str = ""
    dimmed: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def key_at(self, row: int) -> Any:
        return self._rows[row].key

    def row_of(self, key: Any) -> int:
        for n, r in enumerate(self._rows):
            if r.key == key:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display[index.column()]
        if role == SORT_ROLE:
            return row.sort[index.column()] if row.sort else row.display[index.column()]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.ForegroundRole and row.dimmed:
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor("#888888"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def filter_proxy(model: RowsModel, search_column: int = -1, parent: Any = None
                 ) -> QSortFilterProxyModel:
    """Sorting by SORT_ROLE; filtering with Qt's own (C++) fixed-string matcher."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(search_column)
    proxy.setSortLocaleAware(True)
    return proxy
