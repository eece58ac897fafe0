"""A request letter as the vault tracks it: what was asked, when, by which channel, the answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from exposure.letters.kinds import LetterKind
from exposure.model import PersonId, RegistrationId, ServiceId

RequestId = NewType("RequestId", int)


class RequestState(StrEnum):
    DRAFT = "draft"  # made, not sent yet
    SENT = "sent"  # waiting for the answer (overdue once the due date has passed)
    ANSWERED = "answered"  # a reply was recorded
    CLOSED = "closed"  # the user considers it done (or gave up)


class Outcome(StrEnum):
    DONE = "done"  # the service did what was asked
    PARTLY = "partly"
    REFUSED = "refused"
    OTHER = "other"


class Channel(StrEnum):
    EMAIL = "email"
    POST = "post"
    WEB_FORM = "web_form"
    IN_APP = "in_app"
    PHONE = "phone"
    IN_PERSON = "in_person"
    REGULATOR = "regulator"  # a complaint channel (see Request.complaint_channel)


@dataclass(frozen=True)
class Reply:
    date: dt.date
    outcome: Outcome
    note: str = ""  # what came back, where the attachment is kept (never the data itself)


@dataclass(frozen=True)
class Request:
    id: RequestId
    person_id: PersonId
    service_id: ServiceId | None
    registration_id: RegistrationId | None
    kind: LetterKind
    lang: str
    channel: Channel
    state: RequestState
    created: dt.date
    sent: dt.date | None = None
    due: dt.date | None = None
    due_basis: str = ""  # pipl_default, gdpr, custom
    due_count: int = 0
    due_unit: str = ""  # working_days, months, days
    reply: Reply | None = None
    parent_id: RequestId | None = None  # the original of a follow-up or complaint
    complaint_channel: str = ""  # 12377, 12315 … for complaints
    include_id_number: bool = False
    notes: str = ""
    as_relative: str = ""  # "", deceased, guardian, proxy (letters/behalf.py)

    def is_overdue(self, today: dt.date) -> bool:
        return self.state is RequestState.SENT and self.due is not None and today > self.due

    def days_left(self, today: dt.date) -> int | None:
        return None if self.due is None else (self.due - today).days
