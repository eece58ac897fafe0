"""The window's pages: which there are (PAGES), the sidebar that lists them, and the pages
themselves, each built the first time it is shown."""

from __future__ import annotations

import importlib
import linecache
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

if TYPE_CHECKING:
    from ui.context import AppContext


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# (key, title — translated at display time, "module:Class"). Pages of other issues add a line.
PAGES: list[tuple[str, str, str]] = [
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "ui.home.home_page:HomePage"),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), "ui.people.people_page:PeoplePage"),
    (
        "inventory",
        QT_TRANSLATE_NOOP("MainWindow", "Inventory"),
        "ui.inventory.inventory_page:InventoryPage",
    ),
    (
        "requests",
        QT_TRANSLATE_NOOP("MainWindow", "Requests"),
        "ui.letters.requests_page:RequestsPage",
    ),
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Leaks"),
     "ui.leaks.dashboard_page:DashboardPage"),
    ("feeds", QT_TRANSLATE_NOOP("MainWindow", "Feeds"), "ui.leaks.feeds_page:FeedsPage"),
    ("services", QT_TRANSLATE_NOOP("MainWindow", "Services"),
     "ui.services.service_page:ServicesPage"),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit"), "ui.audit.audit_page:AuditPage"),
    ("takeover", QT_TRANSLATE_NOOP("MainWindow", "Take-over"),
     "ui.takeover.takeover_page:TakeoverPage"),
]



def page_class(spec: str) -> Callable[[AppContext], QWidget]:
    """"ui.home.home_page:HomePage" → the class (made with the context)."""
    module, _, name = spec.partition(":")
    page: Callable[[AppContext], QWidget] = getattr(importlib.import_module(module), name)
    return page


def forget_module_sources() -> None:
    """Lets go of the source text of the modules imported so far. PySide6 reads the source of
    every module imported after it, to see whether it mentions PySide6 (its `__feature__`
    switch, PYSIDE-2029), and Python's linecache keeps that text for good: about 5 MB for the
    app's modules and their libraries. Called after the imports a page brings; a traceback
    reads the files again when it needs them."""
    linecache.clearcache()


class LazyPages(dict[str, QWidget]):
    """The window's pages by key, each built on first use: opening the vault shows one page, so
    it costs only that page's queries (a vault of 10,000 registrations opens in under a second)."""

    def __init__(self, make: Callable[[str], QWidget]) -> None:
        super().__init__()
        # A weak reference: window → pages → window would be a cycle, and the garbage collector
        # tearing down a cycle of Qt wrappers crashes the interpreter.
        self._make = weakref.WeakMethod(make)

    def __missing__(self, key: str) -> QWidget:
        make = self._make()
        if make is None:
            raise KeyError(key)
        page = self[key] = make(key)
        forget_module_sources()  # the page's modules are imported
        return page


class PageStack(QWidget):
    """The sidebar of page names beside the page on screen. `ctx` is the open vault's context;
    without one (locked) no page is built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Pages"))
        self.sidebar.setSpacing(2)  # room around each page name, in whatever font the user has
        self.sidebar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.stack = QStackedWidget()
        self.pages = LazyPages(self._make_page)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.sidebar.currentRowChanged.connect(self._show_row)

    def open(self, ctx: AppContext) -> None:
        """List the pages for a vault just opened, and show the first."""
        self.ctx = ctx
        self.sidebar.clear()
        for key, title, _spec in PAGES:  # pages are built when first shown
            text = QCoreApplication.translate("MainWindow", title)  # QT_TRANSLATE_NOOP above
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(0)

    def close_pages(self) -> None:
        # Forget the context before touching the widgets: removing pages and clearing the sidebar
        # change the current row, and a page built then would keep the closed vault for good.
        self.ctx = None
        self.drop_pages()
        with QSignalBlocker(self.sidebar):
            self.sidebar.clear()

    def drop_pages(self) -> None:
        self.stop_downloads()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def stop_downloads(self) -> None:
        """Cancel a feed download in flight: it returns within a fraction of a second, so
        locking or closing never waits on the network."""
        for page in self.pages.values():
            cancel = getattr(page, "cancel_sync", None)
            if callable(cancel):
                cancel()

    def show_page(self, key: str) -> QWidget:
        keys = [k for k, _, _ in PAGES]
        self.sidebar.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _make_page(self, key: str) -> QWidget:
        if self.ctx is None:
            raise KeyError(key)
        spec = next(spec for k, _, spec in PAGES if k == key)
        page = page_class(spec)(self.ctx)
        self.stack.addWidget(page)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES) and self.ctx is not None:
            self.stack.setCurrentWidget(self.pages[PAGES[row][0]])

    def fit_to_font(self) -> None:
        """The sidebar as wide as the longest page name in the user's font."""
        fm = self.sidebar.fontMetrics()
        titles = [QCoreApplication.translate("MainWindow", t)  # QT_TRANSLATE_NOOP above
                  for _k, t, _s in PAGES]
        widest = max(fm.horizontalAdvance(t) for t in titles)
        self.sidebar.setFixedWidth(widest + fm.averageCharWidth() * 6)
