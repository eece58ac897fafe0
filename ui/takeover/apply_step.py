"""Applying a hardening step honestly: ask whether it was really done, record it (Ctrl+Z takes
it back), then say what is left of the chain. Used by Home and the Take-over page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from exposure import takeover as to
from exposure.errors import ExposureError
from exposure.model import PersonId
from ui.context import AppContext
from ui.services.service_page import catalog_of
from ui.widgets.common import question_box, show_error


def ask_done(parent: QWidget, title: str, text: str) -> bool:
    """"Have you done this?" — Yes records it; Not yet changes nothing."""
    box = question_box(  # catalogue text and service names: plain
        parent, QCoreApplication.translate("ApplyStep", "Record a step as done"),
        QCoreApplication.translate("ApplyStep", "Have you done this step?\n\n{title}")
        .format(title=title))
    box.setInformativeText(text)
    yes = box.addButton(QCoreApplication.translate("ApplyStep", "Yes, it is done"),
                        QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(QCoreApplication.translate("ApplyStep", "Not yet"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(later)
    box.exec()
    return box.clickedButton() is yes


def tell(parent: QWidget, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ApplyStep", "What is left"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def left_text(ctx: AppContext, person_id: PersonId, scenario: str) -> str:
    """What the chain still opens after the steps done, and the next step of the cut."""
    report = to.report_for(ctx.vault, person_id, scenario, catalog=catalog_of(ctx))
    title = to.scenario_title(report.scenario, ctx.short_lang)
    falls = len(report.analysis.steps)
    if not falls:
        return QCoreApplication.translate(
            "ApplyStep", "Recorded. {scenario}: no account or card falls any more.").format(
                scenario=title)
    text = QCoreApplication.translate(
        "ApplyStep", "Recorded. {scenario}: {n} accounts and cards still fall.").format(
            scenario=title, n=falls)
    if report.cut:
        item = report.cut[0]
        text += "\n" + QCoreApplication.translate(
            "ApplyStep", "Next: {title} — prevents {n} of {of}.").format(
                title=to.hardening_title(item.hardening, report.graph, ctx.short_lang),
                n=item.prevents, of=item.of)
    return text


def apply_with_confirmation(parent: QWidget, ctx: AppContext, person_id: int, key: str,
                            title: str, text: str, scenario: str,
                            now: Callable[[], dt.datetime]) -> bool:
    """Asks, records, offers Ctrl+Z, then shows what is left. False when not done."""
    if not ask_done(parent, title, text):
        return False
    pid = PersonId(person_id)
    try:
        ctx.vault.hardening.mark_done(pid, key, now())
    except ExposureError as exc:
        show_error(parent, exc)
        return False
    offer = ctx.offer_undo
    if offer is not None:
        offer(lambda vault: vault.hardening.undo(pid, key),
              QCoreApplication.translate("ApplyStep", "Recorded as done. Ctrl+Z takes it back."))
    try:
        tell(parent, left_text(ctx, pid, scenario))
    except ExposureError as exc:
        show_error(parent, exc)
    return True
