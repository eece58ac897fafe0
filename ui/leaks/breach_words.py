"""Words for the feeds' and exposures' codes (errors, kinds that leaked, labels, states)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def feed_error_text(reason: str, params: dict[str, object]) -> str:
    words = {
        "url_refused": QCoreApplication.translate("BreachWords", "The address was refused: only https:// addresses or files on this computer are allowed."),
        "network": QCoreApplication.translate("BreachWords", "The server could not be reached."),
        "timeout": QCoreApplication.translate("BreachWords", "The server stopped answering."),
        "deadline": QCoreApplication.translate("BreachWords", "The download took too long."),
        "tls": QCoreApplication.translate("BreachWords", "The server's certificate could not be verified."),
        "http_status": QCoreApplication.translate("BreachWords", "The server answered with error %1."),
        "rate_limited": QCoreApplication.translate("BreachWords", "The server asked to wait before trying again."),
        "too_large": QCoreApplication.translate("BreachWords", "The feed is larger than allowed."),
        "cancelled": QCoreApplication.translate("BreachWords", "Cancelled."),
        "incomplete": QCoreApplication.translate("BreachWords", "The download was cut off."),
        "decoding": QCoreApplication.translate("BreachWords", "The download was garbled."),
        "too_many_redirects": QCoreApplication.translate("BreachWords", "The address redirects too often."),
        "encoding": QCoreApplication.translate("BreachWords", "The feed is not UTF-8 text."),
        "malformed_json": QCoreApplication.translate("BreachWords", "The feed is not valid JSON."),
        "schema": QCoreApplication.translate("BreachWords", "The feed does not follow the format (at %1)."),
        "unreadable": QCoreApplication.translate("BreachWords", "The built-in feed file could not be read."),
        "redirect_refused": QCoreApplication.translate("BreachWords", "The server redirected to a plain http address or into this computer's network; refused."),
        "store": QCoreApplication.translate("BreachWords", "The feed holds values the vault cannot store; its last good copy is kept."),
        "file_unreadable": QCoreApplication.translate("BreachWords", "The feed file does not exist or cannot be read."),
    }
    text = words.get(reason, reason)
    arg = params.get("status", params.get("path", ""))
    return text.replace("%1", str(arg))


def leaked_kind_name(kind: str) -> str:
    return {
        "phone": QCoreApplication.translate("BreachWords", "phone number"), "id_number": QCoreApplication.translate("BreachWords", "ID number"),
        "bank_card": QCoreApplication.translate("BreachWords", "bank card"), "email": QCoreApplication.translate("BreachWords", "e-mail"), "plate": QCoreApplication.translate("BreachWords", "licence plate"),
        "passport": QCoreApplication.translate("BreachWords", "passport"), "id_photo": QCoreApplication.translate("BreachWords", "ID photo"), "address": QCoreApplication.translate("BreachWords", "address"),
        "face": QCoreApplication.translate("BreachWords", "face photos"), "name": QCoreApplication.translate("BreachWords", "name"), "password": QCoreApplication.translate("BreachWords", "password"),
        "security_qa": QCoreApplication.translate("BreachWords", "security answers"), "username": QCoreApplication.translate("BreachWords", "user name"),
        "date_of_birth": QCoreApplication.translate("BreachWords", "date of birth"), "location": QCoreApplication.translate("BreachWords", "whereabouts"),
        "travel": QCoreApplication.translate("BreachWords", "travel and hotel records"), "financial": QCoreApplication.translate("BreachWords", "financial data"),
        "credit": QCoreApplication.translate("BreachWords", "credit and loan records"), "health": QCoreApplication.translate("BreachWords", "health data"),
        "device": QCoreApplication.translate("BreachWords", "device data"), "ip_address": QCoreApplication.translate("BreachWords", "IP address"),
        "contacts": QCoreApplication.translate("BreachWords", "contacts"), "messages": QCoreApplication.translate("BreachWords", "messages"), "photo": QCoreApplication.translate("BreachWords", "photos"),
        "employment": QCoreApplication.translate("BreachWords", "job and education"), "vehicle": QCoreApplication.translate("BreachWords", "vehicle details"),
        "personal": QCoreApplication.translate("BreachWords", "personal traits"), "other": QCoreApplication.translate("BreachWords", "other data"),
    }.get(kind, kind)


def flag_name(flag: str) -> str:
    return {
        "unverified": QCoreApplication.translate("BreachWords", "unverified"), "fabricated": QCoreApplication.translate("BreachWords", "fabricated"),
        "sensitive": QCoreApplication.translate("BreachWords", "sensitive"), "retired": QCoreApplication.translate("BreachWords", "retired"),
        "spam_list": QCoreApplication.translate("BreachWords", "spam list"), "malware": QCoreApplication.translate("BreachWords", "malware"),
    }.get(flag, flag)


def state_name(state: str) -> str:
    return {"new": QCoreApplication.translate("BreachWords", "New"), "seen": QCoreApplication.translate("BreachWords", "Seen"), "handled": QCoreApplication.translate("BreachWords", "Handled"),
            "dismissed": QCoreApplication.translate("BreachWords", "Dismissed")}.get(state, state)


def records_text(records: int | None, note: str) -> str:
    if records is None:
        return QCoreApplication.translate("BreachWords", "unknown")
    notes = {
        "seller_claimed": QCoreApplication.translate("BreachWords", "as claimed by the seller, never confirmed"),
        "police_figure": QCoreApplication.translate("BreachWords", "police figure"), "court_record": QCoreApplication.translate("BreachWords", "in the court record"),
        "company_confirmed": QCoreApplication.translate("BreachWords", "confirmed by the company"),
        "media_reported": QCoreApplication.translate("BreachWords", "as reported by the media"),
    }
    text = f"{records:,}"
    return f"{text} ({notes[note]})" if note in notes else text
