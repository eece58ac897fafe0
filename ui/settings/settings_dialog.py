"""Preferences: language, auto-lock, clipboard clearing, and (with a vault open) the reply
deadline given to PIPL requests, which the vault keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exposure.settings import Settings
from ui.widgets.forms import ok_cancel_buttons

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 reply_days: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Follow the system"), "system")
        self.language_combo.addItem("中文（简体）", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setValue(settings.idle_lock_minutes)
        self.clipboard_spin = QSpinBox()
        self.clipboard_spin.setRange(5, 300)
        self.clipboard_spin.setSuffix(self.tr(" s"))
        self.clipboard_spin.setValue(settings.clipboard_clear_seconds)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.tr("Lock after &idle"), self.idle_spin)
        form.addRow(self.tr("&Clear copied values after"), self.clipboard_spin)
        # The vault keeps the deadline (it travels with the requests); shown only when one is open.
        self.reply_spin: QSpinBox | None = None
        if reply_days is not None:
            self.reply_spin = QSpinBox()
            self.reply_spin.setRange(1, 365)
            self.reply_spin.setSuffix(self.tr(" working days"))
            self.reply_spin.setValue(reply_days)
            self.reply_spin.setToolTip(self.tr(
                "How long a PIPL request is given before it counts as overdue. PIPL only says "
                "“promptly”; requests already sent keep their due date."))
            form.addRow(self.tr("&Reply deadline for PIPL requests"), self.reply_spin)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._settings = settings

    def result_reply_days(self) -> int | None:
        return self.reply_spin.value() if self.reply_spin is not None else None

    def result_settings(self) -> Settings:
        return self._settings.with_(language=self.language_combo.currentData(),
                                    idle_lock_minutes=self.idle_spin.value(),
                                    clipboard_clear_seconds=self.clipboard_spin.value())


def edit_settings(window: MainWindow) -> None:
    """Edit → Settings…: the dialog, then the vault's reply deadline and the window's settings."""
    ctx = window.ctx
    reply_days = ctx.vault.requests.default_working_days() if ctx else None
    dialog = SettingsDialog(window.settings, window, reply_days=reply_days)
    if not dialog.exec():
        return
    days = dialog.result_reply_days()
    if ctx is not None and days is not None and days != reply_days:
        ctx.vault.requests.set_default_working_days(days)
    window.use_settings(dialog.result_settings())
