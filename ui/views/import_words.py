"""Words for importing: why a file was refused, why a line is left out, format names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWords", text)


def format_name(fmt: str) -> str:
    return {
        "auto": _t("Recognise automatically"),
        "csv": _t("Exposure CSV (person, service, kind, value, status, notes)"),
        "bitwarden": _t("Bitwarden (JSON or CSV, unencrypted)"),
        "keepass": _t("KeePass / KeePassXC (CSV)"),
        "chrome": _t("Chrome / Edge (CSV)"),
        "firefox": _t("Firefox (CSV)"),
        "1password": _t("1Password (CSV)"),
        "applist": _t("A list of app or service names"),
    }.get(fmt, fmt)


def rejection_text(params: dict[str, object]) -> str:
    """ImportRejected's reason and parameters in one sentence (no content of the file)."""
    reason = str(params.get("reason", ""))
    text = {
        "empty": _t("The file holds nothing to import."),
        "too_large": _t("The file is larger than %1 MB; an export of thousands of logins is "
                        "far smaller. Is it the right file?"),
        "encoding": _t("The file is not text in UTF-8 or GBK. Save it again as \"CSV UTF-8\"."),
        "binary": _t("The file is not text. A spreadsheet must be saved as CSV first."),
        "unreadable": _t("The file cannot be read."),
        "columns": _t("The columns do not fit %1. Choose the right format, or use the CSV "
                      "template."),
        "not_an_export": _t("This JSON file is not a Bitwarden export."),
        "encrypted": _t("The export is encrypted. Export again and choose the unencrypted JSON "
                        "format; delete that file after importing."),
        "malformed": _t("The file is malformed near line %1."),
        "unknown_format": _t("Unknown format."),
        "no_person": _t("Choose whose accounts these are."),
    }.get(reason, _t("The file cannot be imported."))
    if reason == "too_large":
        text = text.replace("%1", str(params.get("limit_mb", "?")))
    elif reason == "columns":
        text = text.replace("%1", format_name(str(params.get("format", "auto"))))
        if params.get("missing"):
            text += " " + _t("Missing: %1.").replace("%1", str(params["missing"]))
    elif reason == "malformed":
        text = text.replace("%1", str(params.get("line", "?")))
    return text + " " + _t("Nothing was changed.")


def skip_text(reason: str, detail: dict[str, str]) -> str:
    if reason == "identifier":
        from ui.words import kind_name

        return _t("Invalid %1 (%2)").replace("%1", kind_name(detail.get("kind", ""))).replace(
            "%2", detail.get("code", ""))
    return {
        "not_a_login": _t("Not a login (a card, identity or note)"),
        "no_service": _t("No web address or service name"),
        "local": _t("A local address (router, NAS), not a service"),
        "kind": _t("Unknown identifier kind"),
        "status": _t("Unknown status"),
        "role": _t("Unknown role"),
    }.get(reason, reason)


def duplicate_text(duplicate: str) -> str:
    return _t("Already in the inventory") if duplicate == "vault" else _t("Repeated in the file")
