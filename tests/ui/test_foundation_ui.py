"""Through the real widgets: create a vault in the wizard, add a person, an identifier and a
registration through the dialogs, find it by typing, lock, unlock (wrong, then right)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from exposure.model import Role
from exposure.settings import Settings
from exposure.vault import Vault
from tests.ui.modal import when_modal
from ui.inventory.inventory_model import InventoryModel
from ui.inventory.registration_dialog import RegistrationDialog
from ui.main_window import MainWindow
from ui.people.identifier_dialog import IdentifierDialog
from ui.people.person_dialog import PersonDialog
from ui.vault.unlock_dialog import UnlockDialog
from ui.vault.wizard import CreateVaultWizard

PASS = "family vault passphrase"


def create_in_wizard(qtbot, path) -> Vault:  # type: ignore[no-untyped-def]
    wizard = CreateVaultWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.protection_page
    assert not page.keyring_radio.isEnabled()  # no keyring backend in tests
    assert "keyring" in page.reason_label.text().lower()
    assert page.passphrase_radio.isChecked()
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.passphrase.edit, PASS)
    qtbot.keyClicks(wizard.passphrase_page.passphrase.confirm_edit, PASS + "typo")
    wizard.next()
    assert wizard.currentId() == CreateVaultWizard.PAGE_PASSPHRASE  # mismatch stops it
    assert wizard.passphrase_page.error_label.text()
    wizard.passphrase_page.passphrase.confirm_edit.setText(PASS)
    wizard.next()
    assert wizard.currentId() == CreateVaultWizard.PAGE_PERSON
    wizard.person_page.name_edit.insert("我")  # QTest cannot type CJK; insert() is typing
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.vault is not None
    return wizard.vault


def test_create_add_find_lock_unlock(qtbot, app_paths) -> None:  # type: ignore[no-untyped-def]
    vault = create_in_wizard(qtbot, app_paths.vault)
    assert not app_paths.vault.read_bytes().startswith(b"SQLite format 3")
    window = MainWindow(vault, app_paths, Settings())
    qtbot.addWidget(window)
    window.show()
    people = window.show_page("people")

    dialog = PersonDialog(vault, parent=window)
    dialog.name_edit.insert("妈妈")
    dialog.relation_combo.setCurrentIndex(dialog.relation_combo.findData("mother"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() and dialog.person_id is not None
    mum = dialog.person_id
    assert people.people_model.rowCount() == 2  # 我 and 妈妈

    ident = IdentifierDialog(vault, mum, parent=window)
    ident.kind_combo.setCurrentIndex(ident.kind_combo.findData("phone"))
    qtbot.keyClicks(ident.value_edit, "1381234567")  # one digit short
    assert ident.info_label.text()
    qtbot.mouseClick(ident.save_button, Qt.MouseButton.LeftButton)
    assert ident.error_label.text() and not ident.result()
    qtbot.keyClicks(ident.value_edit, "8")
    assert "中国移动" in ident.info_label.text() or "China Mobile" in ident.info_label.text()
    qtbot.mouseClick(ident.save_button, Qt.MouseButton.LeftButton)
    assert ident.result()

    reg = RegistrationDialog(vault, person_id=mum, parent=window)
    reg.service_edit.insert("四川人社")
    reg.check_identifier(ident.identifier_id, Role.LOGIN)  # type: ignore[arg-type]
    qtbot.mouseClick(reg.save_button, Qt.MouseButton.LeftButton)
    assert reg.result(), reg.error_label.text()

    inventory = window.show_page("inventory")
    assert inventory.model.rowCount() == 1
    qtbot.keyClicks(inventory.search_edit, "5678")
    assert inventory.proxy.rowCount() == 1
    shown = inventory.proxy.index(0, InventoryModel.COL_IDENTIFIERS).data()
    assert shown == "138****5678"
    inventory.search_edit.clear()
    qtbot.keyClicks(inventory.search_edit, "nobody-has-this")
    assert inventory.proxy.rowCount() == 0
    inventory.search_edit.clear()
    inventory.search_edit.insert("人社")
    assert inventory.proxy.rowCount() == 1

    window.lock_action.trigger()
    assert window.is_locked and not vault.is_open

    def answer(dialog: UnlockDialog) -> None:
        if dialog.attempts == 0:
            qtbot.keyClicks(dialog.passphrase.edit, "wrong passphrase")
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
            assert "passphrase" in dialog.error_label.text().lower()
            assert dialog.isVisible()  # still open: the user may retry
            dialog.passphrase.edit.setText(PASS)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    when_modal(UnlockDialog, answer)
    assert window.unlock()
    assert not window.is_locked
    inventory = window.show_page("inventory")
    assert inventory.model.rowCount() == 1
    window.close()


@pytest.mark.usefixtures("app_paths")
def test_delete_asks_and_can_be_undone(qtbot, demo_vault: Vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    inventory = window.show_page("inventory")
    total = inventory.model.rowCount()
    inventory.view.selectRow(0)

    def press(button_role: str) -> Callable[[QMessageBox], None]:
        def act(box: QMessageBox) -> None:
            for b in box.buttons():
                if box.buttonRole(b).name == button_role:
                    b.click()
                    return
        return act

    when_modal(QMessageBox, press("RejectRole"))
    inventory.remove_registrations()
    assert inventory.model.rowCount() == total  # cancelled: nothing removed
    when_modal(QMessageBox, press("DestructiveRole"))
    inventory.remove_registrations()
    assert inventory.model.rowCount() == total - 1
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert inventory.model.rowCount() == total
    window.close()


def test_reveal_and_copy_then_clipboard_clears(qtbot, demo_vault: Vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_vault, app_paths, Settings(clipboard_clear_seconds=5))
    qtbot.addWidget(window)
    people = window.show_page("people")
    people.ident_view.selectRow(0)
    masked = people.ident_proxy.index(0, 1).data()
    assert "*" in masked
    people.reveal_button.setChecked(True)
    revealed = people.ident_proxy.index(0, 1).data()
    assert "*" not in revealed
    window.clipboard.seconds = 1
    people.copy_identifier()
    assert QApplication.clipboard().text() == revealed.replace(" ", "")
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)
    window.close()


def test_identifier_dialog_accepts_an_id_with_a_younger_region_and_says_why(qtbot, vault):
    from stdnum.cn import ric

    pid = vault.people.add(name="爸爸")
    dialog = IdentifierDialog(vault, pid)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("id_number"))
    body = "11011219880315002"  # 通州区 exists since 1997, the holder was born in 1988
    qtbot.keyClicks(dialog.value_edit, body + ric.calc_check_digit(body + "0"))
    info = dialog.info_label.text()
    assert "1988-03-15" in info and ("region code" in info or "地区代码" in info)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() and not dialog.error_label.text()
    dialog = IdentifierDialog(vault, pid)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("id_number"))
    body = "83000019900101003"
    qtbot.keyClicks(dialog.value_edit, body + ric.calc_check_digit(body + "0"))
    assert "Taiwan" in dialog.info_label.text() or "台湾" in dialog.info_label.text()
