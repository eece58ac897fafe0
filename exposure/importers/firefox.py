"""Firefox "Export Logins" CSV: url,username,password,httpRealm,formActionOrigin,guid,…"""

from __future__ import annotations

from exposure.importers.logins import LoginColumns, parse_login_table
from exposure.importers.model import Parsed
from exposure.importers.reading import Table

COLUMNS = LoginColumns("firefox", url=("url",), username=("username",))


def matches(header: set[str]) -> bool:
    return {"url", "username", "password"} <= header and bool(
        {"httprealm", "formactionorigin", "guid"} & header)


def parse(table: Table) -> Parsed:
    return parse_login_table(table, COLUMNS)
