"""A printable per-person hardening checklist: every service's steps, grouped by priority."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from exposure.catalog import Catalog, CatalogEntry
from exposure.lang import pick, short_lang
from exposure.letters.compose import date_text, render_html
from exposure.model import InventoryRow, RegistrationStatus

PRIORITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class ChecklistItem:
    service: str
    text: str
    priority: str
    step_id: str = ""
    close: bool = False  # a deceased person's account: close it (text: the deletion route)


def checklist_items(rows: Iterable[InventoryRow], catalog: Catalog | None, lang: str
                    ) -> dict[str, list[ChecklistItem]]:
    """Steps per priority (high first), each service once even with several registrations."""
    lang = short_lang(lang)
    out: dict[str, list[ChecklistItem]] = {p: [] for p in PRIORITIES}
    seen: set[tuple[str, str]] = set()
    for row in rows:
        cid = row.service.catalog_id
        entry = catalog.get(cid) if catalog is not None and cid else None
        if row.person.deceased:  # their accounts are to be closed, not hardened
            key = (row.service_label, "close")  # 捷停车 and 停简单 are two accounts to close
            if row.registration.status is not RegistrationStatus.CLOSED and key not in seen:
                seen.add(key)
                out["high"].append(ChecklistItem(
                    row.registration.service_name
                    or (entry.name(lang) if entry is not None else row.service.name),
                    _route(entry, lang), "high", "close", close=True))
            continue
        if entry is None:
            continue
        name = entry.name(lang)
        for step in entry.hardening:
            key = (entry.id, step.id)
            if key in seen:
                continue
            seen.add(key)
            priority = step.priority if step.priority in out else "medium"
            out[priority].append(ChecklistItem(name, step.text(lang), priority, step.id))
    for items in out.values():
        items.sort(key=lambda i: i.service)
    return out


def _route(entry: CatalogEntry | None, lang: str) -> str:
    """Where the catalogue says an account is closed ("" unknown)."""
    if entry is None:
        return ""
    deletion = entry.deletion
    in_app = pick(lang, deletion.in_app_zh, deletion.in_app_en)
    return "; ".join(x for x in (in_app, deletion.url, deletion.email, deletion.phone) if x)


def render_checklist(person_name: str, groups: dict[str, list[ChecklistItem]], lang: str,
                     today: dt.date) -> str:
    return render_html("checklist.html.j2", lang, person=person_name,
                       groups=[(p, groups.get(p, [])) for p in PRIORITIES],
                       date_text=date_text(today, lang), total=sum(len(v) for v in groups.values()))
