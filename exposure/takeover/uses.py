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
    Usage,
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


# where a use goes in UsesOf's lists (login phones, reserved phones, login cards, bound cards,
# other cards, login e-mails, contact e-mails); other uses go nowhere
_SLOTS = {_LOGIN_PHONE: 0, _RESERVED_PHONE: 1, _LOGIN_CARD: 2, _BOUND_CARD: 3, _OTHER_CARD: 4,
          _LOGIN_EMAIL: 5, _CONTACT_EMAIL: 6}


class Uses:
    def __init__(self, idents: Mapping[IdentifierId, Identifier]) -> None:
        self.idents = idents
        self._memo: dict[int, UsesOf] = {}  # a tuple of uses' id() → its answer
        self._slot: dict[int, int] = {}  # a Usage object's id() → its slot, or -1

    def of(self, row: BriefRow) -> UsesOf:
        """The row's identifiers that are not closed, by what they do there. Registrations
        that use the same identifiers the same way share one answer (the vault gives them one
        tuple of uses, `usages_by_registration`: the memo's keys are those tuples' ids, alive
        as long as the rows)."""
        usages = row.usages
        key = id(usages)
        found = self._memo.get(key)
        if found is None:
            lists: tuple[list[int], ...] = ([], [], [], [], [], [], [])
            slot = self._slot
            for u in usages:
                n = slot.get(id(u))
                if n is None:
                    n = slot[id(u)] = self._slot_of(u)
                if n >= 0:
                    lists[n].append(u.identifier_id)
            login, reserved, card, bound, other, mail, contact = lists
            found = self._memo[key] = UsesOf(login + reserved, login, reserved,
                                             card + bound + other, bound, mail, contact)
        return found

    def _slot_of(self, use: Usage) -> int:
        ident = self.idents.get(use.identifier_id)
        if ident is None or ident.status == _CLOSED:
            return -1
        return _SLOTS.get((ident.kind, use.role), -1)
