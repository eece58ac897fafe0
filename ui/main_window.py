"""The main window: a sidebar of pages, menus, lock/unlock, undo of deletions. Wiring only."""

from __future__ import annotations

import contextlib
import importlib
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exposure import undo
from exposure.errors import ExposureError
from exposure.merge import conflict_copies
from exposure.paths import AppPaths
from exposure.settings import Settings, save_settings
from exposure.vault import Vault
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.vault import vault_menu
from ui.vault.idle import IdleWatcher
from ui.vault.vault_menu import BusyNotice
from ui.widgets.clipboard import SecretClipboard
from ui.widgets.common import announce, show_error
from ui.widgets.passphrase import ask_passphrase

WATCH_MS = 1500  # how often to look for another process's changes (PRAGMA data_version: cheap)


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


def _page_class(spec: str) -> type[QWidget]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


class _LazyPages(dict[str, QWidget]):
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


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        vault: Vault,
        paths: AppPaths,
        settings: Settings,
        catalog: object = None,
        on_language: Callable[[str], None] | None = None,
        guest: bool = False,
    ) -> None:
        super().__init__()
        self.guest = guest  # a memory-only vault: no settings written, a choice at close
        self.paths = paths
        self.settings = settings
        self.catalog = catalog
        self.on_language = on_language
        self.vault_path = vault.path
        self.home_vault_path = vault.path  # where lock returns to from the demo family
        self.demo: object = None  # ui.vault.vault_files.DemoCopy while the demo family is open
        self.ctx: AppContext | None = None
        self.pages = _LazyPages(self._make_page)
        # Each entry puts one change back: a deletion (restored) or an import (removed).
        self._undo: list[Callable[[Vault], object]] = []
        self.clipboard = SecretClipboard(settings.clipboard_clear_seconds, self)
        self.setWindowTitle(self.tr("Exposure"))

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setSpacing(2)  # room around each page name, in whatever font the user has
        self.sidebar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.stack = QStackedWidget()
        self.locked_widget = self._make_locked_widget()
        self.splitter = QWidget()
        row = QHBoxLayout(self.splitter)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.splitter)
        self.outer.addWidget(self.locked_widget)
        self.busy_notice = BusyNotice(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if guest:
            from ui.vault.guest import guest_banner

            self.guest_banner = guest_banner(central)
            column.addWidget(self.guest_banner)
        column.addWidget(self.busy_notice)
        column.addWidget(self.outer, 1)
        self.setCentralWidget(central)
        # Another process (a second window, a CLI import) may write: refresh what is shown.
        self.watch_timer = QTimer(self)
        self.watch_timer.timeout.connect(self.check_external_changes)
        self.watch_timer.start(WATCH_MS)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self._make_menus()
        self._make_view_menu()
        self._make_help_menu()
        self.statusBar().messageChanged.connect(self._announce_status)
        self._size_from_font()
        # a guest's vault cannot be locked and unlocked again: locking would lose it
        self.idle = IdleWatcher(0 if guest else settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._attach(vault)

    # --- building --------------------------------------------------------------------------------
    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_vault_action = file_menu.addAction(self.tr("&New vault…"), self.new_vault)
        self.open_vault_action = file_menu.addAction(self.tr("&Open vault…"), self.open_vault)
        self.open_vault_action.setShortcut(QKeySequence.StandardKey.Open)
        self.demo_action = file_menu.addAction(self.tr("Open the &demo family"), self.open_demo)
        self.demo_action.setToolTip(self.tr("A throw-away copy of a fictional family, deleted "
                                            "when you leave it"))
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Import…"), self.import_accounts)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up vault…"), self.backup)
        self.restore_action = file_menu.addAction(self.tr("&Restore from backup…"), self.restore)
        file_menu.addSeparator()
        self.merge_action = file_menu.addAction(self.tr("&Merge from another copy…"),
                                                self.merge_from_copy)
        self.workshop_action = file_menu.addAction(self.tr("Print &workshop materials…"),
                                                   self.print_workshop)
        file_menu.addSeparator()
        self.lock_action = file_menu.addAction(self.tr("&Lock"), self.lock)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_last)
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        self.protection_action = edit_menu.addAction(
            self.tr("Vault &protection…"), self.change_protection
        )
        self.settings_action = edit_menu.addAction(self.tr("&Settings…"), self.edit_settings)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self._vault_actions = [  # restore stays on while locked: the key may be what is lost
            self.import_action,
            self.backup_action,
            self.merge_action,
            self.lock_action,
            self.protection_action,
        ]

    def _make_view_menu(self) -> None:
        """View → one entry per page (Ctrl+1 … Ctrl+9), and Actions → the current page's
        keyboard actions, so every shortcut is visible in a menu."""
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        group = QActionGroup(self)  # exclusive: Ctrl+1 twice keeps People ticked
        for n, (key, title, _spec) in enumerate(PAGES):
            text = QCoreApplication.translate("MainWindow", title)  # QT_TRANSLATE_NOOP above
            action = self.view_menu.addAction(text, lambda k=key: self._go_to(k))
            action.setCheckable(True)
            group.addAction(action)
            if n < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            self.page_actions.append(action)
        self.sidebar.currentRowChanged.connect(self._check_page_action)
        self.actions_menu = self.menuBar().addMenu(self.tr("Acti&ons"))
        self.actions_menu.aboutToShow.connect(self._fill_actions_menu)

    def _make_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(self.tr("User &guide"), self.show_guide)
        self.guide_action.setShortcut(QKeySequence("F1"))
        keys = help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        keys.setShortcut(QKeySequence("Ctrl+F1"))
        help_menu.addAction(self.tr("&About Exposure"), self.about)

    def _go_to(self, key: str) -> None:
        if self.ctx is None:
            return
        self.show_page(key)
        self.stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.stack.currentWidget().focusNextChild()

    def _check_page_action(self, row: int) -> None:
        for n, action in enumerate(self.page_actions):
            action.setChecked(n == row)

    def current_page_actions(self) -> list[QAction]:
        """The keyboard actions of the page on screen (buttons' shortcuts, Enter and Delete in
        its tables), in the order they were made."""
        page = self.stack.currentWidget()
        if page is None or self.ctx is None:
            return []
        return [a for w in (page, *page.findChildren(QWidget)) for a in w.actions()
                if not a.shortcut().isEmpty() and a.text()]

    def _fill_actions_menu(self) -> None:
        self.actions_menu.clear()
        for action in self.current_page_actions():
            self.actions_menu.addAction(action)
        if self.actions_menu.isEmpty():
            self.actions_menu.addAction(self.tr("(none on this page)")).setEnabled(False)

    def show_shortcuts(self) -> QDialog:
        from ui.help.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def _announce_status(self, text: str) -> None:
        """Status messages ("Deleted. Press Ctrl+Z to undo.") reach a screen reader too."""
        if text:
            self.statusBar().setAccessibleName(text)
            announce(self.statusBar(), text)

    def _size_from_font(self) -> None:
        """Sidebar and window from the user's font, the window never larger than the screen."""
        fm = self.sidebar.fontMetrics()
        titles = [QCoreApplication.translate("MainWindow", t)  # QT_TRANSLATE_NOOP above
                  for _k, t, _s in PAGES]
        widest = max(fm.horizontalAdvance(t) for t in titles)
        self.sidebar.setFixedWidth(widest + fm.averageCharWidth() * 6)
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        width = max(fm.averageCharWidth() * 150, 1100)
        height = max(fm.lineSpacing() * 40, 700)
        self.resize(min(width, screen.width()), min(height, screen.height()))

    def _make_locked_widget(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addStretch()
        label = QLabel(self.tr("The vault is locked."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.setAutoDefault(True)  # Enter unlocks, as Space does
        self.unlock_button.clicked.connect(self.unlock)
        self.locked_restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.locked_restore_button.clicked.connect(self.restore)
        layout.addWidget(label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.locked_restore_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        return w

    def _attach(self, vault: Vault) -> None:
        bridge = VaultBridge(vault, self)
        bridge.deleted.connect(self._offer_undo)
        self.ctx = AppContext(
            vault=vault,
            paths=self.paths,
            settings=self.settings,
            bridge=bridge,
            catalog=self.catalog,
        )
        self.ctx.extras["clipboard"] = self.clipboard
        self.ctx.extras["status"] = lambda text: self.statusBar().showMessage(text, 8000)
        self.ctx.extras["main_window"] = self
        self.ctx.extras["offer_undo"] = self.offer_undo
        self.sidebar.clear()
        for key, title, _spec in PAGES:  # pages are built when first shown
            text = QCoreApplication.translate("MainWindow", title)  # QT_TRANSLATE_NOOP above
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.setCurrentRow(0)
        self.outer.setCurrentWidget(self.splitter)
        for action in self._vault_actions:
            action.setEnabled(True)
        if self.guest:
            for action in (self.lock_action, self.protection_action, self.restore_action):
                action.setEnabled(False)
        elif conflict_copies(vault.path):
            QTimer.singleShot(0, self.offer_conflict_merge)

    def _stop_downloads(self) -> None:
        """Cancel a feed download in flight: it returns within a fraction of a second, so
        locking or closing never waits on the network."""
        for page in self.pages.values():
            cancel = getattr(page, "cancel_sync", None)
            if callable(cancel):
                cancel()

    def _detach(self) -> None:
        # Forget the context before touching the widgets: removing pages and clearing the sidebar
        # change the current row, and a page built then would keep the closed vault for good.
        ctx, self.ctx = self.ctx, None
        self._drop_pages()
        with QSignalBlocker(self.sidebar):
            self.sidebar.clear()
        if ctx is not None:
            ctx.bridge.detach()
            ctx.vault.close()
            ctx.extras.clear()
        self._undo.clear()
        self.undo_action.setEnabled(False)

    def _drop_pages(self) -> None:
        self._stop_downloads()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def handover(self) -> Vault:
        """Give the open vault to a new window (language switch) without locking it."""
        if self.ctx is None:
            raise RuntimeError("no vault to hand over")
        ctx, self.ctx = self.ctx, None
        self._drop_pages()
        ctx.bridge.detach()
        ctx.extras.clear()
        return ctx.vault

    def _make_page(self, key: str) -> QWidget:
        if self.ctx is None:
            raise KeyError(key)
        spec = next(spec for k, _, spec in PAGES if k == key)
        page = _page_class(spec)(self.ctx)
        self.stack.addWidget(page)
        return page

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(PAGES) and self.ctx is not None:
            self.stack.setCurrentWidget(self.pages[PAGES[row][0]])

    def show_page(self, key: str) -> QWidget:
        keys = [k for k, _, _ in PAGES]
        self.sidebar.setCurrentRow(keys.index(key))
        return self.pages[key]

    # --- lock ------------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.ctx is None

    def lock(self) -> None:
        if self.ctx is None:
            return
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.clipboard.clear()
        self.busy_notice.hide()
        self._detach()
        self._leave_demo()
        self.outer.setCurrentWidget(self.locked_widget)
        for action in self._vault_actions:
            action.setEnabled(False)
        self.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter unlocks again
        self.statusBar().showMessage(self.tr("The vault is locked."), 8000)
        self.locked.emit()

    def unlock(self) -> bool:
        from ui.vault.unlocking import unlock_vault

        vault = unlock_vault(self.vault_path, self)
        if vault is None:
            return False
        self._attach(vault)
        self.idle.set_minutes(self.settings.idle_lock_minutes)
        self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unlocked.emit()
        return True

    # --- other vaults ---------------------------------------------------------------------------
    def new_vault(self) -> bool:
        from ui.vault.vault_files import new_vault

        return new_vault(self)

    def open_vault(self) -> bool:
        from ui.vault.vault_files import open_vault

        return open_vault(self)

    def open_demo(self) -> object:
        """The demo family, a throw-away copy (issue 17's guest session starts from it too)."""
        from ui.vault.vault_files import open_demo

        return open_demo(self)

    def switch_vault(self, vault: Vault, demo: object = None) -> None:
        """Show `vault` instead of the open one (which is closed; a demo copy is deleted)."""
        if self.ctx is not None:
            for dialog in self.findChildren(QDialog):
                dialog.reject()
            self.clipboard.clear()
            self._detach()
        self._leave_demo()
        self.demo = demo
        self.vault_path = vault.path
        if demo is None:
            self.home_vault_path = vault.path
        self._attach(vault)
        self.update_title()

    def update_title(self) -> None:
        self.setWindowTitle(self.tr("Exposure — demo family (deleted when you leave it)")
                            if self.demo is not None else self.tr("Exposure"))

    def _leave_demo(self) -> None:
        if self.demo is not None:
            self.demo.discard()  # type: ignore[attr-defined]
            self.demo = None
            self.vault_path = self.home_vault_path
            self.update_title()

    def show_guide(self) -> QDialog:
        from ui.i18n import current_language
        from ui.vault.vault_files import GuideDialog

        dialog = GuideDialog(current_language(), self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    # --- undo ------------------------------------------------------------------------------------
    def _offer_undo(self, deleted: undo.Deleted) -> None:
        self.offer_undo(lambda vault: undo.restore(vault, deleted),
                        self.tr("Deleted. Press Ctrl+Z to undo."))

    def offer_undo(self, revert: Callable[[Vault], object], message: str) -> None:
        """Pages call this after a change the user may take back with Ctrl+Z."""
        self._undo.append(revert)
        self.undo_action.setEnabled(True)
        self.statusBar().showMessage(message, 10000)

    def undo_last(self) -> None:
        if not self._undo or self.ctx is None:
            return
        revert = self._undo.pop()
        try:
            revert(self.ctx.vault)
        except ExposureError as exc:
            show_error(self, exc)
        self.undo_action.setEnabled(bool(self._undo))
        self.statusBar().showMessage(self.tr("Undone."), 5000)

    # --- file menu -------------------------------------------------------------------------------
    def _ask_passphrase(self, title: str, *, new: bool, intro: str = "") -> str | None:
        """A passphrase in the one passphrase dialog (tests replace this to answer it)."""
        return ask_passphrase(self, title, new=new, intro=intro)

    def import_accounts(self) -> None:
        if self.ctx is not None:
            self.show_page("inventory").import_accounts()  # type: ignore[attr-defined]

    def backup(self) -> bool:
        """An encrypted copy with its own passphrase; True once written and verified."""
        return vault_menu.backup(self)

    def restore(self) -> None:
        vault_menu.restore(self)

    def replace_vault(self, vault: Vault) -> None:
        """Show `vault` (a restore replaced the file) instead of what was shown."""
        self._detach()
        self._attach(vault)
        self.idle.set_minutes(self.settings.idle_lock_minutes)

    def show_busy_notice(self) -> None:
        self.busy_notice.show_busy()

    def check_external_changes(self) -> None:
        if self.ctx is None:
            return
        try:
            changed = self.ctx.vault.changed_elsewhere()
        except ExposureError:
            return
        if changed:
            self.ctx.bridge.external_change()

    def merge_from_copy(self, path: Path | None = None) -> QDialog | None:
        """Choose another copy (unless given), then the merge dialog (opened, not run modally)."""
        from ui.vault.merge_dialog import MergeDialog

        if self.ctx is None:
            return None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Merge from another copy"), str(self.vault_path.parent),
                self.tr("Exposure vaults (*.exposure);;All files (*)"))
            if not name:
                return None
            path = Path(name)
        if path.resolve() == self.vault_path.resolve():
            QMessageBox.warning(self, self.tr("Merge"),
                                self.tr("That is this vault itself; choose the other copy."))
            return None
        dialog = MergeDialog(self.ctx.vault, path, self)
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.open()
        return dialog

    def _merged(self, dialog: QDialog) -> None:
        from exposure.merge import undo_merge

        report = getattr(dialog, "report", None)
        if report is None or report.undo is None:
            return
        undo = report.undo
        self.offer_undo(lambda vault: undo_merge(vault, undo),
                        self.tr("Merged. Press Ctrl+Z to undo."))
        other = getattr(dialog, "other", None)
        if self.ctx is not None and other in conflict_copies(self.ctx.vault.path):
            self._offer_removing_conflict_copy(other)

    def _offer_removing_conflict_copy(self, path: Path) -> None:
        """Its changes are in the vault now; left there, it would be offered at every start."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Merged"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("The other copy's changes are in this vault now. Delete the copy "
                            "%1?").replace("%1", path.name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(path) + suffix).unlink()
        except OSError:
            self.statusBar().showMessage(self.tr("The copy could not be deleted."), 8000)

    def offer_conflict_merge(self) -> QDialog | None:
        """A sync tool left a conflicting copy beside the vault: offer to merge it."""
        if self.ctx is None:
            return None
        copies = conflict_copies(self.ctx.vault.path)
        if not copies:
            return None
        answer = QMessageBox.question(
            self, self.tr("Another copy of your vault"),
            self.tr("A sync tool left another copy of this vault beside it:\n%1\n\nMerge its "
                    "changes into this vault now?").replace("%1", copies[0].name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.merge_from_copy(copies[0])

    def _guest_may_close(self) -> bool:
        from ui.vault.guest import CloseChoice, ask_at_close

        choice = ask_at_close(self)
        if choice == CloseChoice.SAVE:
            return self.backup()
        return choice == CloseChoice.FORGET

    def print_workshop(self, path: Path | None = None) -> Path | None:
        """The blank worksheet and the services handout, as one PDF (no vault data in it)."""
        from exposure.lang import short_lang
        from exposure.worksheet import workshop_pages
        from ui.i18n import current_language
        from ui.widgets.common import save_pdf

        lang = short_lang(current_language())
        return save_pdf(self, workshop_pages(lang), self.tr("Workshop materials"),
                        self.tr("workshop-materials.pdf"), path)

    def change_protection(self) -> None:
        from ui.vault.security_dialog import SecurityDialog

        if self.ctx is not None and SecurityDialog(self.ctx.vault, self).exec():
            self.statusBar().showMessage(self.tr("Vault protection changed."), 8000)

    def edit_settings(self) -> None:
        from ui.settings.settings_dialog import SettingsDialog

        reply_days = self.ctx.vault.requests.default_working_days() if self.ctx else None
        dialog = SettingsDialog(self.settings, self, reply_days=reply_days)
        if not dialog.exec():
            return
        new = dialog.result_settings()
        days = dialog.result_reply_days()
        if self.ctx is not None and days is not None and days != reply_days:
            self.ctx.vault.requests.set_default_working_days(days)
        language_changed = new.language != self.settings.language
        self.settings = new
        if not self.guest:  # a guest session writes nothing, settings included
            save_settings(self.paths.settings, new)
        if self.ctx is not None:
            self.ctx.settings = new
        self.idle.set_minutes(new.idle_lock_minutes)
        self.clipboard.seconds = new.clipboard_clear_seconds
        if language_changed and self.on_language:
            self.on_language(new.language)

    def about(self) -> None:
        from ui.help.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self.guest and self.ctx is not None and not self._guest_may_close():
            event.ignore()
            return
        # Lock the vault but leave the widgets to Qt: deleting pages while the window itself is
        # being destroyed crashes in Qt's focus chain.
        self.clipboard.clear()
        self._stop_downloads()
        if self.ctx is not None:
            self.ctx.bridge.detach()
            self.ctx.vault.close()
            self.ctx.extras.clear()  # its callbacks point back at this window
            self.ctx = None
        self._leave_demo()
        super().closeEvent(event)  # type: ignore[arg-type]
