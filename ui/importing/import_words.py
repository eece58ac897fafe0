"""Words for importing: why a line is left out, what is already recorded. (Why a whole file was
refused, and the format names, are in ui/words.py: error_text words ImportRejected.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.words import kind_name


def skip_text(reason: str, detail: dict[str, str]) -> str:
    if reason == "identifier":
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
