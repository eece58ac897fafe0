"""The inventory table model: Qt's model contract, masking, sorting and searching."""

from __future__ import annotations

from PySide6.QtCore import Qt

from exposure.catalog import default_catalog
from exposure.model import InventoryRow
from exposure.vault import Vault
from ui.inventory.inventory_model import InventoryModel
from ui.widgets.rows import SourceSortingProxy, filter_proxy, sort_keys


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
            keys = sort_keys([model.row_at(r).sort[column] for r in range(model.rowCount())])
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
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


def test_chinese_sorts_by_pinyin() -> None:
    names = ["中国农业银行", "京东", "个人所得税", "华住会", "支付宝", "阿里巴巴", "Apple"]
    keys = sort_keys(names)
    ordered = [n for _k, n in sorted(zip(keys, names, strict=True))]
    chinese = [n for n in ordered if not n.isascii()]
    assert chinese == ["阿里巴巴", "个人所得税", "华住会", "京东", "支付宝", "中国农业银行"]


def _searchable(vault: Vault, lang: str) -> tuple[InventoryModel, SourceSortingProxy]:
    """The vault's inventory in `lang`, behind the page's search proxy."""
    model = InventoryModel()
    model.load(vault.registrations.rows(), default_catalog(), lang)
    return model, filter_proxy(model, InventoryModel.COL_SEARCH)


def _left(model: InventoryModel, proxy: SourceSortingProxy, text: str) -> list[InventoryRow]:
    """The rows a search for `text` leaves."""
    proxy.set_search(text)
    return [model.inventory_row(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())]


def test_search_finds_aliases_domains_and_english_names(demo_vault: Vault) -> None:
    model, proxy = _searchable(demo_vault, "en")

    def found(text: str) -> set[str]:
        return {row.service.name for row in _left(model, proxy, text)}

    assert "京东" in found("jd")
    assert "支付宝" in found("alipay")
    assert "支付宝" in found("支付宝")  # the Chinese name still finds it in the English UI
    services = {model.index(r, InventoryModel.COL_SERVICE).data()
                for r in range(model.rowCount())}
    assert "China Mobile" in services and "中国移动" not in services  # English in English UI
    model.load(demo_vault.registrations.rows(), default_catalog(), "zh")
    services = {model.index(r, InventoryModel.COL_SERVICE).data()
                for r in range(model.rowCount())}
    assert "中国移动" in services


def test_search_finds_pinyin_of_people_and_services(demo_vault: Vault) -> None:
    """One search key per row, built once: the names' pinyin and initials are in it."""
    model, proxy = _searchable(demo_vault, "zh")

    def found(text: str) -> set[str]:
        return {row.service.name for row in _left(model, proxy, text)}

    assert "支付宝" in found("zfb") and "支付宝" in found("ZhiFuBao")
    assert found("zggsyh") == {"中国工商银行"}  # 银行 read as a word: yinhang
    people = {row.person.name for row in _left(model, proxy, "zxy")}  # 张小演's initials
    assert people == {"张小演"}
    proxy.set_search("wangyanshi")
    assert proxy.rowCount() > 0
