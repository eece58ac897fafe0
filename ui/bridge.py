"""Core change notices → Qt signals on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from exposure.vault import Vault


class VaultBridge(QObject):
    vault_changed = Signal(str)  # topic: "people", "identifiers", "registrations", …
    deleted = Signal(object)  # an exposure.undo.Deleted, offered for Edit → Undo

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        vault.subscribe(self._on_change)

    def _on_change(self, topic: str) -> None:
        self.vault_changed.emit(topic)

    # What another process may have changed, named so that every page refreshes once or twice.
    EXTERNAL_TOPICS = ("people", "feeds", "hardening", "playbook")

    def external_change(self) -> None:
        for topic in self.EXTERNAL_TOPICS:
            self.vault_changed.emit(topic)

    def detach(self) -> None:
        self._vault.unsubscribe(self._on_change)
