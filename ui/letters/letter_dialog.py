"""A new request letter: pick the registration, the kind, the language and as whom it is
written; preview it; save it as PDF, copy it, draft an e-mail, print it; keep it as a request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from exposure.errors import ExposureError
from exposure.letters import tracking
from exposure.letters.behalf import Capacity, capacity_of
from exposure.letters.compose import Letter, letter_title
from exposure.letters.kinds import FIRST_KINDS, LetterKind
from exposure.letters.model import RequestId
from exposure.model import RegistrationId
from ui.widgets.buttons import push_button
from ui.widgets.clipboard import clipboard_for
from ui.widgets.common import plain_label, show_error
from ui.widgets.forms import action_cancel_buttons
from ui.words import error_text

if TYPE_CHECKING:
    from ui.letters.requests_page import RequestsPage


def kind_words(kind: LetterKind, lang: str) -> str:
    return letter_title(kind, lang)


class LetterDialog(QDialog):
    """Pick a registration, a kind and a language; preview the letter; record it."""

    def __init__(self, page: RequestsPage, registration_id: RegistrationId | None = None,
                 kind: LetterKind | None = None) -> None:
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("New request letter"))
        self.resize(720, 640)  # the letter reads as a page, not a 360 px column
        self._choices(page, registration_id, kind)
        self.details = QLineEdit()
        self.details.setPlaceholderText(self.tr("Optional: what to correct, which consent …"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        form = QFormLayout()
        self.preview.setAccessibleName(self.tr("Letter preview"))
        form.addRow(self.tr("&Registration"), self.registration)
        form.addRow(self.tr("K&ind"), self.kind)
        form.addRow(self.tr("La&nguage"), self.lang)
        form.addRow(self.tr("&Written as"), self.as_relative)
        form.addRow("", self.include_id)
        form.addRow("", self.all_ids)
        form.addRow(self.tr("De&tails"), self.details)
        self.pdf_button = push_button(self.tr("Save P&DF…"), self._save_pdf)
        self.copy_button = push_button(self.tr("&Copy text"), self._copy)
        self.mail_button = push_button(self.tr("&E-mail draft"), self._mail)
        self.print_button = push_button(self.tr("&Print…"), self._print)
        self.buttons, self.record_button = action_cancel_buttons(
            self, self.tr("&Keep as request"), self._record)
        row = QHBoxLayout()
        for b in (self.pdf_button, self.copy_button, self.mail_button, self.print_button):
            row.addWidget(b)
        self.copied_label = plain_label("", selectable=False)
        row.addWidget(self.copied_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._connect()
        self.letter: Letter | None = None
        self.request_id: RequestId | None = None
        self.update_preview()

    def _choices(self, page: RequestsPage, registration_id: RegistrationId | None,
                 kind: LetterKind | None) -> None:
        """Which registration, which kind of letter, its language, and as whom it is written."""
        self.registration = QComboBox()
        for row in page.ctx.vault.registrations.rows():
            self.registration.addItem(f"{row.person.name} — {row.service.name}",
                                      int(row.registration.id))
        if registration_id is not None:
            self.registration.setCurrentIndex(self.registration.findData(int(registration_id)))
        self.kind = QComboBox()
        for k in FIRST_KINDS:
            self.kind.addItem(kind_words(k, page.lang), k.value)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if page.lang == "zh" else 1)
        self.include_id = QCheckBox(self.tr("Include the ID number (left out unless needed)"))
        self.all_ids = QCheckBox(self.tr("Every identifier the service holds (default: login)"))
        self.as_relative = QComboBox()
        self.as_relative.addItem(self.tr("As usual (a deceased person's record decides)"), "")
        self.as_relative.addItem(self.tr("Close relative of a deceased person (PIPL art. 49)"),
                                 Capacity.DECEASED.value)
        self.as_relative.addItem(self.tr("Guardian of a child under 14 (PIPL art. 31)"),
                                 Capacity.GUARDIAN.value)
        self.as_relative.addItem(self.tr("By proxy, with an authorisation to sign (授权委托书)"),
                                 Capacity.PROXY.value)

    def _connect(self) -> None:
        for w in (self.registration, self.kind, self.lang, self.as_relative):
            w.currentIndexChanged.connect(self.update_preview)
        for c in (self.include_id, self.all_ids):
            c.toggled.connect(self.update_preview)
        self.details.textChanged.connect(self.update_preview)

    def options(self) -> tracking.LetterOptions:
        return tracking.LetterOptions(lang=self.lang.currentData(),
                                      include_id_number=self.include_id.isChecked(),
                                      minimal=not self.all_ids.isChecked(),
                                      details=self.details.text(),
                                      as_relative=capacity_of(self.as_relative.currentData()))

    def update_preview(self) -> None:
        rid = self.registration.currentData()
        if rid is None:
            self.preview.setPlainText(self.tr("No registrations yet."))
            self.letter = None
            return
        try:
            self.letter = tracking.letter_for_registration(
                self.page.ctx.vault, RegistrationId(rid), LetterKind(self.kind.currentData()),
                self.page.clock(), self.options(), self.page.ctx.catalog)
        except ExposureError as exc:
            self.letter = None
            self.preview.setPlainText(error_text(exc))
            return
        self.preview.setPlainText(self.letter.full_text)

    def _record(self) -> None:
        rid = self.registration.currentData()
        if rid is None:
            return
        try:
            self.request_id = tracking.record(self.page.ctx.vault, RegistrationId(rid),
                                              LetterKind(self.kind.currentData()),
                                              self.page.clock(), self.options())
        except ExposureError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _save_pdf(self) -> None:
        if self.letter is not None:
            self.page.save_pdf(self.letter.pages, self.letter.subject)

    def _copy(self) -> None:
        """The letter names the person and holds identifiers: the clipboard clears itself (and
        on lock), and clipboard managers are asked not to keep it."""
        if self.letter is not None:
            clipboard = clipboard_for(self.page.ctx)
            clipboard.copy(self.letter.text)
            self.copied_label.setText(self.tr("Copied; the clipboard is cleared in %1 s.")
                                      .replace("%1", str(clipboard.seconds)))

    def _mail(self) -> None:
        if self.letter is not None:
            QDesktopServices.openUrl(QUrl(self.letter.mailto()))

    def _print(self) -> None:
        """The system print dialog (modal: not used in tests)."""
        from ui.pdf import one_document, print_html

        if self.letter is not None:
            try:
                print_html(one_document(self.letter.pages), self)
            except ExposureError as exc:
                show_error(self, exc)
