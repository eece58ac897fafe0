"""Bitwarden's unencrypted JSON export: {"encrypted": false, "folders": […], "items": […]}.

Login items (type 1) give their name, `login.username` and `login.uris[].uri`. Cards,
identities and secure notes are skipped, and so is everything secret in a login: `password`,
`totp`, `notes`, `fields`, `passwordHistory`, `fido2Credentials` are never read.
An encrypted export ("encrypted": true) is rejected with its own reason.
"""

from __future__ import annotations

from typing import Any

from exposure.errors import ImportRejected
from exposure.importers.logins import Found, login_entry
from exposure.importers.model import Parsed, Skipped
from exposure.importers.reading import Table, load_json

LOGIN = 1
_WEB = ("http://", "https://")


def looks_like(data: Any) -> bool:
    return isinstance(data, dict) and ("items" in data or "encrypted" in data)


def _uris(login: dict[str, Any]) -> list[str]:
    uris = login.get("uris") or []
    if not isinstance(uris, list):
        return []
    out = [u.get("uri") for u in uris if isinstance(u, dict)]
    return [u.strip() for u in out if isinstance(u, str) and u.strip()]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def parse(text: str) -> Parsed:
    data = load_json(text)
    if not looks_like(data):
        raise ImportRejected("not_an_export", format="bitwarden")
    if data.get("encrypted") is True:
        raise ImportRejected("encrypted", format="bitwarden")
    items = data.get("items")
    if not isinstance(items, list):
        raise ImportRejected("not_an_export", format="bitwarden")
    found = Found("bitwarden")
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ImportRejected("not_an_export", format="bitwarden")
        name = _text(item.get("name"))
        login = item.get("login")
        if item.get("type") != LOGIN or not isinstance(login, dict):
            # A card, identity or note: its name may itself hold a secret, so not even that is kept.
            found.add(Skipped(n, "not_a_login"))
            continue
        uris = _uris(login)
        # The first web address (an app id like androidapp://… only when there is no other).
        url = next((u for u in uris if u.lower().startswith(_WEB) or "://" not in u),
                   uris[0] if uris else "")
        got = login_entry(n, url, _text(login.get("username")), name)
        found.add(got)
    return found.parsed()


# --- Bitwarden's CSV export: folder,favorite,type,name,notes,fields,reprompt,login_uri,… ----------
def matches_csv(header: set[str]) -> bool:
    return {"login_uri", "login_username"} <= header


def parse_table(table: Table) -> Parsed:
    name_col = table.column("name")
    found = Found("bitwarden")
    for line, row in table.rows():
        name = row.get(name_col or "", "")
        if row.get("type", "login").strip().lower() not in ("login", ""):
            found.add(Skipped(line, "not_a_login"))  # its name is not kept either
            continue
        # login_uri may hold several addresses separated by commas; the first is the site.
        url = next((u.strip() for u in row.get("login_uri", "").split(",") if u.strip()), "")
        got = login_entry(line, url, row.get("login_username", ""), name)
        found.add(got)
    return found.parsed()
