"""A printable per-person hardening checklist: every service's steps, grouped by priority."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from exposure.lang import short_lang
from exposure.letters.compose import _HTML_ENV, LANGS, _date
from exposure.model import InventoryRow

PRIORITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class ChecklistItem:
    service: str
    text: str
    priority: str
    step_id: str = ""
    close: bool = False  # a deceased person's account: close it (text: the deletion route)


def _entry(catalog: Any, catalog_id: str | None) -> Any:
    if catalog is None or not catalog_id:
        return None
    try:
        return catalog.get(catalog_id)
    except (KeyError, LookupError):
        return None


def checklist_items(rows: Iterable[InventoryRow], catalog: Any, lang: str
                    ) -> dict[str, list[ChecklistItem]]:
    """Steps per priority (high first), each service once even with several registrations."""
    lang = short_lang(lang)
    out: dict[str, list[ChecklistItem]] = {p: [] for p in PRIORITIES}
    seen: set[tuple[str, str]] = set()
    for row in rows:
        entry = _entry(catalog, row.service.catalog_id)
        if row.person.deceased:  # their accounts are to be closed, not hardened
            key = (row.service_label, "close")  # 捷停车 and 停简单 are two accounts to close
            if row.registration.status.value != "closed" and key not in seen:
                seen.add(key)
                out["high"].append(ChecklistItem(
                    row.registration.service_name
                    or (entry.name(lang) if entry is not None else row.service.name),
                    _route(entry, lang), "high", "close", close=True))
            continue
        if entry is None:
            continue
        name_of = getattr(entry, "name", None)
        name = name_of(lang) if callable(name_of) else row.service.name
        for step in getattr(entry, "hardening", ()) or ():
            key = (row.service.catalog_id or "", str(getattr(step, "id", "")))
            if key in seen:
                continue
            seen.add(key)
            text = getattr(step, lang, "") or getattr(step, "zh" if lang == "en" else "en", "")
            priority = str(getattr(step, "priority", "medium"))
            if priority not in out:
                priority = "medium"
            out[priority].append(ChecklistItem(str(name), str(text), priority, key[1]))
    for items in out.values():
        items.sort(key=lambda i: i.service)
    return out


def _route(entry: Any, lang: str) -> str:
    """Where the catalogue says an account is closed ("" unknown)."""
    deletion = getattr(entry, "deletion", None)
    if deletion is None:
        return ""
    in_app = deletion.in_app_zh if lang == "zh" else deletion.in_app_en
    return "; ".join(x for x in (in_app, deletion.url, deletion.email, deletion.phone) if x)


def render_checklist(person_name: str, groups: dict[str, list[ChecklistItem]], lang: str,
                     today: dt.date) -> str:
    lang = short_lang(lang)
    template = _HTML_ENV.get_template(f"{LANGS[lang]}/checklist.html.j2")
    return template.render(person=person_name, groups=[(p, groups.get(p, [])) for p in PRIORITIES],
                           date_text=_date(today, lang),
                           total=sum(len(v) for v in groups.values()))
