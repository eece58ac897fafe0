"""Tables of an import preview: plan rows (matched, unmatched, duplicates) and lines left out.

Identifiers are shown masked, as everywhere else; the account name a password manager gave is
shown as it is (it is what the user typed as a login, not an identifier we track)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from exposure import identifiers as idmod
from exposure.importers import PlanRow, Skipped
from ui.importing.import_words import skip_text
from ui.widgets.rows import Row, RowsModel
from ui.words import kind_name, status_name


def identifiers_text(row: PlanRow) -> str:
    """Masked, with the label the file gives ("**** 0020 (建行老卡)") and a state other than
    active ("· dormant")."""
    shown = [idmod.mask(i.kind, i.value) + (f" ({i.label})" if i.label else "")
             + (f" · {status_name(i.status.value)}" if i.status.value != "active" else "")
             for i in row.identifiers]
    if row.account_ref:
        shown.append(row.account_ref)
    return ", ".join(shown)


class PlanRowsModel(RowsModel):
    """One row per plan row; `outcome(row)` words what the import will do with it."""

    COL_LINE, COL_PERSON, COL_SOURCE, COL_OUTCOME, COL_IDENTIFIERS, COL_STATUS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([QCoreApplication.translate("ImportModel", "Line"), QCoreApplication.translate("ImportModel", "Person"), QCoreApplication.translate("ImportModel", "In the file"), QCoreApplication.translate("ImportModel", "Imported as"),
                          QCoreApplication.translate("ImportModel", "Identifiers"), QCoreApplication.translate("ImportModel", "Status")], parent)
        self._plan_rows: list[PlanRow] = []
        self._by_key: dict[int, PlanRow] = {}
        self._outcome: Callable[[PlanRow], str] = lambda r: r.service_name

    def load(self, rows: Sequence[PlanRow], outcome: Callable[[PlanRow], str] | None = None
             ) -> None:
        self._plan_rows = list(rows)
        self._by_key = {r.key: r for r in self._plan_rows}
        if outcome is not None:
            self._outcome = outcome
        self.refresh()

    def refresh(self) -> None:
        self.set_rows([self._row(r) for r in self._plan_rows])

    def plan_row(self, row: int) -> PlanRow:
        return self._by_key[self.key_at(row)]

    def _row(self, r: PlanRow) -> Row:
        ids = identifiers_text(r)
        tooltip = "\n".join(f"{kind_name(i.kind)}: {idmod.mask(i.kind, i.value)}"
                            for i in r.identifiers)
        return Row(key=r.key,
                   display=(str(r.line), r.person, r.label, self._outcome(r), ids,
                            status_name(r.status.value)),
                   sort=(r.line, r.person, r.label, self._outcome(r), ids, r.status.value),
                   tooltip=tooltip)


class SkippedModel(RowsModel):
    COL_LINE, COL_SOURCE, COL_REASON = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([QCoreApplication.translate("ImportModel", "Line"), QCoreApplication.translate("ImportModel", "In the file"), QCoreApplication.translate("ImportModel", "Why it is left out")], parent)

    def load(self, skipped: Sequence[Skipped]) -> None:
        self.set_rows([Row(key=n, display=(str(s.line), s.label, skip_text(s.reason, s.detail)),
                           sort=(s.line, s.label, s.reason))
                       for n, s in enumerate(skipped)])
