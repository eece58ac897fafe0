"""A large inventory shows its first screenful (the people ranked first by pinyin) at once and
the rest right after: the same rows in the same order once loaded, nothing lost."""

from __future__ import annotations

from exposure.paths import AppPaths
from exposure.settings import Settings
from exposure.vault import Vault
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.inventory import inventory_page
from ui.inventory.inventory_page import InventoryPage


def _fill(vault: Vault, per_person: int) -> None:
    with vault.operation("registrations"):
        services = [vault.services.ensure(name=f"服务 {n}") for n in range(10)]
        for name in ("赵六", "阿姨", "钱二"):  # by pinyin: 阿姨 (a), 钱二 (q), 赵六 (z)
            pid = vault.people.add(name=name)
            for n in range(per_person):
                vault.registrations.add(person_id=pid, service_id=services[n % 10],
                                        allow_duplicate=True)


def test_first_screen_then_the_rest(qtbot, vault: Vault, app_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    per_person = inventory_page.FIRST_SCREEN // 2 + 1  # two people fill the first screen
    _fill(vault, per_person)
    page = InventoryPage(AppContext(vault, app_paths, Settings(), VaultBridge(vault)))
    qtbot.addWidget(page)
    assert page.loading and page.model.rowCount() == 2 * per_person
    people = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert people == ["阿姨"] * per_person + ["钱二"] * per_person
    first = [page.model.key_at(r) for r in range(page.model.rowCount())]
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() == 3 * per_person == vault.registrations.count()
    assert [page.model.key_at(r) for r in range(len(first))] == first  # same order
    assert page.count_label.text().endswith(str(3 * per_person))


def test_a_small_inventory_loads_at_once(qtbot, vault: Vault, app_paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    _fill(vault, 3)
    page = InventoryPage(AppContext(vault, app_paths, Settings(), VaultBridge(vault)))
    qtbot.addWidget(page)
    assert not page.loading and page.model.rowCount() == 9
