"""Words for the feeds' and exposures' codes (errors, kinds that leaked, labels, states)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("BreachWords", text)


def feed_error_text(reason: str, params: dict[str, object]) -> str:
    words = {
        "url_refused": _t("The address was refused: only https:// addresses are allowed."),
        "network": _t("The server could not be reached."),
        "timeout": _t("The server stopped answering."),
        "deadline": _t("The download took too long."),
        "tls": _t("The server's certificate could not be verified."),
        "http_status": _t("The server answered with error %1."),
        "rate_limited": _t("The server asked to wait before trying again."),
        "too_large": _t("The feed is larger than allowed."),
        "cancelled": _t("Cancelled."),
        "incomplete": _t("The download was cut off."),
        "decoding": _t("The download was garbled."),
        "too_many_redirects": _t("The address redirects too often."),
        "encoding": _t("The feed is not UTF-8 text."),
        "malformed_json": _t("The feed is not valid JSON."),
        "schema": _t("The feed does not follow the format (at %1)."),
        "unreadable": _t("The built-in feed file could not be read."),
    }
    text = words.get(reason, reason)
    arg = params.get("status", params.get("path", ""))
    return text.replace("%1", str(arg))


def leaked_kind_name(kind: str) -> str:
    return {
        "phone": _t("phone number"), "id_number": _t("ID number"),
        "bank_card": _t("bank card"), "email": _t("e-mail"), "plate": _t("licence plate"),
        "passport": _t("passport"), "id_photo": _t("ID photo"), "address": _t("address"),
        "face": _t("face photos"), "name": _t("name"), "password": _t("password"),
        "security_qa": _t("security answers"), "username": _t("user name"),
        "date_of_birth": _t("date of birth"), "location": _t("whereabouts"),
        "travel": _t("travel and hotel records"), "financial": _t("financial data"),
        "credit": _t("credit and loan records"), "health": _t("health data"),
        "device": _t("device data"), "ip_address": _t("IP address"),
        "contacts": _t("contacts"), "messages": _t("messages"), "photo": _t("photos"),
        "employment": _t("job and education"), "vehicle": _t("vehicle details"),
        "personal": _t("personal traits"), "other": _t("other data"),
    }.get(kind, kind)


def flag_name(flag: str) -> str:
    return {
        "unverified": _t("unverified"), "fabricated": _t("fabricated"),
        "sensitive": _t("sensitive"), "retired": _t("retired"),
        "spam_list": _t("spam list"), "malware": _t("malware"),
    }.get(flag, flag)


def state_name(state: str) -> str:
    return {"new": _t("New"), "seen": _t("Seen"), "handled": _t("Handled"),
            "dismissed": _t("Dismissed")}.get(state, state)


def records_text(records: int | None, note: str) -> str:
    if records is None:
        return _t("unknown")
    notes = {
        "seller_claimed": _t("as claimed by the seller, never confirmed"),
        "police_figure": _t("police figure"), "court_record": _t("in the court record"),
        "company_confirmed": _t("confirmed by the company"),
        "media_reported": _t("as reported by the media"),
    }
    text = f"{records:,}"
    return f"{text} ({notes[note]})" if note in notes else text
