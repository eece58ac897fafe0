"""From a file, bytes or pasted text to parsed entries: format detection and dispatch."""

from __future__ import annotations

from pathlib import Path

from exposure import identifiers as idmod
from exposure.errors import ImportRejected, InvalidIdentifier
from exposure.importers import (
    applist,
    bitwarden,
    chrome,
    firefox,
    keepass,
    keepass_xml,
    onepassword,
    spreadsheet,
)
from exposure.importers.model import FORMATS, ImportedIdentifier, Parsed
from exposure.importers.reading import MAX_BYTES, as_text, table
from exposure.model import Role

MAX_ENTRIES = 20_000  # accounts in one import; a large password manager holds a few thousand

# Tried in this order on a CSV header: the most specific first.
_CSV_FORMATS = (
    ("firefox", firefox.matches, firefox.parse),
    ("bitwarden", bitwarden.matches_csv, bitwarden.parse_table),
    ("keepass", keepass.matches, keepass.parse),
    ("1password", onepassword.matches, onepassword.parse),
    ("chrome", chrome.matches, chrome.parse),
    ("csv", spreadsheet.matches, spreadsheet.parse),
)


def detect(text: str) -> str:
    """The format of an import from its content: JSON → Bitwarden; XML → KeePass (refused when
    it is not a KeePass export); a CSV by its header; short lines of names → a pasted list.
    Anything else is refused with the formats that are read ("unrecognised")."""
    head = text.lstrip()
    if head.startswith(("{", "[")):
        return "bitwarden"
    if keepass_xml.looks_like(head):
        return "keepass"
    header = set(table(text).header)
    for name, matches, _ in _CSV_FORMATS:
        if matches(header):
            return name
    first = head.splitlines()[0] if head else ""
    if any(d in first for d in (",", "\t", ";")):
        raise ImportRejected("columns", format="auto")  # a table, but none we know
    if applist.looks_like(text):
        return "applist"
    raise ImportRejected("unrecognised", format="auto")


def login_identifier(value: str) -> ImportedIdentifier:
    """The identifier a pasted list's accounts are bound to (a phone number, an e-mail …)."""
    kind = idmod.guess_kind(value)
    if kind is None:
        raise InvalidIdentifier("phone", "format")
    parsed = idmod.parse(kind, value)
    return ImportedIdentifier(parsed.kind, parsed.value, Role.LOGIN)


def read(source: str | bytes | Path, fmt: str = "auto", *, login: str = "",
         max_bytes: int = MAX_BYTES) -> Parsed:
    """Parse an import. `source`: a Path (read with a size cap), bytes (decoded), or text.
    `login`: for a pasted list, the identifier every listed account is bound to.
    Raises ImportRejected (and InvalidIdentifier for a bad `login`); never writes anything."""
    if fmt not in ("auto", *FORMATS):
        raise ImportRejected("unknown_format", format=fmt)
    bound = login_identifier(login) if login.strip() else None
    text = as_text(Path(source) if isinstance(source, Path) else source, max_bytes)
    if fmt == "auto":
        fmt = detect(text)
    return _bounded(_parse(text, fmt, bound))


def _bounded(parsed: Parsed) -> Parsed:
    if len(parsed.entries) + len(parsed.skipped) > MAX_ENTRIES:
        raise ImportRejected("too_many", limit=MAX_ENTRIES)
    return parsed


def _parse(text: str, fmt: str, bound: ImportedIdentifier | None) -> Parsed:
    if fmt == "applist":
        return applist.parse(text, bound)
    if fmt == "bitwarden" and text.lstrip().startswith(("{", "[")):
        return bitwarden.parse(text)
    if keepass_xml.looks_like(text):
        if fmt != "keepass":  # XML read as a CSV or a list would store its markup
            raise ImportRejected("columns", format=fmt)
        return keepass_xml.parse(text)
    tab = table(text)
    for name, matches, parse in _CSV_FORMATS:
        if name == fmt:
            if fmt != "csv" and not matches(set(tab.header)):
                raise ImportRejected("columns", format=fmt)
            return parse(tab)
    raise ImportRejected("unknown_format", format=fmt)  # pragma: no cover - FORMATS is checked
