"""Colours come from ui/palette.py and stay readable on a light and a dark palette: WCAG 2's
4.5:1 for text (the overdue request row, error and warning text, dimmed rows, the take-over
graph's words on its boxes) and 3:1 for the graph's arrows and outlines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui import palette
from ui.widgets.rows import Row

ROLES = QPalette.ColorRole


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp) -> Iterator[QPalette]:  # type: ignore[no-untyped-def]
    before = QApplication.palette()
    pal = palette.dark_palette() if request.param == "dark" else \
        QApplication.style().standardPalette()
    QApplication.setPalette(pal)
    assert palette.is_dark() is (request.param == "dark")
    yield pal
    QApplication.setPalette(before)


def test_contrast_is_measured_as_wcag_does() -> None:
    from PySide6.QtGui import QColor

    assert palette.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert palette.contrast(QColor("#888888"), QColor("white")) == pytest.approx(3.54, abs=0.01)


def test_the_overdue_row_is_readable(theme: QPalette) -> None:
    from ui.letters.requests_page import RequestsModel

    model = RequestsModel(["Person", "State"])
    model.set_rows([Row(1, ("妈妈", "Overdue")), Row(2, ("爸爸", "Waiting"))])
    model.overdue = {1}
    late = model.index(0, 1)
    back = late.data(Qt.ItemDataRole.BackgroundRole).color()
    text = late.data(Qt.ItemDataRole.ForegroundRole).color()
    assert palette.contrast(text, back) >= 4.5
    assert late.data(Qt.ItemDataRole.FontRole).bold()  # not the colour alone
    assert late.data() == "Overdue"
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize("role", ["error", "warning", "ok"])
def test_message_text_is_readable(theme: QPalette, role: str) -> None:
    for background in (theme.color(ROLES.Window), theme.color(ROLES.Base)):
        assert palette.contrast(palette.color(role), background) >= 4.5, role


@pytest.mark.parametrize(("text", "back"), [("error", "flag_bg"), ("ok", "ok_bg"),
                                            ("note", "note_bg"), ("error", "overdue_bg")])
def test_boxes_are_readable(theme: QPalette, text: str, back: str) -> None:
    assert palette.contrast(palette.color(text), palette.color(back)) >= 4.5


def test_dimmed_rows_are_quieter_but_readable(theme: QPalette) -> None:
    dim = palette.dimmed()
    for background in (theme.color(ROLES.Base), theme.color(ROLES.AlternateBase)):
        assert palette.contrast(dim, background) >= 4.5
    assert dim != theme.color(ROLES.Text)


def test_graph_words_and_arrows_are_readable(theme: QPalette) -> None:
    ink = palette.text_color()
    for kind in ("start", "money", "card", "plain"):
        assert palette.contrast(ink, palette.color(f"node_{kind}")) >= 4.5, kind
    base = theme.color(ROLES.Base)
    for role in ("edge_scenario", "edge_chain", "node_border", "highlight_edge"):
        assert palette.contrast(palette.color(role), base) >= 3.0, role


def test_an_error_label_takes_the_error_colour_of_the_theme(theme: QPalette, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

    from ui.widgets.common import show_problem

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    field, label = QLineEdit(), QLabel()
    layout.addWidget(field)
    layout.addWidget(label)
    box.show()
    show_problem(label, "The ID number has 17 digits; it needs 18.", focus=field)
    shown = label.palette().color(ROLES.WindowText)
    assert shown == palette.color("error")
    assert palette.contrast(shown, box.palette().color(ROLES.Window)) >= 4.5
    assert label.text().startswith("The ID number")
