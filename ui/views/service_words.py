"""Words for the catalogue's vocabulary (exposure/factors.py): factors, what an account reveals,
categories, deletion difficulty, hardening priority."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ServiceWords", text)


def factor_name(factor: str) -> str:
    return {
        "sms": _t("SMS code"),
        "call": _t("voice-call code"),
        "phone_unlocked": _t("the unlocked phone"),
        "password": _t("password"),
        "service_password": _t("service PIN (服务密码)"),
        "payment_password": _t("payment PIN (支付密码)"),
        "id_number": _t("ID number"),
        "name": _t("name"),
        "id_photo": _t("ID card photo"),
        "face": _t("face check"),
        "card_number": _t("bank card number"),
        "card_password": _t("bank card PIN"),
        "email": _t("e-mail inbox"),
        "totp": _t("authenticator app code"),
        "security_key": _t("security key"),
        "trusted_device": _t("a trusted device"),
        "linked_account": _t("a linked account (WeChat/QQ/Alipay sign-in)"),
        "contacts": _t("friends' help"),
        "in_person": _t("an in-person visit with the ID card"),
        "human_review": _t("a manual review by the service"),
    }.get(factor, factor)


# The order factors are listed in a set: what the attacker needs first.
_FACTOR_ORDER = ("sms", "call", "phone_unlocked", "password", "service_password",
                 "payment_password", "name", "id_number", "id_photo", "face", "card_number",
                 "card_password", "email", "totp", "security_key", "trusted_device",
                 "linked_account", "contacts", "in_person", "human_review")


def factor_set_text(factors: Iterable[str]) -> str:
    """`{"sms", "id_number"}` → "SMS code + ID number"."""
    order = {f: n for n, f in enumerate(_FACTOR_ORDER)}
    names = sorted(factors, key=lambda f: (order.get(f, 99), f))
    return " + ".join(factor_name(f) for f in names)


def reveal_name(item: str) -> str:
    return {
        "sms": _t("the number's SMS (SIM re-issue or un-reporting)"),
        "phone": _t("phone number"),
        "name": _t("real name"),
        "id_number": _t("ID number"),
        "id_photo": _t("ID card photos"),
        "face": _t("face images"),
        "card_numbers": _t("bound bank card numbers"),
        "address": _t("addresses"),
        "location": _t("whereabouts"),
        "email": _t("e-mail address"),
        "contacts": _t("contacts and friends"),
        "plate": _t("licence plate"),
        "payments": _t("paying and transferring money"),
        "credit": _t("borrowing in the person's name"),
        "social_security": _t("social-security and tax records"),
        "travel": _t("travel and hotel records"),
        "employment": _t("job and CV data"),
        "messages": _t("private messages"),
        "files": _t("stored files and photos"),
    }.get(item, item)


def category_name(category: str) -> str:
    return {
        "carrier": _t("Mobile carrier"), "bank": _t("Bank"), "payment": _t("Payment"),
        "social": _t("Social network"), "messaging": _t("Messaging"),
        "shopping": _t("Shopping"), "delivery": _t("Delivery"), "travel": _t("Travel"),
        "hotel": _t("Hotel"), "government": _t("Government"),
        "phone_vendor": _t("Phone vendor account"), "parking": _t("Parking"),
        "jobs": _t("Jobs"), "loan": _t("Loans"), "video": _t("Video"), "search": _t("Search"),
        "email": _t("E-mail"), "cloud": _t("Cloud storage"), "other": _t("Other"),
    }.get(category, category)


def difficulty_name(difficulty: str) -> str:
    return {
        "easy": _t("easy"), "medium": _t("medium"), "hard": _t("hard"),
        "limited": _t("limited"), "impossible": _t("impossible"),
    }.get(difficulty, _t("unknown"))


def priority_name(priority: str) -> str:
    return {"high": _t("Do first"), "medium": _t("Then"), "low": _t("When you have time")}.get(
        priority, priority)


def unknown() -> str:
    return _t("unknown")
