"""A page's push buttons made in one call each: the text, what a click does, and the tooltip, so
a page lists its buttons instead of creating them in one place and wiring them in another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.widgets.tooltips import plain_tip


def push_button(text: str, on_click: Callable[[], object] | None = None, *,
                tip: str = "") -> QPushButton:
    """A button that runs `on_click()` when clicked. Never with Qt's `checked` flag: connected
    directly, a method like `export_ics(path=None)` would get `path=False` and fail. The tip is
    shown as plain text, never as rich text."""
    button = QPushButton(text)
    if tip:
        button.setToolTip(plain_tip(tip))
    if on_click is not None:
        button.clicked.connect(lambda *_: on_click())
    return button


def toggle_button(text: str, on_toggle: Callable[[bool], object], *, tip: str = "") -> QPushButton:
    """A button that stays down when pressed; `on_toggle(checked)` runs on each change."""
    button = push_button(text, tip=tip)
    button.setCheckable(True)
    button.toggled.connect(on_toggle)
    return button


def link_button(text: str, on_click: Callable[[], object], *, tip: str = "") -> QPushButton:
    """A flat button that reads as a link (a hand cursor over it) and works as a button: in the
    Tab order, Space and Enter press it, a screen reader calls it a button."""
    button = push_button(text, on_click, tip=tip)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button
