"""Table models of the Take-over page (the chain, the cut, the applied steps) and the tree
model of the lost-phone playbook (sections → items with check boxes).

All text comes from `exposure.takeover` already masked; it is shown as plain text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from exposure import takeover as to
from ui.takeover.takeover_words import basis_word
from ui.widgets.common import cited
from ui.widgets.rows import Index, Row, RowsModel, column_title
from ui.widgets.tooltips import plain_tip


def source_name(src: str, nodes: Mapping[str, to.Node], graph: to.Graph, lang: str) -> str:
    """Who gave a capability: the scenario ("start") or an earlier account or card."""
    if src == to.SCENARIO_SOURCE:
        return QCoreApplication.translate("TakeoverModels", "start")
    node = nodes.get(src)
    return to.node_title(node, graph, lang) if node is not None else src


def _visible(caps: tuple[to.Cap, ...]) -> list[to.Cap]:
    # holding an account is what a step *is*; the list names what else it gave
    return [c for c in caps if c.kind not in (to.CapKind.ACCOUNT, to.CapKind.PASSWORD)]


def money_node(node: to.Node) -> bool:
    """An account that can move money or borrow: pink in the graph, said in words in the list."""
    return "payments" in node.reveals or "credit" in node.reveals


class ChainModel(RowsModel):
    """The chain as an ordered list: order, account, via what (and from whom), gains."""

    COL_ORDER, COL_ACCOUNT, COL_VIA, COL_GAINS, COL_BASIS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([QCoreApplication.translate("TakeoverModels", "#"), QCoreApplication.translate("TakeoverModels", "Account or card"), QCoreApplication.translate("TakeoverModels", "Via"), QCoreApplication.translate("TakeoverModels", "Gains"), QCoreApplication.translate("TakeoverModels", "Basis")], parent)
        self.steps: dict[str, to.Step] = {}

    def set_analysis(self, analysis: to.Analysis | None, graph: to.Graph | None, lang: str,
                     route_words: Mapping[str, str]) -> None:
        rows = []
        self.steps = {}
        if analysis is not None and graph is not None:
            nodes = {s.node.key: s.node for s in analysis.steps}
            for step in analysis.steps:
                self.steps[step.node.key] = step
                via = "; ".join(
                    f"{to.cap_text(cap, graph, lang)} ({source_name(src, nodes, graph, lang)})"
                    for cap, src in step.providers)
                route = route_words.get(step.option.route.value, step.option.route.value)
                gains = ", ".join(to.cap_text(c, graph, lang) for c in _visible(step.gains))
                # what the graph says with a colour, in words (pink: money, orange: a card)
                marks = [m for m in (
                    QCoreApplication.translate("TakeoverModels", "bank card")
                    if step.node.kind == to.NodeKind.CARD else "",
                    QCoreApplication.translate("TakeoverModels", "can move money or borrow")
                    if money_node(step.node) else "") if m]
                gains = "; ".join(x for x in (", ".join(marks), gains) if x)
                title = to.node_title(step.node, graph, lang)
                if step.node.dormant:
                    title += " " + QCoreApplication.translate("TakeoverModels", "(dormant)")
                basis = basis_word(to.step_basis(step, graph))
                rows.append(Row(step.node.key,
                                (str(step.order), title, f"{route}: {via}", gains or "—", basis),
                                (step.order, title, route, gains, basis),
                                tooltip=to.explain(step, graph, lang)))
        self.set_rows(rows)


class CutModel(RowsModel):
    """The ranked cut: step, "prevents N of M", source."""

    COL_RANK, COL_STEP, COL_PREVENTS, COL_SOURCE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([QCoreApplication.translate("TakeoverModels", "#"), QCoreApplication.translate("TakeoverModels", "Hardening step"), QCoreApplication.translate("TakeoverModels", "Prevents"), QCoreApplication.translate("TakeoverModels", "Source")],
                         parent)
        self.items: dict[str, to.CutItem] = {}
        self._graph: to.Graph | None = None
        self._lang = "en"

    def set_cut(self, cut: list[to.CutItem], graph: to.Graph | None, lang: str) -> None:
        rows = []
        self.items = {}
        self._graph, self._lang = graph, lang
        if graph is not None:
            for n, item in enumerate(cut, 1):
                h = item.hardening
                self.items[h.key] = item
                sources = "; ".join(dict.fromkeys(s.who for s in to.hardening_sources(h)))
                prevents = self.prevents_text(item.prevents, item.of)
                title = to.hardening_title(h, graph, lang)
                rows.append(Row(h.key, (str(n), title, prevents, sources or QCoreApplication.translate("TakeoverModels", "catalogue")),
                                (n, title, item.prevents, sources)))
        self.set_rows(rows)

    @staticmethod
    def prevents_text(n: int, of: int) -> str:
        return QCoreApplication.translate("TakeoverModels", "prevents {n} of {of}").format(n=n, of=of)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the full text of a step only when a tooltip asks for it (a long cut stays quick)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self._graph is not None:
            h = self.items[self.key_at(index.row())].hardening
            return plain_tip(to.hardening_text(h, self._graph, self._lang))
        return super().data(index, role)


class AppliedModel(RowsModel):
    """Hardening steps recorded as done (they can be un-applied)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([QCoreApplication.translate("TakeoverModels", "Applied step"), QCoreApplication.translate("TakeoverModels", "Recorded")], parent)

    def set_applied(self, applied: list[to.Hardening], when: Mapping[str, dt.datetime],
                    graph: to.Graph | None, lang: str) -> None:
        rows = []
        if graph is not None:
            for h in applied:
                at = when.get(h.key)
                shown = at.strftime("%Y-%m-%d %H:%M") if at is not None else ""
                rows.append(Row(h.key, (to.hardening_title(h, graph, lang), shown),
                                tooltip=to.hardening_text(h, graph, lang)))
        self.set_rows(rows)


TickHandler = Callable[[str, bool], None]


class PlaybookModel(QAbstractItemModel):
    """Sections of the playbook, each with its items: a check box, the text, the hotline and
    when it was ticked. Ticking calls `on_tick(item_key, ticked)`; the caller stores it and
    hands the new ticks back through `set_ticks`."""

    COL_TEXT, COL_HOTLINE, COL_WHEN = range(3)
    _SECTION = 0  # internalId of a section row; items carry their section's row + 1

    def __init__(self, on_tick: TickHandler | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_tick = on_tick
        self.lang = "en"
        self.sections: list[tuple[str, list[to.PlaybookItem]]] = []
        self.ticks: dict[str, dt.datetime] = {}
        self._headers = [QCoreApplication.translate("TakeoverModels", "What to do"), QCoreApplication.translate("TakeoverModels", "Call"), QCoreApplication.translate("TakeoverModels", "Done at")]

    def set_playbook(self, book: to.Playbook | None, ticks: Mapping[str, dt.datetime],
                     lang: str) -> None:
        self.beginResetModel()
        self.lang = lang
        self.ticks = dict(ticks)
        self.sections = []
        if book is not None:
            self.sections = book.numbered(lang)
        self.endResetModel()

    def set_ticks(self, ticks: Mapping[str, dt.datetime]) -> None:
        """New ticks without a reset (the view keeps its expansion and selection)."""
        self.ticks = dict(ticks)
        for n, (_, items) in enumerate(self.sections):
            if items:
                parent = self.index(n, 0)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(items) - 1, self.COL_WHEN, parent))

    def item_at(self, index: Index) -> to.PlaybookItem | None:
        if not index.isValid() or index.internalId() == self._SECTION:
            return None
        return self.sections[index.internalId() - 1][1][index.row()]

    def index_of(self, key: str, column: int = 0) -> QModelIndex:
        for n, (_, items) in enumerate(self.sections):
            for m, item in enumerate(items):
                if item.key == key:
                    return self.index(m, column, self.index(n, 0))
        return QModelIndex()

    def progress(self) -> tuple[int, int]:
        return to.progress([i for _, items in self.sections for i in items], self.ticks)

    # --- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._SECTION)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == self._SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, self._SECTION)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == self._SECTION and parent.column() == 0:
            return len(self.sections[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != self._SECTION and index.column() == self.COL_TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index)
        col = index.column()
        if item is None:  # a section
            if role == Qt.ItemDataRole.DisplayRole and col == self.COL_TEXT:
                title, items = self.sections[index.row()]
                done, total = to.progress(items, self.ticks)
                return f"{title} ({done}/{total})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        at = self.ticks.get(item.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TEXT:
                dormant = " " + QCoreApplication.translate("TakeoverModels", "(old, dormant)") if item.dormant else ""
                return item.text(self.lang) + dormant
            if col == self.COL_HOTLINE:
                return item.hotline
            return at.strftime("%Y-%m-%d %H:%M") if at is not None else ""
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_TEXT:
            return Qt.CheckState.Checked if at is not None else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and (item.sources or item.why(self.lang)):
            why = item.why(self.lang)
            lines = [QCoreApplication.translate("TakeoverModels", "Why: {why}").format(why=why)] \
                if why else []
            return plain_tip("\n".join(lines + [cited(s) for s in item.sources]))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.CheckStateRole or self.on_tick is None:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.on_tick(item.key, ticked)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return column_title(self._headers, section, orientation, role)
