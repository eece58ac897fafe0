"""File → Merge from another copy…, and the offer when a sync tool's conflict copy sits beside
the vault."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from exposure.demo import load_demo
from exposure.keys import VaultKey
from exposure.model import IdentifierKind, Role, Usage
from exposure.settings import Settings
from exposure.vault import Vault
from ui.main_window import MainWindow

OTHER = "another long passphrase"


def _other_copy(path) -> None:
    vault = Vault.create(path, VaultKey.from_passphrase(OTHER))
    load_demo(vault)
    me = vault.people.find("王演示")
    sid = vault.services.ensure(name="闲鱼", catalog_id="xianyu")
    phone = next(i for i in vault.identifiers.all_identifiers(me.id) if i.kind is IdentifierKind.PHONE)
    vault.registrations.add(person_id=me.id, service_id=sid, usages=[Usage(phone.id, Role.LOGIN)])
    vault.close()


def test_merge_from_another_copy_previews_merges_and_undoes(qtbot, demo_vault, app_paths,
                                                            tmp_path) -> None:
    other = tmp_path / "laptop.exposure"
    _other_copy(other)
    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    inventory = window.show_page("inventory")
    total = inventory.model.rowCount()
    dialog = window.merge_from_copy(other)
    dialog.passphrase.edit.setText("wrong passphrase here")
    dialog.preview_button.click()
    assert dialog.error_label.text() and not dialog.summary.toPlainText()
    dialog.passphrase.edit.setText(OTHER)
    dialog.preview_button.click()
    assert "Registrations: 1 added" in dialog.summary.toPlainText()
    assert inventory.model.rowCount() == total  # a preview writes nothing
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: inventory.model.rowCount() == total + 1)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: inventory.model.rowCount() == total)
    window.close()


def test_a_conflict_copy_beside_the_vault_is_offered_for_merging(qtbot, demo_vault, app_paths,
                                                                 tmp_path) -> None:
    conflict = demo_vault.path.with_name(
        f"{demo_vault.path.stem} (conflicted copy 2026-03-01){demo_vault.path.suffix}")
    _other_copy(tmp_path / "x.exposure")
    shutil.copy(tmp_path / "x.exposure", conflict)
    answered = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answered.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            qtbot_timer()

    def qtbot_timer() -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(20, answer_yes)

    qtbot_timer()
    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert conflict.name in answered[0]
    from ui.vault.merge_dialog import MergeDialog

    qtbot.waitUntil(lambda: any(isinstance(w, MergeDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MergeDialog))
    dialog.passphrase.edit.setText(OTHER)
    asked = []

    def delete_the_copy() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and conflict.name in box.text():
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, delete_the_copy)

    QTimer.singleShot(0, delete_the_copy)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert not conflict.exists()
    assert any(r.service.catalog_id == "xianyu" for r in demo_vault.registrations.rows())
    window.close()
