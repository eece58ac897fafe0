"""Pages fit the default 1100×700 window in both languages: the People name column and the
take-over step text are never elided ("张演…", "给 139****0001 设…")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QTableView

from exposure.settings import Settings
from ui.i18n import install_language
from ui.main_window import MainWindow


def _whole(view: QTableView, column: int) -> list[str]:
    """The texts of `column` that do not fit their cell (padding included): one line wide, or
    wrapped onto as many lines as the row is high when the view wraps words (each row looked
    at once scrolled into view)."""
    fm = view.fontMetrics()
    width = view.columnWidth(column) - 12
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        if view.wordWrap():  # rows grow to their text when they come into view
            view.scrollTo(model.index(row, column))
            QApplication.processEvents()
            need = fm.boundingRect(QRect(0, 0, width, 10_000),
                                   int(Qt.TextFlag.TextWordWrap), text).height()
            if need > view.rowHeight(row) or fm.horizontalAdvance(max(text.split(), key=len,
                                                                      default="")) > width:
                cut.append(text)
        elif fm.horizontalAdvance(text) > width:
            cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_names_and_steps_are_whole_at_the_default_size(qtbot, demo_vault, app_paths,
                                                       language) -> None:
    try:
        install_language(language)
        window = MainWindow(demo_vault, app_paths, Settings(language=language))
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        assert window.width() <= 1100 and window.height() <= 700

        people = window.show_page("people")
        QApplication.processEvents()
        names = [people.people_view.model().index(r, 0).data()
                 for r in range(people.people_view.model().rowCount())]
        assert len(names) == 3
        assert _whole(people.people_view, 0) == []

        takeover = window.show_page("takeover")
        takeover.select_person(demo_vault.people.find("张演示").id)
        takeover.select_scenario("lost-phone")
        QApplication.processEvents()
        from ui.takeover.takeover_models import CutModel

        assert takeover.cut_model.rowCount() > 3
        assert _whole(takeover.cut_table, CutModel.COL_STEP) == []
        assert _whole(takeover.cut_table, CutModel.COL_PREVENTS) == []
        window.close()
    finally:
        install_language("en")
