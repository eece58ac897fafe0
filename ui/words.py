"""User-facing words for the core's codes: errors, identifier kinds, roles, statuses, relations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exposure import errors

_t = QCoreApplication.translate


def kind_name(kind: str) -> str:
    return {
        "phone": _t("Words", "Phone number"),
        "id_number": _t("Words", "Resident ID number"),
        "bank_card": _t("Words", "Bank card"),
        "email": _t("Words", "E-mail"),
        "plate": _t("Words", "Licence plate"),
        "passport": _t("Words", "Passport"),
        "id_photo": _t("Words", "ID / face photo"),
        "address": _t("Words", "Address"),
    }.get(kind, kind)


def role_name(role: str) -> str:
    return {
        "login": _t("Words", "login"),
        "reserved_phone": _t("Words", "reserved phone"),
        "bound_card": _t("Words", "bound card"),
        "id_on_file": _t("Words", "ID on file"),
        "contact": _t("Words", "contact"),
        "other": _t("Words", "other"),
    }.get(role, role)


def status_name(status: str) -> str:
    return {
        "active": _t("Words", "active"),
        "dormant": _t("Words", "dormant"),
        "closing": _t("Words", "closing"),
        "closed": _t("Words", "closed"),
    }.get(status, status)


def relation_name(relation: str) -> str:
    return {
        "self": _t("Words", "myself"),
        "spouse": _t("Words", "spouse"),
        "father": _t("Words", "father"),
        "mother": _t("Words", "mother"),
        "child": _t("Words", "child"),
        "grandparent": _t("Words", "grandparent"),
        "sibling": _t("Words", "sibling"),
        "other": _t("Words", "other"),
    }.get(relation, relation)


def _reason(kind: str, reason: str, params: dict[str, object]) -> str:
    what = kind_name(kind)
    match reason:
        case "empty":
            return _t("Words", "Enter the %1.").replace("%1", what.lower() if kind != "id_number"
                                                         else what)
        case "check_digit":
            return _t("Words", "This %1 does not check out: the check digit should be %2.") \
                .replace("%1", what).replace("%2", str(params.get("expected", "?")))
        case "length":
            if kind == "id_number":
                return _t("Words", "A resident ID number has 18 characters; this has %1.") \
                    .replace("%1", str(params.get("length", "?")))
            if kind == "bank_card":
                return _t("Words", "A bank card number has 12 to 19 digits; this has %1.") \
                    .replace("%1", str(params.get("length", "?")))
            return _t("Words", "This %1 has the wrong length.").replace("%1", what)
        case "birth_date":
            return _t("Words", "The birth date inside this ID number is not a real date.")
        case "region":
            if kind == "plate":
                return _t("Words",
                          "A Chinese plate starts with a province character such as 京 or 粤.")
            return _t("Words", "The first six digits are not a known region code.")
        case _:
            return _t("Words", "This is not a valid %1.").replace("%1", what)


def error_text(exc: Exception) -> str:
    """One sentence for the user. Never includes an identifier value."""
    p = getattr(exc, "params", {})
    match exc:
        case errors.WrongPassphrase():
            return _t("Words", "That passphrase does not open this vault. Check it and try again.")
        case errors.VaultCorrupt():
            return _t("Words", "The vault file is damaged and cannot be opened. It has been left "
                      "untouched; restore it from a backup.")
        case errors.VaultMissing():
            return _t("Words", "There is no vault at that place.")
        case errors.VaultTooNew():
            return _t("Words", "This vault was written by a newer version of Exposure.")
        case errors.KeyNotFound():
            return _t("Words", "The key of this vault is not in the system keyring.")
        case errors.KeyringUnavailable():
            return _t("Words", "The system keyring is not available.")
        case errors.WeakPassphrase():
            return _t("Words", "Choose a passphrase of at least 8 characters.")
        case errors.InvalidIdentifier():
            return _reason(str(p.get("kind", "")), str(p.get("reason", "")), p)
        case errors.DuplicateIdentifier():
            return _t("Words", "This person already has that %1 recorded.").replace(
                "%1", kind_name(str(p.get("kind", ""))).lower())
        case errors.DuplicatePerson():
            return _t("Words", "Someone with this name is already in the vault.")
        case errors.DuplicateRegistration():
            return _t("Words", "This registration is already recorded.")
        case errors.InvalidInput():
            return _t("Words", "Please fill in the name.") if p.get("field") == "name" else \
                _t("Words", "Some of the input is not valid.")
        case errors.NotFound():
            return _t("Words", "That record no longer exists.")
        case errors.ExposureError():
            return _t("Words", "The operation failed (%1).").replace("%1", exc.code)
        case _:
            return _t("Words", "Something went wrong: %1").replace("%1", type(exc).__name__)
