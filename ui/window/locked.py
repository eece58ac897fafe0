"""What the window shows while the vault is locked: Unlock, and Restore from a backup (the key
may be what was lost)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class LockedPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch()
        label = QLabel(QCoreApplication.translate("MainWindow", "The vault is locked."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(QCoreApplication.translate("MainWindow", "&Unlock…"))
        self.unlock_button.setAutoDefault(True)  # Enter unlocks, as Space does
        self.restore_button = QPushButton(
            QCoreApplication.translate("MainWindow", "Restore from a &backup…"))
        layout.addWidget(label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
