"""Words for importing: why a file was refused, why a line is left out, format names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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


def skip_text(reason: str, detail: dict[str, str]) -> str:
    if reason == "identifier":
        from ui.words import kind_name

        return QCoreApplication.translate("ImportWords", "Invalid %1 (%2)").replace("%1", kind_name(detail.get("kind", ""))).replace(
            "%2", detail.get("code", ""))
    return {
        "not_a_login": QCoreApplication.translate("ImportWords", "Not a login (a card, identity or note)"),
        "no_service": QCoreApplication.translate("ImportWords", "No web address or service name"),
        "local": QCoreApplication.translate("ImportWords", "A local address (router, NAS), not a service"),
        "kind": QCoreApplication.translate("ImportWords", "Unknown identifier kind"),
        "status": QCoreApplication.translate("ImportWords", "Unknown status"),
        "role": QCoreApplication.translate("ImportWords", "Unknown role"),
        "identifier_status": QCoreApplication.translate(
            "ImportWords", "Unknown identifier status (active, dormant, cancelled)"),
        "since": QCoreApplication.translate(
            "ImportWords", "The date opened is not YYYY-MM-DD, YYYY-MM or YYYY"),
    }.get(reason, reason)


def duplicate_text(duplicate: str) -> str:
    return QCoreApplication.translate("ImportWords", "Already in the inventory") if duplicate == "vault" else QCoreApplication.translate("ImportWords", "Repeated in the file")
