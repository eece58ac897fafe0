"""The playbook as HTML (for the PDF; Jinja2 with autoescaping) and as plain text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from exposure.lang import is_zh
from exposure.paths import RESOURCES
from exposure.sources import cite_all
from exposure.takeover.playbook import Playbook, heading

if TYPE_CHECKING:
    import jinja2

TEMPLATES = RESOURCES / "takeover"
_OLD_ZH, _OLD_EN = "（不常用的旧卡/旧账户，容易被遗忘）", " (old and unused: easily forgotten)"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    import jinja2  # here: every take-over reader imports this module, few print a playbook

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _folder(lang: str) -> str:
    return "zh_CN" if is_zh(lang) else "en"


def _when(at: dt.datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at is not None else ""


def _sections(playbook: Playbook, ticks: Mapping[str, dt.datetime], lang: str
              ) -> list[tuple[str, list[dict[str, object]]]]:
    return [(title, [{"key": i.key, "text": i.text(lang), "hotline": i.hotline,
                      "when": _when(ticks.get(i.key)), "cited": cite_all(i.sources, lang),
                      "dormant": i.dormant, "why": i.why(lang)} for i in items])
            for title, items in playbook.numbered(lang)]


def render_playbook_html(playbook: Playbook, ticks: Mapping[str, dt.datetime], lang: str,
                         now: dt.datetime) -> str:
    """One HTML page: each item with a box (ticked ones with their time), hotline and sources.
    `now` (the caller's clock) is the printed date."""
    template = _env().get_template(f"{_folder(lang)}/playbook.html.j2")
    keys = {i.key for i in playbook.items}
    return template.render(heading=heading(playbook.name, lang), person=playbook.person.name,
                           date_text=now.strftime("%Y-%m-%d %H:%M"),
                           sections=_sections(playbook, ticks, lang),
                           done=sum(1 for k in ticks if k in keys), total=len(keys))


def render_playbook_text(playbook: Playbook, ticks: Mapping[str, dt.datetime], lang: str,
                         now: dt.datetime) -> str:
    """The same as plain text: `[x]`/`[ ]` boxes."""
    zh = is_zh(lang)
    keys = {i.key for i in playbook.items}
    done = sum(1 for k in ticks if k in keys)
    top = heading(playbook.name, lang)
    head = (f"{top} — {playbook.person.name}（{now:%Y-%m-%d %H:%M}，已完成 {done}/"
            f"{len(keys)}）" if zh else
            f"{top} — {playbook.person.name} ({now:%Y-%m-%d %H:%M}, "
            f"{done} of {len(keys)} done)")
    lines = [head, ""]
    for title, items in _sections(playbook, ticks, lang):
        if not items:
            continue
        lines.append(title)
        for item in items:
            box = "[x]" if item["when"] else "[ ]"
            hotline = f"{item['hotline']}  " if item["hotline"] else ""
            old = (_OLD_ZH if zh else _OLD_EN) if item["dormant"] else ""
            lines.append(f"  {box} {hotline}{item['text']}{old}")
            if item["why"]:
                lines.append(f"      {'为什么' if zh else 'why'}: {item['why']}")
            for cited in item["cited"]:  # type: ignore[attr-defined]
                lines.append(f"      {'来源' if zh else 'source'}: {cited}")
            if item["when"]:
                lines.append(f"      {'已完成' if zh else 'done'}: {item['when']}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
