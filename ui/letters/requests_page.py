"""Requests: letters made, sent and answered; overdue ones stand out; follow-ups and complaints.

The page reads the date from `clock` (ctx.clock unless given) so tests move time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError
from exposure.letters import tracking
from exposure.letters.batch import write_batch
from exposure.letters.compose import Letter
from exposure.letters.kinds import LetterKind
from exposure.letters.model import Outcome, Reply, RequestId, RequestState
from exposure.model import RegistrationId, ServiceId
from exposure.outfile import write_private
from ui import palette
from ui.context import AppContext, Clock
from ui.letters.letter_dialog import LetterDialog, kind_words
from ui.widgets.buttons import push_button
from ui.widgets.common import chars, make_table, save_pdf, selected_source_rows, show_error
from ui.widgets.flow_layout import button_row
from ui.widgets.rows import Row, RowsModel, filter_proxy


class RequestsModel(RowsModel):
    """Rows of requests; overdue ones get the palette's overdue background and bold text (the
    State column also says "Overdue": the colour is never the only sign)."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(headers, parent)
        self.overdue: set[int] = set()

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        late = index.isValid() and self.key_at(index.row()) in self.overdue
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(palette.color("overdue_bg"))
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(palette.text_color())
        if role == Qt.ItemDataRole.FontRole and late:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Clock = clock or ctx.clock
        self.model = RequestsModel([self.tr("Person"), self.tr("Service"), self.tr("Request"),
                                    self.tr("State"), self.tr("Sent"), self.tr("Due")], self)
        self.proxy = filter_proxy(self.model, parent=self)
        self.view = make_table(self, self.proxy, name=self.tr("Requests"), stretch_column=2,
                               on_edit=lambda: self.reply_button.click())
        for column, sample in ((4, "2025-12-31"), (5, "2025-12-31"), (3, self.tr("Overdue"))):
            self.view.setColumnWidth(column, self.view.fontMetrics().horizontalAdvance(sample)
                                     + chars(self.view, 3))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = push_button(self.tr("&New letter…"), self.new_letter)
        self.sent_button = push_button(self.tr("Mark &sent"), self.mark_sent)
        self.reply_button = push_button(self.tr("Record &reply…"), self.record_reply)
        self.follow_button = push_button(self.tr("Follo&w-up"), self.follow_up)
        self.complaint_button = push_button(self.tr("&Complaint…"), self.complaint)
        self.letter_button = push_button(self.tr("&Letter PDF…"), self.letter_pdf)
        self.ics_button = push_button(self.tr("Export .&ics…"), self.export_ics)
        self.batch_button = push_button(self.tr("&Batch…"), self.batch)
        buttons = button_row(self.new_button, self.sent_button, self.reply_button,
                             self.follow_button, self.complaint_button, self.letter_button,
                             self.ics_button, self.batch_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.bridge.vault_changed.connect(self._on_change)
        self.last_letter: Letter | None = None
        self.refresh()

    @property
    def lang(self) -> str:
        return self.ctx.short_lang

    def _on_change(self, topic: str) -> None:
        if topic in ("requests", "registrations", "people", "services"):
            self.refresh()

    def refresh(self) -> None:
        vault = self.ctx.vault
        today = self.clock()
        people = {p.id: p.name for p in vault.people.all_people()}
        services: dict[ServiceId | None, str] = {
            s.id: s.name for s in vault.services.all_services()}
        rows = []
        overdue = set()
        states = {RequestState.DRAFT: self.tr("Draft"), RequestState.SENT: self.tr("Waiting"),
                  RequestState.ANSWERED: self.tr("Answered"),
                  RequestState.CLOSED: self.tr("Closed")}
        for req in vault.requests.all_requests():
            late = req.is_overdue(today)
            if late:
                overdue.add(int(req.id))
            state = self.tr("Overdue") if late else states[req.state]
            tip = ""
            if req.due is not None and req.sent is not None:
                from exposure.letters.deadlines import due_from_stored

                tip = due_from_stored(req.due_basis, req.due_count, req.due_unit,
                                      req.sent).reason(self.lang)
            rows.append(Row(int(req.id), (
                people.get(req.person_id, ""), services.get(req.service_id, ""),
                kind_words(req.kind, self.lang), state,
                req.sent.isoformat() if req.sent else "", req.due.isoformat() if req.due else "",
            ), tooltip=tip, dimmed=req.state is RequestState.CLOSED))
        self.model.overdue = overdue
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%n request(s), %1 overdue", "", len(rows))
                             .replace("%1", str(len(overdue))))
        if not rows:
            self.summary.setText(self.tr(
                "No request letters yet. Write one from an account on Inventory or a leak on "
                "Leaks (Write a letter…), or with New letter… here."))
        self._update_buttons()

    # --- selection -----------------------------------------------------------------------------
    def selected_ids(self) -> list[RequestId]:
        return [RequestId(self.model.key_at(r)) for r in selected_source_rows(self.view)]

    def select(self, rid: RequestId) -> None:
        row = self.model.row_of(int(rid))
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def row_state(self, rid: RequestId) -> str:
        row = self.model.row_of(int(rid))
        return str(self.model.index(row, 3).data()) if row >= 0 else ""

    def _update_buttons(self, *_: Any) -> None:
        ids = self.selected_ids()
        reqs = [self.ctx.vault.requests.get(i) for i in ids]
        one = reqs[0] if len(reqs) == 1 else None
        self.sent_button.setEnabled(bool(one and one.state is RequestState.DRAFT))
        self.reply_button.setEnabled(bool(one and one.state is RequestState.SENT))
        waiting = bool(one and one.sent is not None)
        self.follow_button.setEnabled(waiting)
        self.complaint_button.setEnabled(waiting)
        self.letter_button.setEnabled(bool(reqs))

    # --- actions -------------------------------------------------------------------------------
    def new_letter(self, registration_id: RegistrationId | None = None,
                   kind: LetterKind | None = None) -> LetterDialog:
        dialog = LetterDialog(self, registration_id, kind)
        dialog.open()
        dialog.finished.connect(lambda *_: self._after_new(dialog))
        return dialog

    def _after_new(self, dialog: LetterDialog) -> None:
        if dialog.request_id is not None:
            self.refresh()
            self.select(dialog.request_id)

    def mark_sent(self) -> None:
        for rid in self.selected_ids():
            try:
                tracking.mark_sent(self.ctx.vault, rid, self.clock())
            except ExposureError as exc:
                show_error(self, exc)
        self.refresh()

    def record_reply(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        outcomes = {self.tr("Done as asked"): Outcome.DONE, self.tr("Partly"): Outcome.PARTLY,
                    self.tr("Refused"): Outcome.REFUSED, self.tr("Other"): Outcome.OTHER}
        choice, ok = QInputDialog.getItem(self, self.tr("Record reply"), self.tr("Outcome"),
                                          list(outcomes), 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("Record reply"),
                                        self.tr("Note (where the reply or attachment is kept)"))
        if not ok:
            return
        self.ctx.vault.requests.record_reply(ids[0], Reply(self.clock(), outcomes[choice], note))

    def follow_up(self) -> RequestId | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        try:
            fid = tracking.follow_up(self.ctx.vault, ids[0], self.clock())
            self.last_letter = tracking.letter_for_request(self.ctx.vault, fid, self.clock(),
                                                           self.ctx.catalog)
        except ExposureError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        self.select(fid)
        return fid

    def complaint(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from exposure.letters.law import legal_data

        legal = legal_data()
        # only channels of the law the request used (GDPR: EU authorities; PIPL: Chinese lines)
        options = tracking.suggested_channels(self.ctx.vault, ids[0], self.ctx.catalog)
        channels = {c: legal.channel(c) for c in options}
        labels = [f"{ch.number} {ch.name.in_(self.lang)}".strip()
                  for ch in channels.values() if ch is not None]
        label, ok = QInputDialog.getItem(self, self.tr("Complaint"),
                                         self.tr("Where to complain"), labels, 0, False)
        if not ok:
            return
        try:
            cid = tracking.complaint(self.ctx.vault, ids[0], self.clock(),
                                     options[labels.index(label)])
            self.last_letter = tracking.letter_for_request(self.ctx.vault, cid, self.clock(),
                                                           self.ctx.catalog)
        except ExposureError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.select(cid)

    def letters_for(self, ids: list[RequestId]) -> list[tuple[str, Letter]]:
        out = []
        for rid in ids:
            req = self.ctx.vault.requests.get(rid)
            name = self.ctx.vault.services.get(req.service_id).name if req.service_id else ""
            out.append((name, tracking.letter_for_request(self.ctx.vault, rid, self.clock(),
                                                          self.ctx.catalog)))
        return out

    def save_pdf(self, pages: list[str], title: str, path: Path | None = None) -> Path | None:
        return save_pdf(self, pages, title, f"{title}.pdf", path)

    def letter_pdf(self) -> None:
        ids = self.selected_ids()
        if ids:
            letters = self.letters_for(ids)
            self.save_pdf([page for _, lt in letters for page in lt.pages], letters[0][1].subject)

    def export_ics(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export deadlines"),
                                                  "deadlines.ics", self.tr("Calendar (*.ics)"))
            if not name:
                return None
            path = Path(name)
        now = dt.datetime.combine(self.clock(), dt.time(), tzinfo=dt.UTC)
        data, _count = tracking.deadlines_ics(self.ctx.vault, now=now, lang=self.lang,
                                              kind_words=lambda k: kind_words(k, self.lang))
        try:
            write_private(path, data)  # owner-only, whole or not at all
        except ExposureError as exc:
            show_error(self, exc)
            return None
        return path

    def batch(self, folder: Path | None = None, combined: bool = False) -> None:
        """One PDF per service (or one combined file) for the selected requests, with progress.

        Rendering stays on the GUI thread (QTextDocument); the progress dialog keeps the window
        responsive and offers cancel between files (100 letters take well under a second)."""
        ids = self.selected_ids() or [RequestId(self.model.key_at(r))
                                      for r in range(self.model.rowCount())]
        if not ids:
            return
        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
            if not name:
                return
            folder = Path(name)
        progress = QProgressDialog(self.tr("Writing letters…"), self.tr("Cancel"), 0, len(ids),
                                   self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        from ui.pdf import html_to_pdf

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            letters = self.letters_for(ids)
            target = folder / "letters.pdf" if combined else folder
            write_batch(letters, target, html_to_pdf, combined=combined, progress=step,
                        cancelled=progress.wasCanceled)
        except ExposureError as exc:
            show_error(self, exc)
        finally:
            progress.close()
