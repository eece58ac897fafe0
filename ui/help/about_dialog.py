"""Help → About: the version, what the app is, its licence and the third-party notices."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exposure import about


def _plain(text: str) -> QPlainTextEdit:
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return view


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Exposure"))
        self.resize(720, 560)
        self.title = QLabel(self.tr("Exposure %1").replace("%1", about.version()))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self.tr(
            "Exposure keeps an encrypted list of where your family's phone numbers, ID numbers "
            "and bank cards are registered, on this computer only."))
        self.licence = QLabel(self.tr(
            "Free software under the GNU General Public License, version 3 or later "
            "(%1). It comes with no warranty.").replace("%1", about.LICENSE_NAME))
        self.built = QLabel(self.tr("Built with Qt %1 and PySide6 %2.")
                            .replace("%1", qVersion()).replace("%2", PySide6.__version__))
        self.legal_note = QLabel(self.tr(
            "The licences below are legal texts and are shown as their authors published "
            "them, in English."))
        for label in (self.summary, self.licence, self.built, self.legal_note):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextFormat(Qt.TextFormat.PlainText)

        self.tabs = QTabWidget()
        self.notices = _plain(about.notices_text() or self.tr("The notices file is missing."))
        self.gpl = _plain(about.license_text() or self.tr(
            "This installation does not carry the licence text; it is at "
            "https://www.gnu.org/licenses/gpl-3.0.html"))
        self.tabs.addTab(self.notices, self.tr("Third-party notices"))
        self.tabs.addTab(self.gpl, self.tr("Licence (GPL-3.0)"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.summary, self.licence, self.built, self.legal_note,
                       self.tabs):
            layout.addWidget(widget)
        layout.addWidget(buttons)
