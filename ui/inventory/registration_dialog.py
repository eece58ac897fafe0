"""Add or edit a registration: who, which service, which of their identifiers it uses and how."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from exposure import identifiers as idmod
from exposure.catalog import Catalog, CatalogEntry, is_generic, normalize
from exposure.errors import ExposureError, InvalidInput
from exposure.model import (
    DEFAULT_ROLE,
    IdentifierId,
    PersonId,
    Registration,
    RegistrationId,
    RegistrationStatus,
    Role,
    Usage,
)
from exposure.vault import Vault
from ui.i18n import current_language
from ui.widgets.common import notes_box, show_problem, size_dialog, tab_order
from ui.widgets.forms import FormDialog
from ui.widgets.person_combo import PersonCombo
from ui.words import error_text, kind_name, role_name, status_name


class ServiceChoice(NamedTuple):
    label: str  # what the completer shows and the user types
    name: str
    catalog_id: str | None
    domains: tuple[str, ...] = ()
    category: str = ""


ServiceSource = Callable[[], Sequence[ServiceChoice]]


class RegistrationDialog(FormDialog):
    def __init__(self, vault: Vault, *, person_id: PersonId | None = None,
                 registration: Registration | None = None,
                 services: ServiceSource | None = None, catalog: Catalog | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit registration") if registration
                            else self.tr("Add a registration"))
        self.vault = vault
        self.catalog = catalog  # type-ahead over names, aliases and domains when given
        self.registration = registration
        self.registration_id: RegistrationId | None = registration.id if registration else None
        self._choices = {c.label.casefold(): c for c in (services() if services else [])}
        for svc in vault.services.all_services():
            self._choices.setdefault(svc.name.casefold(), ServiceChoice(
                svc.name, svc.name, svc.catalog_id, svc.domains, svc.category))

        self.person_combo = PersonCombo(vault.people.all_people())
        want = registration.person_id if registration else person_id
        if want is not None:
            self.person_combo.setCurrentIndex(max(self.person_combo.find(want), 0))
        self.person_combo.setEnabled(registration is None)

        self._service_field(catalog)

        since_row = self._status_and_since()

        self.identifier_box = QWidget()
        self.identifier_grid = QGridLayout(self.identifier_box)
        self.identifier_rows: dict[IdentifierId, tuple[QCheckBox, QComboBox]] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.identifier_box)
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the boxes inside

        form = self.form
        form.addRow(self.tr("&Person"), self.person_combo)
        form.addRow(self.tr("&Service"), self.service_edit)
        form.addRow("", self.service_hint)
        form.addRow(self.tr("Identifiers it uses"), scroll)
        form.addRow(self.tr("S&tatus"), self.status_combo)
        form.addRow(self.tr("Registered since"), since_row)
        self.since_edit.setAccessibleName(self.tr("Registered since"))
        self.since_check.setAccessibleName(self.tr("Registration date known"))
        form.addRow(self.tr("Account &reference"), self.account_edit)
        form.addRow(self.tr("N&otes"), self.notes_edit)
        self.finish_form()
        self.person_combo.currentIndexChanged.connect(self._fill_identifiers)
        self._fill_identifiers()
        self._order_tabs()
        if registration:
            self._load(registration)
        size_dialog(self, 75, 30)

    def _service_field(self, catalog: Catalog | None) -> None:
        """The service, typed with suggestions (ranked by the catalogue when there is one)."""
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("Type a service: 支付宝, 12306, LinkedIn …"))
        self.suggestions = QStringListModel(sorted(c.label for c in self._choices.values()))
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        if catalog is None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        else:  # Catalog.search ranks and matches (width, case, aliases, domains): Qt must not
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            self.service_edit.textEdited.connect(self._suggest)
        self.service_edit.setCompleter(completer)
        self.service_hint = QLabel()
        self.service_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.service_edit.textChanged.connect(self._service_changed)

    def _status_and_since(self) -> QHBoxLayout:
        """Status, the date registered (when known), the account reference, notes."""
        self.status_combo = QComboBox()
        for st in RegistrationStatus:
            self.status_combo.addItem(status_name(st.value), st.value)
        self.since_check = QCheckBox(self.tr("Known"))
        self.since_edit = QDateEdit()
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate.currentDate())
        self.since_edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since_edit, 1)
        self.account_edit = QLineEdit()
        self.account_edit.setPlaceholderText(self.tr("optional: user name or member number"))
        self.notes_edit = notes_box(QPlainTextEdit())
        return since_row

    def _load(self, reg: Registration) -> None:
        svc = self.vault.services.get(reg.service_id)
        self.service_edit.setText(reg.service_name or svc.name)
        self.status_combo.setCurrentIndex(self.status_combo.findData(reg.status.value))
        if reg.since:
            self.since_check.setChecked(True)
            self.since_edit.setDate(QDate(reg.since.year, reg.since.month, reg.since.day))
        self.account_edit.setText(reg.account_ref)
        self.notes_edit.setPlainText(reg.notes)
        for use in reg.usages:
            if use.identifier_id in self.identifier_rows:
                check, combo = self.identifier_rows[use.identifier_id]
                check.setChecked(True)
                combo.setCurrentIndex(combo.findData(use.role.value))

    def person_id(self) -> PersonId | None:
        return self.person_combo.person_id()

    def _fill_identifiers(self) -> None:
        while self.identifier_grid.count():
            item = self.identifier_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.identifier_rows.clear()
        pid = self.person_id()
        idents = self.vault.identifiers.all_identifiers(pid) if pid is not None else []
        if not idents:
            empty = QLabel(self.tr("This person has no identifiers yet: add them on the People "
                                   "page."))
            empty.setWordWrap(True)
            self.identifier_grid.addWidget(empty, 0, 0)
        for n, ident in enumerate(idents):
            text = f"{kind_name(ident.kind)}: {idmod.mask(ident.kind, ident.value)}"
            if ident.label:
                text += f" ({ident.label})"
            check = QCheckBox(text)
            combo = QComboBox()
            for role in Role:
                combo.addItem(role_name(role.value), role.value)
            combo.setCurrentIndex(combo.findData(DEFAULT_ROLE[ident.kind].value))
            combo.setAccessibleName(self.tr("Role of %1").replace("%1", text))
            self.identifier_grid.addWidget(check, n, 0)
            self.identifier_grid.addWidget(combo, n, 1)
            self.identifier_rows[ident.id] = (check, combo)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the screen: the identifier boxes (made after the buttons) come before
        Status, the notes and Save."""
        if not hasattr(self, "save_button"):
            return
        boxes = [w for pair in self.identifier_rows.values() for w in pair]
        tab_order(self.person_combo, self.service_edit, *boxes, self.status_combo,
                  self.since_check, self.since_edit, self.account_edit, self.notes_edit,
                  self.save_button, self.cancel_button)

    def check_identifier(self, iid: IdentifierId, role: Role | None = None) -> None:
        check, combo = self.identifier_rows[iid]
        check.setChecked(True)
        if role is not None:
            combo.setCurrentIndex(combo.findData(role.value))

    def _suggest(self, text: str) -> None:
        """Suggestions for what is typed: catalogue names (found by name, alias, app name or
        domain, ignoring width and case), then the user's own services containing it."""
        if self.catalog is None:
            return
        lang = current_language()
        found = self.catalog.search(text, 15)
        exact = self.catalog.lookup(text)  # also a subdomain or a pasted URL
        labels = [e.name(lang) for e in ([exact] if exact else []) + found]
        key = normalize(text)
        if key:
            labels += [c.label for c in self._choices.values()
                       if not c.catalog_id and key in normalize(c.label)]
        self.suggestions.setStringList(list(dict.fromkeys(labels)))
        if labels and self.service_edit.hasFocus():
            self.service_edit.completer().complete()

    def _entry_choice(self, entry: CatalogEntry) -> ServiceChoice:
        return ServiceChoice(entry.name(current_language()), entry.name_zh or entry.name_en,
                             entry.id, tuple(entry.domains), entry.category)

    def resolve_service(self, text: str) -> ServiceChoice | None:
        """What the typed text names: a known choice, else a catalogue service by name, alias,
        app name or domain (`jd.com`, `ＪＤ`, `京东商城` → 京东); None for one's own service."""
        name = " ".join(text.split())
        choice = self._choices.get(name.casefold())
        if choice is None and self.catalog is not None and name:
            entry = self.catalog.lookup(name)
            if entry is not None:
                choice = self._entry_choice(entry)
        return choice

    def _service_changed(self, text: str) -> None:
        choice = self.resolve_service(text)
        if choice and choice.catalog_id:
            entry = self.catalog.get(choice.catalog_id) if self.catalog is not None else None
            label = entry.name(current_language()) if entry is not None else choice.name
            self.service_hint.setText(self.tr("From the catalogue: %1").replace("%1", label))
            if self.own_name(text, choice):
                self.service_hint.setText(self.tr(
                    "From the catalogue: %1; letters and lists keep your name %2")
                    .replace("%1", label).replace("%2", " ".join(text.split())))
        elif text.strip():
            self.service_hint.setText(self.tr("A service of your own (not in the catalogue)"))
        else:
            self.service_hint.clear()

    def own_name(self, text: str, choice: ServiceChoice | None) -> str:
        """The typed name when it files the account under a generic catalogue entry by another
        name (捷停车 under 智慧停车（通用）); "" for the entry's own names, a mere alias of one
        company (B站) and web addresses."""
        name = " ".join(text.split())
        if not choice or not choice.catalog_id or ("." in name and " " not in name):
            return ""
        entry = self.catalog.get(choice.catalog_id) if self.catalog is not None else None
        if entry is None or not is_generic(entry):
            return ""
        return "" if normalize(name) in {normalize(choice.name), normalize(choice.label)} \
            else name

    def usages(self) -> list[Usage]:
        return [Usage(iid, Role(combo.currentData()))
                for iid, (check, combo) in self.identifier_rows.items() if check.isChecked()]

    def accept(self) -> None:
        pid = self.person_id()
        try:
            if pid is None:
                raise InvalidInput("no person", field="person")
            name = " ".join(self.service_edit.text().split())
            if not name:
                raise InvalidInput("service is empty", field="name")
            choice = self.resolve_service(name)
            if choice:
                sid = self.vault.services.ensure(name=choice.name, catalog_id=choice.catalog_id,
                                                 domains=choice.domains, category=choice.category)
            else:
                sid = self.vault.services.ensure(name=name)
            since: dt.date | None = (self.since_edit.date().toPython()  # type: ignore[assignment]
                                     if self.since_check.isChecked() else None)
            status = RegistrationStatus(self.status_combo.currentData())
            if self.registration_id is None:
                self.registration_id = self.vault.registrations.add(
                    person_id=pid, service_id=sid, usages=self.usages(), status=status,
                    since=since, account_ref=self.account_edit.text(),
                    notes=self.notes_edit.toPlainText(),
                    service_name=self.own_name(name, choice))
            else:
                self.vault.registrations.update(
                    self.registration_id, service_id=sid, usages=self.usages(), status=status,
                    since=since, account_ref=self.account_edit.text(),
                    notes=self.notes_edit.toPlainText(),
                    service_name=self.own_name(name, choice))
        except ExposureError as exc:
            field = exc.params.get("field", "")
            focus = {"person": self.person_combo, "name": self.service_edit}.get(
                field, self.service_edit)
            show_problem(self.error_label, error_text(exc), focus=focus)
            return
        super().accept()
