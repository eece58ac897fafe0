"""First run: create the encrypted vault, protected by the OS keyring or by a passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from exposure.errors import ExposureError
from exposure.keys import VaultKey, keyring_state
from exposure.model import PersonId
from exposure.vault import Vault
from ui.palette import set_text_role
from ui.vault.recovery_dialog import RecoveryKeyPanel
from ui.widgets.buttons import push_button
from ui.widgets.common import plain_label, show_problem, size_dialog
from ui.widgets.forms import ErrorLabel
from ui.widgets.passphrase import PassphraseEdit
from ui.words import error_text


class ProtectionPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Exposure"))
        self.setSubTitle(self.tr("Everything you enter stays on this computer, in one encrypted "
                                 "file. Choose how that file is locked."))
        state = keyring_state()
        self.keyring_radio = QRadioButton(self.tr("Keep the key in the system keyring "
                                                  "(nothing to type)"))
        self.passphrase_radio = QRadioButton(self.tr("Protect it with a passphrase I type at "
                                                     "each start"))
        group = QButtonGroup(self)
        group.addButton(self.keyring_radio)
        group.addButton(self.passphrase_radio)
        self.reason_label = plain_label("")
        set_text_role(self.reason_label, "warning")
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_radio)
        layout.addWidget(plain_label(self.tr(
            "A random 256-bit key is stored in your login keyring; "
            "anyone who can log in as you can open the vault.")))
        self.lock_note = plain_label(self.tr(
            "Note: Lock (Ctrl+L) and the idle lock hide your records, but reopening them asks "
            "for nothing, as starting the app does. Next you get a recovery key to print or "
            "write down: it opens the vault if the keyring ever cannot."))
        set_text_role(self.lock_note, "dimmed")
        layout.addWidget(self.lock_note)
        layout.addSpacing(8)
        layout.addWidget(self.passphrase_radio)
        layout.addWidget(plain_label(self.tr(
            "Safer on a shared computer. If you forget the "
            "passphrase, nobody can recover the vault.")))
        layout.addSpacing(8)
        layout.addWidget(self.reason_label)
        layout.addStretch()
        self.keyring_radio.toggled.connect(self.lock_note.setVisible)
        self.guest_button = push_button(
            self.tr("Try it as a &guest (nothing is saved)"), self._guest, tip=self.tr(
                "For a workshop or a borrowed computer: the vault lives in memory only and is "
                "forgotten at close, unless you save an encrypted copy where you choose."))
        layout.addWidget(self.guest_button)
        if state.usable:
            self.keyring_radio.setChecked(True)
        else:
            self.lock_note.setVisible(False)
            self.keyring_radio.setEnabled(False)
            self.passphrase_radio.setChecked(True)
            self.reason_label.setText(self.tr(
                "No system keyring is available here (for example a Linux session without a "
                "Secret Service, or a headless machine), so the vault will be protected by a "
                "passphrase."))

    def _guest(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, CreateVaultWizard):
            wizard.start_guest()

    def nextId(self) -> int:
        return CreateVaultWizard.PAGE_PASSPHRASE if self.passphrase_radio.isChecked() \
            else CreateVaultWizard.PAGE_PERSON


def field_page(page: QWizardPage, title: str, subtitle: str, field: QWidget) -> ErrorLabel:
    """Lay `page` out as one field with the line that says what is wrong under it; that line."""
    page.setTitle(title)
    page.setSubTitle(subtitle)
    error_label = ErrorLabel()
    layout = QVBoxLayout(page)
    layout.addWidget(field)
    layout.addWidget(error_label)
    layout.addStretch()
    return error_label


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = PassphraseEdit(new=True)
        self.error_label = field_page(
            self, self.tr("Choose a passphrase"),
            self.tr("A few unrelated words are easy to remember and hard to guess. "
                    "If you forget it, nobody can open the vault."), self.passphrase)
        self.passphrase.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.passphrase.is_complete()

    def validatePage(self) -> bool:
        problem = self.passphrase.problem()
        self.error_label.setText(problem)
        return not problem

    def nextId(self) -> int:
        return CreateVaultWizard.PAGE_PERSON


class PersonPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your name or a nickname (optional)"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.error_label = field_page(
            self, self.tr("Who are you?"),
            self.tr("The first person in the vault. You add relatives later on the People page."),
            self.name_edit)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if not isinstance(wizard, CreateVaultWizard):
            return False
        try:
            wizard.create_vault()
        except ExposureError as exc:
            show_problem(self.error_label, error_text(exc), focus=self.name_edit)
            return False
        return True

    def nextId(self) -> int:
        wizard = self.wizard()
        keyring_mode = isinstance(wizard, CreateVaultWizard) \
            and wizard.protection_page.keyring_radio.isChecked()
        return CreateVaultWizard.PAGE_RECOVERY if keyring_mode else -1


class RecoveryPage(QWizardPage):
    """The new keyring vault's recovery key; Finish only once its last group is typed back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery key"))
        self.panel: RecoveryKeyPanel | None = None
        self.box = QVBoxLayout(self)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if self.panel is not None or not isinstance(wizard, CreateVaultWizard) \
                or wizard.vault is None:
            return
        self.panel = RecoveryKeyPanel(wizard.vault.recovery_key(), self)
        self.panel.confirmed_changed.connect(self.completeChanged)
        self.box.addWidget(self.panel)

    def isComplete(self) -> bool:
        return self.panel is not None and self.panel.confirmed

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if not isinstance(wizard, CreateVaultWizard) or wizard.vault is None \
                or not self.isComplete():
            return False
        wizard.vault.confirm_recovery_key()
        return True

    def nextId(self) -> int:
        return -1


class CreateVaultWizard(QWizard):
    PAGE_PROTECTION, PAGE_PASSPHRASE, PAGE_PERSON, PAGE_RECOVERY = range(4)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.vault: Vault | None = None
        self.person_id: PersonId | None = None
        self.setWindowTitle(self.tr("Create your vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.protection_page = ProtectionPage()
        self.passphrase_page = PassphrasePage()
        self.person_page = PersonPage()
        self.recovery_page = RecoveryPage()
        self.setPage(self.PAGE_PROTECTION, self.protection_page)
        self.setPage(self.PAGE_PASSPHRASE, self.passphrase_page)
        self.setPage(self.PAGE_PERSON, self.person_page)
        self.setPage(self.PAGE_RECOVERY, self.recovery_page)
        self.setStartId(self.PAGE_PROTECTION)
        size_dialog(self, 70, 26)

    def start_guest(self) -> None:
        """A memory-only vault instead of a file (exposure/guest.py)."""
        from exposure.guest import open_guest_vault

        if self.vault is None:
            self.vault = open_guest_vault()
        self.accept()

    def create_vault(self) -> None:
        if self.vault is not None:
            return
        if self.protection_page.passphrase_radio.isChecked():
            key = VaultKey.from_passphrase(self.passphrase_page.passphrase.text(),
                                           check_strength=True)
        else:
            key = VaultKey.new_raw()
        self.vault = Vault.create(self.path, key)
        name = self.person_page.name_edit.text().strip()
        if name:
            self.person_id = self.vault.people.add(name=name, relation="self")
        self.passphrase_page.passphrase.clear()
