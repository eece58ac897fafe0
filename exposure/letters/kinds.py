"""Kinds of request letter, the law each rests on, and which articles each cites."""

from __future__ import annotations

from enum import StrEnum


class Regime(StrEnum):
    PIPL = "pipl"
    GDPR = "gdpr"


class LetterKind(StrEnum):
    DELETION = "deletion"
    ACCESS = "access"  # access and copy
    CORRECTION = "correction"
    WITHDRAW_CONSENT = "withdraw_consent"
    EXPLANATION = "explanation"  # explain the processing rules
    CANCELLATION = "cancellation"  # close the account (and delete what it holds)
    GDPR_ERASURE = "gdpr_erasure"
    GDPR_ACCESS = "gdpr_access"
    FOLLOW_UP = "follow_up"
    COMPLAINT = "complaint"


# Kinds a user starts from a registration; follow-up and complaint grow out of a sent request.
FIRST_KINDS = (LetterKind.DELETION, LetterKind.ACCESS, LetterKind.CORRECTION,
               LetterKind.WITHDRAW_CONSENT, LetterKind.EXPLANATION, LetterKind.CANCELLATION,
               LetterKind.GDPR_ERASURE, LetterKind.GDPR_ACCESS)

ARTICLES: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.DELETION: ("pipl-47",),
    LetterKind.ACCESS: ("pipl-45",),
    LetterKind.CORRECTION: ("pipl-46",),
    LetterKind.WITHDRAW_CONSENT: ("pipl-15",),
    LetterKind.EXPLANATION: ("pipl-48",),
    LetterKind.CANCELLATION: ("pipl-47", "pipl-15"),
    LetterKind.GDPR_ERASURE: ("gdpr-17", "gdpr-12-3"),
    LetterKind.GDPR_ACCESS: ("gdpr-15", "gdpr-12-3"),
    LetterKind.FOLLOW_UP: ("pipl-50",),  # plus the original's articles
    LetterKind.COMPLAINT: ("pipl-65", "pipl-50"),  # plus the original's articles
}


def regime_of(kind: LetterKind, original: LetterKind | None = None) -> Regime:
    """GDPR for the GDPR kinds and the follow-ups and complaints that grow out of them (a GDPR
    complaint goes to an EU supervisory authority); everything else PIPL."""
    if kind in (LetterKind.GDPR_ERASURE, LetterKind.GDPR_ACCESS):
        return Regime.GDPR
    if kind in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT) and original is not None:
        return regime_of(original)
    return Regime.PIPL


def articles_for(kind: LetterKind, original: LetterKind | None = None) -> tuple[str, ...]:
    own = ARTICLES[kind]
    if kind is LetterKind.FOLLOW_UP and regime_of(kind, original) is Regime.GDPR:
        own = ("gdpr-12-3",)
    if kind is LetterKind.COMPLAINT and regime_of(kind, original) is Regime.GDPR:
        own = ("gdpr-77",)
    if original is None or kind not in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT):
        return own
    return tuple(dict.fromkeys(ARTICLES[original] + own))
