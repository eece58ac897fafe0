"""What every page is given: the unlocked vault, the catalogue, paths, settings, the bridge, and
the window's services (clock, status line, self-clearing clipboard, undo, tray, navigation).

A page shown on its own (a test, a benchmark) gets harmless defaults: today's date, a status line
that goes nowhere, no undo, a navigator that opens nothing. Tests replace `clock`, `now`,
`status` and `open_url` to move time, read what was said and catch the browser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from exposure.paths import AppPaths
from exposure.settings import Settings
from exposure.vault import Vault
from ui.bridge import VaultBridge
from ui.window.navigator import Navigator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from ui.widgets.clipboard import SecretClipboard

Clock = Callable[[], dt.date]  # today's date
Now = Callable[[], dt.datetime]  # the local time, with its zone
Say = Callable[[str], None]  # a line in the window's status bar
Opener = Callable[[str], None]  # open a web address
Revert = Callable[[Vault], object]
OfferUndo = Callable[[Revert, str], None]  # a change Ctrl+Z takes back, and what to say


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def say_nothing(text: str) -> None:
    """The status line of a page shown without a window."""


@dataclass
class AppContext:
    vault: Vault
    paths: AppPaths
    settings: Settings
    bridge: VaultBridge
    catalog: Any = None  # exposure.catalog.Catalog once loaded
    clock: Clock = dt.date.today
    now: Now = local_now
    open_url: Opener = open_in_browser
    status: Say = say_nothing
    offer_undo: OfferUndo | None = None  # None: no Ctrl+Z for the change (a page on its own)
    clipboard: SecretClipboard | None = None  # the window's; see ui.widgets.clipboard.clipboard_for
    tray: QSystemTrayIcon | None = None  # made by the first notice that needs it
    navigator: Navigator = field(default_factory=Navigator)

    def forget_window(self) -> None:
        """Drop what points back at the window (its status bar, undo, clipboard, pages), at lock
        and close: a window ↔ context cycle of Qt wrappers must not be left to the collector."""
        self.status = say_nothing
        self.offer_undo = None
        self.clipboard = None
        self.tray = None
        self.navigator = Navigator()

    @property
    def lang(self) -> str:
        from ui.i18n import current_language

        return current_language()

    @property
    def short_lang(self) -> str:
        """"zh" or "en": what letters, the take-over wording and the catalogue take."""
        from exposure.lang import short_lang

        return short_lang(self.lang)
