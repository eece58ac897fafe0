"""Edit → Undo (Ctrl+Z): the changes the user may take back, newest first — a deletion
(restored), an import or a merge (removed), a step marked done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar, QWidget

from exposure.errors import ExposureError
from exposure.vault import Vault
from ui.widgets.common import show_error

Revert = Callable[[Vault], object]


class UndoStack:
    """Holds the window's Undo action and status bar, never the window (no reference cycle
    through a Qt wrapper)."""

    def __init__(self, action: QAction, status_bar: QStatusBar) -> None:
        self.action, self.status_bar = action, status_bar
        self._reverts: list[Revert] = []

    def offer(self, revert: Revert, message: str) -> None:
        self._reverts.append(revert)
        self.action.setEnabled(True)
        self.status_bar.showMessage(message, 10000)

    def undo_last(self, vault: Vault, parent: QWidget) -> None:
        if not self._reverts:
            return
        revert = self._reverts.pop()
        try:
            revert(vault)
        except ExposureError as exc:
            show_error(parent, exc)
        self.action.setEnabled(bool(self._reverts))
        self.status_bar.showMessage(QCoreApplication.translate("MainWindow", "Undone."), 5000)

    def clear(self) -> None:
        self._reverts.clear()
        self.action.setEnabled(False)
