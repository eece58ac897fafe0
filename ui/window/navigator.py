"""How one page opens another (Leaks → Requests, Home → Take-over) without knowing the window.

The main window gives the context a navigator over its `show_page`; a page shown on its own gets
one that opens nothing. The navigator holds the window weakly: pages → context → window would
otherwise be a cycle of Qt wrappers."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QDialog, QWidget

from exposure.model import PersonId, RegistrationId

if TYPE_CHECKING:
    from exposure.letters.kinds import LetterKind
    from ui.audit.audit_page import AuditPage
    from ui.letters.requests_page import RequestsPage
    from ui.takeover.takeover_page import TakeoverPage


class Navigator:
    def __init__(self, show_page: Callable[[str], QWidget] | None = None) -> None:
        self._show_page = weakref.WeakMethod(show_page) if show_page is not None else None

    def show(self, key: str) -> QWidget | None:
        """The page `key` (one of main_window.PAGES), now on screen; None without a window."""
        show_page = self._show_page() if self._show_page is not None else None
        return show_page(key) if show_page is not None else None

    def write_letter(self, registration_id: RegistrationId,
                     kind: LetterKind | None = None) -> QDialog | None:
        """The Requests page, with a new letter to the registration's service open on it."""
        page = cast("RequestsPage | None", self.show("requests"))
        return page.new_letter(registration_id, kind) if page is not None else None

    def show_takeover(self, person_id: int, scenario: str) -> None:
        page = cast("TakeoverPage | None", self.show("takeover"))
        if page is not None:
            page.select_person(person_id)
            page.select_scenario(scenario)

    def show_audit(self, person_id: int) -> AuditPage | None:
        page = cast("AuditPage | None", self.show("audit"))
        if page is not None:
            page.select_person(PersonId(person_id))
        return page
