"""The main window: a sidebar of pages, menus, lock/unlock, undo of deletions. Wiring only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
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
from ui.i18n import current_language
from ui.vault import merge_dialog, vault_files, vault_menu
from ui.vault.idle import IdleWatcher
from ui.vault.unlocking import unlock_vault
from ui.vault.vault_menu import BusyNotice
from ui.widgets.clipboard import SecretClipboard
from ui.widgets.common import announce
from ui.window.locked import LockedPanel
from ui.window.menus import MenuActions, build_menus, keyboard_actions
from ui.window.navigator import Navigator
from ui.window.pages import PageStack
from ui.window.undo import UndoStack

WATCH_MS = 1500  # how often to look for another process's changes (PRAGMA data_version: cheap)


class MainWindow(QMainWindow, MenuActions):
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
        self.clipboard = SecretClipboard(settings.clipboard_clear_seconds, self)
        self.setWindowTitle(self.tr("Exposure"))
        self._lay_out(guest)
        # Another process (a second window, a CLI import) may write: refresh what is shown.
        self.watch_timer = QTimer(self)
        self.watch_timer.timeout.connect(self.check_external_changes)
        self.watch_timer.start(WATCH_MS)

        build_menus(self)
        self.undo = UndoStack(self.undo_action, self.statusBar())
        self.statusBar().messageChanged.connect(self._announce_status)
        self._size_from_font()
        # a guest's vault cannot be locked and unlocked again: locking would lose it
        self.idle = IdleWatcher(0 if guest else settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._attach(vault)

    # --- building --------------------------------------------------------------------------------
    def _lay_out(self, guest: bool) -> None:
        """The guest banner and the busy notice over the sidebar and pages, or the locked panel."""
        self.splitter = PageStack()
        self.sidebar, self.stack, self.pages = (self.splitter.sidebar, self.splitter.stack,
                                                self.splitter.pages)
        self.locked_widget = LockedPanel()
        self.unlock_button = self.locked_widget.unlock_button
        self.unlock_button.clicked.connect(self.unlock)
        self.locked_restore_button = self.locked_widget.restore_button
        self.locked_restore_button.clicked.connect(self.restore)
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

    def go_to(self, key: str) -> None:
        """View → a page: show it and put the keyboard in it."""
        if self.ctx is None:
            return
        page = self.show_page(key)
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.focusNextChild()

    def check_page_action(self, row: int) -> None:
        for n, action in enumerate(self.page_actions):
            action.setChecked(n == row)

    def current_page_actions(self) -> list[QAction]:
        """The keyboard actions of the page on screen (buttons' shortcuts, Enter and Delete in
        its tables), in the order they were made."""
        return keyboard_actions(self.stack.currentWidget()) if self.ctx is not None else []

    def fill_actions_menu(self) -> None:
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
        self.splitter.fit_to_font()
        fm = self.sidebar.fontMetrics()
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        width = max(fm.averageCharWidth() * 150, 1100)
        height = max(fm.lineSpacing() * 40, 700)
        self.resize(min(width, screen.width()), min(height, screen.height()))

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
        self.ctx.clipboard = self.clipboard
        self.ctx.status = lambda text: self.statusBar().showMessage(text, 8000)
        self.ctx.offer_undo = self.offer_undo
        self.ctx.navigator = Navigator(self.show_page)
        self.splitter.open(self.ctx)
        self.outer.setCurrentWidget(self.splitter)
        for action in self.vault_actions:
            action.setEnabled(True)
        if self.guest:
            for action in (self.lock_action, self.protection_action, self.restore_action):
                action.setEnabled(False)
        elif conflict_copies(vault.path):
            QTimer.singleShot(0, self.offer_conflict_merge)

    def _detach(self) -> None:
        ctx, self.ctx = self.ctx, None
        self.splitter.close_pages()
        if ctx is not None:
            ctx.bridge.detach()
            ctx.vault.close()
            ctx.forget_window()
        self.undo.clear()

    def handover(self) -> Vault:
        """Give the open vault to a new window (language switch) without locking it."""
        if self.ctx is None:
            raise RuntimeError("no vault to hand over")
        ctx, self.ctx = self.ctx, None
        self.splitter.ctx = None
        self.splitter.drop_pages()
        ctx.bridge.detach()
        ctx.forget_window()
        return ctx.vault

    def show_page(self, key: str) -> QWidget:
        return self.splitter.show_page(key)

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
        for action in self.vault_actions:
            action.setEnabled(False)
        self.unlock_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter unlocks again
        self.statusBar().showMessage(self.tr("The vault is locked."), 8000)
        self.locked.emit()

    def unlock(self) -> bool:
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
        return vault_files.new_vault(self)

    def open_vault(self) -> bool:
        return vault_files.open_vault(self)

    def open_demo(self) -> object:
        """The demo family, a throw-away copy (the guest session starts from it too)."""
        return vault_files.open_demo(self)

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
        dialog = vault_files.GuideDialog(current_language(), self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    # --- undo ------------------------------------------------------------------------------------
    def _offer_undo(self, deleted: undo.Deleted) -> None:
        self.offer_undo(lambda vault: undo.restore(vault, deleted),
                        self.tr("Deleted. Press Ctrl+Z to undo."))

    def offer_undo(self, revert: Callable[[Vault], object], message: str) -> None:
        """Pages call this after a change the user may take back with Ctrl+Z."""
        self.undo.offer(revert, message)

    def undo_last(self) -> None:
        if self.ctx is not None:
            self.undo.undo_last(self.ctx.vault, self)

    # --- file menu -------------------------------------------------------------------------------
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
        """File → Merge from another copy…"""
        return merge_dialog.merge_from_copy(self, path)

    def offer_conflict_merge(self) -> QDialog | None:
        return merge_dialog.offer_conflict_merge(self)

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
        from ui.settings.settings_dialog import edit_settings

        edit_settings(self)

    def use_settings(self, new: Settings) -> None:
        """Settings changed (Edit → Settings…): keep them (not for a guest) and follow them."""
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

    def closeEvent(self, event: QEvent) -> None:
        if self.guest and self.ctx is not None and not self._guest_may_close():
            event.ignore()
            return
        # Lock the vault but leave the widgets to Qt: deleting pages while the window itself is
        # being destroyed crashes in Qt's focus chain.
        self.clipboard.clear()
        self.splitter.stop_downloads()
        if self.ctx is not None:
            self.ctx.bridge.detach()
            self.ctx.vault.close()
            self.ctx.forget_window()  # its callbacks point back at this window
            self.ctx = self.splitter.ctx = None
        self._leave_demo()
        super().closeEvent(event)  # type: ignore[arg-type]
