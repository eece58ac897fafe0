"""File → Merge from another copy…: the other copy's passphrase, a preview, then one transaction.

The merge itself is exposure.merge: rows matched by content, the newer edit wins per field, the
older value listed here; deletions honoured when the other copy did not change the row since.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError
from exposure.merge import MergeReport, conflict_copies, merge_from, undo_merge
from exposure.vault import Vault
from ui.widgets.buttons import push_button
from ui.widgets.common import question_box
from ui.widgets.forms import ErrorLabel, action_cancel_buttons
from ui.widgets.passphrase import PassphraseEdit
from ui.words import error_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_FREE_TEXT = ("notes", "reply_note", "listed", "label")  # listed as changed, values not shown


class MergeDialog(QDialog):
    def __init__(self, vault: Vault, other: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.other = Path(other)
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("Merge from another copy"))
        self.resize(560, 420)
        name = QLabel(self.other.name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = PassphraseEdit(label=self.tr("Its &passphrase"))
        self.passphrase.edit.setPlaceholderText(self.tr("Empty: use the key in the keyring"))
        self.preview_button = push_button(self.tr("&Preview"), self.preview)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr(
            "Preview shows what the merge adds, deletes and changes. Nothing is written until "
            "you press Merge; Edit → Undo takes a merge back."))
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Other copy"), name)
        form.addRow(self.passphrase)
        buttons, self.merge_button = action_cancel_buttons(self, self.tr("&Merge"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.passphrase.edit.returnPressed.connect(self.preview)

    def _run(self, dry_run: bool) -> MergeReport | None:
        self.error_label.clear()
        try:
            text = self.passphrase.text()
            other = Vault.open(self.other, passphrase=text) if text else Vault.open(self.other)
        except ExposureError as exc:
            self.error_label.setText(error_text(exc))
            return None
        try:
            return merge_from(self.vault, other, dry_run=dry_run)
        except ExposureError as exc:
            self.error_label.setText(error_text(exc))
            return None
        finally:
            other.close()

    def preview(self) -> None:
        report = self._run(dry_run=True)
        if report is not None:
            self.summary.setPlainText(self.describe(report))

    def accept(self) -> None:
        report = self._run(dry_run=False)
        if report is None:
            return
        self.report = report
        super().accept()

    def describe(self, report: MergeReport) -> str:
        if not report.changed and not report.changes:
            return self.tr("Nothing to merge: the two copies hold the same.")
        what = {
            "people": self.tr("People"), "identifiers": self.tr("Numbers and IDs"),
            "services": self.tr("Services"), "registrations": self.tr("Registrations"),
            "registration_identifiers": self.tr("Numbers used by registrations"),
            "requests": self.tr("Letters"), "audits": self.tr("Look-up results"),
            "hardening_done": self.tr("Hardening steps done"),
            "playbook_items": self.tr("Playbook ticks"),
        }
        lines = []
        for table in dict.fromkeys([*report.added, *report.deleted, *report.kept_deleted]):
            parts = []
            if report.added.get(table):
                parts.append(self.tr("%1 added").replace("%1", str(report.added[table])))
            if report.deleted.get(table):
                parts.append(self.tr("%1 deleted (deleted in the other copy)").replace(
                    "%1", str(report.deleted[table])))
            if report.kept_deleted.get(table):
                parts.append(self.tr("%1 stay deleted (you deleted them here)").replace(
                    "%1", str(report.kept_deleted[table])))
            lines.append(f"{what.get(table, table)}: " + ", ".join(parts))
        for c in report.changes:
            where = " ".join(x for x in (what.get(c.table, c.table), c.key_hint, c.field) if x)
            if c.field in _FREE_TEXT:
                line = (self.tr("%1: the other copy's newer text replaces this one's")
                        if c.taken else self.tr("%1: this copy's newer text is kept"))
                lines.append(line.replace("%1", where))
            else:
                line = (self.tr("%1: %2 (newer, from the other copy) replaces %3") if c.taken
                        else self.tr("%1: %2 (newer, this copy) kept; the other copy had %3"))
                lines.append(line.replace("%1", where).replace("%2", str(c.kept))
                             .replace("%3", str(c.lost)))
        if report.skipped:
            lines.append(self.tr("%1 left out: what they belong to is not in this copy")
                         .replace("%1", str(report.skipped)))
        return "\n".join(lines)


# --- the window's File → Merge, and the offer when a sync tool left a copy beside the vault ------
def merge_from_copy(window: MainWindow, path: Path | None = None) -> QDialog | None:
    """Choose another copy (unless given), then the merge dialog (opened, not run modally)."""
    if window.ctx is None:
        return None
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("MainWindow", "Merge from another copy"),
            str(window.vault_path.parent),
            QCoreApplication.translate("MainWindow", "Exposure vaults (*.exposure);;All files (*)"))
        if not name:
            return None
        path = Path(name)
    if path.resolve() == window.vault_path.resolve():
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Merge"),
                            QCoreApplication.translate(
                                "MainWindow", "That is this vault itself; choose the other copy."))
        return None
    dialog = MergeDialog(window.ctx.vault, path, window)
    dialog.accepted.connect(lambda: _merged(window, dialog))
    dialog.open()
    return dialog


def _merged(window: MainWindow, dialog: MergeDialog) -> None:
    report = dialog.report
    if report is None or report.undo is None:
        return
    undo = report.undo
    window.offer_undo(lambda vault: undo_merge(vault, undo),
                      QCoreApplication.translate("MainWindow", "Merged. Press Ctrl+Z to undo."))
    if window.ctx is not None and dialog.other in conflict_copies(window.ctx.vault.path):
        _offer_removing_conflict_copy(window, dialog.other)


def _offer_removing_conflict_copy(window: MainWindow, path: Path) -> None:
    """Its changes are in the vault now; left there, it would be offered at every start."""
    box = question_box(window, QCoreApplication.translate("MainWindow", "Merged"),
                       QCoreApplication.translate(
        "MainWindow", "The other copy's changes are in this vault now. Delete the copy "
        "%1?").replace("%1", path.name))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return
    try:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(path) + suffix).unlink()
    except OSError:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The copy could not be deleted."), 8000)


def offer_conflict_merge(window: MainWindow) -> QDialog | None:
    """A sync tool left a conflicting copy beside the vault: offer to merge it."""
    if window.ctx is None:
        return None
    copies = conflict_copies(window.ctx.vault.path)
    if not copies:
        return None
    answer = QMessageBox.question(
        window, QCoreApplication.translate("MainWindow", "Another copy of your vault"),
        QCoreApplication.translate(
            "MainWindow", "A sync tool left another copy of this vault beside it:\n%1\n\nMerge "
            "its changes into this vault now?").replace("%1", copies[0].name))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return merge_from_copy(window, copies[0])
