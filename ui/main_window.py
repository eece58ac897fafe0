"""The main window: a sidebar of pages, menus, lock/unlock, undo of deletions. Wiring only."""

from __future__ import annotations

import contextlib
import importlib
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exposure import undo
from exposure.errors import ExposureError
from exposure.keys import Protection, VaultKey
from exposure.merge import conflict_copies
from exposure.paths import AppPaths
from exposure.settings import Settings, save_settings
from exposure.vault import Vault
from ui.bridge import VaultBridge
from ui.clipboard import SecretClipboard
from ui.context import AppContext
from ui.views.common import show_error


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# (key, title — translated at display time, "module:Class"). Pages of other issues add a line.
PAGES: list[tuple[str, str, str]] = [
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), "ui.views.people_page:PeoplePage"),
    (
        "inventory",
        QT_TRANSLATE_NOOP("MainWindow", "Inventory"),
        "ui.views.inventory_page:InventoryPage",
    ),
    (
        "requests",
        QT_TRANSLATE_NOOP("MainWindow", "Requests"),
        "ui.views.requests_page:RequestsPage",
    ),
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Leaks"),
     "ui.views.dashboard_page:DashboardPage"),
    ("feeds", QT_TRANSLATE_NOOP("MainWindow", "Feeds"), "ui.views.feeds_page:FeedsPage"),
    ("services", QT_TRANSLATE_NOOP("MainWindow", "Services"), "ui.views.service_page:ServicesPage"),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit"), "ui.views.audit_page:AuditPage"),
    ("takeover", QT_TRANSLATE_NOOP("MainWindow", "Take-over"),
     "ui.views.takeover_page:TakeoverPage"),
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


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard or mouse input anywhere in the app."""

    idle = Signal()
    _INPUT: ClassVar[set[QEvent.Type]] = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        return False


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
        self.ctx: AppContext | None = None
        self.pages = _LazyPages(self._make_page)
        # Each entry puts one change back: a deletion (restored) or an import (removed).
        self._undo: list[Callable[[Vault], object]] = []
        self.clipboard = SecretClipboard(settings.clipboard_clear_seconds, self)
        self.setWindowTitle(self.tr("Exposure"))
        self.resize(1100, 700)

        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(180)
        self.sidebar.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 10px; }"
        )
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
        if guest:
            from ui.guest import guest_banner

            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            self.guest_banner = guest_banner(central)
            column.addWidget(self.guest_banner)
            column.addWidget(self.outer, 1)
            self.setCentralWidget(central)
        else:
            self.setCentralWidget(self.outer)
        self.sidebar.currentRowChanged.connect(self._show_page)

        self._make_menus()
        # a guest's vault cannot be locked and unlocked again: locking would lose it
        self.idle = IdleWatcher(0 if guest else settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._attach(vault)

    # --- building --------------------------------------------------------------------------------
    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
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
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Exposure"), self.about)
        self._vault_actions = [
            self.import_action,
            self.backup_action,
            self.restore_action,
            self.merge_action,
            self.lock_action,
            self.protection_action,
        ]

    def _make_locked_widget(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addStretch()
        label = QLabel(self.tr("The vault is locked."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("&Unlock…"))
        self.unlock_button.clicked.connect(self.unlock)
        layout.addWidget(label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
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
        self._detach()
        self.outer.setCurrentWidget(self.locked_widget)
        for action in self._vault_actions:
            action.setEnabled(False)
        self.locked.emit()

    def unlock(self) -> bool:
        from exposure.vault import protection_of
        from ui.views.unlock_dialog import UnlockDialog

        vault: Vault | None = None
        if protection_of(self.vault_path) is Protection.KEYRING:
            try:
                vault = Vault.open(self.vault_path)
            except ExposureError as exc:
                show_error(self, exc)
                return False
        else:
            dialog = UnlockDialog(self.vault_path, self)
            self.unlock_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
                return False
            vault = dialog.vault
        self._attach(vault)
        self.idle.set_minutes(self.settings.idle_lock_minutes)
        self.unlocked.emit()
        return True

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
    def _ask_passphrase(self, title: str, confirm: bool) -> str | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        first, second = QLineEdit(), QLineEdit()
        for edit in (first, second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Passphrase"), first)
        if confirm:
            form.addRow(self.tr("Type it again"), second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if confirm and first.text() != second.text():
            QMessageBox.warning(self, title, self.tr("The two passphrases differ."))
            return None
        return first.text()

    def import_accounts(self) -> None:
        if self.ctx is not None:
            self.show_page("inventory").import_accounts()  # type: ignore[attr-defined]

    def backup(self) -> bool:
        """An encrypted copy with its own passphrase; True once written and verified."""
        if self.ctx is None:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up vault"), str(Path.home() / "exposure-backup.exposure")
        )
        if not path:
            return False
        passphrase = self._ask_passphrase(self.tr("Passphrase for the backup"), confirm=True)
        if passphrase is None:
            return False
        try:
            self.ctx.vault.backup(Path(path), passphrase)
        except ExposureError as exc:
            show_error(self, exc)
            return False
        self.statusBar().showMessage(self.tr("Backup written and verified."), 8000)
        return True

    def restore(self) -> None:
        if self.ctx is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"), str(Path.home())
        )
        if not path:
            return
        passphrase = self._ask_passphrase(self.tr("Passphrase of the backup"), confirm=False)
        if passphrase is None:
            return
        if (
            QMessageBox.question(
                self,
                self.tr("Restore"),
                self.tr("Replace everything in the vault with the backup's contents?"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        keyring_mode = self.ctx.vault.protection is Protection.KEYRING
        self._detach()
        key = VaultKey.new_raw() if keyring_mode else VaultKey.from_passphrase(passphrase)
        try:
            vault = Vault.restore(Path(path), passphrase, self.vault_path, key)
        except ExposureError as exc:
            show_error(self, exc)
            if not self.unlock():
                self.outer.setCurrentWidget(self.locked_widget)
            return
        self._attach(vault)
        self.statusBar().showMessage(self.tr("Vault restored from the backup."), 8000)

    def merge_from_copy(self, path: Path | None = None) -> QDialog | None:
        """Choose another copy (unless given), then the merge dialog (opened, not run modally)."""
        from ui.views.merge_dialog import MergeDialog

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
        from ui.guest import CloseChoice, ask_at_close

        choice = ask_at_close(self)
        if choice == CloseChoice.SAVE:
            return self.backup()
        return choice == CloseChoice.FORGET

    def print_workshop(self, path: Path | None = None) -> Path | None:
        """The blank worksheet and the services handout, as one PDF (no vault data in it)."""
        from exposure.lang import short_lang
        from exposure.worksheet import workshop_pages
        from ui.i18n import current_language
        from ui.views.common import save_pdf

        lang = short_lang(current_language())
        return save_pdf(self, workshop_pages(lang), self.tr("Workshop materials"),
                        self.tr("workshop-materials.pdf"), path)

    def change_protection(self) -> None:
        from ui.views.security_dialog import SecurityDialog

        if self.ctx is not None and SecurityDialog(self.ctx.vault, self).exec():
            self.statusBar().showMessage(self.tr("Vault protection changed."), 8000)

    def edit_settings(self) -> None:
        from ui.views.settings_dialog import SettingsDialog

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
        QMessageBox.about(
            self,
            self.tr("About Exposure"),
            self.tr(
                "Exposure keeps an encrypted list of where your family's phone numbers, ID numbers "
                "and bank cards are registered, on this computer only."
            ),
        )

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self.guest and self.ctx is not None and not self._guest_may_close():
            event.ignore()
            return
        # Lock the vault but leave the widgets to Qt: deleting pages while the window itself is
        # being destroyed crashes in Qt's focus chain.
        self.clipboard.clear()
        if self.ctx is not None:
            self.ctx.bridge.detach()
            self.ctx.vault.close()
            self.ctx.extras.clear()  # its callbacks point back at this window
            self.ctx = None
        super().closeEvent(event)  # type: ignore[arg-type]
