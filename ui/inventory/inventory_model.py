"""The inventory table: person, service, identifiers (masked), status, since; plus a hidden
search column so that typing a few characters of any value finds its rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from exposure import identifiers as idmod
from exposure.model import Identifier, InventoryRow, RegistrationId
from exposure.pinyin import search_forms
from ui.widgets.rows import Row, RowsModel
from ui.words import kind_name, relation_name, role_name, status_name


class InventoryModel(RowsModel):
    COL_PERSON, COL_SERVICE, COL_IDENTIFIERS, COL_STATUS, COL_SINCE, COL_SEARCH = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("InventoryModel", "Person"),
                QCoreApplication.translate("InventoryModel", "Service"),
                QCoreApplication.translate("InventoryModel", "Identifiers used"),
                QCoreApplication.translate("InventoryModel", "Status"),
                QCoreApplication.translate("InventoryModel", "Since"),
                "search",
            ],
            parent,
        )
        self._inventory: list[InventoryRow] = []
        self._revealed: set[RegistrationId] = set()
        self.reveal_all = False
        self.catalog: Any = None
        self.lang = "zh"

    def load(self, inventory: list[InventoryRow], catalog: Any = None, lang: str = "") -> None:
        """`catalog` gives English names in the English UI and lets a search find a service by
        its aliases, domains and other-language name."""
        self._inventory = inventory
        if catalog is not None:
            self.catalog = catalog
        if lang:
            self.lang = lang
        self._rebuild()

    def service_name(self, r: InventoryRow) -> str:
        if r.registration.service_name:  # the user's own name (捷停车), then the entry
            return f"{r.registration.service_name} ({self._entry_name(r)})"
        return self._entry_name(r)

    def _entry_name(self, r: InventoryRow) -> str:
        if self.catalog is None:
            return r.service.name
        return str(self.catalog.display_name(r.service.name, r.service.catalog_id, self.lang))

    def set_revealed(self, rids: Iterable[RegistrationId], revealed: bool) -> None:
        for rid in rids:
            (self._revealed.add if revealed else self._revealed.discard)(rid)
        self._rebuild()

    def set_reveal_all(self, on: bool) -> None:
        self.reveal_all = on
        if not on:
            self._revealed.clear()
        self._rebuild()

    def is_revealed(self, rid: RegistrationId) -> bool:
        return self.reveal_all or rid in self._revealed

    def inventory_row(self, row: int) -> InventoryRow:
        return self._inventory[row]

    def _rebuild(self) -> None:
        self._masks: dict[int, str] = {}
        self.set_rows([self._row(r) for r in self._inventory])

    def _shown(self, ident: Identifier, reveal: bool) -> str:
        if reveal:
            return idmod.display(ident.kind, ident.value)
        masked = self._masks.get(ident.id)
        if masked is None:
            masked = self._masks[ident.id] = idmod.mask(ident.kind, ident.value)
        return masked

    def _row(self, r: InventoryRow) -> Row:
        reg = r.registration
        show = self.is_revealed(reg.id)
        shown = [self._shown(i, show) for i in r.identifiers]
        roles = {u.identifier_id: u.role.value for u in reg.usages}
        tooltip = "\n".join(
            f"{kind_name(i.kind)} ({role_name(roles.get(i.id, 'login'))}): {s}"
            for i, s in zip(r.identifiers, shown, strict=True)
        )
        # Search by anything shown, by the names' pinyin, by the catalogue's other names,
        # aliases and domains, and by digits of the full values (the user has unlocked); one
        # key per row, built once, so a keystroke is one substring test per row.
        service = self.service_name(r)
        terms = self.catalog.search_terms(r.service.catalog_id) if self.catalog else ()
        status = status_name(reg.status.value)
        joined = ", ".join(shown)
        # Case-folded here, once: RowsModel.search_texts then keeps this very string rather
        # than a folded copy of every row's key (issue 16: memory).
        search = " ".join(
            [
                r.person.name,
                search_forms(r.person.name),  # pinyin: zys finds 张演示, zfb 支付宝
                relation_name(r.person.relation) if r.person.relation else "",
                r.service.name,
                search_forms(r.service.name),
                service,
                *terms,
                *r.service.domains,
                reg.notes,
                reg.status.value,
                status,
                *shown,
                *(i.value for i in r.identifiers),
                *(i.label for i in r.identifiers),
            ]
        ).casefold()
        since = reg.since.isoformat() if reg.since else ""
        person = r.person.name + (
            f" ({relation_name(r.person.relation)})" if r.person.relation else ""
        )
        return Row(
            key=reg.id,
            display=(
                person,
                service,
                joined,
                status,
                since,
                search,
            ),
            sort=(r.person.name, service, joined, reg.status.value, since, ""),
            tooltip=tooltip,
            dimmed=reg.status.value in ("closed", "dormant"),
        )
