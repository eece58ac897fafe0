"""The legal texts, deadline bases and complaint channels the letters use (resources/letters/)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from exposure.lang import Text, pick
from exposure.paths import RESOURCES
from exposure.schemas import load_checked

LETTERS = RESOURCES / "letters"


@dataclass(frozen=True)
class Law:
    id: str
    title_zh: str
    title_en: str
    short_zh: str
    short_en: str
    sources: tuple[str, ...]

    def title(self, lang: str) -> str:
        return Text(self.title_zh, self.title_en).in_(lang)


@dataclass(frozen=True)
class Article:
    id: str  # "pipl-47", "gdpr-12-3"
    law: str
    number: int
    ref_zh: str  # 第四十七条
    ref_en: str  # Article 47
    title_zh: str
    title_en: str
    text_zh: str  # verbatim, or "" when none is shipped
    text_en: str  # GDPR verbatim; PIPL an unofficial translation (see translation_note)
    excerpt: bool
    translation_note: str
    translation_url: str
    sources: tuple[str, ...]

    def ref(self, lang: str) -> str:
        return Text(self.ref_zh, self.ref_en).in_(lang)

    def text(self, lang: str) -> str:
        """The quotation for a letter in `lang`; falls back to the other language's text."""
        return Text(self.text_zh, self.text_en).in_(lang)


@dataclass(frozen=True)
class DeadlineBasis:
    id: str  # pipl_default, gdpr, custom
    unit: str  # working_days, days, months
    count: int
    binding: bool  # True only when the law itself sets the limit
    basis_zh: str
    basis_en: str
    sources: tuple[str, ...]

    def basis(self, lang: str) -> str:
        return Text(self.basis_zh, self.basis_en).in_(lang)


@dataclass(frozen=True)
class Channel:
    id: str
    number: str
    name_zh: str
    name_en: str
    authority_zh: str
    authority_en: str
    handles_zh: str
    handles_en: str
    how_zh: str
    how_en: str
    url: str
    email: str
    prerequisite_zh: str
    prerequisite_en: str
    suits: tuple[str, ...]
    reliability: str
    sources: tuple[str, ...]

    def name(self, lang: str) -> str:
        return Text(self.name_zh, self.name_en).in_(lang)

    def pick(self, field: str, lang: str) -> str:
        return Text(str(getattr(self, f"{field}_zh")), str(getattr(self, f"{field}_en"))).in_(lang)


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
                      key=lambda a: (code not in a.suits, a.name_en.casefold()))

    def article(self, article_id: str) -> Article:
        return self.articles[article_id]

    def citation(self, article_id: str, lang: str) -> str:
        """A short citation for running text: "PIPL art. 47", "《个人信息保护法》第四十七条"."""
        article = self.articles[article_id]
        law = self.laws[article.law]
        return pick(lang, f"{law.short_zh}{article.ref_zh}",
                    f"{law.short_en} art. {article.ref_en.removeprefix('Article ')}")

    def channels_for(self, category: str) -> list[Channel]:
        """Channels that suit a service category, best first; 12377 (the CAC) suits most."""
        cat = (category or "other").lower()
        fitting = [c for c in self.channels.values() if cat in c.suits]
        return fitting or [c for c in self.channels.values() if "other" in c.suits]


@cache
def legal_data(folder: Path = LETTERS) -> LegalData:
    law = load_checked(folder / "law.json")
    chans = load_checked(folder / "channels.json")
    laws = {
        key: Law(key, v["title_zh"], v["title_en"], v["short_zh"], v["short_en"],
                 tuple(v["sources"]))
        for key, v in law["laws"].items()
    }
    articles = {}
    for a in law["articles"]:
        tr = a.get("text_en_source") or {}
        articles[a["id"]] = Article(
            a["id"], a["law"], a["number"], a["ref_zh"], a["ref_en"], a["title_zh"],
            a["title_en"], a["text_zh"], a["text_en"], bool(a["excerpt"]), tr.get("note", ""),
            tr.get("url", ""), tuple(a["sources"]))
    deadlines = {
        key: DeadlineBasis(key, v["unit"], int(v["count"]), bool(v["binding"]), v["basis_zh"],
                           v["basis_en"], tuple(v["sources"]))
        for key, v in law["deadlines"].items()
    }
    channels = {
        c["id"]: Channel(
            c["id"], c["number"], c["name_zh"], c["name_en"], c["authority_zh"],
            c["authority_en"], c["handles_zh"], c["handles_en"], c["how_zh"], c["how_en"],
            c["url"], c["email"], c["prerequisite_zh"], c["prerequisite_en"], tuple(c["suits"]),
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
        how = "; ".join(x for x in (a["webform"], a["web"], a["email"]) if x)
        handles = "GDPR Article 77"
        out[a["id"]] = Channel(
            a["id"], "", a["name"], a["name"], a["name"], a["name"], handles, handles, how, how,
            a["webform"] or a["web"], a["email"], "", "", ("gdpr", *a["countries"]),
            "datenanfragen", tuple(a["sources"]))
    return out
