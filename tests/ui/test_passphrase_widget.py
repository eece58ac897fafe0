"""The one passphrase field: strength meter and minimum, show/hide, generator; the places that
use it (vault protection asks for the current passphrase, a backup passphrase typo re-asks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from exposure.keys import Protection
from exposure.vault import Vault
from tests.conftest import PASSPHRASE
from ui.vault.security_dialog import SecurityDialog
from ui.widgets.passphrase import PassphraseDialog, PassphraseEdit, ask_passphrase


def test_a_common_password_is_refused_with_its_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = PassphraseEdit(new=True)
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit.edit, "password")
    qtbot.keyClicks(edit.confirm_edit, "password")
    assert edit.strength_bar.value() == 1  # very weak
    assert "common" in edit.strength_label.text().lower()
    assert edit.problem()  # "too easy to guess"
    edit.edit.setText("correct horse battery staple")
    edit.confirm_edit.setText("correct horse battery staple")
    assert edit.strength_bar.value() == 5 and edit.problem() == ""


def test_show_hide_and_generate(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = PassphraseEdit(new=True)
    qtbot.addWidget(edit)
    assert edit.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(edit.show_button, Qt.MouseButton.LeftButton)
    assert edit.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert edit.confirm_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(edit.show_button, Qt.MouseButton.LeftButton)
    assert edit.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(edit.generate_button, Qt.MouseButton.LeftButton)
    made = edit.text()
    assert len(made.split("-")) == 5 and edit.confirm_edit.text() == made
    assert edit.edit.echoMode() == QLineEdit.EchoMode.Normal  # shown, to be written down
    assert edit.problem() == "" and edit.strength_bar.value() >= 4
    edit.clear()
    assert edit.text() == "" and edit.edit.echoMode() == QLineEdit.EchoMode.Password


def test_unlocking_field_has_no_meter_or_generator(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = PassphraseEdit()
    qtbot.addWidget(edit)
    assert edit.generate_button is None and edit.strength_bar is None
    assert edit.problem()  # empty
    edit.edit.setText("anything at all")
    assert edit.problem() == ""


def test_a_mismatched_backup_passphrase_asks_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.passphrase.edit.setText("a backup passphrase 7")
        dialog.passphrase.confirm_edit.setText("a backup passphrase 8")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # still asking
        seen.append(dialog.error_label.text())
        dialog.passphrase.confirm_edit.setText("a backup passphrase 7")
        assert not dialog.error_label.text()  # typing again clears the complaint
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert ask_passphrase(None, "Backup", new=True) == "a backup passphrase 7"
    assert seen and seen[0]


def test_vault_protection_asks_for_the_current_passphrase(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    path: Path = vault.path
    dialog = SecurityDialog(vault)
    qtbot.addWidget(dialog)
    assert not dialog.current.isHidden()
    dialog.new.edit.setText("a brand new passphrase")
    dialog.new.confirm_edit.setText("a brand new passphrase")
    dialog.current.edit.setText("not the passphrase")
    dialog.accept()
    assert not dialog.result() and dialog.error_label.text()
    vault.close()
    Vault.open(path, passphrase=PASSPHRASE).close()  # unchanged
    vault2 = Vault.open(path, passphrase=PASSPHRASE)
    dialog = SecurityDialog(vault2)
    qtbot.addWidget(dialog)
    dialog.current.edit.setText(PASSPHRASE)
    dialog.new.edit.setText("password")
    dialog.new.confirm_edit.setText("password")
    dialog.accept()
    assert not dialog.result()  # too weak
    dialog.new.edit.setText("a brand new passphrase")
    dialog.new.confirm_edit.setText("a brand new passphrase")
    dialog.accept()
    assert dialog.result()
    assert vault2.protection is Protection.PASSPHRASE
    vault2.close()
    Vault.open(path, passphrase="a brand new passphrase").close()
