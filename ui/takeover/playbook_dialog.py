"""The lost-phone playbook, or the identity-fraud checklist of a leaked ID number or ID photo,
as a checklist: sections of items with check boxes and hotlines; ticking stores the time in the
vault (`vault.playbooks`), so the family sees the progress; "Print to PDF…" and "Print…" give
the paper copy to take to the phone shop or the bank. A national look-up's item leads to the
Audit page, where its count is recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from exposure import takeover as to
from exposure.errors import ExposureError
from exposure.model import PersonId
from exposure.takeover.playbook import heading
from ui.context import AppContext, Now
from ui.services.service_page import catalog_of
from ui.takeover.takeover_models import PlaybookModel
from ui.widgets.buttons import push_button
from ui.widgets.common import button_shortcut, save_pdf, show_error, size_dialog
from ui.words import error_text


class PlaybookDialog(QDialog):
    """Non-modal by default (`show()`); the page keeps one per person."""

    def __init__(self, ctx: AppContext, person_id: PersonId, lang: str,
                 parent: QWidget | None = None, *, scenario: str = to.LOST_PHONE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.scenario = scenario if to.has_remedies(scenario) else to.LOST_PHONE
        self.lang = lang
        self.now: Now = ctx.now
        self.book: to.Playbook | None = None

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self._make_tree()

        # why the selected item is there (the step of the chain that reaches it), and sources
        self.why_label = QLabel()
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)
        self.why_label.setWordWrap(True)
        self.why_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.selectionModel().currentChanged.connect(self._show_why)

        self.pdf_button = push_button(self.tr("Save as P&DF…"), self.save_pdf)
        button_shortcut(self, self.pdf_button, QKeySequence("Ctrl+Shift+P"))
        self.print_button = push_button(self.tr("&Print…"), self.print_paper)
        self.audit_button = push_button(
            self.tr("Record on the &Audit page…"), self.open_audit,
            tip=self.tr("The national look-ups' counts are recorded on the Audit page"))
        self.audit_button.setEnabled(False)
        self.audit_button.setVisible(self.scenario != to.LOST_PHONE)
        button_shortcut(self, self.print_button, QKeySequence(QKeySequence.StandardKey.Print))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.audit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.why_label)
        layout.addWidget(self.buttons)
        ctx.bridge.vault_changed.connect(self._on_change)
        self.reload()
        size_dialog(self, 110, 34)

    def _make_tree(self) -> None:
        """The checklist: sections of items, each with its check box, hotline and time ticked."""
        self.model = PlaybookModel(self._tick, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Playbook items: Space ticks the selected one"))
        self.tree.setTabKeyNavigation(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)  # long items wrap instead of being cut
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PlaybookModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PlaybookModel.COL_HOTLINE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlaybookModel.COL_WHEN,
                                    QHeaderView.ResizeMode.ResizeToContents)
        # row heights are measured for the text column's width: again when it changes
        header.sectionResized.connect(
            lambda col, *_: col == PlaybookModel.COL_TEXT and self.tree.doItemsLayout())

    # --- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Rebuild from the inventory (cards or numbers may have changed)."""
        vault = self.ctx.vault
        try:
            if self.scenario == to.LOST_PHONE:
                self.book = to.playbook_for_person(vault, self.person_id, catalog_of(self.ctx))
            else:
                self.book = to.remedies_for_person(vault, self.person_id, self.scenario)
            ticks = self._ticks()
        except ExposureError as exc:  # the person was deleted meanwhile
            self.book = None
            ticks = {}
            self.heading.setText(error_text(exc))
        self.model.set_playbook(self.book, ticks, self.lang)
        self.tree.expandAll()
        if self.book is not None and self.scenario != to.LOST_PHONE:
            name = self.book.person.name
            self.setWindowTitle(f"{heading(self.scenario, self.lang)} — {name}")
            self.heading.setText(self.tr(
                "Work through this list from the top: first lock what a stranger could get "
                "into, then find out what was opened in {name}'s name. Tick each item when it "
                "is done; a look-up's count goes on the Audit page.").format(name=name))
        elif self.book is not None:
            name = self.book.person.name
            self.setWindowTitle(self.tr("Lost-phone playbook — {name}").format(name=name))
            self.heading.setText(self.tr(
                "{name}'s phone is lost or stolen: work through this list from the top, "
                "calling from another phone. Tick each item when it is done.").format(name=name))
        self._show_progress()

    def _ticks(self) -> dict[str, dt.datetime]:
        return self.ctx.vault.playbooks.ticks(self.person_id, playbook=self.scenario)

    def _show_why(self, current: object, _previous: object = None) -> None:
        item = self.model.item_at(current)  # type: ignore[arg-type]
        self.audit_button.setEnabled(item is not None and item.key.startswith("lookup:"))
        why = item.why(self.lang) if item is not None else ""
        self.why_label.setText(self.tr("Why: {why}").format(why=why) if why else "")

    def _on_change(self, topic: str) -> None:
        if topic == "playbook":
            self.model.set_ticks(self._ticks())
            self._show_progress()
        elif topic in ("people", "identifiers", "registrations", "services"):
            self.reload()

    def _show_progress(self) -> None:
        done, total = self.model.progress()
        self.progress_label.setText(self.tr("{done} of {total} done").format(done=done,
                                                                           total=total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _tick(self, key: str, ticked: bool) -> None:
        try:
            if ticked:
                self.ctx.vault.playbooks.tick(self.person_id, key, self.now(),
                                              playbook=self.scenario)
            else:
                self.ctx.vault.playbooks.untick(self.person_id, key, playbook=self.scenario)
        except ExposureError as exc:
            show_error(self, exc)

    def tick(self, key: str, ticked: bool = True) -> None:
        """Tick (or untick) an item as its check box does."""
        index = self.model.index_of(key)
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.model.setData(index, state, Qt.ItemDataRole.CheckStateRole)

    # --- paper -------------------------------------------------------------------------------
    def html(self) -> str:
        if self.book is None:
            return ""
        return to.render_playbook_html(self.book, self._ticks(), self.lang, self.now())

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the playbook to a PDF; asks for the file unless `path` is given."""
        if self.book is None:
            return None
        path = save_pdf(self, [self.html()], self.windowTitle(),
                        str(Path.home() / f"playbook-{self.book.person.name}.pdf"), path)
        if path is None:
            return None
        self.ctx.status(self.tr("Playbook saved as {name}.").format(name=path.name))
        return path

    def open_audit(self) -> None:
        """The Audit page for this person, where the look-up's count is recorded."""
        window = self.parent().window() if self.parent() is not None else None
        if window is not None and hasattr(window, "show_page"):
            page = window.show_page("audit")
            if hasattr(page, "select_person"):
                page.select_person(self.person_id)
            window.activateWindow()

    def print_paper(self) -> None:
        """The system print dialog (not used in tests: it is modal)."""
        from ui.pdf import print_html

        try:
            print_html(self.html(), self)
        except ExposureError as exc:
            show_error(self, exc)
