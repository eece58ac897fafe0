"""The inventory table model: Qt's model contract, masking, sorting and searching."""

from __future__ import annotations

from PySide6.QtCore import Qt

from exposure.vault import Vault
from ui.models.inventory_model import InventoryModel
from ui.models.rows import filter_proxy


def test_model_contract(qtmodeltester, demo_vault: Vault) -> None:  # type: ignore[no-untyped-def]
    model = InventoryModel()
    model.load(demo_vault.registrations.rows())
    qtmodeltester.check(model)
    assert model.rowCount() == demo_vault.registrations.count()


def test_every_column_sorts_and_search_filters(demo_vault: Vault) -> None:
    model = InventoryModel()
    model.load(demo_vault.registrations.rows())
    proxy = filter_proxy(model, InventoryModel.COL_SEARCH)
    for column in range(InventoryModel.COL_SEARCH):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            values = [str(proxy.index(r, column).data()).casefold()
                      for r in range(proxy.rowCount())]
            assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    proxy.set_search("0018")  # the last digits of a card, typed by the user
    hits = {proxy.index(r, InventoryModel.COL_SERVICE).data() for r in range(proxy.rowCount())}
    assert "中国工商银行" in hits and "招商银行" not in hits
    proxy.set_search("张小演")
    assert proxy.rowCount() == 6
    proxy.set_search("")
    assert proxy.rowCount() == model.rowCount()


def test_masked_until_revealed(demo_vault: Vault) -> None:
    model = InventoryModel()
    rows = demo_vault.registrations.rows()
    model.load(rows)
    first = model.index(0, InventoryModel.COL_IDENTIFIERS).data()
    assert "*" in first
    model.set_revealed([model.key_at(0)], True)
    revealed = model.index(0, InventoryModel.COL_IDENTIFIERS).data()
    assert "*" not in revealed
    assert "*" in model.index(1, InventoryModel.COL_IDENTIFIERS).data()
