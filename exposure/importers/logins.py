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
_CARD_LIKE = re.compile(r"^\d{16,19}$")
_MOBILE = (phonenumbers.PhoneNumberType.MOBILE,
           phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
_EMAIL_LIKE = re.compile(r"^[^@\s]+@")
_CANDIDATES = ((_EMAIL_LIKE, idmod.parse_email), (_ID_LIKE, idmod.parse_id_number),
               (_CARD_LIKE, idmod.parse_bank_card), (_PHONE_LIKE, idmod.parse_phone))


def login_identifier(username: str) -> tuple[ImportedIdentifier | None, str]:
    """A user name as (identifier, "") when it is an e-mail address, a mobile number (or any
    number written with +country code), a resident ID number or a bank card number (16 to 19
    digits passing the Luhn check: banks let a card number be the login); else (None, the user
    name), kept as the registration's account reference."""
    text = " ".join(username.split())
    if not text:
        return None, ""
    for pattern, parse in _CANDIDATES:
        if not pattern.match(text):
            continue
        try:
            parsed = parse(text)
        except InvalidIdentifier:
            continue
        if parsed.kind is IdentifierKind.PHONE and not text.startswith("+"):
            number = phonenumbers.parse(parsed.value, None)
            if phonenumbers.number_type(number) not in _MOBILE:
                continue  # a bare number that is no mobile: a member number, a QQ number …
        return ImportedIdentifier(parsed.kind, parsed.value, Role.LOGIN), ""
    return None, text[:200]


def login_entry(line: int, url: str, username: str, title: str) -> Entry | Skipped:
    url, title = url.strip(), " ".join(title.split())[:200]
    if not url and not title:
        return Skipped(line, "no_service")
    ident, account = login_identifier(username)
    return Entry(line=line, service=url or title, title=title,
                 identifiers=(ident,) if ident else (), account_ref=account)


class Found:
    """What an export yields as it is read: the entries, and the lines skipped with why."""

    def __init__(self, format: str) -> None:
        self.format = format
        self.entries: list[Entry] = []
        self.skipped: list[Skipped] = []

    def add(self, got: Entry | Skipped) -> None:
        if isinstance(got, Entry):
            self.entries.append(got)
        else:
            self.skipped.append(got)

    def parsed(self) -> Parsed:
        """All of it; an export that held nothing at all is refused."""
        if not self.entries and not self.skipped:
            raise ImportRejected("empty")
        return Parsed(self.format, tuple(self.entries), tuple(self.skipped))


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
    found = Found(cols.format)
    for line, row in table.rows():
        got = login_entry(line, row.get(url_col or "", ""), row.get(user_col or "", ""),
                          row.get(title_col, "") if title_col else "")
        found.add(got)
    return found.parsed()
