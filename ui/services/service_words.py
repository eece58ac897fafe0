"""Words for the catalogue's vocabulary (exposure/factors.py): factors, what an account reveals,
categories, deletion difficulty, hardening priority."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def factor_name(factor: str) -> str:
    return {
        "sms": QCoreApplication.translate("ServiceWords", "SMS code"),
        "call": QCoreApplication.translate("ServiceWords", "voice-call code"),
        "phone_unlocked": QCoreApplication.translate("ServiceWords", "the unlocked phone"),
        "password": QCoreApplication.translate("ServiceWords", "password"),
        "service_password": QCoreApplication.translate("ServiceWords", "service PIN (服务密码)"),
        "payment_password": QCoreApplication.translate("ServiceWords", "payment PIN (支付密码)"),
        "id_number": QCoreApplication.translate("ServiceWords", "ID number"),
        "name": QCoreApplication.translate("ServiceWords", "name"),
        "id_photo": QCoreApplication.translate("ServiceWords", "ID card photo"),
        "face": QCoreApplication.translate("ServiceWords", "face check"),
        "card_number": QCoreApplication.translate("ServiceWords", "bank card number"),
        "card_password": QCoreApplication.translate("ServiceWords", "bank card PIN"),
        "email": QCoreApplication.translate("ServiceWords", "e-mail inbox"),
        "totp": QCoreApplication.translate("ServiceWords", "authenticator app code"),
        "security_key": QCoreApplication.translate("ServiceWords", "security key"),
        "trusted_device": QCoreApplication.translate("ServiceWords", "a trusted device"),
        "linked_account": QCoreApplication.translate("ServiceWords", "a linked account (WeChat/QQ/Alipay sign-in)"),
        "contacts": QCoreApplication.translate("ServiceWords", "friends' help"),
        "in_person": QCoreApplication.translate("ServiceWords", "an in-person visit with the ID card"),
        "human_review": QCoreApplication.translate("ServiceWords", "a manual review by the service"),
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
        "sms": QCoreApplication.translate("ServiceWords", "the number's SMS (SIM re-issue or un-reporting)"),
        "phone": QCoreApplication.translate("ServiceWords", "phone number"),
        "name": QCoreApplication.translate("ServiceWords", "real name"),
        "id_number": QCoreApplication.translate("ServiceWords", "ID number"),
        "id_photo": QCoreApplication.translate("ServiceWords", "ID card photos"),
        "face": QCoreApplication.translate("ServiceWords", "face images"),
        "card_numbers": QCoreApplication.translate("ServiceWords", "bound bank card numbers"),
        "address": QCoreApplication.translate("ServiceWords", "addresses"),
        "location": QCoreApplication.translate("ServiceWords", "whereabouts"),
        "email": QCoreApplication.translate("ServiceWords", "e-mail address"),
        "contacts": QCoreApplication.translate("ServiceWords", "contacts and friends"),
        "plate": QCoreApplication.translate("ServiceWords", "licence plate"),
        "payments": QCoreApplication.translate("ServiceWords", "paying and transferring money"),
        "credit": QCoreApplication.translate("ServiceWords", "borrowing in the person's name"),
        "social_security": QCoreApplication.translate("ServiceWords", "social-security and tax records"),
        "travel": QCoreApplication.translate("ServiceWords", "travel and hotel records"),
        "employment": QCoreApplication.translate("ServiceWords", "job and CV data"),
        "messages": QCoreApplication.translate("ServiceWords", "private messages"),
        "files": QCoreApplication.translate("ServiceWords", "stored files and photos"),
    }.get(item, item)


def category_name(category: str) -> str:
    return {
        "carrier": QCoreApplication.translate("ServiceWords", "Mobile carrier"), "bank": QCoreApplication.translate("ServiceWords", "Bank"), "payment": QCoreApplication.translate("ServiceWords", "Payment"),
        "social": QCoreApplication.translate("ServiceWords", "Social network"), "messaging": QCoreApplication.translate("ServiceWords", "Messaging"),
        "shopping": QCoreApplication.translate("ServiceWords", "Shopping"), "delivery": QCoreApplication.translate("ServiceWords", "Delivery"), "travel": QCoreApplication.translate("ServiceWords", "Travel"),
        "hotel": QCoreApplication.translate("ServiceWords", "Hotel"), "government": QCoreApplication.translate("ServiceWords", "Government"),
        "phone_vendor": QCoreApplication.translate("ServiceWords", "Phone vendor account"), "parking": QCoreApplication.translate("ServiceWords", "Parking"),
        "jobs": QCoreApplication.translate("ServiceWords", "Jobs"), "loan": QCoreApplication.translate("ServiceWords", "Loans"), "video": QCoreApplication.translate("ServiceWords", "Video"), "search": QCoreApplication.translate("ServiceWords", "Search"),
        "email": QCoreApplication.translate("ServiceWords", "E-mail"), "cloud": QCoreApplication.translate("ServiceWords", "Cloud storage"), "other": QCoreApplication.translate("ServiceWords", "Other"),
    }.get(category, category)


def difficulty_name(difficulty: str) -> str:
    return {
        "easy": QCoreApplication.translate("ServiceWords", "easy"), "medium": QCoreApplication.translate("ServiceWords", "medium"), "hard": QCoreApplication.translate("ServiceWords", "hard"),
        "limited": QCoreApplication.translate("ServiceWords", "limited"), "impossible": QCoreApplication.translate("ServiceWords", "impossible"),
    }.get(difficulty, QCoreApplication.translate("ServiceWords", "unknown"))


def priority_name(priority: str) -> str:
    return {"high": QCoreApplication.translate("ServiceWords", "Do first"), "medium": QCoreApplication.translate("ServiceWords", "Then"), "low": QCoreApplication.translate("ServiceWords", "When you have time")}.get(
        priority, priority)


def unknown() -> str:
    return QCoreApplication.translate("ServiceWords", "unknown")
