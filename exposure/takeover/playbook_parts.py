"""The playbook's parts: its items and sections, their texts (resources/takeover/playbook.json)
and the catalogue facts an item cites (hotlines). exposure/takeover/playbook.py builds the
lost-phone checklist from them; playbook_chain.py adds the items the take-over chain reaches.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from exposure import identifiers as idmod
from exposure.catalog import Catalog, CatalogEntry
from exposure.lang import pick, short_lang
from exposure.model import InventoryRow, Person
from exposure.paths import RESOURCES
from exposure.schemas import load_checked
from exposure.sources import Source, source_from_dict
from exposure.takeover.model import Cap, CapKind, Graph

PLAYBOOK_FILE = RESOURCES / "takeover" / "playbook.json"
LOST_PHONE = "lost-phone"
# quickpay_counter: the quick-pay section of a person without a smartphone (counters, hotlines)
SECTIONS = ("carrier", "money", "cards", "quickpay", "quickpay_counter", "pivots", "device",
            "report", "watch")


@dataclass(frozen=True)
class PlaybookItem:
    key: str
    section: str
    zh: str
    en: str
    hotline: str = ""  # the number to call ("" unknown or none)
    sources: tuple[Source, ...] = ()
    dormant: bool = False  # an old card or account people forget
    why_zh: str = ""  # why the item is there ("链条第 4 步：…")
    why_en: str = ""

    def text(self, lang: str) -> str:
        return pick(lang, self.zh, self.en)

    def why(self, lang: str) -> str:
        return pick(lang, self.why_zh, self.why_en)


@dataclass(frozen=True)
class Playbook:
    person: Person
    items: tuple[PlaybookItem, ...]
    name: str = LOST_PHONE  # lost-phone, or a remedies scenario (id-leak, id-photo-leak)
    sections: tuple[str, ...] = SECTIONS  # in the order they are printed

    def section(self, section: str) -> list[PlaybookItem]:
        return [i for i in self.items if i.section == section]

    def numbered(self, lang: str) -> list[tuple[str, list[PlaybookItem]]]:
        """The sections that have items, titled "1. …", "2. …" without gaps."""
        shown = [(s, self.section(s)) for s in self.sections if self.section(s)]
        return [(f"{n}. {section_title(s, lang)}", items)
                for n, (s, items) in enumerate(shown, 1)]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_checked(PLAYBOOK_FILE)
    return data


def section_title(section: str, lang: str) -> str:
    return str(_data()["sections"][section][short_lang(lang)])


def heading(name: str, lang: str) -> str:
    """The checklist's heading: "手机丢失应急清单", "证件照/人脸泄露应对清单" …"""
    return str(_data()["titles"][name][short_lang(lang)])


def texts(item: str, group: str = "items", **values: str | tuple[str, str]) -> tuple[str, str]:
    """(zh, en) of an item (or of a `why`) of playbook.json, filled; a value given as a
    (zh, en) pair fills each language with its own."""
    raw = _data()[group][item]
    zh = {k: v[0] if isinstance(v, tuple) else v for k, v in values.items()}
    en = {k: v[1] if isinstance(v, tuple) else v for k, v in values.items()}
    return raw["zh"].format(**zh), raw["en"].format(**en)


def item_sources(item: str) -> tuple[Source, ...]:
    return tuple(source_from_dict(s) for s in _data()["sources"].get(item, ()))


def entry_for(catalog: Catalog | None, catalog_id: str | None) -> CatalogEntry | None:
    if not catalog_id or catalog is None:
        return None
    return catalog.get(catalog_id)


def hotline_source(entry: CatalogEntry | None) -> tuple[Source, ...]:
    src = entry.source("hotline") if entry is not None and entry.hotline else None
    return (src,) if src is not None else ()


def names(row: InventoryRow, entry: CatalogEntry | None) -> tuple[str, str]:
    """(zh, en) name of a registration's service: the name the user gave it (捷停车), else the
    vault's own name, the catalogue's English name in English."""
    if row.registration.service_name:
        return row.registration.service_name, row.registration.service_name
    return row.service.name, (entry.name_en if entry is not None and entry.name_en
                              else row.service.name)


def carrier_by_range(catalog: Catalog | None, e164: str) -> CatalogEntry | None:
    """The catalogue's carrier for a number's range (phonenumbers' carrier data), if it has a
    hotline: the number may have been ported, which the item says."""
    if catalog is None:
        return None
    try:
        name = idmod.phone_details(e164).get("carrier_zh") or ""
    except Exception:  # noqa: BLE001 - no range data for the number
        return None
    entry = catalog.lookup(name) if name else None
    if entry is None or entry.category != "carrier" or not entry.hotline:
        return None
    return entry


def carrier_hotline(graph: Graph, phone_id: int | None) -> str:
    """The hotline of the carrier whose account in the graph controls this number, or ""."""
    if phone_id is None:
        return ""
    for node in graph.nodes:
        if (node.category == "carrier" and node.hotline
                and Cap(CapKind.SMS, phone_id) in node.grants):
            return node.hotline
    return ""
