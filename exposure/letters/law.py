"""The legal texts, deadline bases and complaint channels the letters use (resources/letters/)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from exposure.lang import Text, pick
from exposure.paths import RESOURCES
from exposure.schemas import load_checked

LETTERS = RESOURCES / "letters"


@dataclass(frozen=True)
class Law:
    id: str
    title: Text
    short: Text
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    id: str  # "pipl-47", "gdpr-12-3"
    law: str
    number: int
    ref: Text  # 第四十七条 / Article 47
    title: Text
    # verbatim, or "" in Chinese when none is shipped; the GDPR's English verbatim, PIPL's an
    # unofficial translation (see translation_note). A letter's quotation is `text.in_(lang)`.
    text: Text
    excerpt: bool
    translation_note: str
    translation_url: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DeadlineBasis:
    id: str  # pipl_default, gdpr, custom
    unit: str  # working_days, days, months
    count: int
    binding: bool  # True only when the law itself sets the limit
    basis: Text
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Channel:
    id: str
    number: str
    name: Text
    authority: Text
    handles: Text
    how: Text
    url: str
    email: str
    prerequisite: Text
    suits: tuple[str, ...]
    reliability: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class LegalData:
    laws: dict[str, Law]
    articles: dict[str, Article]
    deadlines: dict[str, DeadlineBasis]
    channels: dict[str, Channel]  # Chinese complaint channels (PIPL art. 65)
    # EU/EEA supervisory authorities (GDPR art. 77), ids "eu-<slug>", from Datenanfragen (CC0)
    authorities: dict[str, Channel] = field(default_factory=dict)

    def channel(self, channel_id: str) -> Channel | None:
        return self.channels.get(channel_id) or self.authorities.get(channel_id)

    def authorities_for(self, country: str = "") -> list[Channel]:
        """Every authority, those of `country` (an ISO code such as "IE") first."""
        code = country.upper()
        return sorted(self.authorities.values(),
                      key=lambda a: (code not in a.suits, a.name.en.casefold()))

    def article(self, article_id: str) -> Article:
        return self.articles[article_id]

    def citation(self, article_id: str, lang: str) -> str:
        """A short citation for running text: "PIPL art. 47", "《个人信息保护法》第四十七条"."""
        article = self.articles[article_id]
        law = self.laws[article.law]
        return pick(lang, f"{law.short.zh}{article.ref.zh}",
                    f"{law.short.en} art. {article.ref.en.removeprefix('Article ')}")

    def channels_for(self, category: str) -> list[Channel]:
        """Channels that suit a service category, best first; 12377 (the CAC) suits most."""
        cat = (category or "other").lower()
        fitting = [c for c in self.channels.values() if cat in c.suits]
        return fitting or [c for c in self.channels.values() if "other" in c.suits]


def _text(raw: dict[str, Any], key: str) -> Text:
    """The `<key>_zh` / `<key>_en` pair of a JSON record as one Text."""
    return Text(raw[f"{key}_zh"], raw[f"{key}_en"])


@cache
def legal_data(folder: Path = LETTERS) -> LegalData:
    law = load_checked(folder / "law.json")
    chans = load_checked(folder / "channels.json")
    laws = {key: Law(key, _text(v, "title"), _text(v, "short"), tuple(v["sources"]))
            for key, v in law["laws"].items()}
    articles = {}
    for a in law["articles"]:
        tr = a.get("text_en_source") or {}
        articles[a["id"]] = Article(
            a["id"], a["law"], a["number"], _text(a, "ref"), _text(a, "title"), _text(a, "text"),
            bool(a["excerpt"]), tr.get("note", ""), tr.get("url", ""), tuple(a["sources"]))
    deadlines = {
        key: DeadlineBasis(key, v["unit"], int(v["count"]), bool(v["binding"]),
                           _text(v, "basis"), tuple(v["sources"]))
        for key, v in law["deadlines"].items()
    }
    channels = {
        c["id"]: Channel(
            c["id"], c["number"], _text(c, "name"), _text(c, "authority"), _text(c, "handles"),
            _text(c, "how"), c["url"], c["email"], _text(c, "prerequisite"), tuple(c["suits"]),
            c["reliability"], tuple(c["sources"]))
        for c in chans["channels"]
    }
    return LegalData(laws, articles, deadlines, channels, _authorities(folder))


def _authorities(folder: Path) -> dict[str, Channel]:
    path = folder / "eu-authorities.json"
    if not path.exists():
        return {}
    out = {}
    for a in json.loads(path.read_text("utf-8"))["authorities"]:
        name = Text(a["name"], a["name"])
        how = "; ".join(x for x in (a["webform"], a["web"], a["email"]) if x)
        handles = Text("GDPR Article 77", "GDPR Article 77")
        out[a["id"]] = Channel(
            a["id"], "", name, name, handles, Text(how, how), a["webform"] or a["web"],
            a["email"], Text(), ("gdpr", *a["countries"]), "datenanfragen", tuple(a["sources"]))
    return out
