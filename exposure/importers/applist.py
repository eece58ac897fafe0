"""A pasted list of app or service names, one per line: what 互联网账号"一证通查" returns for a
phone number, or a phone's app list. Bullets and numbering ("1.", "-", "•") are ignored, and so
are repeated names. Each name is matched by the catalogue's names and aliases."""

from __future__ import annotations

import re

from exposure.catalog import normalize
from exposure.errors import ImportRejected
from exposure.importers.model import Entry, ImportedIdentifier, Parsed

_BULLET = re.compile(r"^\s*(?:[-*•·●▪◦>]+|\d{1,4}\s*[.、)）:：]|[(（]\d{1,4}[)）])\s*")
MAX_NAME = 100


def parse(text: str, login: ImportedIdentifier | None = None) -> Parsed:
    """`login`: the identifier these accounts are bound to (the phone number looked up)."""
    seen: set[str] = set()
    entries = []
    for n, raw in enumerate(text.splitlines(), start=1):
        name = " ".join(_BULLET.sub("", raw).split())[:MAX_NAME]
        key = normalize(name)
        if not key or key in seen:
            continue
        seen.add(key)
        entries.append(Entry(line=n, service=name, identifiers=(login,) if login else ()))
    if not entries:
        raise ImportRejected("empty")
    return Parsed("applist", tuple(entries))
