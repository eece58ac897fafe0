"""The shared vocabulary of factors (what logs in or recovers an account) and of what a
taken account reveals or grants. The catalogue, the breach mapping and the take-over
analysis all speak it.

A factor set is a frozenset of FACTORS: every factor in it is needed together, e.g.
{"sms"} (SMS code alone), {"sms", "id_number"}, {"sms", "name", "id_number", "card_number"}.
"""

from __future__ import annotations

# What an attacker must present to log in to or recover an account.
FACTORS: dict[str, str] = {
    "sms": "an SMS code sent to the account's phone number",
    "call": "a voice call to the account's phone number",
    "phone_unlocked": "the unlocked phone itself (apps already signed in)",
    "password": "the account's password",
    "service_password": "a carrier's or bank's service PIN (服务密码 / 查询密码)",
    "payment_password": "a payment PIN (支付密码)",
    "id_number": "the resident ID number",
    "name": "the person's name",
    "id_photo": "a photo of the ID card",
    "face": "a face check (liveness; defeated by animated ID photos in reported cases)",
    "card_number": "a bank card number",
    "card_password": "a bank card's PIN",
    "email": "control of the account's e-mail inbox",
    "totp": "an authenticator app code",
    "security_key": "a hardware security key",
    "trusted_device": "a device already trusted by the account",
    "linked_account": "control of a linked account (e.g. WeChat/QQ/Alipay sign-in)",
    "contacts": "answers from friends (friend-assisted recovery)",
    "in_person": "an in-person visit with the physical ID card (not attacker-satisfiable here)",
    "human_review": "a manual review by the service (slow, uncertain)",
}

# What a taken account reveals or grants to whoever holds it.
REVEALS: dict[str, str] = {
    "sms": "receiving the SMS of the number (carrier: remote SIM re-issue or un-reporting)",
    "phone": "the phone number",
    "name": "the real name",
    "id_number": "the resident ID number",
    "id_photo": "photos of the ID card",
    "face": "face images",
    "card_numbers": "bound bank card numbers",
    "address": "postal addresses",
    "location": "whereabouts (trips, parking, deliveries)",
    "email": "the e-mail address",
    "contacts": "the contact list / friends",
    "plate": "the licence plate",
    "payments": "the ability to pay or transfer money",
    "credit": "the ability to borrow in the person's name",
    "social_security": "social-security and tax records",
    "travel": "travel and hotel records",
    "employment": "employment and CV data",
    "messages": "private messages",
    "files": "stored files and photos",
}

CATEGORIES = (
    "carrier", "bank", "payment", "social", "messaging", "shopping", "delivery", "travel",
    "hotel", "government", "phone_vendor", "parking", "jobs", "loan", "video", "search",
    "email", "cloud", "other",
)
