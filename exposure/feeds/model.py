"""Feeds, breaches and exposures as plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

from exposure.model import IdentifierId, PersonId, RegistrationId, ServiceId
from exposure.sources import Source

BreachId = NewType("BreachId", int)
ExposureId = NewType("ExposureId", int)


class FeedKind(StrEnum):
    BUILTIN = "builtin"  # resources/feeds/builtin.json, offline
    HIBP = "hibp"  # the Have I Been Pwned breach catalogue
    URL = "url"  # any URL serving the app's own feed format
    MANUAL = "manual"  # notifications the user received, typed in by hand


class ExposureState(StrEnum):
    NEW = "new"
    SEEN = "seen"
    HANDLED = "handled"
    DISMISSED = "dismissed"


# Labels a breach may carry. HIBP marks most Chinese breaches unverified: they are kept, labelled.
FLAGS = ("unverified", "fabricated", "sensitive", "retired", "spam_list", "malware")


@dataclass(frozen=True)
class Feed:
    id: str
    kind: FeedKind
    url: str = ""
    title: str = ""
    enabled: bool = False
    etag: str = ""
    last_modified: str = ""
    last_attempt: str | None = None  # ISO timestamps (UTC)
    last_success: str | None = None
    last_error: str = ""  # "" or an error code + reason, e.g. "feed_failed:timeout"
    last_error_params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    breach_count: int = 0


@dataclass(frozen=True)
class Breach:
    """One incident from a feed. Text fields are untrusted: show them as plain text."""

    key: str  # unique within its feed (HIBP `Name`, the app format's `id`)
    title: str
    organisation: str = ""
    domains: tuple[str, ...] = ()
    catalog_ids: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    breach_date: str = ""  # YYYY, YYYY-MM or YYYY-MM-DD; "" unknown
    added_date: str = ""
    modified_date: str = ""
    records: int | None = None  # None: unknown
    records_note: str = ""  # "", seller_claimed, police_figure, media_reported, court_record
    data_classes: tuple[str, ...] = ()  # as the feed names them
    kinds: tuple[str, ...] = ()  # the app's kinds (resources/feeds/data-classes.json)
    description: str = ""
    sources: tuple[Source, ...] = ()
    verified: bool = True
    fabricated: bool = False
    sensitive: bool = False
    retired: bool = False
    spam_list: bool = False
    malware: bool = False
    # identifier kinds whose every holder it may concern (IDs looked up from a national source),
    # not only a service's users: shown to each holder as "possibly exposed", never confirmed
    everyone: tuple[str, ...] = ()
    feed_id: str = ""
    id: BreachId | None = None

    @property
    def flags(self) -> tuple[str, ...]:
        """The labels that apply, in FLAGS order (e.g. ("unverified",))."""
        on = {
            "unverified": not self.verified, "fabricated": self.fabricated,
            "sensitive": self.sensitive, "retired": self.retired,
            "spam_list": self.spam_list, "malware": self.malware,
        }
        return tuple(f for f in FLAGS if on[f])

    @property
    def month(self) -> str:
        """YYYY-MM of the breach (or of when it was added if the breach date is unknown)."""
        date = self.breach_date or self.added_date
        return date[:7] if len(date) >= 7 else ""


@dataclass(frozen=True)
class ManualNotice:
    """A notification the user received (e-mail, SMS, letter) typed in by hand."""

    organisation: str
    date: str  # YYYY[-MM[-DD]] of the incident or of the notice
    kinds: tuple[str, ...]
    domains: tuple[str, ...] = ()
    catalog_ids: tuple[str, ...] = ()
    channel: str = ""  # email, sms, letter, app, other
    received: str = ""
    description: str = ""
    person_id: PersonId | None = None


@dataclass(frozen=True)
class Exposure:
    """A registration matched to a breach, with the identifiers there of the leaked kinds."""

    id: ExposureId
    breach_id: BreachId
    registration_id: RegistrationId
    person_id: PersonId
    service_id: ServiceId
    identifier_ids: tuple[IdentifierId, ...]
    kinds: tuple[str, ...]  # the breach's kinds
    matched_by: str  # catalog_id, domain or name
    state: ExposureState
    first_seen: str
    state_changed: str | None = None
