"""Request letters as tracked in the vault: made, sent, due, answered, followed up."""

from __future__ import annotations

import datetime as dt

from exposure.errors import InvalidInput, NotFound
from exposure.letters.deadlines import DEFAULT_PIPL_WORKING_DAYS, Due
from exposure.letters.kinds import LetterKind
from exposure.letters.model import (
    Channel,
    Outcome,
    Reply,
    Request,
    RequestId,
    RequestState,
)
from exposure.model import Change, PersonId, RegistrationId, ServiceId
from exposure.store.base import Repository, where_equal
from exposure.store.connection import Row

_COLS = ("id, person_id, service_id, registration_id, kind, lang, channel, state, created, sent,"
         " due, due_basis, due_count, due_unit, reply_date, reply_outcome, reply_note, parent_id,"
         " complaint_channel, include_id_number, notes, as_relative")
_WORKING_DAYS_KEY = "letters.pipl_working_days"
TOPIC = Change.REQUESTS


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _request(row: Row) -> Request:
    reply = None
    if row[14]:
        reply = Reply(_date(row[14]), Outcome(str(row[15] or "other")), str(row[16]))  # type: ignore[arg-type]
    return Request(
        id=RequestId(int(row[0])),
        person_id=PersonId(int(row[1])),
        service_id=ServiceId(int(row[2])) if row[2] is not None else None,
        registration_id=RegistrationId(int(row[3])) if row[3] is not None else None,
        kind=LetterKind(str(row[4])),
        lang=str(row[5]),
        channel=Channel(str(row[6])),
        state=RequestState(str(row[7])),
        created=_date(row[8]),  # type: ignore[arg-type]
        sent=_date(row[9]),
        due=_date(row[10]),
        due_basis=str(row[11]),
        due_count=int(row[12]),
        due_unit=str(row[13]),
        reply=reply,
        parent_id=RequestId(int(row[17])) if row[17] is not None else None,
        complaint_channel=str(row[18]),
        include_id_number=bool(row[19]),
        notes=str(row[20]),
        as_relative=str(row[21]),
    )


class Requests(Repository):
    def add(self, *, person_id: PersonId, kind: LetterKind | str, created: dt.date,
            service_id: ServiceId | None = None, registration_id: RegistrationId | None = None,
            lang: str = "zh", channel: Channel | str = Channel.EMAIL,
            parent_id: RequestId | None = None, complaint_channel: str = "",
            include_id_number: bool = False, notes: str = "", as_relative: str = "") -> RequestId:
        if lang not in ("zh", "en"):
            raise InvalidInput("language must be zh or en", field="lang")
        return RequestId(self._insert(
            TOPIC, "INSERT INTO requests(person_id, service_id, registration_id, kind, lang,"
            " channel, state, created, parent_id, complaint_channel, include_id_number,"
            " notes, as_relative) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)",
            (person_id, service_id, registration_id, LetterKind(kind).value, lang,
             Channel(channel).value, created.isoformat(), parent_id, complaint_channel,
             int(include_id_number), notes, as_relative),
            NotFound("person, service, registration or request")))

    def get(self, rid: RequestId) -> Request:
        return _request(self._row("request", rid, f"SELECT {_COLS} FROM requests WHERE id=?"))

    def all_requests(self, *, person_id: PersonId | None = None,
                     registration_id: RegistrationId | None = None) -> list[Request]:
        clause, params = where_equal(person_id=person_id, registration_id=registration_id)
        return [_request(r) for r in self._all(
            f"SELECT {_COLS} FROM requests {clause} ORDER BY coalesce(due, created), id", params)]

    def overdue(self, today: dt.date) -> list[Request]:
        """Sent, not answered, and past the due date on `today` (the clock is the caller's)."""
        rows = self._all(f"SELECT {_COLS} FROM requests WHERE state='sent' AND due < ?"
                         " ORDER BY due, id", (today.isoformat(),))
        return [_request(r) for r in rows]

    def children(self, rid: RequestId) -> list[Request]:
        return [_request(r) for r in self._all(
            f"SELECT {_COLS} FROM requests WHERE parent_id=? ORDER BY id", (rid,))]

    def mark_sent(self, rid: RequestId, *, sent: dt.date, due: Due,
                  channel: Channel | str | None = None) -> None:
        old = self.get(rid)
        self._write(
            TOPIC, "UPDATE requests SET state='sent', sent=?, due=?, due_basis=?, due_count=?,"
            " due_unit=?, channel=? WHERE id=?",
            (sent.isoformat(), due.date.isoformat(), due.basis.id, due.count, due.unit,
             Channel(channel or old.channel).value, rid))

    def set_due(self, rid: RequestId, due: Due) -> None:
        """Change the deadline of one request (the user knows better)."""
        self.get(rid)
        self._write(TOPIC,
                    "UPDATE requests SET due=?, due_basis=?, due_count=?, due_unit=? WHERE id=?",
                    (due.date.isoformat(), due.basis.id, due.count, due.unit, rid))

    def record_reply(self, rid: RequestId, reply: Reply) -> None:
        self.get(rid)
        self._write(
            TOPIC, "UPDATE requests SET state='answered', reply_date=?, reply_outcome=?,"
            " reply_note=? WHERE id=?",
            (reply.date.isoformat(), Outcome(reply.outcome).value, reply.note, rid))

    def set_state(self, rid: RequestId, state: RequestState) -> None:
        self._write_row(TOPIC, "request", rid, "UPDATE requests SET state=? WHERE id=?",
                        (RequestState(state).value, rid))

    def update_notes(self, rid: RequestId, notes: str) -> None:
        self._write_row(TOPIC, "request", rid, "UPDATE requests SET notes=? WHERE id=?",
                        (notes, rid))

    def delete(self, rid: RequestId) -> None:
        self._write_row(TOPIC, "request", rid, "DELETE FROM requests WHERE id=?", (rid,))

    # --- the user's default deadline for PIPL requests ---------------------------------------
    def default_working_days(self) -> int:
        row = self._one("SELECT value FROM meta WHERE key=?", (_WORKING_DAYS_KEY,))
        try:
            return int(row[0]) if row else DEFAULT_PIPL_WORKING_DAYS
        except ValueError:
            return DEFAULT_PIPL_WORKING_DAYS

    def set_default_working_days(self, days: int) -> None:
        if not 1 <= int(days) <= 365:
            raise InvalidInput("working days out of range", field="working_days")
        self._write(TOPIC, "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    (_WORKING_DAYS_KEY, str(days)))
