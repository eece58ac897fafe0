"""What every repository shares: the connection, the transaction helper and change notices, the
one-row reads and writes that say which record is missing, and the keys and times of the
done-at records (take-over steps, playbook ticks, leak steps)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from exposure.errors import ExposureError, InvalidInput, NotFound
from exposure.model import Change
from exposure.store.connection import Connection, IntegrityError, Row, Transactions


def clean_name(name: str) -> str:
    """A person's or service's name on one line; empty or over 200 characters is refused."""
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("name is empty", field="name")
    if len(name) > 200:
        raise InvalidInput("name too long", field="name")
    return name


def fresh_id(c: Connection, table: str) -> int:
    """An id never given before in `table` (not even to a row since deleted). Hardening steps
    and playbook items are keyed by identifier and registration ids (`sim-pin:12`); SQLite alone
    would give a deleted newest row's id to the next row, which would inherit those steps."""
    return fresh_ids(c, table, 1).start


def fresh_ids(c: Connection, table: str, count: int) -> range:
    """`count` ids never given before in `table`, in order: what `count` calls of `fresh_id`
    would give, in two statements (an import writes thousands of rows)."""
    key = f"high_water.{table}"
    row = c.execute(f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0),"
                    " coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key=?), 0))",
                    (key,)).fetchone()
    first = int(row[0]) + 1
    c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(first + count - 1)))
    return range(first, first + count)


def clean_key(key: str, what: str) -> str:
    """A step, item, playbook or breach key, stripped; empty or over 200 characters is refused."""
    key = (key or "").strip()
    if not key or len(key) > 200:
        raise InvalidInput(f"{what} key is empty or too long", field=what)
    return key


def stamp(at: dt.datetime) -> str:
    """A time from the caller's clock as stored (ISO 8601, whole seconds, with its offset)."""
    if not isinstance(at, dt.datetime):
        raise InvalidInput("a time is needed", field="at")
    if at.tzinfo is None:
        at = at.astimezone()  # local time as the caller's clock gave it
    return at.replace(microsecond=0).isoformat()


def read_stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def where_equal(**columns: object) -> tuple[str, tuple[object, ...]]:
    """`WHERE a=? AND b=?` for the columns whose value is not None, and those values
    (no clause when every value is None)."""
    given = [(name, value) for name, value in columns.items() if value is not None]
    if not given:
        return "", ()
    return ("WHERE " + " AND ".join(f"{name}=?" for name, _ in given),
            tuple(value for _, value in given))


class Repository:
    def __init__(self, conn: Connection, tx: Transactions,
                 notify: Callable[[Change], None]) -> None:
        self._conn = conn
        self._tx = tx
        self._notify = notify

    def _one(self, sql: str, params: tuple[object, ...] = ()) -> Any:
        return self._conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
        rows: list[Any] = self._conn.execute(sql, params).fetchall()
        return rows

    def _row(self, what: str, key: object, sql: str) -> Row:
        """The row `sql` selects by its one parameter, `key`; NotFound(what) when none."""
        row: Row | None = self._one(sql, (key,))
        if row is None:
            raise NotFound(what, id=key)
        return row

    def _write(self, topic: Change, sql: str, params: tuple[object, ...] = ()) -> int:
        """One statement in its own transaction; `topic` is notified when it changed rows.
        Returns how many it changed."""
        with self._tx() as c:
            cur = c.execute(sql, params)
        if cur.rowcount:
            self._notify(topic)
        return int(cur.rowcount)

    def _write_row(self, topic: Change, what: str, key: object, sql: str,
                   params: tuple[object, ...]) -> None:
        """`_write` of one record; NotFound(what, id=key) when the statement changed none."""
        if not self._write(topic, sql, params):
            raise NotFound(what, id=key)

    def _insert(self, topic: Change, sql: str, params: tuple[object, ...],
                refused: ExposureError) -> int:
        """An insert the database may refuse (a reference missing, a duplicate): then `refused`
        is raised. `topic` is notified (an ignored insert too); returns the new row's id."""
        try:
            with self._tx() as c:
                cur = c.execute(sql, params)
        except IntegrityError:
            raise refused from None
        self._notify(topic)
        return int(cur.lastrowid or 0)
