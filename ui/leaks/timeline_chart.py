"""The Leaks page's timeline: breaches touching the family per month, as bars with a year axis,
the count over each bar and the scale on the left (painted with the palette's colours)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from ui.widgets.tooltips import plain_tip


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setMinimumHeight(130)
        self.setAccessibleName(self.tr("Breaches per month"))

    def set_series(self, series: list[tuple[str, int]], empty_text: str = "") -> None:
        """`series`: (YYYY-MM, breaches) for every month; `empty_text` says why it is empty."""
        self.series = series
        self.empty_text = empty_text
        self.setToolTip(plain_tip("\n".join(f"{m}: {n}" for m, n in series if n)))
        self.setAccessibleDescription(", ".join(f"{m}: {n}" for m, n in series if n)
                                      or empty_text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 150)

    def year_ticks(self) -> list[tuple[int, str]]:
        """(index of the month, year) for each January in the series, and the first month."""
        ticks = []
        for i, (month, _n) in enumerate(self.series):
            if i == 0 or month.endswith("-01"):
                ticks.append((i, month[:4]))
        return ticks

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        if not self.series:
            painter.drawText(self.rect().adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text or self.tr("No breaches touch your family yet."))
            painter.end()
            return
        fm = self.fontMetrics()
        line = fm.height()
        peak = max(n for _, n in self.series) or 1
        left = fm.horizontalAdvance(str(peak)) + 12
        rect = QRectF(self.rect()).adjusted(left, line + 6, -8, -(line + 8))
        width = rect.width() / len(self.series)
        bar = palette.color(QPalette.ColorRole.Highlight)
        # scale: 0 and the peak on the left
        painter.drawText(QRectF(0, rect.top() - line / 2, left - 6, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(peak))
        painter.drawText(QRectF(0, rect.bottom() - line / 2, left - 6, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "0")
        for i, (_month, n) in enumerate(self.series):
            if not n:
                continue
            h = max(rect.height() * n / peak, 2)
            x = rect.left() + i * width
            painter.fillRect(QRectF(x, rect.bottom() - h, max(width - 1, 2), h), bar)
            label = str(n)
            w = fm.horizontalAdvance(label)
            painter.drawText(QRectF(x + width / 2 - w / 2 - 2, rect.bottom() - h - line - 2,
                                    w + 4, line), Qt.AlignmentFlag.AlignCenter, label)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        # the year axis: a tick and the year at each January, skipping labels that would touch
        last_right = -1e9
        for i, year in self.year_ticks():
            x = rect.left() + i * width
            painter.drawLine(int(x), int(rect.bottom()), int(x), int(rect.bottom() + 4))
            w = fm.horizontalAdvance(year)
            if x >= last_right + 6 and x + w <= self.width():
                painter.drawText(QRectF(x, rect.bottom() + 4, w + 2, line),
                                 Qt.AlignmentFlag.AlignLeft, year)
                last_right = x + w
        painter.end()
