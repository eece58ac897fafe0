"""KeePassXC CSV (Group,Title,Username,Password,URL,Notes,TOTP,…) and KeePass 2 CSV
(Account,Login Name,Password,Web Site,Comments)."""

from __future__ import annotations

from exposure.importers.logins import LoginColumns, parse_login_table
from exposure.importers.model import Parsed
from exposure.importers.reading import Table

COLUMNS = LoginColumns("keepass", url=("url", "web site"), username=("username", "login name",
                                                                       "user name"),
                       title=("title", "account"))


def matches(header: set[str]) -> bool:
    return ({"group", "title", "username", "url"} <= header
            or {"account", "login name", "web site"} <= header)


def parse(table: Table) -> Parsed:
    return parse_login_table(table, COLUMNS)
