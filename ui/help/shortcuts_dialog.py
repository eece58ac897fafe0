"""Help → Keyboard shortcuts: every key the app answers to, in one table a screen reader reads
row by row. The menus' keys are read from the menus themselves, so the list cannot go stale."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.common import size_dialog


def _menu_rows(menu: QMenu, path: str) -> list[tuple[str, str]]:
    rows = []
    for action in menu.actions():
        title = action.text().replace("&", "")
        if isinstance(sub := action.menu(), QMenu):
            rows += _menu_rows(sub, f"{path} → {title}")
        elif not action.shortcut().isEmpty():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts())
            rows.append((keys, f"{path} → {title}"))
    return rows


def menu_shortcut_rows(window: QWidget | None) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if isinstance(menu := action.menu(), QMenu):
                rows += _menu_rows(menu, action.text().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_shortcut_rows(parent) + self.general_rows()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        size_dialog(self, 90, 30)

    def general_rows(self) -> list[tuple[str, str]]:
        """Keys that no menu holds: moving around, and the keys of each page."""
        return [
            (self.tr("Tab, Shift+Tab"), self.tr("Next / previous field, list or button")),
            (self.tr("Arrow keys"), self.tr("Move inside a list or table")),
            (self.tr("Enter"), self.tr("Edit the selected row of a list")),
            (self.tr("Del"), self.tr("Remove the selected rows (after asking)")),
            (self.tr("Space"), self.tr("Tick or untick a playbook item")),
            (self.tr("Alt+underlined letter"), self.tr("Press that button or go to "
                                                          "that field")),
            (self.tr("Ctrl+Tab"), self.tr("Type a tab in a notes box")),
            (self.tr("Ctrl+F"), self.tr("Find (Inventory, Services)")),
            (self.tr("Ctrl+N"), self.tr("Add a registration (Inventory)")),
            (self.tr("Ctrl+Return"), self.tr("Apply the selected hardening step "
                                                "(Take-over); record the audit (Audit)")),
            (self.tr("Ctrl+C"), self.tr("Copy the selected identifier (People)")),
            (self.tr("Ctrl+P, Ctrl+Shift+P"), self.tr("Print / save as PDF "
                                                         "(playbook)")),
            (self.tr("Ctrl+O"), self.tr("Choose a file (Import)")),
            (self.tr("Ctrl++, Ctrl+-, Ctrl+0"), self.tr("Zoom the take-over graph "
                                                           "in, out, to fit")),
        ]
