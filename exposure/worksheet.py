"""Workshop materials on paper: a blank worksheet and a handout of the most-used services.

    pages = workshop_pages("zh")   # [worksheet, look-ups, handout …] as HTML, for one PDF

The worksheet has boxes for people, their phone numbers, ID numbers and bank cards (last four
digits are enough), where each is registered and how (login, reserved phone, bound card, ID on
file), and the counts of the three national look-ups. The handout lists, for the services in
HANDOUT_SERVICES, the hotline, the deletion route and the first hardening steps from the
catalogue, each with the URL it came from. Nothing here reads a vault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import jinja2

from exposure.audit import default_lookups
from exposure.catalog import Catalog, CatalogEntry, default_catalog
from exposure.lang import short_lang
from exposure.paths import RESOURCES

WORKSHOP = RESOURCES / "workshop"
LANGS = {"zh": "zh_CN", "en": "en"}

# Services most people in China hold an account with: messaging and payment, shopping, carriers,
# the large banks, rail tickets. A chosen list, not a ranking; every id is in the catalogue.
HANDOUT_SERVICES = ("wechat", "alipay", "wechat-pay", "unionpay", "taobao", "jd", "pinduoduo",
                    "meituan", "douyin", "china-mobile", "china-unicom", "china-telecom",
                    "icbc", "ccb", "abc", "boc", "12306", "didi")
ROW_COUNTS = {"people": 4, "phones": 5, "ids": 4, "cards": 6, "registrations": 14}
_STEPS_PER_SERVICE = 2


@dataclass(frozen=True)
class HandoutService:
    name: str
    hotline: str
    deletion: tuple[str, ...]  # in-app path, web page, e-mail, phone — what is known
    difficulty: str
    steps: tuple[str, ...]
    sources: tuple[str, ...]  # URLs, each once


@cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(WORKSHOP)), autoescape=True,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def handout_services(lang: str, catalog: Catalog | None = None) -> list[HandoutService]:
    catalog = catalog or default_catalog()
    lang = short_lang(lang)
    out = []
    for cid in HANDOUT_SERVICES:
        entry = catalog.get(cid)
        if entry is not None:
            out.append(_service(entry, lang))
    return out


def _service(entry: CatalogEntry, lang: str) -> HandoutService:
    d = entry.deletion
    in_app = d.in_app_zh if lang == "zh" else d.in_app_en
    route = tuple(x for x in (in_app or (d.in_app_en or d.in_app_zh), d.url, d.email, d.phone)
                  if x)
    steps = sorted(entry.hardening, key=lambda s: ("high", "medium", "low").index(s.priority)
                   if s.priority in ("high", "medium", "low") else 3)[:_STEPS_PER_SERVICE]
    facts = ["hotline", "deletion.in_app", "deletion.url", "deletion.email", "deletion.phone",
             "deletion.difficulty"] + [f"hardening.{s.id}" for s in steps]
    urls = [src.url for f in facts if (src := entry.source(f)) is not None]
    return HandoutService(entry.name(lang), entry.hotline, route, d.difficulty,
                          tuple(s.text(lang) for s in steps), tuple(dict.fromkeys(urls)))


def workshop_pages(lang: str, today: dt.date | None = None,
                   catalog: Catalog | None = None) -> list[str]:
    """The worksheet, then the handout, as HTML pages (each starts a new sheet)."""
    lang = short_lang(lang)
    folder = LANGS[lang]
    lookups = list(default_lookups().values())
    env = _env()
    ctx = {"rows": ROW_COUNTS, "lookups": [
        {"name": lk.name(lang), "operator": lk.text("operator", lang),
         "returns": lk.text("returns", lang), "step": (lk.items("steps", lang) or ("",))[0],
         "per_phone": lk.per_phone} for lk in lookups],
        "date": (today or dt.date.today()).isoformat()}
    pages = [env.get_template(f"{folder}/worksheet.html.j2").render(ctx),
             env.get_template(f"{folder}/lookups.html.j2").render(ctx)]
    pages.append(env.get_template(f"{folder}/handout.html.j2").render(
        services=handout_services(lang, catalog), **ctx))
    return pages
