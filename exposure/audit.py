"""Audit against the national look-ups: does the inventory hold as many phone numbers, accounts
and bank cards as the official services say exist under the person's ID?

The look-ups (工信部 电话卡"一证通查", 互联网账号"一证通查", 云闪付"一键查卡") are described in
resources/audit/lookups.json (schema beside it; facts from the research notes, with sources). The
user runs a look-up, types the count (and, if the reply names them, the companies or platforms)
it returned; `compare` sets that against the inventory and flags the gap: the forgotten number,
account or card. `record` stores the run with the caller's date so the audit can be repeated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exposure.catalog import Catalog, CatalogEntry, normalize
from exposure.errors import CatalogInvalid, InvalidInput
from exposure.lang import Text
from exposure.model import (
    AuditId,
    AuditRecord,
    CountCompared,
    IdentifierId,
    IdentifierKind,
    IdentifierStatus,
    PersonId,
    RegistrationId,
    RegistrationStatus,
    Role,
)
from exposure.paths import RESOURCES
from exposure.schemas import load_checked
from exposure.sources import Source, source_from_dict

if TYPE_CHECKING:
    from exposure.vault import Vault

LOOKUPS_DIR = RESOURCES / "audit"
LOOKUPS_FILE = LOOKUPS_DIR / "lookups.json"
SCHEMA_FILE = LOOKUPS_DIR / "lookups.schema.json"

# The look-ups cover mainland mobile numbers only.
CN_PREFIX = "+86"
# How a registration is "bound to a phone number" for the internet-accounts look-up.
ACCOUNT_ROLES = frozenset({Role.LOGIN, Role.RESERVED_PHONE})
MAX_COUNT = 10_000  # more than anyone holds: a typo


class Counts(StrEnum):
    """What the inventory side of a look-up counts."""

    PHONE = "phone"  # the person's mainland phone numbers in service (active or dormant)
    PHONE_ACCOUNTS = "phone_accounts"  # registrations bound to a phone at the listed platforms
    BANK_CARD = "bank_card"  # the person's bank cards not closed (active or dormant)


# --- the look-ups -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lookup:
    id: str
    counts: Counts
    per_phone: bool  # one look-up per phone number (else per person / ID)
    platforms: tuple[str, ...]  # catalogue ids counted (phone_accounts); empty = all services
    launched: str
    reliability: str  # official_reprint | secondary
    sources: tuple[Source, ...]
    texts: Mapping[str, Any]  # the *_zh / *_en fields as written

    def _pick(self, field: str, lang: str) -> Any:
        zh, en = self.texts[f"{field}_zh"], self.texts[f"{field}_en"]
        return Text(zh, en).in_(lang)

    def name(self, lang: str) -> str:
        return str(self._pick("name", lang))

    def text(self, field: str, lang: str) -> str:
        """operator, returns, reply, after, legal_basis."""
        return str(self._pick(field, lang))

    def items(self, field: str, lang: str) -> tuple[str, ...]:
        """steps, caveats, unverified."""
        return tuple(self._pick(field, lang))


def load_lookups(path: Path = LOOKUPS_FILE, schema_path: Path = SCHEMA_FILE) -> dict[str, Lookup]:
    """The look-ups file, checked against its schema; raises CatalogInvalid naming the file."""
    data = load_checked(path, schema_path)
    out: dict[str, Lookup] = {}
    for raw in data["lookups"]:
        if raw["id"] in out:
            raise CatalogInvalid(Path(path).name, "duplicate", what="id", value=raw["id"])
        out[raw["id"]] = Lookup(
            id=raw["id"], counts=Counts(raw["counts"]), per_phone=raw["per"] == "phone",
            platforms=tuple(raw["platforms"]), launched=raw["launched"],
            reliability=raw["reliability"],
            sources=tuple(source_from_dict(s) for s in raw["sources"]),
            texts={k: v for k, v in raw.items() if k.endswith(("_zh", "_en"))})
    return out


@cache
def default_lookups() -> dict[str, Lookup]:
    return load_lookups()


def lookup_named(lookup_id: str, lookups: Mapping[str, Lookup] | None = None) -> Lookup:
    found = (lookups if lookups is not None else default_lookups()).get(lookup_id)
    if found is None:
        raise InvalidInput("unknown look-up", field="lookup")
    return found


# --- what the inventory holds -------------------------------------------------------------------
@dataclass(frozen=True)
class Held:
    """The inventory's side: what was counted (identifier ids for phones and cards, registration
    ids for accounts), how many of them are dormant, and the catalogue ids of the services the
    person (or the phone) is registered at and not closed."""

    counted: tuple[int, ...]
    dormant: int
    service_ids: frozenset[str]

    @property
    def count(self) -> int:
        return len(self.counted)


def held(vault: Vault, person_id: PersonId, lookup: Lookup,
         phone_id: IdentifierId | None = None) -> Held:
    """What the inventory holds for this look-up. Raises NotFound for an unknown person and
    InvalidInput when `phone_id` is not one of the person's phone numbers."""
    vault.people.get(person_id)
    idents = {i.id: i for i in vault.identifiers.all_identifiers(person_id)}
    if phone_id is not None:
        phone = idents.get(phone_id)
        if phone is None or phone.kind is not IdentifierKind.PHONE:
            raise InvalidInput("not a phone number of this person", field="phone")
    rows = [r for r in vault.registrations.rows(person_id)
            if r.registration.status is not RegistrationStatus.CLOSED]
    if phone_id is not None:
        rows = [r for r in rows if phone_id in r.registration.identifier_ids]
    services = frozenset(r.service.catalog_id for r in rows if r.service.catalog_id)

    if lookup.counts is Counts.PHONE_ACCOUNTS:
        phones = ({phone_id} if phone_id is not None else
                  {i.id for i in idents.values() if i.kind is IdentifierKind.PHONE})
        platforms = set(lookup.platforms)
        counted: list[RegistrationId] = []
        dormant = 0
        for row in rows:
            reg = row.registration
            if platforms and row.service.catalog_id not in platforms:
                continue
            if any(u.identifier_id in phones and u.role in ACCOUNT_ROLES for u in reg.usages):
                counted.append(reg.id)
                dormant += reg.status is RegistrationStatus.DORMANT
        return Held(tuple(counted), dormant, services)

    kind = IdentifierKind.PHONE if lookup.counts is Counts.PHONE else IdentifierKind.BANK_CARD
    mine = [i for i in idents.values()
            if i.kind is kind and i.status is not IdentifierStatus.CLOSED
            and (kind is not IdentifierKind.PHONE or i.value.startswith(CN_PREFIX))]
    return Held(tuple(i.id for i in mine),
                sum(i.status is IdentifierStatus.DORMANT for i in mine), services)


# --- comparing ----------------------------------------------------------------------------------
_SPLIT = re.compile(r"[\n\r,;，；、|]+")
_COUNT_SUFFIX = re.compile(r"[\s:：x×*]*\d+\s*(个|张|条|户)?\s*$")


def parse_listed(text: str | Iterable[str]) -> tuple[str, ...]:
    """Names pasted from a look-up's reply: one a line (or separated by commas, 、 or ;), a
    trailing count such as "微信 2" or "中国移动：1张" dropped, duplicates once."""
    parts = _SPLIT.split(text) if isinstance(text, str) else list(text)
    out: dict[str, str] = {}
    for part in parts:
        name = " ".join(str(part).split())
        stripped = _COUNT_SUFFIX.sub("", name).strip()
        name = stripped or name
        if name and normalize(name) not in out:
            out[normalize(name)] = name
    return tuple(out.values())


@dataclass(frozen=True)
class AuditResult(CountCompared):
    person_id: PersonId
    lookup: str
    checked_on: dt.date
    official_count: int
    inventory_count: int
    dormant_count: int  # dormant numbers, cards or accounts among those counted
    counted: tuple[int, ...]  # identifier ids (phones, cards) or registration ids (accounts)
    phone_id: IdentifierId | None = None
    listed: tuple[str, ...] = ()
    listed_missing: tuple[str, ...] = ()  # catalogue ids listed but not held (or closed)
    listed_unknown: tuple[str, ...] = ()  # listed names the catalogue does not know

    @property
    def flagged(self) -> bool:
        return self.fewer or bool(self.listed_missing)


def compare(vault: Vault, person_id: PersonId, lookup_id: str, *, today: dt.date,
            official_count: int | None, listed: str | Sequence[str] = (),
            phone_id: IdentifierId | None = None, catalog: Catalog | None = None,
            lookups: Mapping[str, Lookup] | None = None) -> AuditResult:
    """Set what the look-up returned against the inventory. `official_count` None means "count
    the listed names". Raises InvalidInput (field: lookup, official_count, phone) or NotFound
    (person); nothing is stored."""
    lookup = lookup_named(lookup_id, lookups)
    names = parse_listed(listed)
    if official_count is None:
        if not names:
            raise InvalidInput("no count and no list", field="official_count")
        official_count = len(names)
    if isinstance(official_count, bool) or not isinstance(official_count, int):
        raise InvalidInput("count is not a number", field="official_count")
    if not 0 <= official_count <= MAX_COUNT:
        raise InvalidInput("count out of range", field="official_count")
    if phone_id is not None and not lookup.per_phone:
        raise InvalidInput("this look-up is not per phone number", field="phone")
    have = held(vault, person_id, lookup, phone_id)
    missing: list[str] = []
    unknown: list[str] = []
    for name in names:
        entry = _match(catalog, name)
        if entry is None:
            unknown.append(name)
        elif entry.id not in have.service_ids and entry.id not in missing:
            missing.append(entry.id)
    return AuditResult(
        person_id=person_id, lookup=lookup.id, checked_on=today, official_count=official_count,
        inventory_count=have.count, dormant_count=have.dormant, counted=have.counted,
        phone_id=phone_id, listed=names, listed_missing=tuple(missing),
        listed_unknown=tuple(unknown))


def _match(catalog: Catalog | None, name: str) -> CatalogEntry | None:
    if catalog is None:
        return None
    hit = catalog.lookup(name)
    if hit is None and name.endswith(("App", "APP", "app")):
        hit = catalog.lookup(name[:-3])
    return hit


# --- storing ------------------------------------------------------------------------------------
def record(vault: Vault, result: AuditResult, notes: str = "") -> AuditId:
    """Store an audit run (its date is the result's, i.e. the caller's clock)."""
    return vault.audits.add(
        person_id=result.person_id, lookup=result.lookup, checked_on=result.checked_on,
        official_count=result.official_count, inventory_count=result.inventory_count,
        phone_id=result.phone_id, listed=result.listed, notes=notes)


def run(vault: Vault, person_id: PersonId, lookup_id: str, *, today: dt.date,
        official_count: int | None, listed: str | Sequence[str] = (),
        phone_id: IdentifierId | None = None, catalog: Catalog | None = None,
        notes: str = "", lookups: Mapping[str, Lookup] | None = None,
        ) -> tuple[AuditResult, AuditId]:
    """compare() and record() in one go."""
    result = compare(vault, person_id, lookup_id, today=today, official_count=official_count,
                     listed=listed, phone_id=phone_id, catalog=catalog, lookups=lookups)
    return result, record(vault, result, notes)


def last_audit(vault: Vault, person_id: PersonId, lookup_id: str) -> AuditRecord | None:
    found = vault.audits.all_audits(person_id=person_id, lookup=lookup_id)
    return found[0] if found else None
