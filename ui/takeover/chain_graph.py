"""The take-over chain drawn as a graph: the scenario on the left, then one column per round of
the analysis; each arrow ends at its own port on the target and carries, in words, the
capabilities that passed (from the scenario or from an earlier account or card).

Every text here comes from the catalogue, the inventory or a breach feed (untrusted): it is
drawn with QGraphicsSimpleTextItem, which never interprets markup."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from exposure import takeover as to
from ui import palette
from ui.takeover.takeover_models import money_node
from ui.widgets.tooltips import plain_tip

SCENARIO_KEY = to.SCENARIO_SOURCE
MAX_DRAWN = 150  # boxes in one picture: more is unreadable (the list shows every step)
_NODE_MIN_W = 120.0
_NODE_MAX_W = 230.0
_PAD = 8.0
_V_GAP = 16.0
_CURVE = 60.0  # horizontal room for the curved part of an arrow
_LABEL_MAX_W = 260.0



def _fill(kind: str) -> QColor:
    return palette.color(f"node_{kind}")  # start, money, card, plain


def _ink() -> QColor:
    return palette.text_color()


def _elide(text: str, fm: QFontMetricsF, width: float) -> str:
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
        lines.append(_elide(rest, fm, width))
    return lines


@dataclass
class _Box:
    key: str
    lines: list[str]
    fill: QColor
    ports: int
    tooltip: str
    dashed: bool = False
    rect: QRectF = field(default_factory=QRectF)  # set during layout


class NodeItem(QGraphicsRectItem):
    """An account, a card, or the scenario's start, with its title inside."""

    def __init__(self, box: _Box, font: QFont, small: QFont) -> None:
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
        y = box.rect.top() + _PAD
        for n, line in enumerate(box.lines):
            item = QGraphicsSimpleTextItem(line, self)
            item.setBrush(QBrush(_ink()))
            item.setFont(font if n == 0 or box.key == SCENARIO_KEY else small)
            item.setPos(box.rect.left() + _PAD, y)
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


class ChainGraphView(QGraphicsView):
    """Shows one analysis. `node_items` (key → item), `edge_items` and `label_items` stay
    available for tests and for selection."""

    node_selected = Signal(str)  # a node key, or "" when nothing is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(self.palette().base())
        self.auto_fit = True
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: list[QGraphicsPathItem] = []
        self.arrow_items: list[QGraphicsPolygonItem] = []
        self.label_items: list[QGraphicsSimpleTextItem] = []
        self.scene().selectionChanged.connect(self._selection_changed)
        for keys, factor in ((QKeySequence.StandardKey.ZoomIn, 1.25),
                             (QKeySequence.StandardKey.ZoomOut, 0.8)):
            QShortcut(keys, self, lambda f=factor: self.zoom(f),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+0"), self, self._fit_again,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- zoom --------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self.auto_fit = False  # the user chose a scale: keep it
        scale = self.transform().m11() * factor
        if 0.2 <= scale <= 4:
            self.scale(factor, factor)

    def fit(self) -> None:
        """Show the chain at the user's font size: a wide chain scrolls rather than shrinks
        (zooming out is the user's choice, Ctrl+-). It starts where the chain starts."""
        self.resetTransform()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def _fit_again(self) -> None:
        self.auto_fit = True
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    # --- selection ---------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, NodeItem)]
        self.node_selected.emit(chosen[0].key if chosen else "")

    def select(self, key: str) -> None:
        item = self.node_items.get(key)
        scene = self.scene()
        scene.blockSignals(True)
        scene.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.ensureVisible(item)
        scene.blockSignals(False)
        scene.update()

    # --- drawing -----------------------------------------------------------------------------
    def clear(self, message: str = "") -> None:
        self.scene().clear()
        self.node_items.clear()
        self.edge_items.clear()
        self.arrow_items.clear()
        self.label_items.clear()
        if message:
            text = self.scene().addSimpleText(message)
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.2)
            text.setFont(font)
            text.setBrush(QBrush(palette.dimmed()))
            text.setPos(20, 20)
        self.scene().setSceneRect(self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10))

    def show_chain(self, analysis: to.Analysis, graph: to.Graph, lang: str,
                   start_title: str, route_words: dict[str, str], empty: str = "",
                   more: str = "") -> None:
        """Draw `analysis`: `start_title` names the scenario's box, `route_words` words each
        route (login, recovery, …) for the second line of a box; `more` ("{shown}",
        "{total}") says so when only the first MAX_DRAWN steps are drawn."""
        self.clear()
        if not analysis.steps:
            self.clear(empty)
            return
        # Providers always come earlier in the chain, so the first steps stand on their own.
        steps = analysis.steps[:MAX_DRAWN]
        font = QFont(self.font())
        small = QFont(self.font())  # second lines and labels: never below the user's font
        fm, fm_small = QFontMetricsF(font), QFontMetricsF(small)
        line_h, small_h = fm.height(), fm_small.height()
        port_h = small_h + 8

        # arrows grouped by (source, target): one arrow per pair, its capabilities in one label
        incoming: dict[str, dict[str, list[to.Cap]]] = defaultdict(lambda: defaultdict(list))
        for step in steps:
            for cap, src in step.providers:
                incoming[step.node.key][src].append(cap)

        start_lines = wrap(start_title, fm, _NODE_MAX_W - 2 * _PAD)
        start = _Box(SCENARIO_KEY, start_lines, _fill("start"), 1, start_title)
        columns: dict[int, list[_Box]] = defaultdict(list)
        columns[0].append(start)
        for step in steps:
            node = step.node
            title = to.node_title(node, graph, lang)
            money = money_node(node)
            card = node.kind == to.NodeKind.CARD
            fill = _fill("card" if card else "money" if money else "plain")
            second = route_words.get(step.option.route.value, step.option.route.value)
            mark = self.tr("card") if card else self.tr("money") if money else ""
            if mark:  # the colour is never the only sign
                second = f"{second} · {mark}"
            lines = [_elide(f"{step.order}. {title}", fm, _NODE_MAX_W - 2 * _PAD),
                     _elide(second, fm_small, _NODE_MAX_W - 2 * _PAD)]
            columns[step.round + 1].append(_Box(
                node.key, lines, fill, max(1, len(incoming[node.key])),
                to.explain(step, graph, lang), dashed=node.dormant))

        # labels first: they set the room an arrow needs in front of its column
        labels: dict[tuple[str, str], str] = {}
        room: dict[int, float] = defaultdict(float)
        col_of = {b.key: c for c, boxes in columns.items() for b in boxes}
        for target, sources in incoming.items():
            for src, caps in sources.items():
                text = " + ".join(to.cap_text(c, graph, lang) for c in caps)
                labels[(src, target)] = text
                width = min(fm_small.horizontalAdvance(text), _LABEL_MAX_W)
                room[col_of[target]] = max(room[col_of[target]], width)

        x = 10.0
        heights: dict[int, float] = {}
        widths: dict[int, float] = {}
        for c in sorted(columns):
            if c:
                x += _CURVE + room[c] + 16
            boxes = columns[c]
            main, other = (fm, fm) if c == 0 else (fm, fm_small)  # the start box: all one font
            width = max(max(main.horizontalAdvance(b.lines[0]) for b in boxes),
                        max((other.horizontalAdvance(ln) for b in boxes for ln in b.lines[1:]),
                            default=0.0)) + 2 * _PAD + 2
            width = max(_NODE_MIN_W, min(width, _NODE_MAX_W))
            widths[c] = width
            y = 10.0
            for b in boxes:
                text_h = line_h * len(b.lines) if c == 0 else line_h + small_h * (
                    len(b.lines) - 1)
                h = max(_PAD * 2 + text_h, b.ports * port_h + 8)
                b.rect = QRectF(x, y, width, h)
                y += h + _V_GAP
            heights[c] = y
            x += width
        tallest = max(heights.values())
        for c, boxes in columns.items():  # centre each column on the tallest one
            shift = (tallest - heights[c]) / 2
            for b in boxes:
                b.rect = b.rect.translated(0, shift)

        scene = self.scene()
        boxes_by_key = {b.key: b for boxes in columns.values() for b in boxes}
        for b in boxes_by_key.values():
            item = NodeItem(b, font, small)
            scene.addItem(item)
            self.node_items[b.key] = item

        for target, sources in incoming.items():
            t = boxes_by_key[target].rect
            ordered = sorted(sources, key=lambda s: boxes_by_key[s].rect.center().y())
            ports = len(ordered)
            top = t.center().y() - ports * port_h / 2
            lane_x = t.left() - room[col_of[target]] - 12
            for n, src in enumerate(ordered):
                s = boxes_by_key[src].rect
                port_y = top + (n + 0.5) * port_h + small_h / 2 - 2
                end = QPointF(t.left(), port_y)
                if src == SCENARIO_KEY and col_of[target] > 1:
                    # what the attacker held from the start: a tinted tag at the target instead
                    # of a long line across every column
                    tag = self._label(labels[(src, target)], small, fm_small,
                                      QPointF(t.left() - 6, port_y - 2), from_scenario=True)
                    self._arrow(QPointF(tag.left(), port_y), QPointF(tag.left() + 1, port_y),
                                end, True, [])
                    continue
                via = [(self._gap(columns[c], QPointF(s.right(), s.center().y()), end),
                        widths[c] / 2 + 8) for c in range(col_of[src] + 1, col_of[target])]
                self._arrow(QPointF(s.right(), s.center().y()), QPointF(lane_x, port_y), end,
                            src == SCENARIO_KEY, via)
                self._label(labels[(src, target)], small, fm_small,
                            QPointF(t.left() - 6, port_y - 2))
        if len(steps) < len(analysis.steps) and more:
            note = scene.addSimpleText(more.format(shown=len(steps), total=len(analysis.steps)))
            note.setBrush(QBrush(palette.dimmed()))
            note.setPos(10, scene.itemsBoundingRect().bottom() + 10)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        if self.auto_fit:
            self.fit()

    @staticmethod
    def _gap(boxes: list[_Box], start: QPointF, end: QPointF) -> QPointF:
        """Where an arrow skipping a column crosses it: the free space between two boxes
        (or above or below them) nearest to the straight line, so it never runs behind a box."""
        left = min(b.rect.left() for b in boxes)
        right = max(b.rect.right() for b in boxes)
        x = (left + right) / 2
        frac = (x - start.x()) / max(end.x() - start.x(), 1.0)
        want = start.y() + (end.y() - start.y()) * frac
        tops = sorted((b.rect for b in boxes), key=lambda r: r.top())
        gaps = [tops[0].top() - _V_GAP / 2] + [
            (a.bottom() + b.top()) / 2 for a, b in itertools.pairwise(tops)] + [
            tops[-1].bottom() + _V_GAP / 2]
        return QPointF(x, min(gaps, key=lambda g: abs(g - want)))

    def _arrow(self, start: QPointF, lane: QPointF, end: QPointF, from_scenario: bool,
               via: list[tuple[QPointF, float]]) -> None:
        color = palette.color("edge_scenario" if from_scenario else "edge_chain")
        path = QPainterPath(start)
        points = [start, *self._through(via), lane]
        for a, b in itertools.pairwise(points):
            bend = max((b.x() - a.x()) / 2, 10.0)
            path.cubicTo(QPointF(a.x() + bend, a.y()), QPointF(b.x() - bend, b.y()), b)
        path.lineTo(end.x() - 7, end.y())
        item = QGraphicsPathItem(path)
        item.setPen(QPen(color, 1.4 if from_scenario else 1.8))
        item.setZValue(0)
        self.scene().addItem(item)
        self.edge_items.append(item)
        head = QGraphicsPolygonItem(QPolygonF([QPointF(end.x(), end.y()),
                                               QPointF(end.x() - 8, end.y() - 4),
                                               QPointF(end.x() - 8, end.y() + 4)]))
        head.setBrush(QBrush(color))
        head.setPen(QPen(color))
        head.setZValue(1)
        self.scene().addItem(head)
        self.arrow_items.append(head)

    @staticmethod
    def _through(via: list[tuple[QPointF, float]]) -> list[QPointF]:
        # each crossing becomes a horizontal run through the gap, so curves stay smooth
        out: list[QPointF] = []
        for p, half in via:
            out += [QPointF(p.x() - half, p.y()), QPointF(p.x() + half, p.y())]
        return out

    def _label(self, text: str, font: QFont, fm: QFontMetricsF, right_bottom: QPointF,
               from_scenario: bool = False) -> QRectF:
        shown = _elide(text, fm, _LABEL_MAX_W)
        width = fm.horizontalAdvance(shown)
        rect = QRectF(right_bottom.x() - width - 3, right_bottom.y() - fm.height(),
                      width + 6, fm.height())
        # a white back keeps the words readable where other arrows pass behind them; a tag of
        # the scenario's colour says the attacker held this from the start
        back = QGraphicsRectItem(rect)
        if from_scenario:
            back.setBrush(QBrush(_fill("start")))
            back.setPen(QPen(palette.color("edge_scenario"), 1))
        else:
            base = QColor(self.palette().base().color())
            base.setAlpha(225)
            back.setBrush(QBrush(base))
            back.setPen(QPen(Qt.PenStyle.NoPen))
        back.setZValue(1)
        back.setToolTip(plain_tip(text))
        self.scene().addItem(back)
        item = QGraphicsSimpleTextItem(shown, back)
        item.setFont(font)
        item.setBrush(QBrush(_ink()))
        item.setPos(rect.left() + 3, rect.top())
        self.label_items.append(item)
        return rect
