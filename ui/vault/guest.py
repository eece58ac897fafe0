"""The Qt side of a guest session: nothing of Qt's own goes to disk, a banner says so, and at
close the guest chooses: forget everything, or save an encrypted copy where they choose.

Qt writes a few files of its own: the non-native file dialog keeps recent folders in
~/.config/QtProject.conf, and a native (GTK) dialog adds chosen files to recently-used.xbel.
In a guest session dialogs are Qt's own and QSettings point at a path that cannot be created.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from ui import palette
from ui.widgets.common import question_box

# A path under a device file: no folder can be made there, so Qt's settings are never written.
_NOWHERE = "/dev/null/exposure-guest"


def prepare_qt_for_guest(app: QApplication) -> None:
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, _NOWHERE)


def guest_banner(parent: QWidget | None = None) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "Guest", "Guest session: everything you enter stays in this computer's memory and is "
        "forgotten when you close the window. To keep it, save an encrypted copy "
        "(File → Back up vault…), for example on your own USB stick."), parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(palette.box_style("note"))
    label.setAccessibleName(QCoreApplication.translate("Guest", "Guest session"))
    return label


class CloseChoice:
    FORGET, SAVE, CANCEL = "forget", "save", "cancel"


def ask_at_close(parent: QWidget) -> str:
    """Forget everything, save an encrypted copy first, or go back."""
    box = question_box(
        parent, QCoreApplication.translate("Guest", "End the guest session"),
        QCoreApplication.translate(
            "Guest", "Closing forgets everything entered in this guest session. Nothing of it is "
            "left on this computer. Save an encrypted copy first?"))
    forget = box.addButton(QCoreApplication.translate("Guest", "&Forget everything"),
                           QMessageBox.ButtonRole.DestructiveRole)
    save = box.addButton(QCoreApplication.translate("Guest", "&Save an encrypted copy…"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is forget:
        return CloseChoice.FORGET
    if clicked is save:
        return CloseChoice.SAVE
    return CloseChoice.CANCEL
