"""Plain domain objects. The vault builds them from rows; everything else reads them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType, TypeVar

PersonId = NewType("PersonId", int)
IdentifierId = NewType("IdentifierId", int)
ServiceId = NewType("ServiceId", int)
RegistrationId = NewType("RegistrationId", int)
AuditId = NewType("AuditId", int)

_T = TypeVar("_T")


def by_person(items: Iterable[_T], person_of: Callable[[_T], PersonId],
              ) -> defaultdict[PersonId, list[_T]]:
    """Records grouped by their person, in the order read (a person with none: [])."""
    out: defaultdict[PersonId, list[_T]] = defaultdict(list)
    for item in items:
        out[person_of(item)].append(item)
    return out


class Change(StrEnum):
    """What a change notice says changed (Vault.subscribe): the kind of record written. A
    StrEnum, so a listener may compare with the plain word too."""

    PEOPLE = "people"
    IDENTIFIERS = "identifiers"
    SERVICES = "services"
    REGISTRATIONS = "registrations"
    FEEDS = "feeds"
    BREACHES = "breaches"
    EXPOSURES = "exposures"
    REQUESTS = "requests"
    AUDITS = "audits"
    HARDENING = "hardening"
    PLAYBOOK = "playbook"
    OVERVIEW = "overview"  # Home's own marks (the first-run checklist)


class IdentifierKind(StrEnum):
    PHONE = "phone"
    ID_NUMBER = "id_number"
    BANK_CARD = "bank_card"
    EMAIL = "email"
    PLATE = "plate"
    PASSPORT = "passport"
    ID_PHOTO = "id_photo"
    ADDRESS = "address"


class IdentifierStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"  # an old card or number still open but unused: the one people forget
    CLOSED = "closed"


class RegistrationStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSING = "closing"
    CLOSED = "closed"


class Role(StrEnum):
    """How a registration uses an identifier."""

    LOGIN = "login"  # the account name / login phone or email
    RESERVED_PHONE = "reserved_phone"  # 预留手机号 of a bank card or a payment account
    BOUND_CARD = "bound_card"  # a card bound for quick pay
    ID_ON_FILE = "id_on_file"  # real-name verification: ID number / photo held there
    CONTACT = "contact"  # address, plate, e-mail for notices
    OTHER = "other"


# The role an identifier of each kind usually plays at a service, when nobody said otherwise
# (the registration dialog's first choice, a spreadsheet row without a role).
DEFAULT_ROLE: dict[IdentifierKind, Role] = {
    IdentifierKind.PHONE: Role.LOGIN,
    IdentifierKind.EMAIL: Role.LOGIN,
    IdentifierKind.PLATE: Role.LOGIN,
    IdentifierKind.ID_NUMBER: Role.ID_ON_FILE,
    IdentifierKind.ID_PHOTO: Role.ID_ON_FILE,
    IdentifierKind.PASSPORT: Role.ID_ON_FILE,
    IdentifierKind.BANK_CARD: Role.BOUND_CARD,
    IdentifierKind.ADDRESS: Role.CONTACT,
}


@dataclass(frozen=True)
class Person:
    id: PersonId
    name: str
    relation: str = ""  # free text or one of RELATIONS
    notes: str = ""
    deceased: bool = False  # their accounts are to be closed, not hardened
    died_on: dt.date | None = None  # when known
    no_smartphone: bool = False  # app steps become counter and hotline steps


RELATIONS = ("self", "spouse", "father", "mother", "child", "grandparent", "sibling", "other")


@dataclass(frozen=True)
class Identifier:
    id: IdentifierId
    person_id: PersonId
    kind: IdentifierKind
    value: str  # normalised: E.164 phone, upper-case ID, digits-only card, lower-case email
    label: str = ""
    status: IdentifierStatus = IdentifierStatus.ACTIVE
    notes: str = ""


@dataclass(frozen=True)
class Service:
    """A service a registration points at: a catalogue entry (catalog_id set) or the user's own."""

    id: ServiceId
    name: str
    catalog_id: str | None = None
    domains: tuple[str, ...] = ()
    category: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Usage:
    identifier_id: IdentifierId
    role: Role = Role.LOGIN


@dataclass(frozen=True, slots=True)  # slots: one per registration in tables (issue 16)
class Registration:
    id: RegistrationId
    person_id: PersonId
    service_id: ServiceId
    usages: tuple[Usage, ...] = ()
    status: RegistrationStatus = RegistrationStatus.ACTIVE
    since: dt.date | None = None
    account_ref: str = ""  # a user name or member number the user wants letters to cite
    notes: str = ""
    # the name the user gave the service when it is filed under a catalogue entry by another
    # name (捷停车 under the generic 智慧停车（通用）); "" = the service's own name
    service_name: str = ""

    @property
    def identifier_ids(self) -> tuple[IdentifierId, ...]:
        return tuple(u.identifier_id for u in self.usages)


@dataclass(frozen=True, slots=True)  # slots: one per registration in tables (issue 16)
class InventoryRow:
    """One registration joined with its person, service and identifiers, for tables and exports."""

    registration: Registration
    person: Person
    service: Service
    identifiers: tuple[Identifier, ...] = field(default=())

    @property
    def service_label(self) -> str:
        """The name the user gave the service, else the service's."""
        return self.registration.service_name or self.service.name


class CountCompared:
    """A national look-up's count set against the inventory's (a stored AuditRecord, or a fresh
    audit.AuditResult): the fields come from the dataclass that mixes this in."""

    official_count: int
    inventory_count: int

    @property
    def gap(self) -> int:
        """How many more the official service counts than the inventory (negative: fewer)."""
        return self.official_count - self.inventory_count

    @property
    def fewer(self) -> bool:
        """The inventory holds fewer than the official count: something is forgotten."""
        return self.gap > 0


@dataclass(frozen=True)
class AuditRecord(CountCompared):
    """One stored audit run against a national look-up (exposure/audit.py)."""

    id: AuditId
    person_id: PersonId
    lookup: str
    checked_on: dt.date
    official_count: int
    inventory_count: int
    phone_id: IdentifierId | None = None
    listed: tuple[str, ...] = ()
    notes: str = ""
