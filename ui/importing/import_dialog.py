"""Import accounts: choose a file (or paste a list of app names), see the preview — matched,
not in the catalogue, already recorded, left out —, map or rename or skip what the catalogue
does not know, then import everything in one go (one transaction: all or nothing).

Tests bypass the file dialogs by passing a path: `choose_file(path)`, `save_template(path)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exposure import crosscheck
from exposure.catalog import Catalog, default_catalog
from exposure.errors import ExposureError, InvalidInput
from exposure.importers import (
    FORMATS,
    Choice,
    ImportPlan,
    ImportResult,
    Parsed,
    PlanRow,
    commit,
    preview,
    read,
    template_bytes,
    undo_import,
)
from ui.context import AppContext
from ui.importing.import_preview import preview_tabs
from ui.importing.import_words import duplicate_text
from ui.widgets.buttons import push_button
from ui.widgets.common import (
    button_shortcut,
    notes_box,
    selected_source_rows,
    show_problem,
    size_dialog,
)
from ui.widgets.forms import ErrorLabel, action_cancel_buttons
from ui.widgets.person_combo import PersonCombo
from ui.words import error_text, format_name


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault = ctx.vault
        self.catalog: Catalog = ctx.catalog if ctx.catalog is not None else default_catalog()
        self.lang = ctx.lang
        self.plan: ImportPlan | None = None
        self.result_: ImportResult | None = None
        self.choices: dict[int, Choice] = {}
        self.path: Path | None = None
        self._parsed: Parsed | None = None
        self.setWindowTitle(self.tr("Import accounts"))

        form = self._source_form()
        preview_tabs(self)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.error_label = ErrorLabel()

        buttons, self.import_button = action_cancel_buttons(self, self.tr("&Import"))
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self._connect()
        self._source_changed(True)
        size_dialog(self, 120, 36)

    def _connect(self) -> None:
        self.file_radio.toggled.connect(self._source_changed)
        self.format_combo.currentIndexChanged.connect(self._inputs_changed)
        self.person_combo.currentTextChanged.connect(self._person_changed)
        button_shortcut(self, self.choose_button, QKeySequence("Ctrl+O"))

    def _source_form(self) -> QFormLayout:
        """Where the accounts come from (a file or a pasted list), its format and whose they are."""
        # --- source ------------------------------------------------------------------------------
        self.file_radio = QRadioButton(self.tr("&File"))
        self.paste_radio = QRadioButton(self.tr("Paste a &list of apps"))
        self.file_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.paste_radio)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = push_button(self.tr("&Choose…"), self.choose_file)
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setPlaceholderText(self.tr(
            "One app or service per line, e.g. what 互联网账号\"一证通查\" lists:\n微信\n支付宝\n"
            "京东"))
        notes_box(self.paste_edit, lines=4)
        self.paste_edit.setAccessibleName(self.tr("List of apps"))
        self.paste_edit.setEnabled(False)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("optional: the phone number these accounts "
                                                   "are bound to"))
        self.login_edit.setEnabled(False)

        self.format_combo = QComboBox()
        for fmt in ("auto", *FORMATS):
            self.format_combo.addItem(format_name(fmt), fmt)
        people = self.vault.people.all_people()
        self.person_combo = PersonCombo(people)
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        me = next((n for n, p in enumerate(people) if p.relation == "self"), 0)
        self.person_combo.setCurrentIndex(me if people else -1)
        self.person_combo.setToolTip(self.tr("Whose accounts these are. Type a new name to add "
                                             "a person."))
        self.preview_button = push_button(self.tr("&Preview"), self.run_preview)
        self.template_button = push_button(self.tr("Save CSV &template…"), self.save_template)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_radio)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        self.form = form = QFormLayout()
        form.addRow(file_row)
        form.addRow(self.paste_radio)
        form.addRow(self.paste_edit)
        form.addRow(self.tr("Bound to"), self.login_edit)
        form.addRow(self.tr("Fo&rmat"), self.format_combo)
        form.addRow(self.tr("&Whose accounts"), self.person_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addStretch()
        actions.addWidget(self.template_button)
        form.addRow(actions)
        return form

    # --- source and inputs -----------------------------------------------------------------------
    def _source_changed(self, file_mode: bool) -> None:
        self.paste_edit.setEnabled(not file_mode)
        self.login_edit.setEnabled(not file_mode)
        self.form.setRowVisible(self.paste_edit, not file_mode)
        self.form.setRowVisible(self.login_edit, not file_mode)
        self.choose_button.setEnabled(file_mode)
        self._parsed = None
        if not file_mode:
            self.format_combo.setCurrentIndex(self.format_combo.findData("applist"))
        elif self.format_combo.currentData() == "applist":
            self.format_combo.setCurrentIndex(self.format_combo.findData("auto"))
        self._clear_plan()

    def _has_source(self) -> bool:
        return self.plan is not None or (self.file_radio.isChecked() and self.path is not None)

    def _inputs_changed(self, *_: object) -> None:
        self._parsed = None
        if self._has_source():
            self.run_preview()

    def _person_changed(self, *_: object) -> None:
        if self._has_source():
            self.run_preview()  # a file already read is not read again

    # --- source ------------------------------------------------------------------------------
    def choose_file(self, path: Path | None = None) -> None:
        """Pick the file to import (a file dialog unless `path` is given), then preview it."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose an export or CSV file"), str(Path.home()),
                self.tr("Exports (*.csv *.json *.txt);;All files (*)"))
            if not name:
                return
            path = Path(name)
        self.path = Path(path)
        self._parsed = None
        self.file_radio.setChecked(True)
        self.file_label.setText(self.path.name)
        self.run_preview()

    def save_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save CSV template"), str(Path.home() / "exposure-import.csv"),
                self.tr("CSV (*.csv)"))
            if not name:
                return None
            path = Path(name)
        try:
            Path(path).write_bytes(template_bytes())
        except OSError:
            show_problem(self.error_label, self.tr("The template could not be saved there."))
            return None
        self.error_label.clear()
        self.summary_label.setText(self.tr("Template saved: fill one line per identifier and "
                                           "service, then import it."))
        return Path(path)

    def person(self) -> str:
        return " ".join(self.person_combo.currentText().split())

    # --- preview -----------------------------------------------------------------------------
    def run_preview(self) -> None:
        fmt = self.format_combo.currentData()
        self.error_label.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            parsed = self._parsed
            if parsed is None:
                if self.file_radio.isChecked():
                    if self.path is None:
                        raise InvalidInput("no file", field="file")
                    parsed = read(self.path, fmt)
                else:
                    parsed = read(self.paste_edit.toPlainText(), fmt,
                                  login=self.login_edit.text())
            plan = preview(self.vault, parsed, person=self.person(), catalog=self.catalog)
        except ExposureError as exc:
            self._clear_plan()
            show_problem(self.error_label, self.tr("Choose a file to import.")
                         if isinstance(exc, InvalidInput) else error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        # A pasted list is read again each time (it may have been edited); a file is kept.
        self._parsed = parsed if self.file_radio.isChecked() else None
        self.plan = plan
        self.choices = {}
        self.matched_model.load(plan.matched, lambda r: r.service_name)
        self.unmatched_model.load(plan.unmatched, self._unmatched_outcome)
        self.duplicates_model.load(
            plan.duplicates, lambda r: f"{r.service_name} — {duplicate_text(r.duplicate)}")
        self.skipped_model.load(plan.skipped)
        self._update_tabs()
        if not plan.matched and plan.unmatched:
            self.tabs.setCurrentIndex(1)

    def _clear_plan(self) -> None:
        self.plan = None
        self.choices = {}
        for model in (self.matched_model, self.unmatched_model, self.duplicates_model):
            model.load([])
        self.skipped_model.load([])
        self._update_tabs()

    def _unmatched_outcome(self, row: PlanRow) -> str:
        choice = self.choices.get(row.key)
        if choice is None or choice.action == "custom":
            name = choice.name if choice else row.label
            return self.tr("Your own service: %1").replace("%1", name)
        if choice.action == "skip":
            return self.tr("Skipped")
        entry = self.catalog.get(choice.catalog_id)
        return "→ " + (entry.name(self.lang) if entry else choice.catalog_id)

    def to_import(self) -> int:
        if self.plan is None:
            return 0
        skipped = sum(1 for c in self.choices.values() if c.action == "skip")
        return len(self.plan.matched) + len(self.plan.unmatched) - skipped

    def _update_tabs(self) -> None:
        plan = self.plan
        counts = (len(plan.matched), len(plan.unmatched), len(plan.duplicates),
                  len(plan.skipped)) if plan else (0, 0, 0, 0)
        titles = (self.tr("Matched (%1)"), self.tr("Not in the catalogue (%1)"),
                  self.tr("Already recorded (%1)"), self.tr("Left out (%1)"))
        for n, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(n, title.replace("%1", str(count)))
        self.import_button.setEnabled(self.to_import() > 0)
        if plan is None:
            self.summary_label.clear()
            return
        text = self.tr("%1 registration(s) will be added.").replace("%1", str(self.to_import()))
        if plan.new_people:
            text += " " + self.tr("New person: %1.").replace("%1", ", ".join(plan.new_people))
        if plan.format in ("bitwarden", "keepass", "chrome", "firefox", "1password"):
            text += " " + self.tr("Passwords, notes and one-time codes in the export are not "
                                  "read. Delete the export file when you are done.")
        self.summary_label.setText(text)

    # --- decisions on unmatched rows -----------------------------------------------------------
    def selected_unmatched(self) -> list[PlanRow]:
        rows = selected_source_rows(self.unmatched_view)
        return [self.unmatched_model.plan_row(r) for r in rows]

    def _decide(self, choice_for: object) -> None:
        rows = self.selected_unmatched()
        if not rows:
            show_problem(self.error_label, self.tr("Select rows in the list first."))
            return
        self.error_label.clear()
        for row in rows:
            self.choices[row.key] = choice_for(row)  # type: ignore[operator]
        self.unmatched_model.refresh()
        self._update_tabs()

    def map_selected(self) -> None:
        text = self.map_edit.text().strip()
        cid = self._labels.get(text)
        if cid is None:
            hit = self.catalog.lookup(text) if text else None
            cid = hit.id if hit else None
        if cid is None:
            show_problem(self.error_label, self.tr(
                "No catalogue service by that name. Pick one from the list, or add it as your "
                "own service."), focus=self.map_edit)
            return
        self._decide(lambda row: Choice.map(cid))

    def custom_selected(self) -> None:
        name = " ".join(self.map_edit.text().split())
        self._decide(lambda row: Choice.custom(name or row.label))

    def skip_selected(self) -> None:
        self._decide(lambda row: Choice.skip())

    # --- import ------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.plan is None:
            return
        try:
            self.result_ = commit(self.vault, self.plan, self.choices, catalog=self.catalog)
        except ExposureError as exc:
            show_problem(self.error_label, error_text(exc))
            return
        text = self.tr("Imported %1 registration(s).").replace(
            "%1", str(len(self.result_.registrations)))
        if self.result_.registrations:
            # the new registrations against breaches already followed (nothing is downloaded)
            try:
                found = crosscheck.refresh(self.vault, catalog=self.catalog)
            except ExposureError:
                found = None
            if found is not None and found.new:
                text += " " + self.tr("%1 new exposure(s) in the breaches you follow: see Leaks."
                                      ).replace("%1", str(len(found.new)))
        result = self.result_
        offer_undo = self.ctx.offer_undo
        if offer_undo and result.registrations:
            offer_undo(lambda vault: undo_import(vault, result),
                       text + " " + self.tr("Ctrl+Z takes the import back."))
        else:
            self.ctx.status(text)
        super().accept()
