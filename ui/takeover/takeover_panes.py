"""The take-over page's parts, built onto the page: the top row (person, scenario, playbook,
checklist), the chain tabs (graph with its legend, ordered list), the cut panes (the cut,
apply, the letter button, the detail, the applied steps and undo) and how they are arranged.

The words keep the page's translation context ("TakeoverPage")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exposure.letters.law import legal_data
from ui import palette
from ui.takeover.chain_graph import ChainGraphView
from ui.takeover.takeover_models import AppliedModel, ChainModel, CutModel
from ui.widgets.buttons import push_button
from ui.widgets.common import button_shortcut, chars, make_table
from ui.widgets.person_combo import PersonCombo
from ui.widgets.row_heights import VisibleRowHeights
from ui.widgets.rows import filter_proxy

if TYPE_CHECKING:
    from ui.takeover.takeover_page import TakeoverPage


def plain_label(word_wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # service and breach names are untrusted
    label.setWordWrap(word_wrap)
    return label


def top_row(page: TakeoverPage) -> QHBoxLayout:
    """Person and scenario, and the playbook."""
    page.person_combo = PersonCombo()
    page.person_combo.setMinimumWidth(chars(page, 14))
    page.scenario_combo = QComboBox()
    page.scenario_combo.setMinimumWidth(chars(page, 30))
    page.scenario_combo.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    page.playbook_button = push_button(
        QCoreApplication.translate("TakeoverPage", "&Playbook…"), page.open_playbook,
        tip=QCoreApplication.translate("TakeoverPage", "The lost-phone checklist: what to call, "
                                       "in what order; tick and print it"))
    page.checklist_button = push_button(
        QCoreApplication.translate("TakeoverPage", "ID-fraud chec&klist…"), page.open_checklist,
        tip=QCoreApplication.translate(
            "TakeoverPage",
            "For a leaked ID number or ID photo: lock what falls, the national look-ups, the "
            "credit report, what to do with unknown numbers, cards and loans, the police, "
            "网号/网证; tick and print it"))
    page.checklist_button.setVisible(False)
    top = QHBoxLayout()
    person_label = QLabel(QCoreApplication.translate("TakeoverPage", "Pe&rson:"))
    person_label.setBuddy(page.person_combo)
    scenario_label = QLabel(QCoreApplication.translate("TakeoverPage", "&Scenario:"))
    scenario_label.setBuddy(page.scenario_combo)
    top.addWidget(person_label)
    top.addWidget(page.person_combo)
    top.addWidget(scenario_label)
    top.addWidget(page.scenario_combo, 1)
    top.addWidget(page.playbook_button)
    top.addWidget(page.checklist_button)
    return top


def chain_tabs(page: TakeoverPage) -> None:
    """The chain: graph (with its legend) and ordered list."""
    page.graph_view = ChainGraphView(page)
    page.graph_view.setAccessibleName(
        QCoreApplication.translate("TakeoverPage", "Take-over chain graph"))
    page.legend = plain_label()
    palette.set_text_role(page.legend, "dimmed")
    page.legend.setText(QCoreApplication.translate(
        "TakeoverPage",
        "Blue tags: what the attacker holds from the start · red arrows: what a fallen "
        "account or card passes on · pink boxes, marked “money”: can move money or borrow · "
        "orange boxes, marked “card”: bank cards · dashed: dormant · Ctrl+wheel or "
        "Ctrl++ / Ctrl+- zoom · the List tab says all of this in words"))
    graph_tab = QWidget()
    gv = QVBoxLayout(graph_tab)
    gv.setContentsMargins(0, 0, 0, 0)
    gv.addWidget(page.graph_view, 1)
    gv.addWidget(page.legend)
    page.chain_model = ChainModel(page)
    page.chain_table = make_table(
        page, filter_proxy(page.chain_model, parent=page),
        name=QCoreApplication.translate("TakeoverPage", "Take-over chain as a list"),
        stretch_column=ChainModel.COL_VIA)
    page.chain_table.sortByColumn(ChainModel.COL_ORDER, Qt.SortOrder.AscendingOrder)
    page.tabs = QTabWidget()
    page.tabs.addTab(graph_tab, QCoreApplication.translate("TakeoverPage", "&Graph"))
    page.tabs.addTab(page.chain_table, QCoreApplication.translate("TakeoverPage", "&List"))


def cut_panes(page: TakeoverPage) -> None:
    """The cut, the detail (why a step falls, or what a hardening step asks), applied steps."""
    page.cut_model = CutModel(page)
    page.cut_table = make_table(
        page, filter_proxy(page.cut_model, parent=page),
        name=QCoreApplication.translate("TakeoverPage", "What breaks the chain"),
        stretch_column=CutModel.COL_STEP,
        on_edit=lambda: page.apply())
    page.cut_table.sortByColumn(CutModel.COL_RANK, Qt.SortOrder.AscendingOrder)
    # widths from the font, not ResizeToContents (which measures every row of a long cut)
    header = page.cut_table.horizontalHeader()
    fm = page.cut_table.fontMetrics()
    header.resizeSection(CutModel.COL_RANK, fm.horizontalAdvance("00") + 16)
    page.cut_table.setColumnHidden(CutModel.COL_SOURCE, True)  # sources: in the detail pane
    # a long step wraps rather than being cut ("…"): the rows in view grow to their text (a big
    # family's cut has thousands of rows: measuring them all took seconds)
    page.cut_table.setWordWrap(True)
    page.cut_heights = VisibleRowHeights(page.cut_table)
    page.apply_button = push_button(
        QCoreApplication.translate("TakeoverPage", "&Apply (record as done)"), page.apply,
        tip=QCoreApplication.translate("TakeoverPage", "Record the selected hardening step as "
                                       "done; the chain is recomputed without what it prevents"))
    button_shortcut(page, page.apply_button, QKeySequence("Ctrl+Return"))
    page.detail = QPlainTextEdit()
    page.detail.setReadOnly(True)  # catalogue and breach text: plain text only
    page.detail.setAccessibleName(
        QCoreApplication.translate("TakeoverPage", "Why it falls / what to do"))
    page.detail.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    page.detail.setPlaceholderText(QCoreApplication.translate(
        "TakeoverPage",
        "Select an account or card to see why it falls, or a hardening step to see what "
        "to do."))
    page.applied_model = AppliedModel(page)
    page.applied_table = make_table(
        page, filter_proxy(page.applied_model, parent=page),
        name=QCoreApplication.translate("TakeoverPage", "Applied steps"), stretch_column=0,
        on_remove=lambda: page.undo())
    page.applied_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    page.undo_button = push_button(
        QCoreApplication.translate("TakeoverPage", "&Undo (not done after all)"), page.undo)
    page.letter_button = push_button(
        QCoreApplication.translate("TakeoverPage", "Cancellation le&tter…"), page.write_letter,
        tip=QCoreApplication.translate("TakeoverPage", "Ask the service to close the account and "
                                       "delete its data (%1), tracked on Requests")
        .replace("%1", legal_data().citation("pipl-47", page.lang)))


def arrange(page: TakeoverPage, top: QHBoxLayout) -> None:
    """The top row, summary and notes above; the chain tabs over the cut and the side panes."""
    def column(*widgets: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            v.addWidget(w, 1 if isinstance(w, QAbstractItemView | QPlainTextEdit) else 0)
        return box

    # The cut gets the width (its step text stays whole at 1100×700); why / what to do and
    # the applied steps share the right-hand side, one above the other.
    page.side = QSplitter(Qt.Orientation.Vertical)
    page.side.addWidget(column(
        QLabel(QCoreApplication.translate("TakeoverPage", "Why / what to do:")), page.detail))
    page.side.addWidget(column(
        QLabel(QCoreApplication.translate("TakeoverPage", "Applied steps:")),
        page.applied_table, page.undo_button))
    page.side.setStretchFactor(0, 3)
    page.side.setStretchFactor(1, 2)
    page.bottom = QSplitter(Qt.Orientation.Horizontal)
    page.bottom.addWidget(column(
        QLabel(QCoreApplication.translate(
            "TakeoverPage", "What breaks the chain, by how much it prevents:")),
        page.cut_table, page.apply_button, page.letter_button))
    page.bottom.addWidget(page.side)
    page.bottom.setStretchFactor(0, 2)
    page.bottom.setStretchFactor(1, 1)
    page.bottom.setSizes([600, 300])
    page.splitter = QSplitter(Qt.Orientation.Vertical)
    page.splitter.addWidget(page.tabs)
    page.splitter.addWidget(page.bottom)
    page.splitter.setStretchFactor(0, 3)
    page.splitter.setStretchFactor(1, 2)
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(page.summary)
    layout.addWidget(page.notes)
    layout.addWidget(page.splitter, 1)
