"""Copy a secret to the clipboard and clear it after a while, only if it still holds our copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from ui.context import AppContext


class SecretClipboard(QObject):
    def __init__(self, seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Ask clipboard managers not to keep it (the hint KeePassXC uses on KDE/macOS).
        mime.setData("x-kde-passwordManagerHint", b"secret")
        mime.setData("application/x-nspasteboard-concealed-type", b"secret")
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = text
        self._timer.start(self.seconds * 1000)

    def clear(self) -> None:
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


def clipboard_for(ctx: AppContext) -> SecretClipboard:
    """The window's self-clearing clipboard (cleared on lock and quit), from the page context;
    a page shown on its own (tests) gets one of its own, kept in the context."""
    if ctx.clipboard is None:
        ctx.clipboard = SecretClipboard(ctx.settings.clipboard_clear_seconds)
    return ctx.clipboard
