"""The take-over chain drawn as a graph: the scenario on the left, then one column per round of
the analysis; each arrow ends at its own port on the target and carries, in words, the
capabilities that passed (from the scenario or from an earlier account or card).

Every text here comes from the catalogue, the inventory or a breach feed (untrusted): it is
drawn with QGraphicsSimpleTextItem, which never interprets markup."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

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
from ui.takeover.chain_boxes import (
    LABEL_MAX_W,
    NODE_MAX_W,
    PAD,
    SCENARIO_KEY,
    V_GAP,
    Box,
    Fonts,
    Layout,
    NodeItem,
    elide,
    fill,
    ink,
    wrap,
)
from ui.takeover.takeover_models import money_node
from ui.widgets.tooltips import plain_tip

MAX_DRAWN = 150  # boxes in one picture: more is unreadable (the list shows every step)


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
        t = Fonts(font, small, QFontMetricsF(font), QFontMetricsF(small))
        # arrows grouped by (source, target): one arrow per pair, its capabilities in one label
        incoming: dict[str, dict[str, list[to.Cap]]] = defaultdict(lambda: defaultdict(list))
        for step in steps:
            for cap, src in step.providers:
                incoming[step.node.key][src].append(cap)
        columns = self._columns(steps, graph, lang, start_title, route_words, incoming, t)
        lay = Layout(columns)
        lay.label(incoming, graph, lang, t)
        lay.place(t)
        scene = self.scene()
        for b in lay.boxes_by_key.values():
            item = NodeItem(b, font, small)
            scene.addItem(item)
            self.node_items[b.key] = item
        self._arrows(incoming, lay, t)
        if len(steps) < len(analysis.steps) and more:
            note = scene.addSimpleText(more.format(shown=len(steps), total=len(analysis.steps)))
            note.setBrush(QBrush(palette.dimmed()))
            note.setPos(10, scene.itemsBoundingRect().bottom() + 10)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        if self.auto_fit:
            self.fit()

    def _columns(self, steps: Sequence[to.Step], graph: to.Graph, lang: str, start_title: str,
                 route_words: dict[str, str], incoming: dict[str, dict[str, list[to.Cap]]],
                 t: Fonts) -> dict[int, list[Box]]:
        """The boxes, one column per round of the analysis after the scenario's."""
        start_lines = wrap(start_title, t.fm, NODE_MAX_W - 2 * PAD)
        start = Box(SCENARIO_KEY, start_lines, fill("start"), 1, start_title)
        columns: dict[int, list[Box]] = defaultdict(list)
        columns[0].append(start)
        for step in steps:
            node = step.node
            title = to.node_title(node, graph, lang)
            money = money_node(node)
            card = node.kind == to.NodeKind.CARD
            colour = fill("card" if card else "money" if money else "plain")
            second = route_words.get(step.option.route.value, step.option.route.value)
            mark = self.tr("card") if card else self.tr("money") if money else ""
            if mark:  # the colour is never the only sign
                second = f"{second} · {mark}"
            lines = [elide(f"{step.order}. {title}", t.fm, NODE_MAX_W - 2 * PAD),
                     elide(second, t.fm_small, NODE_MAX_W - 2 * PAD)]
            columns[step.round + 1].append(Box(
                node.key, lines, colour, max(1, len(incoming[node.key])),
                to.explain(step, graph, lang), dashed=node.dormant))
        return columns

    def _arrows(self, incoming: dict[str, dict[str, list[to.Cap]]], lay: Layout,
                t: Fonts) -> None:
        for target, sources in incoming.items():
            tr = lay.boxes_by_key[target].rect
            ordered = sorted(sources, key=lambda s: lay.boxes_by_key[s].rect.center().y())
            top = tr.center().y() - len(ordered) * t.port_h / 2
            lane_x = tr.left() - lay.room[lay.col_of[target]] - 12
            for n, src in enumerate(ordered):
                s = lay.boxes_by_key[src].rect
                port_y = top + (n + 0.5) * t.port_h + t.small_h / 2 - 2
                end = QPointF(tr.left(), port_y)
                if src == SCENARIO_KEY and lay.col_of[target] > 1:
                    # what the attacker held from the start: a tinted tag at the target instead
                    # of a long line across every column
                    tag = self._label(lay.labels[(src, target)], t.small, t.fm_small,
                                      QPointF(tr.left() - 6, port_y - 2), from_scenario=True)
                    self._arrow(QPointF(tag.left(), port_y), QPointF(tag.left() + 1, port_y),
                                end, True, [])
                    continue
                via = [(self._gap(lay.columns[c], QPointF(s.right(), s.center().y()), end),
                        lay.widths[c] / 2 + 8)
                       for c in range(lay.col_of[src] + 1, lay.col_of[target])]
                self._arrow(QPointF(s.right(), s.center().y()), QPointF(lane_x, port_y), end,
                            src == SCENARIO_KEY, via)
                self._label(lay.labels[(src, target)], t.small, t.fm_small,
                            QPointF(tr.left() - 6, port_y - 2))

    @staticmethod
    def _gap(boxes: list[Box], start: QPointF, end: QPointF) -> QPointF:
        """Where an arrow skipping a column crosses it: the free space between two boxes
        (or above or below them) nearest to the straight line, so it never runs behind a box."""
        left = min(b.rect.left() for b in boxes)
        right = max(b.rect.right() for b in boxes)
        x = (left + right) / 2
        frac = (x - start.x()) / max(end.x() - start.x(), 1.0)
        want = start.y() + (end.y() - start.y()) * frac
        tops = sorted((b.rect for b in boxes), key=lambda r: r.top())
        gaps = [tops[0].top() - V_GAP / 2] + [
            (a.bottom() + b.top()) / 2 for a, b in itertools.pairwise(tops)] + [
            tops[-1].bottom() + V_GAP / 2]
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
        shown = elide(text, fm, LABEL_MAX_W)
        width = fm.horizontalAdvance(shown)
        rect = QRectF(right_bottom.x() - width - 3, right_bottom.y() - fm.height(),
                      width + 6, fm.height())
        # a white back keeps the words readable where other arrows pass behind them; a tag of
        # the scenario's colour says the attacker held this from the start
        back = QGraphicsRectItem(rect)
        if from_scenario:
            back.setBrush(QBrush(fill("start")))
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
        item.setBrush(QBrush(ink()))
        item.setPos(rect.left() + 3, rect.top())
        self.label_items.append(item)
        return rect
