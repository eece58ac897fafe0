"""File → New vault…, Open vault…, Open the demo family (a throw-away copy, deleted when left),
and Help → User guide (bundled HTML in both languages, with its pictures)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QLineEdit, QWizard

from exposure.keys import VaultKey
from exposure.settings import Settings
from exposure.vault import Vault
from tests.ui.modal import when_modal
from ui.main_window import MainWindow
from ui.vault import vault_files
from ui.vault.unlock_dialog import UnlockDialog
from ui.vault.wizard import CreateVaultWizard

PASS = "another long passphrase"


def _window(qtbot, vault, app_paths) -> MainWindow:
    window = MainWindow(vault, app_paths, Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_demo_family_is_a_throw_away_copy(qtbot, vault, app_paths) -> None:
    vault.people.add(name="我")
    window = _window(qtbot, vault, app_paths)
    home = window.vault_path
    demo = window.open_demo()
    assert demo.folder.is_dir() and window.vault_path == demo.path != home
    assert "demo" in window.windowTitle()
    assert {p.name for p in window.ctx.vault.people.all_people()} == {"张演示", "王演示", "张小演"}
    assert window.stack.currentWidget() is window.pages["home"]
    window.lock()  # leaving the demo deletes it; unlocking goes back to the user's own vault
    assert not demo.folder.exists() and window.vault_path == home
    assert "demo" not in window.windowTitle()
    again = window.open_demo()
    window.close()
    assert not again.folder.exists()


def test_open_and_new_vault_switch_the_window(qtbot, vault, app_paths, tmp_path) -> None:
    vault.people.add(name="我")
    window = _window(qtbot, vault, app_paths)
    other_path = tmp_path / "other.exposure"
    with Vault.create(other_path, VaultKey.from_passphrase(PASS)) as other:
        other.people.add(name="奶奶")

    def unlock(dialog: UnlockDialog) -> None:
        dialog.findChild(QLineEdit).setText(PASS)
        dialog.accept()

    when_modal(UnlockDialog, unlock)
    assert vault_files.open_vault(window, other_path)
    assert window.vault_path == other_path
    assert [p.name for p in window.ctx.vault.people.all_people()] == ["奶奶"]
    assert not vault.is_open  # the previous vault was closed

    new_path = tmp_path / "new.exposure"

    def create(wizard: CreateVaultWizard) -> None:
        wizard.next()
        wizard.passphrase_page.passphrase.edit.setText(PASS)
        wizard.passphrase_page.passphrase.confirm_edit.setText(PASS)
        wizard.next()
        wizard.person_page.name_edit.insert("新人")
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_modal(CreateVaultWizard, create)
    assert vault_files.new_vault(window, new_path)
    assert window.vault_path == new_path and new_path.exists()
    assert [p.name for p in window.ctx.vault.people.all_people()] == ["新人"]
    window.close()


def test_the_user_guide_opens_in_both_languages_with_pictures(qtbot, vault, app_paths
                                                            ) -> None:
    for lang, words in (("en", "user guide"), ("zh_CN", "使用指南")):
        path = vault_files.guide_file(lang)
        html = path.read_text("utf-8")
        assert words in html
        for name in ("home.png", "leaks.png", "takeover.png"):
            assert f'img/{name}' in html and (path.parent / "img" / name).stat().st_size > 1000
    window = _window(qtbot, vault, app_paths)
    dialog = window.show_guide()
    assert "Home: what matters now" in dialog.browser.toPlainText()
    image = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value,
        dialog.browser.source().resolved(QUrl("img/home.png")))
    assert isinstance(image, QImage | QPixmap) and image.width() > 500  # the picture is shown
    dialog.close()
    assert window.guide_action.shortcut().toString()  # F1
