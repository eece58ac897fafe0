"""Every page and dialog walked offscreen through QAccessible, the interface Orca, NVDA and
VoiceOver read: no interactive widget without a name, no table that traps Tab, no Alt+letter
used twice in one window, and no colour named outside ui/palette.py.

A failure names the widget (its attribute on the page or dialog, its class, its window), so
whoever adds a widget without a label sees at once what to fix: give it a label with setBuddy
(a QFormLayout row does that), button text, or setAccessibleName."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from exposure.settings import Settings
from exposure.vault import Vault
from ui.main_window import MainWindow
from ui.window.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]


def _attribute_name(w: QWidget) -> str:
    """`people_view` for the widget stored as self.people_view on a page or dialog."""
    parent = w.parentWidget()
    while parent is not None:
        for name, value in vars(parent).items():
            if value is w:
                return f"{type(parent).__name__}.{name}"
        parent = parent.parentWidget()
    return ""


def describe(w: QWidget) -> str:
    window = w.window()
    where = window.windowTitle() or type(window).__name__
    attr = _attribute_name(w)
    chain = []
    p = w.parentWidget()
    while p is not None and len(chain) < 3:
        chain.append(type(p).__name__)
        p = p.parentWidget()
    hint = w.toolTip() or getattr(w, "placeholderText", lambda: "")() or ""
    return (f"{attr or type(w).__name__} ({type(w).__name__}"
            f"{', ' + repr(hint[:40]) if hint else ''}; in {' < '.join(chain)}; "
            f"window {where!r})")


def _interactive(root: QWidget) -> Iterator[QWidget]:
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None:
            if isinstance(w.parentWidget(), QAbstractItemView) or (
                    w.parentWidget() is not None and
                    isinstance(w.parentWidget().parentWidget(), QAbstractItemView)):
                continue  # an item view's own viewport or an open cell editor
            yield w


def problems(root: QWidget) -> list[str]:
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation() and w.isVisibleTo(root):
            found.append(f"{describe(w)}: Tab moves between cells and never leaves the table "
                         f"(use ui.widgets.common.make_table or setTabKeyNavigation(False))")
    for w in _interactive(root):
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name).strip() if iface is not None else ""
        if not name:
            found.append(f"{describe(w)} has no accessible name: give it a label with setBuddy "
                         f"(a QFormLayout row does this), button text or setAccessibleName")
    return found


_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str:
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else ""


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys that two visible things of one window answer to."""
    uses: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if (k := _mnemonic(action.text())):
                uses[k].append(f"menu {action.text()!r}")
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        text = ""
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        if (k := _mnemonic(text)):
            uses[k].append(f"{text!r} ({_attribute_name(w) or type(w).__name__})")
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                if (k := _mnemonic(w.tabText(i))):
                    uses[k].append(f"tab {w.tabText(i)!r}")
    title = window.windowTitle() or type(window).__name__
    return [f"Alt+{k.upper()} in {title!r}: {', '.join(v)}" for k, v in sorted(uses.items())
            if len(v) > 1]


# --- the walk ----------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, demo_vault: Vault, app_paths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from exposure.feeds.sync import sync
    from ui.app import load_catalog

    demo_vault.feeds.set_enabled("builtin", True)
    sync(demo_vault, ["builtin"])  # the built-in feed is offline: Leaks has rows
    w = MainWindow(demo_vault, app_paths, Settings(), load_catalog())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _dialogs(window: MainWindow) -> list[Callable[[], QDialog]]:
    """Every dialog a user can open from the pages, built as the pages build them."""
    from ui.help.shortcuts_dialog import ShortcutsDialog
    from ui.inventory.registration_dialog import RegistrationDialog
    from ui.people.identifier_dialog import IdentifierDialog
    from ui.people.person_dialog import PersonDialog
    from ui.settings.settings_dialog import SettingsDialog
    from ui.vault.security_dialog import SecurityDialog
    from ui.vault.unlock_dialog import UnlockDialog

    ctx = window.ctx
    assert ctx is not None
    vault = ctx.vault
    person = vault.people.all_people()[0]
    ident = vault.identifiers.all_identifiers(person.id)[0]
    reg = vault.registrations.all_registrations()[0]
    inventory = window.show_page("inventory")
    requests = window.show_page("requests")
    takeover = window.show_page("takeover")
    feeds = window.show_page("feeds")

    def import_dialog() -> QDialog:
        from ui.importing.import_dialog import ImportDialog

        return ImportDialog(ctx, parent=inventory)

    def service_dialog() -> QDialog:
        from ui.services.service_page import ServiceDialog

        return ServiceDialog(ctx.catalog.entries[0], "en", parent=window)

    def notice_dialog() -> QDialog:
        from ui.leaks.feeds_page import NoticeDialog

        return NoticeDialog(feeds)

    def playbook() -> QDialog:
        from ui.takeover.playbook_dialog import PlaybookDialog

        return PlaybookDialog(ctx, person.id, "en", parent=takeover)

    def letter() -> QDialog:
        from ui.letters.letter_dialog import LetterDialog

        return LetterDialog(requests, reg.id)

    return [
        lambda: PersonDialog(vault, parent=window),
        lambda: PersonDialog(vault, person, parent=window),
        lambda: IdentifierDialog(vault, person.id, parent=window),
        lambda: IdentifierDialog(vault, person.id, ident, parent=window),
        lambda: RegistrationDialog(vault, services=inventory.service_choices, parent=window),
        lambda: RegistrationDialog(vault, registration=reg, services=inventory.service_choices,
                                   parent=window),
        letter, playbook, import_dialog, service_dialog, notice_dialog,
        lambda: SettingsDialog(window.settings, window),
        lambda: SecurityDialog(vault, window),
        lambda: UnlockDialog(vault.path, window),
        lambda: ShortcutsDialog(window),
    ]


def test_every_page_names_its_widgets_and_lets_tab_out(window: MainWindow) -> None:
    found: list[str] = []
    for key, _, _ in PAGES:
        page = window.show_page(key)
        QApplication.processEvents()
        found += problems(page)
        found += mnemonic_clashes(window)
    found += problems(window.sidebar)
    assert found == [], "\n".join(dict.fromkeys(found))


def test_every_dialog_names_its_widgets_and_lets_tab_out(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    found: list[str] = []
    for make in _dialogs(window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found += problems(dialog) + mnemonic_clashes(dialog)
        dialog.close()
    assert found == [], "\n".join(dict.fromkeys(found))


def test_the_wizard_names_its_widgets(qtbot, app_paths) -> None:  # type: ignore[no-untyped-def]
    from ui.vault.wizard import CreateVaultWizard

    wizard = CreateVaultWizard(app_paths.vault)
    qtbot.addWidget(wizard)
    wizard.show()
    found = []
    for page_id in wizard.pageIds():
        wizard.page(page_id).show()
        found += problems(wizard.page(page_id))
    assert found == [], "\n".join(dict.fromkeys(found))


def test_the_walk_catches_an_unnamed_field_and_a_tab_trap(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    box.search_edit = QLineEdit()  # type: ignore[attr-defined]
    layout.addWidget(box.search_edit)  # type: ignore[attr-defined]
    layout.addWidget(QTableView())
    box.show()
    found = problems(box)
    assert any("search_edit" in f and "no accessible name" in f for f in found)
    assert any("never leaves the table" in f for f in found)


# --- colours -----------------------------------------------------------------------------------
_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b"
                     r"|\b(?:color|background)\s*:(?!\s*palette\()|\brgba?\(")


def hard_coded_colours() -> list[str]:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "palette.py" or path.as_posix().endswith("ui/pdf.py"):
            continue  # pdf.py paints on paper: black on white whatever the screen's theme
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and _COLOUR.search(node.value):
                found.append(f"{where}: {node.value[:60]!r}")
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QColor" \
                    and node.args and isinstance(node.args[0], ast.Constant):
                found.append(f"{where}: QColor(…) with a fixed value")
            elif isinstance(node, ast.Attribute) and node.attr in (
                    "white", "black", "red", "green", "blue", "gray", "darkGray", "lightGray") \
                    and getattr(node.value, "attr", "") == "GlobalColor":
                found.append(f"{where}: Qt.GlobalColor.{node.attr}")
    return found


def test_no_colour_is_named_outside_the_palette_module() -> None:
    assert hard_coded_colours() == [], "move these into ui/palette.py:\n" + "\n".join(
        hard_coded_colours())
