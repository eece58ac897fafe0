"""Row heights that follow wrapped text, worked out for the rows in view only.

`QHeaderView.ResizeToContents` on a table's rows measures every row of the model on each
change, and again when a row is selected: a take-over cut of 2,000 steps took seconds to open.
Here the rows in view are fitted to their text after each reset, scroll, column resize or
viewport resize (one event-loop turn later, once for all of them); a row out of view keeps its
last height until it scrolls in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class VisibleRowHeights(QObject):
    """Keeps the rows of `view` that are in view as tall as their wrapped text."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.horizontalHeader().sectionResized.connect(self.schedule)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.dataChanged):
            signal.connect(self.schedule)

    def schedule(self, *_args: Any) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def fit(self) -> None:
        """Fits the rows in view now (the timer calls it after a change). Rows that grow push
        the ones below down: a view scrolled to its end stays there, and the current row stays
        in view (keyboard moves scroll to it first)."""
        view, bar = self.view, self.view.verticalScrollBar()
        first = row = view.rowAt(0)
        if row < 0:
            return
        at_end = 0 < bar.maximum() == bar.value()
        rows, height = view.model().rowCount(), view.viewport().height()
        while row < rows and view.rowViewportPosition(row) < height:
            view.resizeRowToContents(row)
            row += 1
        if at_end:  # the last rows may now need more room than one page
            self._fit_up(rows)
        view.updateGeometries()  # the scroll range, now (not on Qt's next layout pass)
        current = view.currentIndex()
        if at_end:
            view.scrollToBottom()
        elif current.isValid() and first <= current.row() < row:
            view.scrollTo(current)

    def _fit_up(self, rows: int) -> None:
        """Fits the last rows, from the end up, as many as fill the viewport."""
        view, height = self.view, self.view.viewport().height()
        row, used = rows - 1, 0
        while row >= 0 and used < height:
            view.resizeRowToContents(row)
            used += view.rowHeight(row)
            row -= 1
