"""The table proxy every list uses (ui/widgets/rows.py): Qt's model contract while searching
and sorting, the view following a search, and a selection kept through a search that still
shows it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from ui.widgets.rows import Row, RowsModel, filter_proxy


def _model(n: int = 300) -> RowsModel:
    model = RowsModel(["name", "number"])
    model.set_rows([Row(key=k, display=(f"成员 {k % 7}", f"1390000{k:04d}")) for k in range(n)])
    return model


def test_model_contract_while_searching_and_sorting(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    proxy = filter_proxy(model)
    qtmodeltester.check(proxy)
    proxy.set_search("成员 3")
    assert proxy.rowCount() == len(range(3, 300, 7))
    qtmodeltester.check(proxy)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    numbers = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) == 43
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {"成员 3"}
    model.set_rows([Row(key=1, display=("a", "1")), Row(key=2, display=("成员 3", "2"))])
    assert proxy.rowCount() == 1 and proxy.index(0, 1).data() == "2"  # the search holds
    proxy.set_search("")
    assert proxy.rowCount() == 2


def test_the_view_follows_the_search_and_keeps_the_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model()
    proxy = filter_proxy(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.show()
    index = proxy.mapFromSource(model.index(42, 0))
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    proxy.set_search("13900000042")
    assert proxy.rowCount() == 1 and view.verticalHeader().count() == 1
    selected = view.selectionModel().selectedRows()
    assert [proxy.mapToSource(i).row() for i in selected] == [42]
    proxy.set_search("13900000043")  # the selected row no longer shows: nothing selected
    assert view.selectionModel().selectedRows() == []
    proxy.set_search("")
    assert view.verticalHeader().count() == 300
    assert proxy.mapFromSource(model.index(299, 1)).row() == 299


def test_a_keystroke_that_keeps_the_same_rows_lays_nothing_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing on while the same rows match costs the scan only; the rows shown are always those
    a fresh search for the whole text would show, and data edits still re-filter."""
    model = _model()
    proxy = filter_proxy(model)
    layouts: list[int] = []
    proxy.layoutChanged.connect(lambda *_: layouts.append(1))
    for text in ("1", "13", "1390", "13900000", "139000001", "1390000012", "139000001", ""):
        proxy.set_search(text)
        fresh = filter_proxy(model)
        fresh.set_search(text)
        shown = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
        assert shown == [r for r in range(300) if text in f"1390000{r:04d}"], text
        assert shown == [fresh.mapToSource(fresh.index(r, 0)).row()
                         for r in range(fresh.rowCount())]
    # every row matches "1" … "13900000": nothing to lay out; then 100, 10 rows, 100, all
    assert len(layouts) == 4
    proxy.set_search("13900000")  # every row matches again
    model.set_rows([Row(key=1, display=("a", "1")), Row(key=2, display=("b", "13900000"))])
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "b"
