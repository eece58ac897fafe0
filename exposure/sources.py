"""Where a fact comes from: one `Source` type for the catalogue, take-over steps, the playbook,
breach feeds and the national look-ups, and the one way a source is shown to a user.

A source shown to a user is a public outlet and its address (and the date we read it), never
the project's own research notes. `title` says, for maintainers, what the source supports; it
is kept in the data files and JSON output but not printed in the UI or on paper.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from exposure.lang import is_zh

# Words that would point a user at our internal notes instead of a public outlet.
INTERNAL_MARKERS = ("research notes", "cn-legal-context", "研究笔记")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Source:
    url: str = ""
    outlet: str = ""  # the publication or site as it names itself: 支付宝, 人民日报, eur-lex
    seen: str = ""  # YYYY-MM-DD, when we read it
    title: str = ""  # for maintainers: what it supports (not shown to users)
    published: str = ""  # the page's own date (a policy's 更新日期), YYYY[-MM[-DD]]

    @property
    def who(self) -> str:
        """The outlet, or the web site's host when no outlet is named."""
        return self.outlet or host(self.url)


def host(url: str) -> str:
    try:
        name = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return name[4:] if name.startswith("www.") else name


def source_from_dict(raw: Mapping[str, Any]) -> Source:
    return Source(url=str(raw.get("url", "") or ""), outlet=str(raw.get("outlet", "") or ""),
                  seen=str(raw.get("seen", "") or ""), title=str(raw.get("title", "") or ""),
                  published=str(raw.get("published", "") or ""))


def source_dict(src: Source) -> dict[str, str]:
    """The JSON form (empty fields left out)."""
    out = {"url": src.url, "outlet": src.outlet, "seen": src.seen, "title": src.title,
           "published": src.published}
    return {k: v for k, v in out.items() if v}


def problem(src: Source) -> str:
    """Why a source cannot be shown to a user ('' when it can): it names no public outlet or
    address, points at internal notes, or carries a malformed date."""
    if not (src.url or src.outlet):
        return "empty"
    text = f"{src.outlet} {src.url} {src.title}".casefold()
    if any(marker in text for marker in INTERNAL_MARKERS):
        return "internal"
    for date in (src.seen, src.published):
        if date and not _DATE.match(date):
            return "date"
    return ""


def cite(src: Source, lang: str) -> str:
    """One line for a user, in `lang`: "人民日报 · https://… （2026-11-30 查看）"."""
    zh = is_zh(lang)
    parts = [p for p in (src.who, src.url if src.url and src.who != src.url else "") if p]
    text = " · ".join(parts)
    dates = []
    if src.published:
        dates.append(f"发布于 {src.published}" if zh else f"published {src.published}")
    if src.seen:
        dates.append(f"查阅于 {src.seen}" if zh else f"seen {src.seen}")
    if dates:
        text += f"（{'，'.join(dates)}）" if zh else f" ({', '.join(dates)})"
    return text


def cite_all(sources: tuple[Source, ...] | list[Source], lang: str) -> list[str]:
    """Each distinct source once, in order."""
    out: list[str] = []
    for src in sources:
        line = cite(src, lang)
        if line and line not in out:
            out.append(line)
    return out
