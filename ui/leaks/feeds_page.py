"""Feeds: which breach lists to follow, when each last worked, and a background sync.

The download (network and parsing) runs in the background (ui/tasks.py) with progress and
cancel; the writing and the cross-check run back on the GUI thread, which owns the vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from exposure import crosscheck
from exposure.errors import ExposureError
from exposure.feeds.model import Feed, FeedKind, ManualNotice
from exposure.feeds.sync import (
    Downloaded,
    FeedOutcome,
    SyncPlan,
    SyncReport,
    apply_sync,
    download_all,
    plan_sync,
)
from ui.context import AppContext
from ui.leaks.breach_words import feed_error_text, leaked_kind_name
from ui.tasks import Task
from ui.widgets.buttons import push_button
from ui.widgets.common import announce, make_table, selected_source_rows, show_error, tab_order
from ui.widgets.forms import ok_cancel_buttons
from ui.widgets.rows import Row, RowsModel, filter_proxy

NOTICE_KINDS = ("phone", "id_number", "bank_card", "email", "address", "name", "password",
                "id_photo", "face", "plate", "location", "other")


def _download(plan: SyncPlan, task: Task) -> tuple[Downloaded, ...]:
    """On the worker thread: the network step of a sync (feeds.sync.download_all), each feed's
    bytes reported as (feed id, bytes so far, total or -1)."""
    return download_all(plan, cancel=task.cancelled,
                        progress=lambda f, d, t: task.report(f, d, t or -1))


class NoticeDialog(QDialog):
    """A breach notification the user received, typed in by hand."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a notification"))
        form = QFormLayout(self)
        self.organisation = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.channel = QComboBox()
        for code, text in (("email", self.tr("e-mail")), ("sms", self.tr("SMS")),
                           ("letter", self.tr("letter")), ("app", self.tr("app message")),
                           ("other", self.tr("other"))):
            self.channel.addItem(text, code)
        self.kinds: dict[str, Any] = {}
        from PySide6.QtWidgets import QCheckBox, QGridLayout

        grid = QGridLayout()
        for n, kind in enumerate(NOTICE_KINDS):
            box = QCheckBox(leaked_kind_name(kind))
            self.kinds[kind] = box
            grid.addWidget(box, n // 3, n % 3)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Received by"), self.channel)
        form.addRow(self.tr("What leaked"), grid)
        buttons = ok_cancel_buttons(self)
        form.addRow(buttons)

    def notice(self) -> ManualNotice:
        return ManualNotice(
            organisation=self.organisation.text(), date=self.date.text().strip(),
            kinds=tuple(k for k, box in self.kinds.items() if box.isChecked()),
            channel=str(self.channel.currentData()))


class FeedsPage(QWidget):
    synced = Signal(int)  # new exposures found by the last sync

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        self._plan = SyncPlan(())  # the feeds the running sync fetches
        self.outcomes: list[FeedOutcome] = []
        self.last_notice = ""
        self.model = RowsModel([self.tr("Feed"), self.tr("On"), self.tr("Breaches"),
                                self.tr("Last success"), self.tr("Last error")], self)
        self.proxy = filter_proxy(self.model, parent=self)
        self.table = make_table(self, self.proxy, name=self.tr("Breach feeds"),
                                stretch_column=0, on_edit=self.toggle_selected)
        self.toggle_button = push_button(self.tr("&Turn on / off"), self.toggle_selected,
                                         tip=self.tr("Enter in the list"))
        self.add_button = push_button(self.tr("&Add feed address…"), self.add_feed)
        self.address_button = push_button(self.tr("Change a&ddress…"), self.change_address)
        self.notice_button = push_button(self.tr("&Record a notification…"), self.record_notice)
        self.sync_button = push_button(self.tr("&Sync now"), self.start_sync)
        self.cancel_button = push_button(self.tr("&Cancel"), self.cancel_sync)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        intro = QLabel(self.tr(
            "Nothing is downloaded until you turn a feed on. Feeds are downloaded whole and "
            "matched on this computer: nothing you entered leaves it."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.toggle_button, self.add_button, self.address_button, self.notice_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.sync_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        ctx.bridge.vault_changed.connect(self._changed)
        tab_order(self.table, self.toggle_button, self.add_button, self.address_button,
                  self.notice_button, self.sync_button, self.cancel_button)
        self.refresh()

    def _changed(self, topic: str) -> None:
        if topic in ("feeds", "breaches"):
            self.refresh()

    def refresh(self) -> None:
        rows = []
        for f in self.ctx.vault.feeds.all_feeds():
            error = feed_error_text(f.last_error, f.last_error_params) if f.last_error else ""
            rows.append(Row(f.id, (
                self._title(f), self.tr("on") if f.enabled else self.tr("off"),
                str(f.breach_count), (f.last_success or "").replace("T", " ")[:16]
                or self.tr("never"), error), tooltip=f.url, dimmed=not f.enabled))
        self.model.set_rows(rows)

    def _title(self, feed: Feed) -> str:
        return {FeedKind.BUILTIN: self.tr("Built-in: public Chinese cases"),
                FeedKind.HIBP: self.tr("Have I Been Pwned breach list"),
                FeedKind.MANUAL: self.tr("Notifications I received")}.get(
                    feed.kind, feed.title or feed.url)

    # --- actions -----------------------------------------------------------------------------
    def select(self, feed_id: str) -> None:
        row = self.model.row_of(feed_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())

    def selected_ids(self) -> list[str]:
        return [self.model.key_at(r) for r in selected_source_rows(self.table)]

    def toggle_selected(self) -> None:
        for fid in self.selected_ids():
            feed = self.ctx.vault.feeds.get(fid)
            if feed.kind is not FeedKind.MANUAL:
                self.ctx.vault.feeds.set_enabled(fid, not feed.enabled)
        self.refresh()

    def add_feed(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Add feed"), self.tr(
            "Address (https://) or file path of a feed in Exposure's format or HIBP's breach "
            "list:"))
        if ok and url.strip():
            try:
                self.ctx.vault.feeds.add_url(url)
            except ExposureError as exc:
                self._show_error(exc)
                return
            self.refresh()

    def change_address(self) -> None:
        """Point the selected feed at a mirror or a saved file (empty: the default)."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.ctx.vault.feeds.get(ids[0]).kind is FeedKind.MANUAL:
            self.status.setText(self.tr("Select one feed that has an address."))
            return
        feed = self.ctx.vault.feeds.get(ids[0])
        current = "" if feed.kind is FeedKind.BUILTIN and not feed.url else feed.url
        url, ok = QInputDialog.getText(self, self.tr("Change address"), self.tr(
            "Address (https://) or file path of a mirror or saved copy (empty: the default):"),
            text=current)
        if not ok:
            return
        try:
            self.ctx.vault.feeds.set_url(feed.id, url)
        except ExposureError as exc:
            self._show_error(exc)
            return
        self.status.setText(self.tr("Address changed. Sync to download it."))
        self.refresh()

    def _show_error(self, exc: ExposureError) -> None:
        reason = getattr(exc, "reason", "")
        self.status.setText(feed_error_text(reason, exc.params) if reason else str(exc.code))

    def record_notice(self) -> NoticeDialog:
        dialog = NoticeDialog(self)
        dialog.accepted.connect(lambda: self._save_notice(dialog))
        dialog.open()
        return dialog

    def _save_notice(self, dialog: NoticeDialog) -> None:
        try:
            self.ctx.vault.breaches.add_manual(dialog.notice())
        except ExposureError as exc:
            show_error(self, exc)
            return
        self._after_sync([])

    # --- sync ----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._task is not None

    def start_sync(self) -> None:
        if self._task is not None:
            return
        plan = self._plan = plan_sync(self.ctx.vault)
        task = Task(lambda task: _download(plan, task))
        task.progress.connect(self._on_progress)
        task.done.connect(self._on_done)
        task.failed.connect(self._on_failed)
        self._task = task
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Downloading…"))
        task.start()

    def cancel_sync(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_progress(self, report: tuple[str, int, int]) -> None:
        feed_id, done, total = report
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.status.setText(self.tr("Downloading %1: %2 KB").replace("%1", feed_id)
                            .replace("%2", str(done // 1024)))

    def _sync_over(self) -> None:
        self._task = None
        self.sync_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _on_failed(self, exc: Exception) -> None:
        self._sync_over()
        self.status.clear()
        show_error(self, exc)

    def _on_done(self, results: list[Downloaded]) -> None:
        self._sync_over()
        if not self.ctx.vault.is_open:  # locked or closed while downloading: nothing to write
            return
        report = apply_sync(self.ctx.vault, self._plan, results, catalog=self.ctx.catalog)
        self.outcomes = list(report.feeds)
        self._announce(report)

    def _after_sync(self, outcomes: list[FeedOutcome]) -> None:
        """After a notice typed in by hand: the cross-check alone."""
        result = crosscheck.refresh(self.ctx.vault, catalog=self.ctx.catalog)
        self._announce(SyncReport(tuple(outcomes), result.new))

    def _announce(self, report: SyncReport) -> None:
        failed = report.failed
        new = len(report.new_exposures)
        text = self.tr("%n new exposure(s) found.", "", new)
        if failed:
            text += " " + self.tr("%n feed(s) failed; their last good copy is kept.", "",
                                  len(failed))
        announce(self.status, text)
        self.refresh()
        if new:
            self.notify_new(new)
        self.synced.emit(new)

    def notify_new(self, count: int) -> None:
        """A tray message that names no person and no identifier."""
        self.last_notice = self.tr("%n new exposure(s): open Exposure to see where.", "", count)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        tray = self.ctx.tray
        if tray is None:
            tray = self.ctx.tray = QSystemTrayIcon(self.window().windowIcon(), self.window())
            tray.show()
        tray.showMessage(self.tr("Exposure"), self.last_notice)
