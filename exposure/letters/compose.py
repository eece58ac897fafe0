"""Fill a letter: who asks, whom, under which article, about which account; HTML, text, mailto.

Only the identifiers the service holds (from the registration) go in, and by default only the
least that finds the account: the login. The ID number goes in only when the user opts in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import jinja2

from exposure import identifiers as idmod
from exposure.catalog import Catalog, CatalogEntry
from exposure.errors import LetterUnavailable
from exposure.lang import pick, short_lang
from exposure.letters.behalf import Capacity, article_for, whose
from exposure.letters.deadlines import Due
from exposure.letters.kinds import LetterKind, Regime, articles_for, regime_of
from exposure.letters.law import LETTERS, Channel, LegalData, legal_data
from exposure.model import Identifier, IdentifierKind, InventoryRow, Role, Service

LANGS = {"zh": "zh_CN", "en": "en"}

_KIND_LABELS = {
    "zh": {IdentifierKind.PHONE: "手机号", IdentifierKind.EMAIL: "电子邮箱",
           IdentifierKind.BANK_CARD: "银行卡", IdentifierKind.ID_NUMBER: "身份证号码",
           IdentifierKind.PLATE: "车牌号", IdentifierKind.PASSPORT: "护照号码",
           IdentifierKind.ADDRESS: "地址"},
    "en": {IdentifierKind.PHONE: "Phone number", IdentifierKind.EMAIL: "E-mail",
           IdentifierKind.BANK_CARD: "Bank card", IdentifierKind.ID_NUMBER: "Resident ID number",
           IdentifierKind.PLATE: "Licence plate", IdentifierKind.PASSPORT: "Passport number",
           IdentifierKind.ADDRESS: "Address"},
}
_CHANNEL_WORDS = {
    "zh": {"email": "电子邮件", "post": "邮寄", "web_form": "网页表单", "in_app": "App 内",
           "phone": "电话", "in_person": "当面", "regulator": "投诉渠道"},
    "en": {"email": "e-mail", "post": "post", "web_form": "web form", "in_app": "the app",
           "phone": "phone", "in_person": "in person", "regulator": "a complaint channel"},
}
# What a login looks like; the least that finds an account.
_LOGIN_ROLES = (Role.LOGIN,)
_NEVER = (IdentifierKind.ID_PHOTO,)  # a photo is not text to put in a letter


@dataclass(frozen=True)
class Recipient:
    """Whom the letter goes to: a catalogue entry's contact, or what the user typed."""

    name: str
    email: str = ""
    url: str = ""
    address: str = ""
    category: str = ""
    jurisdiction: str = ""
    entity: str = ""  # the operating legal entity from the privacy policy (运营主体)


@dataclass(frozen=True)
class Requester:
    name: str
    agent_name: str = ""  # a relative writing on the person's behalf (代为申请)
    agent_relation: str = ""  # how the agent is related, in the letter's language
    contact: str = ""  # where to reply; the user types it
    capacity: Capacity | None = None  # writing for a deceased relative, a child, or by proxy
    died_on: dt.date | None = None  # a deceased person's date of death, when known


@dataclass(frozen=True)
class LetterIdentifier:
    kind: IdentifierKind
    label: str
    value: str


@dataclass(frozen=True)
class Original:
    """The request a follow-up or complaint refers to."""

    kind: LetterKind
    sent: dt.date
    due: dt.date | None = None
    channel: str = ""
    outcome: str = ""  # for complaints after a refusal: what the service answered
    follow_up_sent: dt.date | None = None


@dataclass(frozen=True)
class LetterInput:
    kind: LetterKind
    lang: str
    requester: Requester
    recipient: Recipient
    date: dt.date
    account_ref: str = ""
    identifiers: tuple[LetterIdentifier, ...] = ()
    details: str = ""
    due: Due | None = None  # the reply time the letter asks for (PIPL: a request, not law)
    original: Original | None = None
    channel: Channel | None = None  # complaint channel


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    lang: str
    subject: str
    text: str
    html: str
    recipient: Recipient = field(default_factory=lambda: Recipient(""))
    attachment_html: str = ""  # a page to print and sign with it (the 授权委托书 of a proxy)
    attachment_text: str = ""

    @property
    def pages(self) -> list[str]:
        """The HTML pages to print: the letter, then any page to sign."""
        return [self.html] + ([self.attachment_html] if self.attachment_html else [])

    @property
    def full_text(self) -> str:
        """The letter's text followed by any page to sign, for a .txt file."""
        if not self.attachment_text:
            return self.text
        return f"{self.text}\n{'-' * 40}\n\n{self.attachment_text}"

    def mailto(self) -> str:
        return mailto_url(self.recipient.email, self.subject, self.text)


def mailto_url(to: str, subject: str, body: str) -> str:
    """An e-mail draft link; the app never sends mail itself."""
    addr = quote(to.strip(), safe="@.+-_")
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")  # RFC 6068 line breaks
    query = f"subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"
    return f"mailto:{addr}?{query}"


# --- the account details a letter cites ----------------------------------------------------------
def kind_label(kind: IdentifierKind, lang: str) -> str:
    return _KIND_LABELS[short_lang(lang)].get(kind, kind.value)


def _value_text(ident: Identifier, lang: str) -> str:
    if ident.kind is IdentifierKind.BANK_CARD:
        tail = ident.value[-4:]
        return pick(lang, f"尾号 {tail}", f"ending {tail}")
    return idmod.display(ident.kind, ident.value)


def letter_identifiers(row: InventoryRow, lang: str, *, include_id_number: bool = False,
                       minimal: bool = True) -> tuple[LetterIdentifier, ...]:
    """The identifiers this registration uses, least first.

    minimal: only the login (or, with no login recorded, the first other one); otherwise all
    the service holds. The ID number only with `include_id_number`; photos never.
    """
    roles = {u.identifier_id: u.role for u in row.registration.usages}
    usable = [i for i in row.identifiers
              if i.kind not in _NEVER
              and (include_id_number or i.kind is not IdentifierKind.ID_NUMBER)]
    if minimal:
        logins = [i for i in usable if roles.get(i.id) in _LOGIN_ROLES
                  and i.kind is not IdentifierKind.ID_NUMBER]
        chosen = logins or [i for i in usable if i.kind is not IdentifierKind.ID_NUMBER][:1]
        if include_id_number:
            chosen += [i for i in usable if i.kind is IdentifierKind.ID_NUMBER]
    else:
        chosen = usable
    return tuple(LetterIdentifier(i.kind, kind_label(i.kind, lang), _value_text(i, lang))
                 for i in chosen)


# --- recipients -----------------------------------------------------------------------------------
def recipient_for(service: Service, catalog: Catalog | None = None, lang: str = "zh",
                  own_name: str = "") -> Recipient:
    """A catalogue entry's privacy contact when there is one, else the service's own name.
    `own_name` is the name the user gave the service (捷停车 filed under the generic
    智慧停车（通用））: the letter goes to that company unless the catalogue knows the legal
    entity behind the entry."""
    entry = catalog.get(service.catalog_id) if catalog is not None and service.catalog_id else None
    if entry is None:
        return Recipient(name=own_name or service.name, category=service.category)
    if own_name and not getattr(entry, "privacy_entity", ""):
        # a generic entry's contacts belong to no company in particular: none are borrowed
        return Recipient(name=own_name, category=str(getattr(entry, "category", "") or ""),
                         jurisdiction=str(getattr(entry, "jurisdiction", "") or ""))
    return recipient_from_entry(entry, lang, fallback_name=service.name)


def recipient_from_entry(entry: CatalogEntry, lang: str, *, fallback_name: str = "",
                         ) -> Recipient:
    return Recipient(name=entry.name(lang) or fallback_name,
                     email=entry.privacy_email or entry.deletion.email,
                     url=entry.privacy_url or entry.deletion.url,
                     address=entry.privacy_address, category=entry.category,
                     jurisdiction=entry.jurisdiction, entity=entry.privacy_entity)


# --- rendering ----------------------------------------------------------------------------------
def _env(autoescape: bool) -> jinja2.Environment:
    # The text environment makes plain text only; HTML always goes through the escaping one.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(LETTERS)), autoescape=autoescape,  # noqa: S701
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=False)


_TEXT_ENV = _env(False)
_HTML_ENV = _env(True)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _date_en(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def date_text(day: dt.date | None, lang: str) -> str:
    """2024年3月5日 / 5 March 2024 ("" for no date)."""
    if day is None:
        return ""
    return pick(lang, f"{day.year}年{day.month}月{day.day}日", _date_en(day))


def render_html(template: str, lang: str, **values: object) -> str:
    """One of the language's HTML templates (resources/letters/<lang>/), escaped."""
    return _HTML_ENV.get_template(f"{LANGS[short_lang(lang)]}/{template}").render(**values)


def _title(kind: LetterKind, lang: str, original: dict[str, str] | None = None,
           regime: str = "pipl") -> str:
    folder = LANGS[short_lang(lang)]
    return _TEXT_ENV.get_template(f"{folder}/title.txt.j2").render(
        kind=kind.value, original=original or {}, regime=regime).strip()


def letter_title(kind: LetterKind, lang: str) -> str:
    """The heading of a first letter of this kind, e.g. 删除个人信息申请."""
    return _title(LetterKind(kind), lang)


def _short_title(kind: LetterKind, lang: str) -> str:
    """"deletion request" wording used inside another letter (en only; zh uses the title)."""
    if short_lang(lang) == "zh":
        return _title(kind, lang)
    return {
        LetterKind.DELETION: "request to delete my personal information (PIPL Article 47)",
        LetterKind.ACCESS: "request to access and copy my personal information (PIPL Article 45)",
        LetterKind.CORRECTION: "request to correct my personal information (PIPL Article 46)",
        LetterKind.WITHDRAW_CONSENT: "withdrawal of consent (PIPL Article 15)",
        LetterKind.EXPLANATION: "request to explain your processing rules (PIPL Article 48)",
        LetterKind.CANCELLATION: "request to close my account and delete my data",
        LetterKind.GDPR_ERASURE: "request for erasure under Article 17 GDPR",
        LetterKind.GDPR_ACCESS: "subject access request under Article 15 GDPR",
        LetterKind.FOLLOW_UP: "reminder",
        LetterKind.COMPLAINT: "complaint",
    }[kind]


def _articles_context(legal: LegalData, cited: tuple[str, ...],
                      lang: str) -> list[dict[str, Any]]:
    articles = []
    for art_id in cited:
        art = legal.article(art_id)
        lw = legal.laws[art.law]
        note = ""
        if lang == "en" and art.law == "pipl":
            note = "unofficial translation" + (", excerpt" if "…" in art.text.en else "")
        elif art.excerpt:
            note = "opening words" if lang == "en" else ""
        articles.append({"ref": art.ref.in_(lang), "text": art.text.in_(lang),
                         "excerpt": art.excerpt, "law_short": lw.short.in_(lang),
                         "note": note})
    return articles


def _original_context(inp: LetterInput, lang: str) -> dict[str, Any] | None:
    if inp.original is None:
        return None
    o = inp.original
    return {
        "title": _title(o.kind, lang), "title_short": _short_title(o.kind, lang),
        "sent_text": date_text(o.sent, lang), "due_text": date_text(o.due, lang),
        "channel": _CHANNEL_WORDS[lang].get(o.channel, o.channel),
        "outcome": o.outcome, "follow_up_text": date_text(o.follow_up_sent, lang),
    }


def _channel_context(inp: LetterInput, lang: str) -> dict[str, Any] | None:
    if inp.channel is None:
        return None
    c = inp.channel
    name = c.name.in_(lang)
    if c.number:
        name = pick(lang, f"{name}（{c.number}）", f"{name} ({c.number})")
    return {"name": name,
            "number": c.number, "authority": c.authority.in_(lang),
            "handles": c.handles.in_(lang), "how": c.how.in_(lang),
            "prerequisite": c.prerequisite.in_(lang)}


def _subject(inp: LetterInput, kind: LetterKind, lang: str, title: str) -> str:
    subject = title if kind is not LetterKind.COMPLAINT else f"{title} — {inp.recipient.name}"
    if kind is not LetterKind.COMPLAINT and inp.account_ref:
        ref = inp.account_ref
        subject = f"{title} ({ref})" if lang == "en" else f"{title}（{ref}）"
    return subject


def _addressee(inp: LetterInput, kind: LetterKind, lang: str) -> Recipient:
    to = inp.recipient
    if kind is LetterKind.COMPLAINT and inp.channel is not None:
        to = Recipient(name=inp.channel.name.in_(lang), email=inp.channel.email,
                       url=inp.channel.url)
    return to


def render_letter(inp: LetterInput, legal: LegalData | None = None) -> Letter:
    legal = legal or legal_data()
    lang = short_lang(inp.lang)
    folder = LANGS[lang]
    kind = LetterKind(inp.kind)
    if kind in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT) and inp.original is None:
        raise LetterUnavailable("needs the original request", reason="needs_original")
    if kind is LetterKind.COMPLAINT and inp.channel is None:
        raise LetterUnavailable("needs a complaint channel", reason="needs_channel")
    orig_kind = inp.original.kind if inp.original else None
    regime = regime_of(kind, orig_kind)
    law = legal.laws[regime.value]
    ctx_law = {"short": law.short.in_(lang), "title": law.title.in_(lang)}
    capacity = inp.requester.capacity
    cited = articles_for(kind, orig_kind)
    own = article_for(capacity)
    if own and kind is not LetterKind.COMPLAINT:
        cited = (own, *cited)
    articles = _articles_context(legal, cited, lang)
    original = _original_context(inp, lang)
    channel = _channel_context(inp, lang)
    response = None
    if inp.due is not None and regime is Regime.PIPL:
        response = {"span": inp.due.span(lang), "date_text": date_text(inp.due.date, lang)}
    ctx: dict[str, Any] = {
        "kind": kind.value, "lang": lang, "regime": regime.value, "law": ctx_law,
        "requester": inp.requester, "recipient": inp.recipient, "account_ref": inp.account_ref,
        "identifiers": inp.identifiers, "details": inp.details.strip(), "articles": articles,
        "original": original or {}, "channel": channel or {}, "response": response,
        "date_text": date_text(inp.date, lang),
        **_behalf_context(inp.requester, lang),
    }
    title = _title(kind, lang, original, regime.value)
    body = _TEXT_ENV.get_template(f"{folder}/body.txt.j2").render(ctx)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    lines = [[line for line in p.split("\n") if line.strip()] for p in paragraphs]
    ctx.update(title=title, paragraphs=paragraphs, paragraph_lines=lines)
    text = _TEXT_ENV.get_template(f"{folder}/letter.txt.j2").render(ctx).strip() + "\n"
    html = _HTML_ENV.get_template(f"{folder}/letter.html.j2").render(ctx)
    subject = _subject(inp, kind, lang, title)
    to = _addressee(inp, kind, lang)
    attachment_html = attachment_text = ""
    if capacity is Capacity.PROXY and kind is not LetterKind.COMPLAINT:
        ctx["title"] = title
        attachment_html = _HTML_ENV.get_template(f"{folder}/authorisation.html.j2").render(ctx)
        attachment_text = _TEXT_ENV.get_template(
            f"{folder}/authorisation.txt.j2").render(ctx).strip() + "\n"
    return Letter(kind, lang, subject, text, html, to, attachment_html, attachment_text)


_BLANK = "＿＿＿＿＿＿"


def _behalf_context(req: Requester, lang: str) -> dict[str, Any]:
    """Template words for a letter written for someone else (see letters/behalf.py)."""
    capacity = req.capacity
    died = ""
    if capacity is Capacity.DECEASED:
        if lang == "zh":
            died = f"已于{date_text(req.died_on, lang)}去世" if req.died_on else "已去世"
        else:
            died = f"died on {date_text(req.died_on, lang)}" if req.died_on else "has died"
    return {"capacity": capacity.value if capacity else "", "died_text": died,
            "agent": req.agent_name or _BLANK, "who": whose(capacity, req.name, lang)}
