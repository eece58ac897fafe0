"""The plain objects an import passes through: what a file said (Entry), what the preview found
(PlanRow, ImportPlan), what the user decided (Choice) and what the commit did (ImportResult).

None of them has a field for a password, a note of a password manager, a TOTP secret or a custom
field: parsers never copy those out of the file, so they cannot reach the vault by mistake.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from exposure.model import (
    IdentifierId,
    IdentifierKind,
    IdentifierStatus,
    PersonId,
    RegistrationId,
    RegistrationStatus,
    Role,
)

FORMATS = ("csv", "bitwarden", "keepass", "chrome", "firefox", "1password", "applist")
PASSWORD_MANAGERS = ("bitwarden", "keepass", "chrome", "firefox", "1password")


@dataclass(frozen=True)
class ImportedIdentifier:
    kind: IdentifierKind
    value: str  # normalised by exposure.identifiers
    role: Role = Role.LOGIN
    # the user's own name for it ("建行老卡") and its state (a dormant card): CSV only; they
    # do not make two rows of the same value different (compare=False)
    label: str = field(default="", compare=False)
    status: IdentifierStatus = field(default=IdentifierStatus.ACTIVE, compare=False)


@dataclass(frozen=True)
class Entry:
    """One account as the source describes it, before it is matched to a service."""

    line: int  # line of a CSV file, item number of a JSON export, line of a pasted list
    service: str  # a URL, host, domain, name or alias
    title: str = ""  # a password manager's entry title, tried when the URL matches nothing
    person: str = ""  # CSV: the person's name; "" means the person chosen for the import
    identifiers: tuple[ImportedIdentifier, ...] = ()
    account_ref: str = ""  # a user name that is not a phone number or e-mail address
    status: RegistrationStatus = RegistrationStatus.ACTIVE
    notes: str = ""  # only from Exposure's own CSV (its notes column); never a password manager's
    relation: str = ""  # CSV: the person's relation (self, mother …) when the import adds them
    since: dt.date | None = None  # CSV: when the account was opened
    service_name: str = ""  # CSV: the user's own name for the service (捷停车)
    no_smartphone: bool | None = None  # CSV: the person has no smartphone (None: not said)


@dataclass(frozen=True)
class Skipped:
    """A line that will not be imported, with why. `reason`: not_a_login, no_service, local,
    kind, identifier (with the identifier's `kind` and the parser's `code`), status, role."""

    line: int
    reason: str
    label: str = ""  # the service as the file names it (never an identifier value)
    detail: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Parsed:
    format: str
    entries: tuple[Entry, ...]
    skipped: tuple[Skipped, ...] = ()


# --- the preview ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanRow:
    key: int  # what `choices` refer to
    line: int
    person: str
    label: str  # the service as the file names it: a host, a name
    catalog_id: str | None  # the catalogue entry it matched, None when unmatched
    service_name: str  # the catalogue's name when matched, else the label
    domain: str  # the host, kept on a custom service
    identifiers: tuple[ImportedIdentifier, ...]
    account_ref: str = ""
    status: RegistrationStatus = RegistrationStatus.ACTIVE
    notes: str = ""
    duplicate: str = ""  # "" | "vault" (already recorded) | "file" (an earlier line says it)
    relation: str = ""
    since: dt.date | None = None
    own_name: str = ""  # the user's own name for the service, when the file gives one
    no_smartphone: bool | None = None


@dataclass(frozen=True)
class ImportPlan:
    format: str
    person: str  # the chosen person ("" when every line names its own)
    matched: tuple[PlanRow, ...]
    unmatched: tuple[PlanRow, ...]
    duplicates: tuple[PlanRow, ...]
    skipped: tuple[Skipped, ...]
    new_people: tuple[str, ...]  # names the import will add as people

    @property
    def rows(self) -> tuple[PlanRow, ...]:
        return self.matched + self.unmatched + self.duplicates

    def row(self, key: int) -> PlanRow:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)


@dataclass(frozen=True)
class Choice:
    """What to do with one row: `map` to a catalogue entry, add as a `custom` service named
    `name`, or `skip` it. Unmatched rows without a choice become custom services."""

    action: str  # "map" | "custom" | "skip"
    catalog_id: str = ""
    name: str = ""

    @classmethod
    def map(cls, catalog_id: str) -> Choice:
        return cls("map", catalog_id=catalog_id)

    @classmethod
    def custom(cls, name: str) -> Choice:
        return cls("custom", name=name)

    @classmethod
    def skip(cls) -> Choice:
        return cls("skip")


@dataclass(frozen=True)
class ImportResult:
    registrations: tuple[RegistrationId, ...]
    identifiers_added: int
    services_added: int
    people_added: int
    duplicates: int  # rows found already recorded when committing
    skipped: int  # rows the user chose to skip, or that could not be imported
    # what the import created, so that it can be undone (vault ids, never values)
    created_people: tuple[PersonId, ...] = ()
    created_identifiers: tuple[IdentifierId, ...] = ()
