"""What to do about the selected leak: its steps as a checklist to tick (each step's sources in
its tooltip, as plain text), and the words for why a breach touches a person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from exposure.leaks import EVERYONE, LeakCase
from exposure.sources import cite_all
from ui.leaks.breach_words import leaked_kind_name
from ui.widgets.tooltips import plain_tip

KEY_ROLE = Qt.ItemDataRole.UserRole


def reason_text(case: LeakCase) -> str:
    """Why the breach touches this person, in the UI's words."""
    how, detail = case.reason.how, case.reason.detail
    if how == EVERYONE:
        kinds = ", ".join(leaked_kind_name(k) for k in detail.split(",") if k)
        return (QCoreApplication.translate(
            "LeakSteps", "This case concerns anyone whose %1 may have been looked up, not only "
            "the users of a service: %2 has one on record, so may be affected. It is not a "
            "confirmed match.")
            .replace("%1", kinds).replace("%2", case.person.name))
    words = {
        "catalog_id": QCoreApplication.translate(
            "LeakSteps", "The breach names the catalogue entry this account is filed under (%1)."),
        "domain": QCoreApplication.translate(
            "LeakSteps", "The breach's web address matches this service's (%1)."),
        "name": QCoreApplication.translate("LeakSteps", "The breach names this service (%1)."),
    }
    return words.get(how, "%1").replace("%1", detail or "?")


def step_line(case: LeakCase, key: str, lang: str) -> str:
    state = next(s for s in case.steps if s.step.key == key)
    text = state.step.text(lang)
    if not state.step.required:
        text += QCoreApplication.translate("LeakSteps", " (optional)")
    return text


class LeakStepsList(QListWidget):
    """The steps of one case, each with a check box; ticking one emits `toggled`."""

    toggled = Signal(str, bool)  # step key, done
    audit_wanted = Signal(str)  # a national look-up's step was activated: its id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: LeakCase | None = None
        self.setAccessibleName(self.tr("Steps to take about the selected leak"))
        self.setWordWrap(True)
        self._filling = False
        self.itemChanged.connect(self._changed)
        self.itemActivated.connect(self._activated)

    def set_case(self, case: LeakCase | None, lang: str) -> None:
        self._filling = True
        try:
            self.clear()
            self.case = case
            for state in case.steps if case is not None else ():
                item = QListWidgetItem(step_line(case, state.step.key, lang))  # type: ignore[arg-type]
                item.setData(KEY_ROLE, state.step.key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if state.done
                                   else Qt.CheckState.Unchecked)
                sources = cite_all(state.step.sources, lang)
                hint = [self.tr("Double-click or Enter: record the count on the Audit page")] \
                    if state.step.audit else []
                if sources or hint:
                    item.setToolTip(plain_tip("\n".join(
                        [*hint, self.tr("Sources:"), *sources])))
                self.addItem(item)
        finally:
            self._filling = False

    def step_keys(self) -> list[str]:
        return [str(self.item(n).data(KEY_ROLE)) for n in range(self.count())]

    def set_done(self, key: str, done: bool) -> None:
        """Ticks a step as a user would (the signal fires)."""
        row = self.step_keys().index(key)
        self.item(row).setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def _activated(self, item: QListWidgetItem) -> None:
        key = str(item.data(KEY_ROLE))
        step = next((s.step for s in self.case.steps if s.step.key == key), None) \
            if self.case is not None else None
        if step is not None and step.audit:
            self.audit_wanted.emit(step.audit)

    def _changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.toggled.emit(str(item.data(KEY_ROLE)),
                              item.checkState() == Qt.CheckState.Checked)
