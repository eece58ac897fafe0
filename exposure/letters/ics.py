"""Deadlines as an iCalendar file: one all-day event per sent request on its due date.

The events name the service and the kind of request only: never an identifier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

from exposure.lang import pick
from exposure.letters.deadlines import due_from_stored


@dataclass(frozen=True)
class DueEvent:
    request_id: int
    due: dt.date
    title: str  # e.g. "删除个人信息申请 — 支付宝"
    sent: dt.date | None = None
    basis_id: str = ""
    count: int = 0
    unit: str = ""


def to_ics(events: Iterable[DueEvent], *, now: dt.datetime, lang: str = "zh") -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Exposure//request deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", pick(lang, "Exposure 请求期限", "Exposure request deadlines"))
    stamp = now if now.tzinfo else now.replace(tzinfo=dt.UTC)
    for ev in events:
        item = icalendar.Event()
        item.add("uid", f"exposure-request-{ev.request_id}-due")
        item.add("dtstamp", stamp)
        item.add("dtstart", ev.due)
        item.add("dtend", ev.due + dt.timedelta(days=1))
        prefix = pick(lang, "答复期限：", "Reply due: ")
        item.add("summary", prefix + ev.title)
        if ev.sent is not None and ev.unit:
            due = due_from_stored(ev.basis_id, ev.count, ev.unit, ev.sent)
            sent = ev.sent.isoformat()
            lead = pick(lang, f"发出：{sent}。", f"Sent {sent}. ")
            item.add("description", lead + due.reason(lang))
        item.add("transp", "TRANSPARENT")
        cal.add_component(item)
    data: bytes = cal.to_ical()
    return data
