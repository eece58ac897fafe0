"""Add or edit a family member."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from exposure.errors import ExposureError
from exposure.model import RELATIONS, Person, PersonId
from exposure.vault import Vault
from ui.widgets.common import notes_box, show_problem
from ui.widgets.forms import FormDialog
from ui.words import error_text, relation_name


class PersonDialog(FormDialog):
    def __init__(self, vault: Vault, person: Person | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add a person"))
        self.vault = vault
        self.person = person
        self.person_id: PersonId | None = person.id if person else None
        self.name_edit = QLineEdit(person.name if person else "")
        self.name_edit.setPlaceholderText(self.tr("e.g. 妈妈, or a name"))
        self.relation_combo = QComboBox()
        self.relation_combo.setEditable(True)
        for rel in RELATIONS:
            self.relation_combo.addItem(relation_name(rel), rel)
        if person is None and any(p.relation == "self" for p in vault.people.all_people()):
            self.relation_combo.setCurrentIndex(-1)  # "myself" is taken: no default
            self.relation_combo.setEditText("")
        if person and person.relation:
            i = self.relation_combo.findData(person.relation)
            if i >= 0:
                self.relation_combo.setCurrentIndex(i)
            else:
                self.relation_combo.setEditText(person.relation)
        self.deceased_check = QCheckBox(self.tr("&Deceased: close their accounts, do not harden"))
        self.deceased_check.setChecked(bool(person and person.deceased))
        self.died_edit = QLineEdit(person.died_on.isoformat() if person and person.died_on else "")
        self.died_edit.setPlaceholderText(self.tr("Date of death, YYYY-MM-DD (optional)"))
        self.died_edit.setEnabled(self.deceased_check.isChecked())
        self.deceased_check.toggled.connect(self.died_edit.setEnabled)
        self.no_phone_check = QCheckBox(self.tr(
            "No s&martphone: send them to counters and hotlines instead of apps"))
        self.no_phone_check.setChecked(bool(person and person.no_smartphone))
        self.notes_edit = notes_box(QPlainTextEdit(person.notes if person else ""))
        form = self.form
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Relation"), self.relation_combo)
        form.addRow("", self.deceased_check)
        form.addRow(self.tr("Died on"), self.died_edit)
        form.addRow("", self.no_phone_check)
        form.addRow(self.tr("N&otes"), self.notes_edit)
        self.finish_form()

    def relation(self) -> str:
        text = self.relation_combo.currentText().strip()
        i = self.relation_combo.findText(text)
        return str(self.relation_combo.itemData(i)) if i >= 0 else text

    def died_on(self) -> dt.date | None:
        """The date typed, None when empty; raises ValueError when it is not a date."""
        text = self.died_edit.text().strip()
        return dt.date.fromisoformat(text) if text else None

    def accept(self) -> None:
        try:
            died = self.died_on()
        except ValueError:
            self.error_label.setText(self.tr("The date of death should look like 2024-05-31."))
            return
        try:
            if self.person_id is None:
                self.person_id = self.vault.people.add(
                    name=self.name_edit.text(), relation=self.relation(),
                    notes=self.notes_edit.toPlainText())
            else:
                self.vault.people.update(self.person_id, name=self.name_edit.text(),
                                         relation=self.relation(),
                                         notes=self.notes_edit.toPlainText())
            deceased = self.deceased_check.isChecked()
            was = (self.person.deceased, self.person.died_on) if self.person else (False, None)
            if (deceased, died if deceased else None) != was:
                self.vault.people.set_deceased(self.person_id, deceased, died)
            phoneless = self.no_phone_check.isChecked()
            if phoneless != bool(self.person and self.person.no_smartphone):
                self.vault.people.set_no_smartphone(self.person_id, phoneless)
        except ExposureError as exc:
            show_problem(self.error_label, error_text(exc), focus=self.name_edit)
            return
        super().accept()
