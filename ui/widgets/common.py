"""Small pieces every page uses: a configured table view, keyboard actions, confirmations,
error boxes and messages that reach a screen reader, sizes taken from the font."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QKeyEvent, QKeySequence
from PySide6.QtGui import Qt as GuiQt  # the namespace with mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from exposure.errors import ExposureError, VaultBusy
from exposure.sources import Source
from ui.widgets.tooltips import plain_tip
from ui.words import error_text


def make_table(
    parent: QWidget, proxy: QAbstractItemModel, *, name: str, stretch_column: int = 1,
    on_edit: Callable[[], object] | None = None, on_remove: Callable[[], object] | None = None,
) -> QTableView:
    """A sortable, read-only table of whole rows. `name` is what a screen reader announces.
    Tab and Shift+Tab leave the table (arrows move inside it); Enter calls `on_edit` and Delete
    `on_remove`, as in every list of the app."""
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab must lead on to the page's buttons, never trap
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    # Fixed row heights: ResizeToContents would measure up to 1,000 rows on every change.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(chars(view, 4))
    fm = header.fontMetrics()
    for column in range(proxy.columnCount()):  # each column as wide as its title, in the font
        title = str(proxy.headerData(column, Qt.Orientation.Horizontal) or "")
        header.resizeSection(column, max(chars(view, 8),
                                         fm.horizontalAdvance(title) + fm.averageCharWidth() * 4))
    header.setSortIndicatorShown(True)
    def on_current(slot: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            # the row with the keyboard cursor counts as chosen, even before Space selects it
            current = view.currentIndex()
            if not view.selectionModel().hasSelection() and current.isValid():
                view.selectRow(current.row())
            return slot()
        return run

    if on_edit is not None:
        key_action(view, QCoreApplication.translate("Common", "Edit the selected row"),
                   [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                   on_current(on_edit))
    if on_remove is not None:
        key_action(view, QCoreApplication.translate("Common", "Remove the selected rows"),
                   [QKeySequence(QKeySequence.StandardKey.Delete)], on_current(on_remove))
    return view


def key_action(widget: QWidget, text: str, keys: Sequence[QKeySequence],
               slot: Callable[[], object], *,
               context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut) -> QAction:
    """A keyboard action on `widget` (by default only while it has the focus); it is listed in
    Help → Keyboard shortcuts and the Actions menu of the window."""
    action = QAction(text, widget)
    action.setShortcuts(list(keys))
    action.setShortcutContext(context)
    action.triggered.connect(lambda *_: slot())
    widget.addAction(action)
    return action


def button_shortcut(owner: QWidget, button: QAbstractButton, keys: QKeySequence) -> QAction:
    """`keys` click `button` while focus is anywhere in `owner` (a page or dialog). Unlike
    QAbstractButton.setShortcut this keeps the button's Alt mnemonic working, and the key shows
    in the button's tooltip and in the menus."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    def press() -> None:
        if button.isEnabled():
            button.click()

    action = key_action(owner, text, [keys], press,
                        context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    hint = keys.toString(QKeySequence.SequenceFormat.NativeText)
    tip = button.toolTip()
    if GuiQt.mightBeRichText(tip):  # already escaped by plain_tip: add the keys as escaped text
        button.setToolTip(tip + plain_tip(f"({hint})"))
    else:
        button.setToolTip(plain_tip(f"{tip} ({hint})" if tip else hint))
    return action


class _TabMovesOn(QObject):
    """Tab and Shift+Tab leave a notes box; Ctrl+Tab types a tab character."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QPlainTextEdit):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() == Qt.Key.Key_Tab and \
                    key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                watched.insertPlainText("\t")
                return True
        return False


def notes_box(edit: QPlainTextEdit, lines: int = 3) -> QPlainTextEdit:
    """A multi-line box that never swallows Tab, as tall as `lines` lines of the user's font."""
    edit.setTabChangesFocus(True)
    edit.installEventFilter(_TabMovesOn(edit))
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def tab_order(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order: the order they appear on screen, top to bottom and
    left to right (Qt's default is the order they were created in)."""
    for a, b in itertools.pairwise(widgets):
        QWidget.setTabOrder(a, b)


def char_width(widget: QWidget) -> float:
    """One "character" of the user's font: the average Latin width, or half the line height
    when that is wider (a CJK font's Latin average says little about Chinese text)."""
    fm = widget.fontMetrics()
    return max(float(fm.averageCharWidth()), fm.height() * 0.5)


def chars(widget: QWidget, n: float) -> int:
    """The width of `n` characters in `widget`'s font: sizes follow the user's font."""
    return int(char_width(widget) * n + 12)


def size_dialog(dialog: QWidget, width_chars: float, height_lines: float) -> None:
    """Size a dialog from the font (so a 14 pt font gets a bigger dialog), never smaller than
    what its layout needs and never larger than the screen."""
    fm = dialog.fontMetrics()
    hint = dialog.sizeHint()
    width = max(int(char_width(dialog) * width_chars), hint.width())
    height = max(int(fm.lineSpacing() * height_lines), hint.height())
    screen = (dialog.screen() or QApplication.primaryScreen()).availableGeometry()
    dialog.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))


def announce(widget: QWidget, text: str = "") -> None:
    """Tell assistive technology now (an alert): errors, validation and status messages."""
    if text and isinstance(widget, QLabel):
        widget.setText(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def show_problem(label: QLabel, text: str, focus: QWidget | None = None) -> None:
    """Put an error or validation message under a form: in the error colour, announced, and
    with the keyboard moved to the field to fix."""
    from ui.palette import set_text_role

    set_text_role(label, "error")
    label.setWordWrap(True)
    label.setText(text)
    if text:
        announce(label, text)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label that never interprets its text as rich text: catalogue, feed and user text is
    untrusted, and a name like `<b>x</b>` must show as typed."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def selected_source_rows(view: QTableView) -> list[int]:
    proxy = view.model()
    if not isinstance(proxy, QAbstractProxyModel):
        return [i.row() for i in view.selectionModel().selectedRows()]
    rows = {proxy.mapToSource(i).row() for i in view.selectionModel().selectedRows()}
    return sorted(rows)


def question_box(parent: QWidget, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox:
    """A message box asking `text` (plain text: it may quote names the user typed); the caller
    adds the buttons and runs it."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def confirm(parent: QWidget, title: str, text: str, *, destructive: bool = True) -> bool:
    box = question_box(parent, title, text, QMessageBox.Icon.Warning if destructive
                       else QMessageBox.Icon.Question)
    yes = box.addButton(
        QCoreApplication.translate("Common", "&Delete")
        if destructive
        else QCoreApplication.translate("Common", "OK"),
        QMessageBox.ButtonRole.DestructiveRole
        if destructive
        else QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget, exc: Exception, title: str = "") -> None:
    """A message box; for a vault busy with another process, the window's notice (no box)."""
    if isinstance(exc, VaultBusy) and parent is not None:
        notice = getattr(parent.window(), "show_busy_notice", None)
        if notice is not None:
            notice()
            return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Common", "Exposure"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error_text(exc))
    box.exec()


def save_pdf(parent: QWidget, pages: Sequence[str], title: str, suggested: str,
             path: Path | None = None) -> Path | None:
    """HTML pages to one PDF: asks where (unless `path` is given, as tests do), words errors.
    None when the user cancelled or it failed."""
    from ui.pdf import html_to_pdf

    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Common", "Save as PDF"), suggested,
            QCoreApplication.translate("Common", "PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
    try:
        html_to_pdf(pages, path, title=title)
    except ExposureError as exc:
        show_error(parent, exc)
        return None
    return path


def cited(src: Source) -> str:
    """A source as a user reads it, in the UI's language: the outlet (or web site), its address,
    its own date and the date we read it. Never the project's internal notes."""
    text = " · ".join(p for p in (src.who, src.url if src.url != src.who else "") if p)
    dates = []
    if src.published:
        dates.append(QCoreApplication.translate("Sources", "published %1")
                     .replace("%1", src.published))
    if src.seen:
        dates.append(QCoreApplication.translate("Sources", "seen %1").replace("%1", src.seen))
    if dates:
        joined = QCoreApplication.translate("Sources", ", ").join(dates)
        text = QCoreApplication.translate("Sources", "%1 (%2)").replace("%1", text).replace(
            "%2", joined)
    return text
