"""What every repository shares: the connection, the transaction helper and change notices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exposure.model import Change
from exposure.store.connection import Connection, Transactions


class Repository:
    def __init__(self, conn: Connection, tx: Transactions,
                 notify: Callable[[Change], None]) -> None:
        self._conn = conn
        self._tx = tx
        self._notify = notify

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self._conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        rows: list[Any] = self._conn.execute(sql, params).fetchall()
        return rows
