"""Keyring vaults in the GUI: the wizard's recovery key, the unlock dialog naming the cause with
Retry and the recovery key, the offer to older vaults, restore while locked, another process's
changes and locks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from exposure.keys import Protection, VaultKey
from exposure.settings import Settings
from exposure.vault import Vault
from tests.ui.modal import when_modal
from ui.main_window import MainWindow
from ui.people.person_dialog import PersonDialog
from ui.vault import vault_menu
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.vault.unlock_dialog import UnlockDialog
from ui.vault.unlocking import unlock_vault
from ui.vault.wizard import CreateVaultWizard


def _last_group(key: str) -> str:
    return key.rsplit("-", 1)[1]


def keep_recovery_key(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Confirm the next recovery-key dialog as a user who wrote the key down; the list gets
    the key shown."""
    shown: list[str] = []

    def keep(dialog: RecoveryKeyDialog) -> None:
        shown.append(dialog.panel.recovery_key)
        dialog.panel.confirm_edit.setText(_last_group(dialog.panel.recovery_key))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(RecoveryKeyDialog, keep)
    return shown


def test_wizard_shows_the_recovery_key_and_needs_it_confirmed(qtbot, app_paths, memory_keyring
                                                              ) -> None:  # type: ignore[no-untyped-def]
    wizard = CreateVaultWizard(app_paths.vault)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.protection_page.keyring_radio.isChecked()
    assert "Lock" in wizard.protection_page.lock_note.text()
    assert wizard.protection_page.lock_note.isVisible()
    wizard.next()
    assert wizard.currentId() == CreateVaultWizard.PAGE_PERSON
    wizard.person_page.name_edit.insert("我")
    wizard.next()
    assert wizard.currentId() == CreateVaultWizard.PAGE_RECOVERY
    vault = wizard.vault
    assert vault is not None and vault.protection is Protection.KEYRING
    panel = wizard.recovery_page.panel
    assert panel is not None
    key = vault.recovery_key()
    assert panel.key_label.text().replace("\n", "") == key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    qtbot.keyClicks(panel.confirm_edit, "ZZZZZ")
    assert not finish.isEnabled()
    panel.confirm_edit.clear()
    qtbot.keyClicks(panel.confirm_edit, _last_group(key).lower())
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert vault.recovery_key_confirmed
    assert "我" not in panel.sheet_html() and key.split("-")[0] in panel.sheet_html()
    vault.close()


def test_recovery_sheet_saves_as_pdf(qtbot, app_paths, memory_keyring, tmp_path: Path
                                     ) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    with Vault.create(app_paths.vault, VaultKey.new_raw()) as vault:
        dialog = RecoveryKeyDialog(vault, allow_later=True)
        qtbot.addWidget(dialog)
        out = dialog.panel.save_sheet(tmp_path / "sheet.pdf")
        assert out is not None
        text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
        assert vault.recovery_key().split("-")[0] in text


def test_key_missing_from_the_keyring_opens_with_the_recovery_key(qtbot, app_paths,
                                                                  memory_keyring
                                                                  ) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(app_paths.vault, VaultKey.new_raw()) as vault:
        vault.people.add(name="妈妈")
        vault.confirm_recovery_key()
        key = vault.recovery_key()
    memory_keyring.store.clear()
    seen: dict[str, object] = {}

    def answer(dialog: UnlockDialog) -> None:
        seen["problem"] = dialog.problem_label.text()
        seen["passphrase shown"] = dialog.passphrase.edit.isVisible()
        qtbot.keyClicks(dialog.recovery_edit, key[:-1] + ("0" if key[-1] != "0" else "1"))
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        seen["typo"] = dialog.error_label.text()
        dialog.recovery_edit.setText(key)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    when_modal(UnlockDialog, answer)
    opened = unlock_vault(app_paths.vault)
    assert opened is not None
    with opened:
        assert [p.name for p in opened.people.all_people()] == ["妈妈"]
    assert "not in this system keyring" in str(seen["problem"])
    assert seen["passphrase shown"] is False  # never a passphrase for a keyring vault
    assert "Group 13" in str(seen["typo"])
    assert memory_keyring.store  # the key went back


def test_locked_keyring_says_so_and_retry_opens_once_unlocked(qtbot, app_paths, memory_keyring
                                                              ) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(app_paths.vault, VaultKey.new_raw()) as vault:
        vault.confirm_recovery_key()
    memory_keyring.locked = True
    seen: dict[str, str] = {}

    def answer(dialog: UnlockDialog) -> None:
        seen["problem"] = dialog.problem_label.text()
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)  # still locked
        seen["again"] = dialog.problem_label.text()
        memory_keyring.locked = False  # the user unlocked the keyring
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)

    when_modal(UnlockDialog, answer)
    opened = unlock_vault(app_paths.vault)
    assert opened is not None
    opened.close()
    assert "locked" in seen["problem"] and "Retry" in seen["problem"]
    assert seen["again"] == seen["problem"]


def test_a_vault_never_confirmed_is_offered_its_recovery_key(qtbot, app_paths, memory_keyring
                                                             ) -> None:  # type: ignore[no-untyped-def]
    Vault.create(app_paths.vault, VaultKey.new_raw()).close()
    seen: list[str] = []

    def later(dialog: RecoveryKeyDialog) -> None:
        seen.append(dialog.panel.recovery_key)
        dialog.reject()

    when_modal(RecoveryKeyDialog, later)
    vault = unlock_vault(app_paths.vault)
    assert vault is not None and seen and not vault.recovery_key_confirmed
    vault.close()

    def keep(dialog: RecoveryKeyDialog) -> None:
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.panel.confirm_edit, _last_group(dialog.panel.recovery_key))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(RecoveryKeyDialog, keep)
    vault = unlock_vault(app_paths.vault)
    assert vault is not None and vault.recovery_key_confirmed
    vault.close()


def test_restore_while_locked_and_a_new_recovery_key(qtbot, app_paths, memory_keyring,
                                                     monkeypatch: pytest.MonkeyPatch
                                                     ) -> None:  # type: ignore[no-untyped-def]
    backup = app_paths.data / "b.exposure"
    vault = Vault.create(app_paths.vault, VaultKey.new_raw())
    vault.people.add(name="妈妈")
    vault.confirm_recovery_key()
    vault.backup(backup, "backup passphrase")
    window = MainWindow(vault, app_paths, Settings())
    qtbot.addWidget(window)
    window.lock()
    memory_keyring.store.clear()  # the key is lost; only the backup is left
    assert window.restore_action.isEnabled() and not window.locked_restore_button.isHidden()
    monkeypatch.setattr(vault_menu.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(backup), "")))
    monkeypatch.setattr(vault_menu, "ask_passphrase", lambda *a, **k: "backup passphrase")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    shown = keep_recovery_key(qtbot)
    window.locked_restore_button.click()
    assert not window.is_locked and shown
    assert window.ctx is not None and window.ctx.vault.recovery_key() == shown[0]
    people = window.show_page("people")
    assert people.people_model.rowCount() == 1  # type: ignore[attr-defined]
    window.close()


def test_window_shows_another_processes_rows_and_a_busy_notice(qtbot, app_paths) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    mine = Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE))
    mine.set_busy_timeout(100)
    window = MainWindow(mine, app_paths, Settings())
    qtbot.addWidget(window)
    window.show()
    people = window.show_page("people")
    other = Vault.open(app_paths.vault, passphrase=PASSPHRASE)  # as another process would
    try:
        window.check_external_changes()
        other.people.add(name="from the command line")
        qtbot.waitUntil(lambda: people.people_model.rowCount() == 1, timeout=5000)  # type: ignore[attr-defined]
        other.conn.execute("BEGIN IMMEDIATE")  # the other holds the write lock
        dialog = PersonDialog(mine, parent=window)
        dialog.name_edit.insert("妈妈")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.result() and "nothing" in dialog.error_label.text().lower()
        window.show_busy_notice()
        assert window.busy_notice.isVisible()
        window.busy_notice.retry()
        assert window.busy_notice.retry_button.isVisible()  # still held
        other.conn.execute("COMMIT")
        window.busy_notice.retry()
        assert not window.busy_notice.retry_button.isVisible()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result()
    finally:
        other.close()
    assert {p.name for p in mine.people.all_people()} == {"from the command line", "妈妈"}
    window.close()


def test_switching_to_the_keyring_shows_the_new_recovery_key(qtbot, app_paths, memory_keyring
                                                             ) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE
    from ui.vault.security_dialog import SecurityDialog

    vault = Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE))
    dialog = SecurityDialog(vault)
    qtbot.addWidget(dialog)
    dialog.current.edit.setText(PASSPHRASE)  # issue 14: the current passphrase first
    dialog.keyring_radio.setChecked(True)
    shown = keep_recovery_key(qtbot)
    dialog.accept()
    assert vault.protection is Protection.KEYRING and shown == [vault.recovery_key()]
    assert vault.recovery_key_confirmed
    vault.close()
