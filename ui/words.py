"""User-facing words for the core's codes: errors, identifier kinds, roles, statuses, relations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exposure import errors


def kind_name(kind: str) -> str:
    return {
        "phone": QCoreApplication.translate("Words", "Phone number"),
        "id_number": QCoreApplication.translate("Words", "Resident ID number"),
        "bank_card": QCoreApplication.translate("Words", "Bank card"),
        "email": QCoreApplication.translate("Words", "E-mail"),
        "plate": QCoreApplication.translate("Words", "Licence plate"),
        "passport": QCoreApplication.translate("Words", "Passport"),
        "id_photo": QCoreApplication.translate("Words", "ID / face photo"),
        "address": QCoreApplication.translate("Words", "Address"),
    }.get(kind, kind)


def role_name(role: str) -> str:
    return {
        "login": QCoreApplication.translate("Words", "login"),
        "reserved_phone": QCoreApplication.translate("Words", "reserved phone"),
        "bound_card": QCoreApplication.translate("Words", "bound card"),
        "id_on_file": QCoreApplication.translate("Words", "ID on file"),
        "contact": QCoreApplication.translate("Words", "contact"),
        "other": QCoreApplication.translate("Words", "other"),
    }.get(role, role)


def status_name(status: str) -> str:
    return {
        "active": QCoreApplication.translate("Words", "active"),
        "dormant": QCoreApplication.translate("Words", "dormant"),
        "closing": QCoreApplication.translate("Words", "closing"),
        "closed": QCoreApplication.translate("Words", "closed"),
    }.get(status, status)


def relation_name(relation: str) -> str:
    return {
        "self": QCoreApplication.translate("Words", "myself"),
        "spouse": QCoreApplication.translate("Words", "spouse"),
        "father": QCoreApplication.translate("Words", "father"),
        "mother": QCoreApplication.translate("Words", "mother"),
        "child": QCoreApplication.translate("Words", "child"),
        "grandparent": QCoreApplication.translate("Words", "grandparent"),
        "sibling": QCoreApplication.translate("Words", "sibling"),
        "other": QCoreApplication.translate("Words", "other"),
    }.get(relation, relation)


def _reason(kind: str, reason: str, params: dict[str, object]) -> str:
    what = kind_name(kind)
    match reason:
        case "empty":
            return QCoreApplication.translate("Words", "Enter the %1.").replace(
                "%1", what.lower() if kind != "id_number" else what
            )
        case "check_digit":
            return (
                QCoreApplication.translate(
                    "Words", "This %1 does not check out: the check digit should be %2."
                )
                .replace("%1", what)
                .replace("%2", str(params.get("expected", "?")))
            )
        case "length":
            if kind == "id_number":
                return QCoreApplication.translate(
                    "Words", "A resident ID number has 18 characters; this has %1."
                ).replace("%1", str(params.get("length", "?")))
            if kind == "bank_card":
                return QCoreApplication.translate(
                    "Words", "A bank card number has 12 to 19 digits; this has %1."
                ).replace("%1", str(params.get("length", "?")))
            return QCoreApplication.translate("Words", "This %1 has the wrong length.").replace(
                "%1", what
            )
        case "birth_date":
            return QCoreApplication.translate(
                "Words", "The birth date inside this ID number is not a real date."
            )
        case "region":
            if kind == "plate":
                return QCoreApplication.translate(
                    "Words", "A Chinese plate starts with a province character such as 京 or 粤."
                )
            return QCoreApplication.translate(
                "Words", "The first six digits are not a known region code."
            )
        case _:
            return QCoreApplication.translate("Words", "This is not a valid %1.").replace(
                "%1", what
            )


def error_text(exc: Exception) -> str:
    """One sentence for the user. Never includes an identifier value."""
    p = getattr(exc, "params", {})
    for words in (_recovery_and_passphrase_text, _vault_file_text, _keyring_text, _input_text):
        text = words(exc, p)
        if text is not None:
            return text
    match exc:
        case errors.ExposureError():
            return QCoreApplication.translate("Words", "The operation failed (%1).").replace(
                "%1", exc.code
            )
        case _:
            return QCoreApplication.translate("Words", "Something went wrong: %1").replace(
                "%1", type(exc).__name__
            )


def _recovery_and_passphrase_text(exc: Exception, p: dict[str, object]) -> str | None:
    """The recovery key and the passphrase."""
    match exc:
        case errors.WrongRecoveryKey():
            return QCoreApplication.translate(
                "Words", "That recovery key is well formed but belongs to another vault."
            )
        case errors.InvalidRecoveryKey():
            if p.get("reason") == "check":
                return QCoreApplication.translate(
                    "Words", "Group %1 of the recovery key is mistyped; check it against the "
                    "sheet."
                ).replace("%1", str(p.get("group", "?")))
            if p.get("reason") == "length":
                return QCoreApplication.translate(
                    "Words", "A recovery key has %1 letters and digits; this has %2."
                ).replace("%1", str(p.get("expected", "?"))).replace("%2", str(p.get("length", "?")))
            return QCoreApplication.translate(
                "Words", "A recovery key has only digits and the letters A to Z."
            )
        case errors.WrongPassphrase():
            return QCoreApplication.translate(
                "Words", "That passphrase does not open this vault, or the file is damaged. "
                "Check the passphrase and try again; if it is right, restore from a backup."
            )
        case _:
            return None


def _vault_file_text(exc: Exception, p: dict[str, object]) -> str | None:
    """The vault file: unreadable, full disk, busy, damaged, missing, newer."""
    match exc:
        case errors.VaultUnreadable():
            if p.get("reason") == "not_a_file":
                return QCoreApplication.translate(
                    "Words", "That path is a folder, not a vault file.")
            if p.get("reason") == "read_only":
                return QCoreApplication.translate(
                    "Words", "The vault cannot be written here (a read-only file or folder). "
                    "It has been left untouched.")
            return QCoreApplication.translate(
                "Words", "The disk reported an error reading the vault. It has been left "
                "untouched.")
        case errors.StorageFull():
            return QCoreApplication.translate(
                "Words", "The disk is full. Nothing was written; the vault is as it was. Free "
                "some space and try again.")
        case errors.KeyMismatch():
            return QCoreApplication.translate(
                "Words", "The key the system keyring holds for this vault does not open it. "
                "Open it with its recovery key."
            )
        case errors.VaultBusy():
            return QCoreApplication.translate(
                "Words", "Another Exposure window or command is writing to the vault. Nothing "
                "was saved; try again in a moment."
            )
        case errors.VaultInUse():
            return QCoreApplication.translate(
                "Words", "Another program has this vault open. Close it and try again; nothing "
                "was changed."
            )
        case errors.VaultCorrupt():
            return QCoreApplication.translate(
                "Words",
                "The vault file is damaged and cannot be opened. It has been left "
                "untouched; restore it from a backup.",
            )
        case errors.VaultMissing():
            return QCoreApplication.translate("Words", "There is no vault at that place.")
        case errors.VaultTooNew():
            return QCoreApplication.translate(
                "Words", "This vault was written by a newer version of Exposure."
            )
        case _:
            return None


def _keyring_text(exc: Exception, p: dict[str, object]) -> str | None:
    """The system keyring, and a new passphrase too weak."""
    match exc:
        case errors.KeyNotFound():
            return QCoreApplication.translate(
                "Words", "This vault's key is not in this system keyring (another user account, "
                "or the keyring was reset). Open it with its recovery key."
            )
        case errors.KeyringLocked():
            return QCoreApplication.translate(
                "Words", "The system keyring is locked. Unlock it (for example by logging in "
                "to the desktop again) and press Retry, or use the recovery key."
            )
        case errors.KeyringUnavailable():
            if p.get("reason") == "not_running":
                return QCoreApplication.translate(
                    "Words", "The system keyring is not running or does not answer. Start it "
                    "and press Retry, or use the recovery key."
                )
            return QCoreApplication.translate(
                "Words", "No system keyring is available here (for example a session without a "
                "Secret Service). Open the vault with its recovery key."
            )
        case errors.WeakPassphrase():
            if p.get("reason") == "guessable":
                return QCoreApplication.translate(
                    "Words", "That passphrase is too easy to guess. Add another word or two, "
                    "or press Generate."
                )
            if p.get("reason") == "raw_form":
                return QCoreApplication.translate(
                    "Words", "A passphrase may not start with x' (that is how raw keys are written)."
                )
            return QCoreApplication.translate(
                "Words", "Choose a passphrase of at least 8 characters."
            )
        case _:
            return None


def _input_text(exc: Exception, p: dict[str, object]) -> str | None:
    """What the user typed or chose: identifiers, duplicates, imports, letters."""
    match exc:
        case errors.InvalidIdentifier():
            return _reason(str(p.get("kind", "")), str(p.get("reason", "")), p)
        case errors.DuplicateIdentifier():
            return QCoreApplication.translate(
                "Words", "This person already has that %1 recorded."
            ).replace("%1", kind_name(str(p.get("kind", ""))).lower())
        case errors.DuplicatePerson():
            return QCoreApplication.translate(
                "Words", "Someone with this name is already in the vault."
            )
        case errors.DuplicateRegistration():
            return QCoreApplication.translate("Words", "This registration is already recorded.")
        case errors.InvalidInput():
            return (
                QCoreApplication.translate("Words", "Please fill in the name.")
                if p.get("field") == "name"
                else QCoreApplication.translate("Words", "Some of the input is not valid.")
            )
        case errors.ImportRejected():
            return rejection_text(p)
        case errors.NotFound():
            return QCoreApplication.translate("Words", "That record no longer exists.")
        case errors.LetterUnavailable() if p.get("reason") == "not_a_child":
            return QCoreApplication.translate(
                "Words", "Article 31 is for children under 14, and the ID number on record says "
                "this person is older. Write by proxy, with their signed authorisation.")
        case errors.LetterUnavailable() if p.get("reason") == "wrong_law":
            return QCoreApplication.translate(
                "Words", "A complaint follows the law the request used: after a GDPR request, "
                "an EU supervisory authority; after a PIPL request, a Chinese channel.")
        case _:
            return None


def format_name(fmt: str) -> str:
    return {
        "auto": QCoreApplication.translate("ImportWords", "Recognise automatically"),
        "csv": QCoreApplication.translate("ImportWords", "Exposure CSV (person, service, kind, value, status, notes)"),
        "bitwarden": QCoreApplication.translate("ImportWords", "Bitwarden (JSON or CSV, unencrypted)"),
        "keepass": QCoreApplication.translate("ImportWords", "KeePass / KeePassXC (CSV or XML)"),
        "chrome": QCoreApplication.translate("ImportWords", "Chrome / Edge (CSV)"),
        "firefox": QCoreApplication.translate("ImportWords", "Firefox (CSV)"),
        "1password": QCoreApplication.translate("ImportWords", "1Password (CSV)"),
        "applist": QCoreApplication.translate("ImportWords", "A list of app or service names"),
    }.get(fmt, fmt)


def rejection_text(params: dict[str, object]) -> str:
    """ImportRejected's reason and parameters in one sentence (no content of the file)."""
    reason = str(params.get("reason", ""))
    text = {
        "empty": QCoreApplication.translate("ImportWords", "The file holds nothing to import."),
        "too_large": QCoreApplication.translate("ImportWords", "The file is larger than %1 MB; an export of thousands of logins is "
                        "far smaller. Is it the right file?"),
        "encoding": QCoreApplication.translate("ImportWords", "The file is not text in UTF-8 or GBK. Save it again as \"CSV UTF-8\"."),
        "binary": QCoreApplication.translate("ImportWords", "The file is not text. A spreadsheet must be saved as CSV first."),
        "unreadable": QCoreApplication.translate("ImportWords", "The file cannot be read."),
        "columns": QCoreApplication.translate("ImportWords", "The columns do not fit %1. Choose the right format, or use the CSV "
                      "template."),
        "not_an_export": QCoreApplication.translate("ImportWords", "This file is not a %1 export."),
        "unrecognised": QCoreApplication.translate("ImportWords", "Exposure does not read this kind of file. It reads its own CSV, Bitwarden (JSON or CSV), KeePass / KeePassXC (CSV or XML), Chrome / Edge, Firefox and 1Password (CSV) exports, and lists of app names, one per line."),
        "not_applist": QCoreApplication.translate("ImportWords", "Line %1 is not an app or service name; the file looks like something else (a password-manager export?). Choose its format."),
        "too_many": QCoreApplication.translate("ImportWords", "The file has more than %1 entries; a real export or app list has far fewer. Split it, or check it is the right file."),
        "unsafe_xml": QCoreApplication.translate("ImportWords", "The XML file declares entities or a DTD, which a KeePass export never does."),
        "encrypted": QCoreApplication.translate("ImportWords", "The export is encrypted. Export again and choose the unencrypted JSON "
                        "format; delete that file after importing."),
        "malformed": QCoreApplication.translate("ImportWords", "The file is malformed near line %1."),
        "unknown_format": QCoreApplication.translate("ImportWords", "Unknown format."),
        "no_person": QCoreApplication.translate("ImportWords", "Choose whose accounts these are."),
    }.get(reason, QCoreApplication.translate("ImportWords", "The file cannot be imported."))
    if reason == "too_large":
        text = text.replace("%1", str(params.get("limit_mb", "?")))
    elif reason == "columns":
        text = text.replace("%1", format_name(str(params.get("format", "auto"))))
        if params.get("missing"):
            text += " " + QCoreApplication.translate("ImportWords", "Missing: %1.").replace("%1", str(params["missing"]))
    elif reason == "not_an_export":
        fmt = str(params.get("format", "bitwarden"))
        text = text.replace("%1", {"keepass": "KeePass", "bitwarden": "Bitwarden"}.get(fmt, fmt))
    elif reason == "not_applist":
        text = text.replace("%1", str(params.get("line", "?")))
    elif reason == "too_many":
        text = text.replace("%1", str(params.get("limit", "?")))
    elif reason == "malformed":
        text = text.replace("%1", str(params.get("line", "?")))
    return text + " " + QCoreApplication.translate("ImportWords", "Nothing was changed.")
