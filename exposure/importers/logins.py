"""What the password-manager formats share: turning a user name into an identifier, and reading
a CSV of logins by column names.

Only the URL, the user name and the entry's title are read. Passwords, notes, TOTP secrets and
custom fields are never copied out of the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers

from exposure import identifiers as idmod
from exposure.errors import ImportRejected, InvalidIdentifier
from exposure.importers.model import Entry, ImportedIdentifier, Parsed, Skipped
from exposure.importers.reading import Table
from exposure.model import IdentifierKind, Role

_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]{7,20}$")
_ID_LIKE = re.compile(r"^\d{17}[\dXx]$")
_MOBILE = (phonenumbers.PhoneNumberType.MOBILE,
           phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def login_identifier(username: str) -> tuple[ImportedIdentifier | None, str]:
    """A user name as (identifier, "") when it is an e-mail address, a mobile number (or any
    number written with +country code) or a resident ID number; else (None, the user name)."""
    text = " ".join(username.split())
    if not text:
        return None, ""
    try:
        if "@" in text:
            parsed = idmod.parse_email(text)
            return ImportedIdentifier(parsed.kind, parsed.value, Role.LOGIN), ""
        if _ID_LIKE.match(text):
            parsed = idmod.parse_id_number(text)
            return ImportedIdentifier(parsed.kind, parsed.value, Role.LOGIN), ""
        if _PHONE_LIKE.match(text):
            parsed = idmod.parse_phone(text)
            number = phonenumbers.parse(parsed.value, None)
            if text.startswith("+") or phonenumbers.number_type(number) in _MOBILE:
                return ImportedIdentifier(IdentifierKind.PHONE, parsed.value, Role.LOGIN), ""
    except InvalidIdentifier:
        pass
    return None, text[:200]


def login_entry(line: int, url: str, username: str, title: str) -> Entry | Skipped:
    url, title = url.strip(), " ".join(title.split())[:200]
    if not url and not title:
        return Skipped(line, "no_service")
    ident, account = login_identifier(username)
    return Entry(line=line, service=url or title, title=title,
                 identifiers=(ident,) if ident else (), account_ref=account)


@dataclass(frozen=True)
class LoginColumns:
    """Which header names a format uses for the three fields read (first present wins)."""

    format: str
    url: Sequence[str]
    username: Sequence[str]
    title: Sequence[str] = ()


def parse_login_table(table: Table, cols: LoginColumns) -> Parsed:
    url_col = table.column(*cols.url)
    user_col = table.column(*cols.username)
    title_col = table.column(*cols.title) if cols.title else None
    missing = [what for what, col in (("url", url_col), ("username", user_col)) if col is None]
    if missing:
        raise ImportRejected("columns", format=cols.format, missing=",".join(missing))
    entries: list[Entry] = []
    skipped: list[Skipped] = []
    for line, row in table.rows():
        got = login_entry(line, row.get(url_col or "", ""), row.get(user_col or "", ""),
                          row.get(title_col, "") if title_col else "")
        (entries if isinstance(got, Entry) else skipped).append(got)  # type: ignore[arg-type]
    if not entries and not skipped:
        raise ImportRejected("empty")
    return Parsed(cols.format, tuple(entries), tuple(skipped))
