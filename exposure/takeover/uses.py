"""A registration's identifiers by what they do there (the take-over graph's first question
about each registration)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from exposure.model import (
    Identifier,
    IdentifierId,
    IdentifierKind,
    IdentifierStatus,
    Role,
)
from exposure.store.takeover_reads import BriefRow

# plain strings: enum attribute look-ups are slow in the hot loop
_PHONE, _CARD = IdentifierKind.PHONE.value, IdentifierKind.BANK_CARD.value
_CLOSED = IdentifierStatus.CLOSED.value
_LOGIN_PHONE, _RESERVED_PHONE = (_PHONE, Role.LOGIN.value), (_PHONE, Role.RESERVED_PHONE.value)
_LOGIN_CARD, _BOUND_CARD = (_CARD, Role.LOGIN.value), (_CARD, Role.BOUND_CARD.value)
_OTHER_CARD = (_CARD, Role.OTHER.value)
_LOGIN_EMAIL = (IdentifierKind.EMAIL.value, Role.LOGIN.value)
_CONTACT_EMAIL = (IdentifierKind.EMAIL.value, Role.CONTACT.value)


class UsesOf(NamedTuple):
    """A registration's identifiers that are not closed, by what they do there."""

    phones: list[int]  # login phones, then reserved phones (an SMS code goes to either)
    login_phones: list[int]
    reserved_phones: list[int]
    cards: list[int]  # login, bound, other
    bound_cards: list[int]
    login_emails: list[int]
    contact_emails: list[int]


class Uses:
    def __init__(self, idents: Mapping[IdentifierId, Identifier]) -> None:
        self.idents = idents
        self._memo: dict[tuple[int, ...], UsesOf] = {}

    def of(self, row: BriefRow) -> UsesOf:
        """The row's identifiers that are not closed, by what they do there. Registrations
        that use the same identifiers the same way share one answer (the vault shares their
        Usage objects: the memo's key is theirs, alive as long as the rows)."""
        usages = row.usages
        key = tuple(map(id, usages))
        found = self._memo.get(key)
        if found is None:
            by: dict[tuple[str, str], list[int]] = {}
            for u in usages:
                ident = self.idents.get(u.identifier_id)
                if ident is not None and ident.status != _CLOSED:
                    by.setdefault((ident.kind, u.role), []).append(u.identifier_id)
            get = by.get
            login, reserved = get(_LOGIN_PHONE, []), get(_RESERVED_PHONE, [])
            bound = get(_BOUND_CARD, [])
            found = self._memo[key] = UsesOf(
                login + reserved, login, reserved,
                get(_LOGIN_CARD, []) + bound + get(_OTHER_CARD, []), bound,
                get(_LOGIN_EMAIL, []), get(_CONTACT_EMAIL, []))
        return found
