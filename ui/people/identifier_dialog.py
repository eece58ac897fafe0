"""Add or edit one identifier: validated as you type, with what the number tells (carrier, region,
birth date) so a typo shows before it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from exposure import identifiers as idmod
from exposure.errors import ExposureError, InvalidIdentifier
from exposure.model import Identifier, IdentifierId, IdentifierKind, IdentifierStatus, PersonId
from exposure.vault import Vault
from ui.i18n import current_language
from ui.widgets.common import show_problem, size_dialog
from ui.widgets.forms import FormDialog
from ui.words import error_text, kind_name, status_name


class IdentifierDialog(FormDialog):
    def __init__(self, vault: Vault, person_id: PersonId, identifier: Identifier | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit identifier") if identifier
                            else self.tr("Add an identifier"))
        self.vault = vault
        self.person_id = person_id
        self.identifier = identifier
        self.identifier_id: IdentifierId | None = identifier.id if identifier else None
        self.kind_combo = QComboBox()
        for kind in IdentifierKind:
            self.kind_combo.addItem(kind_name(kind.value), kind.value)
        self.value_edit = QLineEdit()
        self.value_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("e.g. salary card, old number"))
        self.status_combo = QComboBox()
        for st in IdentifierStatus:
            self.status_combo.addItem(status_name(st.value), st.value)
        self.info_label = QLabel()
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setWordWrap(True)
        if identifier:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(identifier.kind.value))
            self.kind_combo.setEnabled(False)
            self.value_edit.setText(idmod.display(identifier.kind, identifier.value))
            self.label_edit.setText(identifier.label)
            self.status_combo.setCurrentIndex(self.status_combo.findData(identifier.status.value))
        form = self.form
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Value"), self.value_edit)
        form.addRow("", self.info_label)
        form.addRow(self.tr("&Label"), self.label_edit)
        form.addRow(self.tr("&Status"), self.status_combo)
        self.finish_form()
        self.value_edit.textChanged.connect(self._check)
        self.kind_combo.currentIndexChanged.connect(self._check)
        size_dialog(self, 60, 0)

    def kind(self) -> IdentifierKind:
        return IdentifierKind(self.kind_combo.currentData())

    def _check(self) -> None:
        text = self.value_edit.text()
        self.error_label.clear()
        if not text.strip():
            self.info_label.clear()
            return
        try:
            parsed = idmod.parse(self.kind(), text)
        except InvalidIdentifier as exc:
            self.info_label.setText(error_text(exc))
            self._fit_info()
            return
        self.info_label.setText(self._describe(parsed.details))
        self._fit_info()

    def _fit_info(self) -> None:
        """The message under the value wraps and the dialog grows to show it whole; a screen
        reader hears it with the field (not on every key, which would drown the typing)."""
        self.value_edit.setAccessibleDescription(self.info_label.text())
        if self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def _describe(self, d: dict[str, str]) -> str:
        zh = current_language() == "zh_CN"
        kind = self.kind()
        if kind is IdentifierKind.PHONE:
            carrier = d.get("carrier_zh" if zh else "carrier_en", "")
            place = d.get("place_zh" if zh else "place_en", "")
            return " · ".join(x for x in (carrier, place) if x) or self.tr("Valid number")
        if kind is IdentifierKind.ID_NUMBER:
            return self._describe_id(d, zh)
        if kind is IdentifierKind.BANK_CARD:
            return self.tr("Card number checks out (%1)").replace("%1", d.get("brand") or "—")
        return self.tr("Looks valid")

    def _describe_id(self, d: dict[str, str], zh: bool) -> str:
        born = d.get("birth_date", "")
        document = d.get("document", "")
        if document == idmod.FOREIGN_PERMANENT:
            text = self.tr("Foreign permanent resident ID, born %1").replace("%1", born)
        elif document == idmod.HK_MO_TW_PERMIT:
            place = d.get("province", "") if zh else d.get("province_en", "")
            text = self.tr("Residence permit for residents of %2, born %1").replace(
                "%1", born).replace("%2", place)
        else:
            text = self.tr("Born %1, registered in %2").replace("%1", born).replace(
                "%2", d.get("province", "") + d.get("county", ""))
        note = d.get("note", "")
        if note == idmod.REGION_NOT_AT_BIRTH:
            text += "\n" + self.tr("Note: this region code was not in use in the birth year. "
                                   "An ID carries the region where it was issued, so the number "
                                   "is accepted.")
        elif note == idmod.REGION_UNKNOWN:
            text += "\n" + self.tr("Note: this region code is not in the list the app knows. "
                                   "An ID carries the region where it was issued, so the number "
                                   "is accepted.")
        return text

    def accept(self) -> None:
        if self.identifier_id is None and self.kind() is IdentifierKind.ID_NUMBER and any(
                i.kind is IdentifierKind.ID_NUMBER and i.status != "closed"
                for i in self.vault.identifiers.all_identifiers(self.person_id)):
            from ui.widgets.common import confirm

            if not confirm(self, self.tr("A second ID number"), self.tr(
                    "This person already has a resident ID number. A person has one; add this "
                    "one only if the first was wrong or replaced (then mark that one closed)."),
                    destructive=False):
                return
        try:
            if self.identifier_id is None:
                self.identifier_id = self.vault.identifiers.add(
                    person_id=self.person_id, kind=self.kind(), value=self.value_edit.text(),
                    label=self.label_edit.text(),
                    status=IdentifierStatus(self.status_combo.currentData()))
            else:
                self.vault.identifiers.update(
                    self.identifier_id, value=self.value_edit.text(),
                    label=self.label_edit.text(),
                    status=IdentifierStatus(self.status_combo.currentData()))
        except ExposureError as exc:
            show_problem(self.error_label, error_text(exc), focus=self.value_edit)
            return
        super().accept()
