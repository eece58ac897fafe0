"""Parsing feeds into Breach objects: HIBP's breach catalogue and the app's own format.

Everything is checked against the schema files in resources/feeds/ before any breach is built;
a document that fails raises FeedRejected and the caller changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

from exposure.errors import FeedRejected
from exposure.feeds.kinds import kinds_for
from exposure.feeds.model import Breach, Source
from exposure.feeds.validate import validate
from exposure.paths import RESOURCES

FEEDS_DIR = RESOURCES / "feeds"
FORMAT = "exposure-feed"
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


@dataclass(frozen=True)
class FeedDocument:
    title: str
    breaches: tuple[Breach, ...]
    publisher: str = ""
    license: str = ""


@lru_cache(maxsize=4)
def schema(name: str) -> dict[str, Any]:
    return json.loads((FEEDS_DIR / f"{name}.schema.json").read_text("utf-8"))  # type: ignore[no-any-return]


def check_date(text: str) -> bool:
    return bool(_DATE.match(text))


def normalise_domain(text: str) -> str:
    """`Shop.Example.com.` → `shop.example.com`; "" when it is not a host name."""
    host = text.strip().strip(".").lower()
    if host.startswith("www."):
        host = host[4:]
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return ""
    return host if _DOMAIN.match(host) else ""


def load_json(body: bytes) -> Any:
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FeedRejected("encoding") from None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise FeedRejected("malformed_json") from None


# --- HIBP ----------------------------------------------------------------------------------------
class _Text(HTMLParser):
    """HTML → plain text; links are collected, scripts and styles dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("https://") and href not in self.links:
                self.links.append(href)
        elif tag in ("br", "p", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, tuple[str, ...]]:
    """The readable text of an HTML fragment, and its https links."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = "\n".join(" ".join(line.split()) for line in text.splitlines())
    return text.strip(), tuple(parser.links)


def parse_any(body: bytes) -> FeedDocument:
    """A feed in either format: HIBP's breach list (a JSON array, as its API and its saved
    copies have it) or the app's own (an object with `"format": "exposure-feed"`)."""
    data = load_json(body)
    return hibp_from_data(data) if isinstance(data, list) else feed_from_data(data)


def parse_hibp(body: bytes) -> FeedDocument:
    return hibp_from_data(load_json(body))


def hibp_from_data(data: Any) -> FeedDocument:
    validate(data, schema("hibp"))
    out = []
    for item in data:
        domain = normalise_domain(item.get("Domain") or "")
        text, links = html_to_text(item.get("Description") or "")
        classes = tuple(item["DataClasses"])
        out.append(Breach(
            key=item["Name"], title=item["Title"], organisation=item["Title"],
            domains=(domain,) if domain else (),
            aliases=tuple(dict.fromkeys(a for a in (item["Name"],) if a != item["Title"])),
            breach_date=_date(item.get("BreachDate")),
            added_date=_date(item.get("AddedDate")),
            modified_date=_date(item.get("ModifiedDate")),
            records=item.get("PwnCount"), data_classes=classes, kinds=kinds_for(classes),
            description=text, sources=tuple(Source(u) for u in links[:10]),
            verified=item.get("IsVerified", True), fabricated=item.get("IsFabricated", False),
            sensitive=item.get("IsSensitive", False), retired=item.get("IsRetired", False),
            spam_list=item.get("IsSpamList", False), malware=item.get("IsMalware", False),
        ))
    return FeedDocument("Have I Been Pwned", tuple(out), "Troy Hunt", "CC BY 4.0")


def _date(value: object) -> str:
    text = str(value or "")[:10]
    return text if check_date(text) else ""


# --- the app's own format ------------------------------------------------------------------------
def parse_feed(body: bytes) -> FeedDocument:
    data = load_json(body)
    return feed_from_data(data)


def feed_from_data(data: Any) -> FeedDocument:
    validate(data, schema("feed"))
    out = []
    for n, item in enumerate(data["breaches"]):
        for field in ("breach_date", "added_date"):
            if field in item and not check_date(item[field]):
                raise FeedRejected("schema", path=f"$.breaches[{n}].{field}", rule="pattern")
        classes = tuple(item["data_classes"])
        out.append(Breach(
            key=item["id"], title=item["title"], organisation=item.get("organisation", ""),
            domains=tuple(dict.fromkeys(filter(None, map(normalise_domain,
                                                         item.get("domains", []))))),
            catalog_ids=tuple(dict.fromkeys(item.get("catalog_ids", []))),
            aliases=tuple(dict.fromkeys(item.get("aliases", []))),
            breach_date=item.get("breach_date", ""), added_date=item.get("added_date", ""),
            records=item.get("records"), records_note=item.get("records_note", ""),
            data_classes=classes, kinds=kinds_for(classes),
            description=item.get("description", ""),
            sources=tuple(Source(s.get("url", ""), s.get("outlet", ""))
                          for s in item.get("sources", [])),
            verified=item.get("verified", True), fabricated=item.get("fabricated", False),
            sensitive=item.get("sensitive", False), retired=item.get("retired", False),
            spam_list=item.get("spam_list", False), malware=item.get("malware", False),
            everyone=tuple(dict.fromkeys(item.get("everyone", []))),
        ))
    return FeedDocument(data.get("title", ""), tuple(out), data.get("publisher", ""),
                        data.get("license", ""))
