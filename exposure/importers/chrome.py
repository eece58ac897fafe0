"""Chrome and Edge "Export passwords" CSV: name,url,username,password[,note]."""

from __future__ import annotations

from exposure.importers.logins import LoginColumns, parse_login_table
from exposure.importers.model import Parsed
from exposure.importers.reading import Table

COLUMNS = LoginColumns("chrome", url=("url",), username=("username",), title=("name",))


def matches(header: set[str]) -> bool:
    return {"name", "url", "username", "password"} <= header


def parse(table: Table) -> Parsed:
    return parse_login_table(table, COLUMNS)
