"""A drop-down of the vault's people by name, whose data is the person's id: the person chooser
of the take-over page, the audit page, the registration dialog and the import dialog."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget

from exposure.model import Person, PersonId


class PersonCombo(QComboBox):
    def __init__(self, people: Iterable[Person] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refill(people)

    def person_id(self) -> PersonId | None:
        data = self.currentData()
        return PersonId(int(data)) if data is not None else None

    def row_of(self, person_id: PersonId | int | None) -> int:
        """The row of `person_id`; -1 when it is not listed."""
        return self.findData(int(person_id)) if person_id is not None else -1

    def refill(self, people: Iterable[Person]) -> None:
        """List `people` anew, without signals; the person chosen before stays chosen while
        listed (else the first one is)."""
        keep = self.person_id()
        with QSignalBlocker(self):
            self.clear()
            for p in people:
                self.addItem(p.name, int(p.id))
            self.setCurrentIndex(max(self.row_of(keep), 0) if self.count() else -1)
