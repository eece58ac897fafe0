"""1Password CSV export: Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes (1Password
8; older versions let the user pick columns, so any header with title, url and username)."""

from __future__ import annotations

from exposure.importers.logins import LoginColumns, parse_login_table
from exposure.importers.model import Parsed
from exposure.importers.reading import Table

COLUMNS = LoginColumns("1password", url=("url", "website", "urls", "login url"),
                       username=("username", "login username"), title=("title", "name"))


def matches(header: set[str]) -> bool:
    return {"title", "username"} <= header and bool({"url", "website", "urls"} & header)


def parse(table: Table) -> Parsed:
    return parse_login_table(table, COLUMNS)
