"""Exact undo of a deletion: capture every row a delete will remove, put them back as they were.

`capture(conn, table, ids)` reads, before the delete, the rows of `table` with those ids and every
row the schema's foreign keys would take with them (`ON DELETE CASCADE`, followed recursively
through the referenced column), plus the rows an `ON DELETE SET NULL` link would cut loose.
`restore(conn, snapshot)` re-inserts every captured row with its original values, ids included,
parents before children, then points the cut-loose rows back (only where the link is still
NULL). Both run inside the caller's transaction; on any clash `restore` raises `UndoConflict`
and the caller's transaction rolls back.

The walk is driven by `PRAGMA foreign_key_list` of every table, so a table added by a future
migration is covered without editing this module, provided its links to people, identifiers,
registrations … are declared as foreign keys. `RESTRICT`, `NO ACTION` and `SET DEFAULT` links are
not followed (the first two make the delete itself fail). Rows are held in memory only and left
out of `repr`, so a snapshot never prints an identifier value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from exposure.errors import UndoConflict
from exposure.store.connection import Connection, IntegrityError

_CHUNK = 500  # bound parameters per statement, well under SQLite's limit
_TOPICS = {  # change-notice topic of a table, where it is not the table's own name
    "registration_identifiers": "registrations",
    "hardening_done": "hardening",
    "playbook_items": "playbook",
    "leak_steps": "exposures",
    "manual_notices": "breaches",
}


@dataclass(frozen=True)
class TableRows:
    """Captured rows of one table: full column values, in `columns` order."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...] = field(repr=False)


@dataclass(frozen=True)
class Relink:
    """A row outside the deletion whose `columns` the delete will set to NULL; `values` undo it."""

    table: str
    key_columns: tuple[str, ...]
    key: tuple[object, ...] = field(repr=False)
    columns: tuple[str, ...]
    values: tuple[object, ...] = field(repr=False)


@dataclass(frozen=True)
class Snapshot:
    """Everything deleting `ids` of `table` removes or cuts; `tables` in restore order."""

    table: str
    ids: tuple[object, ...]
    tables: tuple[TableRows, ...]
    relinks: tuple[Relink, ...]

    def count(self, table: str) -> int:
        return sum(len(t.rows) for t in self.tables if t.table == table)

    @property
    def topics(self) -> tuple[str, ...]:
        """The change notices a restore must send, parents first."""
        names = [t.table for t in self.tables] + [r.table for r in self.relinks]
        return tuple(dict.fromkeys(_TOPICS.get(n, n) for n in names))


@dataclass(frozen=True)
class _Link:
    child: str
    child_cols: tuple[str, ...]
    parent: str
    parent_cols: tuple[str, ...]
    on_delete: str


class _Schema:
    """Tables, their columns, keys and foreign keys, as the database itself reports them."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        self.columns: dict[str, tuple[str, ...]] = {}
        self.keys: dict[str, tuple[str, ...]] = {}
        for name in names:
            info = conn.execute(f"PRAGMA table_xinfo({_q(name)})").fetchall()
            # cid, name, type, notnull, default, pk, hidden (0 = ordinary column)
            self.columns[name] = tuple(r[1] for r in info if r[6] == 0)
            pk = sorted((r[5], r[1]) for r in info if r[5])
            self.keys[name] = tuple(c for _, c in pk) if len(pk) == 1 else ("rowid",)
        self.links: list[_Link] = []
        for name in names:
            groups: dict[int, list[Sequence[object]]] = {}
            for row in conn.execute(f"PRAGMA foreign_key_list({_q(name)})"):
                groups.setdefault(int(row[0]), []).append(row)
            for rows in groups.values():
                rows.sort(key=lambda r: int(r[1]))  # type: ignore[arg-type]
                parent = str(rows[0][2])
                to = tuple(str(r[4]) if r[4] else "" for r in rows)
                if not all(to):  # REFERENCES parent without columns: the parent's primary key
                    to = self._primary_key(parent)
                self.links.append(_Link(name, tuple(str(r[3]) for r in rows), parent, to,
                                        str(rows[0][6]).upper()))

    def _primary_key(self, table: str) -> tuple[str, ...]:
        info = self.conn.execute(f"PRAGMA table_info({_q(table)})").fetchall()
        return tuple(c for _, c in sorted((r[5], r[1]) for r in info if r[5])) or ("rowid",)

    def select(self, table: str, cols: tuple[str, ...], values: Iterable[tuple[object, ...]]
               ) -> list[tuple[object, ...]]:
        """Rows of `table` (key first, then its columns) whose `cols` are among `values`."""
        wanted = list(dict.fromkeys(v for v in values if None not in v))
        key = self.keys[table]
        out: list[tuple[object, ...]] = []
        head = ", ".join(_q(c) for c in key + self.columns[table])
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            marks = ", ".join("(" + ", ".join("?" * len(cols)) + ")" for _ in chunk)
            sql = (f"SELECT {head} FROM {_q(table)} "
                   f"WHERE ({', '.join(_q(c) for c in cols)}) IN (VALUES {marks})")
            out += [tuple(r) for r in self.conn.execute(sql, [x for v in chunk for x in v])]
        return out

    def order(self, tables: Iterable[str]) -> list[str]:
        """`tables` with every parent before its children (self-references aside)."""
        todo = list(dict.fromkeys(tables))
        done: list[str] = []
        while todo:
            ready = [t for t in todo if not any(
                link.child == t and link.parent in todo and link.parent != t
                for link in self.links)] or todo[:1]  # a cycle: deferred checks sort it out
            done += ready
            todo = [t for t in todo if t not in ready]
        return done


def capture(conn: Connection, table: str, ids: Iterable[object]) -> Snapshot:
    """What deleting the rows of `table` with these ids (primary key, else rowid) would remove."""
    schema = _Schema(conn)
    if table not in schema.columns:
        raise ValueError(f"no table {table!r}")
    ids = tuple(dict.fromkeys(ids))
    rows: dict[str, dict[tuple[object, ...], tuple[object, ...]]] = {}
    cut: dict[tuple[str, tuple[object, ...]], dict[str, object]] = {}
    queue = [(table, schema.select(table, schema.keys[table], [(i,) for i in ids]))]
    while queue:
        name, found = queue.pop()
        width = len(schema.keys[name])
        have = rows.setdefault(name, {})
        new = [r for r in found if r[:width] not in have]
        for r in new:
            have[r[:width]] = r[width:]
        if not new:
            continue
        cols = schema.columns[name]
        for link in (x for x in schema.links if x.parent == name):
            pos = [cols.index(c) if c in cols else None for c in link.parent_cols]
            if None in pos:
                continue  # references the rowid of a table without an id column
            values = [tuple(r[width + p] for p in pos if p is not None) for r in new]
            children = schema.select(link.child, link.child_cols, values)
            if link.on_delete == "CASCADE":
                queue.append((link.child, children))
            elif link.on_delete == "SET NULL":
                child_cols = schema.columns[link.child]
                n = len(schema.keys[link.child])
                for c in children:
                    entry = cut.setdefault((link.child, c[:n]), {})
                    for col in link.child_cols:
                        entry[col] = c[n + child_cols.index(col)]
    order = schema.order(rows)
    tables = tuple(TableRows(t, schema.columns[t], tuple(rows[t][k] for k in sorted(
        rows[t], key=_sortable))) for t in order if rows[t])
    relinks = tuple(
        Relink(t, schema.keys[t], key, tuple(values), tuple(values.values()))
        for (t, key), values in cut.items() if key not in rows.get(t, {}))
    return Snapshot(table, ids, tables, relinks)


def restore(conn: Connection, snapshot: Snapshot) -> None:
    """Re-insert the captured rows exactly and re-link the cut ones, in the caller's transaction.

    Raises UndoConflict (and writes nothing the caller's rollback will keep) when an id was taken
    since, a UNIQUE value clashes, or a row it needs (e.g. a service) is gone."""
    conn.execute("PRAGMA defer_foreign_keys = ON")  # parents and children in any order
    try:
        for part in snapshot.tables:
            cols = ", ".join(_q(c) for c in part.columns)
            marks = ", ".join("?" * len(part.columns))
            try:
                conn.executemany(f"INSERT INTO {_q(part.table)} ({cols}) VALUES ({marks})",
                                 part.rows)
            except IntegrityError as exc:
                raise UndoConflict(table=part.table,
                                   reason=_reason(exc)) from None
        for link in snapshot.relinks:
            sets = ", ".join(f"{_q(c)} = ?" for c in link.columns)
            where = " AND ".join(f"{_q(c)} = ?" for c in link.key_columns)
            nulls = " AND ".join(f"{_q(c)} IS NULL" for c in link.columns)
            try:
                conn.execute(f"UPDATE {_q(link.table)} SET {sets} WHERE {where} AND {nulls}",
                             (*link.values, *link.key))
            except IntegrityError as exc:
                raise UndoConflict(table=link.table,
                                   reason=_reason(exc)) from None
        touched = dict.fromkeys([t.table for t in snapshot.tables]
                                + [r.table for r in snapshot.relinks])
        for name in touched:
            bad = conn.execute(f"PRAGMA foreign_key_check({_q(name)})").fetchone()
            if bad is not None:
                raise UndoConflict(table=name, reason="missing_parent")
    finally:
        conn.execute("PRAGMA defer_foreign_keys = OFF")


def _reason(exc: IntegrityError) -> str:
    text = str(exc).upper()
    return "taken" if "UNIQUE" in text or "PRIMARY KEY" in text else (
        "missing_parent" if "FOREIGN KEY" in text else "constraint")


def _sortable(key: tuple[object, ...]) -> tuple[tuple[int, float, str], ...]:
    """Ids in numeric order (older rows, e.g. a letter before its follow-up, first)."""
    return tuple((0, float(v), "") if isinstance(v, int | float) else (1, 0.0, str(v))
                 for v in key)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
