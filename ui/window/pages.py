"""The window's pages, each built the first time it is shown (main_window.PAGES lists them)."""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def page_class(spec: str) -> type[QWidget]:
    """"ui.home.home_page:HomePage" → the class."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


class LazyPages(dict[str, QWidget]):
    """The window's pages by key, each built on first use: opening the vault shows one page, so
    it costs only that page's queries (a vault of 10,000 registrations opens in under a second)."""

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        super().__init__()
        # A weak reference: window → pages → window would be a cycle, and the garbage collector
        # tearing down a cycle of Qt wrappers crashes the interpreter.
        self._make = weakref.WeakMethod(make)  # type: ignore[arg-type]

    def __missing__(self, key: str) -> QWidget:
        make = self._make()
        if make is None:
            raise KeyError(key)
        page = self[key] = make(key)
        return page
