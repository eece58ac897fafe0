"""The window's menu bar: File, Edit, View (one entry per page, Ctrl+1 … Ctrl+9), Actions (the
keys of the page on screen, so every shortcut is visible in a menu) and Help. The actions are
kept on the window (`window.lock_action` …): the window enables them as vaults come and go."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui.window.pages import PAGES

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class MenuActions:
    """The menus' actions as the window keeps them (`build_menus` makes them)."""

    new_vault_action: QAction
    open_vault_action: QAction
    demo_action: QAction
    import_action: QAction
    backup_action: QAction
    restore_action: QAction
    merge_action: QAction
    workshop_action: QAction
    lock_action: QAction
    undo_action: QAction
    protection_action: QAction
    settings_action: QAction
    guide_action: QAction
    vault_actions: list[QAction]  # on only while a vault is open
    view_menu: QMenu
    page_actions: list[QAction]  # View: one per page
    actions_menu: QMenu


def build_menus(window: MainWindow) -> None:
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _help_menu(window)
    # restore stays on while locked: the key may be what is lost
    window.vault_actions = [window.import_action, window.backup_action, window.merge_action,
                            window.lock_action, window.protection_action]


def _file_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.new_vault_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&New vault…"), window.new_vault)
    window.open_vault_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Open vault…"), window.open_vault)
    window.open_vault_action.setShortcut(QKeySequence.StandardKey.Open)
    window.demo_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "Open the &demo family"), window.open_demo)
    window.demo_action.setToolTip(QCoreApplication.translate(
        "MainWindow", "A throw-away copy of a fictional family, deleted when you leave it"))
    menu.addSeparator()
    window.import_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Import…"), window.import_accounts)
    window.import_action.setShortcut(QKeySequence("Ctrl+I"))
    menu.addSeparator()
    window.backup_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Back up vault…"), window.backup)
    window.restore_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Restore from backup…"), window.restore)
    menu.addSeparator()
    window.merge_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Merge from another copy…"),
        window.merge_from_copy)
    window.workshop_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "Print &workshop materials…"),
        window.print_workshop)
    menu.addSeparator()
    window.lock_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Lock"), window.lock)
    window.lock_action.setShortcut(QKeySequence("Ctrl+L"))
    menu.addSeparator()
    quit_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"), window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)


def _edit_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.undo_action = QAction(QCoreApplication.translate("MainWindow", "&Undo"), window)
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.undo_action.setEnabled(False)
    window.undo_action.triggered.connect(window.undo_last)
    menu.addAction(window.undo_action)
    menu.addSeparator()
    window.protection_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "Vault &protection…"), window.change_protection)
    window.settings_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "&Settings…"), window.edit_settings)
    window.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)


def _view_menu(window: MainWindow) -> None:
    window.view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.page_actions = []
    group = QActionGroup(window)  # exclusive: Ctrl+1 twice keeps People ticked
    for n, (key, title, _spec) in enumerate(PAGES):
        text = QCoreApplication.translate("MainWindow", title)  # QT_TRANSLATE_NOOP in PAGES
        action = window.view_menu.addAction(text, partial(window.go_to, key))
        action.setCheckable(True)
        group.addAction(action)
        if n < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
        window.page_actions.append(action)
    window.sidebar.currentRowChanged.connect(window.check_page_action)
    window.actions_menu = window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "Acti&ons"))
    window.actions_menu.aboutToShow.connect(window.fill_actions_menu)


def _help_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    window.guide_action = menu.addAction(
        QCoreApplication.translate("MainWindow", "User &guide"), window.show_guide)
    window.guide_action.setShortcut(QKeySequence("F1"))
    keys = menu.addAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                          window.show_shortcuts)
    keys.setShortcut(QKeySequence("Ctrl+F1"))
    menu.addAction(QCoreApplication.translate("MainWindow", "&About Exposure"), window.about)


def keyboard_actions(page: QWidget | None) -> list[QAction]:
    """The keyboard actions of a page (buttons' shortcuts, Enter and Delete in its tables), in
    the order they were made."""
    if page is None:
        return []
    return [a for w in (page, *page.findChildren(QWidget)) for a in w.actions()
            if not a.shortcut().isEmpty() and a.text()]
