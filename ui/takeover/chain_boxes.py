"""The take-over graph's boxes and where they go: the fonts and heights (Fonts), one box per
account or card (Box, drawn by NodeItem), and the layout of columns, labels and boxes (Layout)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QWidget,
)

from exposure import takeover as to
from ui import palette
from ui.widgets.tooltips import plain_tip

SCENARIO_KEY = to.SCENARIO_SOURCE  # the start box: what the attacker holds
NODE_MIN_W = 120.0
NODE_MAX_W = 230.0
PAD = 8.0
V_GAP = 16.0
CURVE = 60.0  # horizontal room for the curved part of an arrow
LABEL_MAX_W = 260.0



def fill(kind: str) -> QColor:
    return palette.color(f"node_{kind}")  # start, money, card, plain


def ink() -> QColor:
    return palette.text_color()


def elide(text: str, fm: QFontMetricsF, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int = 3) -> list[str]:
    """Break `text` into lines no wider than `width`: at spaces where there are any, else
    between characters (Chinese); the last line is elided."""
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines - 1:
        if fm.horizontalAdvance(rest) <= width:
            break
        cut = len(rest)
        while cut > 1 and fm.horizontalAdvance(rest[:cut]) > width:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        lines.append(elide(rest, fm, width))
    return lines


@dataclass
class Box:
    key: str
    lines: list[str]
    fill: QColor
    ports: int
    tooltip: str
    dashed: bool = False
    rect: QRectF = field(default_factory=QRectF)  # set during layout


@dataclass(frozen=True)
class Fonts:
    """The fonts the graph is set in, and the heights that follow from them."""

    font: QFont
    small: QFont  # second lines and labels
    fm: QFontMetricsF
    fm_small: QFontMetricsF

    @property
    def line_h(self) -> float:
        return self.fm.height()

    @property
    def small_h(self) -> float:
        return self.fm_small.height()

    @property
    def port_h(self) -> float:  # one arrow's end on the side of a box
        return self.small_h + 8


class Layout:
    """Where the columns of boxes go: arrow labels first (they set the room an arrow needs in
    front of its column), then each column's width and each box's place, centred."""

    def __init__(self, columns: dict[int, list[Box]]) -> None:
        self.columns = columns
        self.col_of = {b.key: c for c, boxes in columns.items() for b in boxes}
        self.boxes_by_key = {b.key: b for boxes in columns.values() for b in boxes}
        self.labels: dict[tuple[str, str], str] = {}
        self.room: dict[int, float] = defaultdict(float)
        self.widths: dict[int, float] = {}

    def label(self, incoming: dict[str, dict[str, list[to.Cap]]], graph: to.Graph, lang: str,
              t: Fonts) -> None:
        for target, sources in incoming.items():
            for src, caps in sources.items():
                text = " + ".join(to.cap_text(c, graph, lang) for c in caps)
                self.labels[(src, target)] = text
                width = min(t.fm_small.horizontalAdvance(text), LABEL_MAX_W)
                column = self.col_of[target]
                self.room[column] = max(self.room[column], width)

    def place(self, t: Fonts) -> None:
        x = 10.0
        heights: dict[int, float] = {}
        for c in sorted(self.columns):
            if c:
                x += CURVE + self.room[c] + 16
            boxes = self.columns[c]
            other = t.fm if c == 0 else t.fm_small  # the start box: all one font
            width = max(max(t.fm.horizontalAdvance(b.lines[0]) for b in boxes),
                        max((other.horizontalAdvance(ln) for b in boxes for ln in b.lines[1:]),
                            default=0.0)) + 2 * PAD + 2
            width = max(NODE_MIN_W, min(width, NODE_MAX_W))
            self.widths[c] = width
            y = 10.0
            for b in boxes:
                text_h = t.line_h * len(b.lines) if c == 0 else t.line_h + t.small_h * (
                    len(b.lines) - 1)
                h = max(PAD * 2 + text_h, b.ports * t.port_h + 8)
                b.rect = QRectF(x, y, width, h)
                y += h + V_GAP
            heights[c] = y
            x += width
        tallest = max(heights.values())
        for c, boxes in self.columns.items():  # centre each column on the tallest one
            shift = (tallest - heights[c]) / 2
            for b in boxes:
                b.rect = b.rect.translated(0, shift)


class NodeItem(QGraphicsRectItem):
    """An account, a card, or the scenario's start, with its title inside."""

    def __init__(self, box: Box, font: QFont, small: QFont) -> None:
        super().__init__(box.rect)
        self.key = box.key
        self.setBrush(QBrush(box.fill))
        pen = QPen(palette.color("node_border"), 1.2)
        if box.dashed:  # a dormant account or card: the ones people forget
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(2)
        self.setToolTip(plain_tip(box.tooltip))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.texts: list[QGraphicsSimpleTextItem] = []
        y = box.rect.top() + PAD
        for n, line in enumerate(box.lines):
            item = QGraphicsSimpleTextItem(line, self)
            item.setBrush(QBrush(ink()))
            item.setFont(font if n == 0 or box.key == SCENARIO_KEY else small)
            item.setPos(box.rect.left() + PAD, y)
            y += item.boundingRect().height()
            self.texts.append(item)

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.pen())
        if self.isSelected():
            pen.setColor(palette.color("highlight_edge"))
            pen.setWidthF(2.5)
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), 6, 6)
