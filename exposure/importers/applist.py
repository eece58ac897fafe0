"""A pasted list of app or service names, one per line: what 互联网账号"一证通查" returns for a
phone number, or a phone's app list. Bullets and numbering ("1.", "-", "•") are ignored, and so
are repeated names. Each name is matched by the catalogue's names and aliases.

A list must look like one: short lines of names. A line with markup, a `key: value` pair, a long
token or something shaped like a password means the file is something else (a password
manager's text or XML export): the whole file is refused, and the line is never stored or shown.
"""

from __future__ import annotations

import re

from exposure.catalog import normalize
from exposure.errors import ImportRejected
from exposure.importers.model import Entry, ImportedIdentifier, Parsed

_BULLET = re.compile(r"^\s*(?:[-*•·●▪◦>]+|\d{1,4}\s*[.、)）:：]|[(（]\d{1,4}[)）])\s*")
MAX_NAME = 60  # the longest catalogue name or alias is 24 characters
MAX_LINES = 2_000  # 一证通查 lists a few dozen; a phone has a few hundred apps
_MARKUP = re.compile(r"[<>{}\[\]]|&[#\w]+;")
_KEY_VALUE = re.compile(r"^[^:：=]{1,40}?\s*[:：=]\s*\S")
_URL = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:/\S*)?$", re.IGNORECASE)
_LONG_TOKEN = 24


def _secret_shaped(token: str) -> bool:
    """A token such as `hunter2-alipay` or `Xy7#kP9!mQ2z`: ten or more ASCII characters mixing
    three of lower case, upper case, digits and symbols (`7-Eleven`, `58同城`, `1688.com` are
    not)."""
    if len(token) < 10 or not token.isascii() or _URL.match(token):
        return False
    classes = (any(c.islower() for c in token), any(c.isupper() for c in token),
               any(c.isdigit() for c in token), any(not c.isalnum() for c in token))
    return sum(classes) >= 3


def problem(line: str) -> str:
    """Why `line` (bullets removed) is not an app name: "" when it may be one."""
    if len(line) > MAX_NAME:
        return "long_line"
    if _MARKUP.search(line):
        return "markup"
    if not _URL.match(line) and _KEY_VALUE.match(line):
        return "key_value"
    for token in line.split():
        if (len(token) >= _LONG_TOKEN and not _URL.match(token)) or _secret_shaped(token):
            return "secret_like"
    return ""


def looks_like(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return bool(lines) and len(lines) <= MAX_LINES and not any(
        problem(" ".join(_BULLET.sub("", ln).split())) for ln in lines)


def parse(text: str, login: ImportedIdentifier | None = None) -> Parsed:
    """`login`: the identifier these accounts are bound to (the phone number looked up).
    Raises ImportRejected("not_applist", line=N, why=…) for the first line that is not a name,
    and ("too_many", limit=…) past MAX_LINES names; never with the line's text."""
    seen: set[str] = set()
    entries = []
    lines = 0
    for n, raw in enumerate(text.splitlines(), start=1):
        name = " ".join(_BULLET.sub("", raw).split())
        if not name:
            continue
        lines += 1
        if lines > MAX_LINES:
            raise ImportRejected("too_many", limit=MAX_LINES)
        if why := problem(name):
            raise ImportRejected("not_applist", line=n, why=why)
        key = normalize(name)
        if not key or key in seen:
            continue
        seen.add(key)
        entries.append(Entry(line=n, service=name, identifiers=(login,) if login else ()))
    if not entries:
        raise ImportRejected("empty")
    return Parsed("applist", tuple(entries))
