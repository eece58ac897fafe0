"""Merge another copy of the vault into this one (two computers, one family).

    report = merge_from(vault, other)             # one transaction; report.undo puts it back
    report = merge_from(vault, other, dry_run=True)   # what would change; nothing written

Rows are matched by content (exposure/store/sync.py), never by row id. For a row in both copies,
each field that differs takes the newer edit; the older value is kept in the report. A row only in
the other copy is added unless this copy deleted it after its last edit there; a row only here is
deleted when the other copy deleted it after its last edit here. Hardening steps done and playbook
ticks name vault ids in their keys (`card:12`), so they are translated into this copy's ids and
matched on person + key; they are added or take the newer time, never deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from exposure.model import Change
from exposure.store import snapshot, sync
from exposure.store.base import fresh_id
from exposure.store.connection import Connection
from exposure.vault import Vault


@dataclass(frozen=True)
class FieldChange:
    table: str
    key_hint: str  # which row, in words the user recognises (a name, a service); no identifier
    field: str
    kept: object
    lost: object  # the older value, no longer in the vault when `taken`
    taken: bool  # True: the other copy's newer value replaced this copy's


@dataclass
class MergeUndo:
    inserted: list[tuple[str, str, int]] = field(default_factory=list)  # table, id column, id
    updated: list[tuple[str, str, int, str, object, str | None]] = field(default_factory=list)
    deleted: list[snapshot.Snapshot] = field(default_factory=list)
    started: str = ""


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    kept_deleted: dict[str, int] = field(default_factory=dict)  # deleted here, not re-added
    changes: list[FieldChange] = field(default_factory=list)
    skipped: int = 0  # rows whose parent could not be matched
    dry_run: bool = False
    undo: MergeUndo | None = None

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or sum(self.deleted.values())
                    or any(c.taken for c in self.changes))


# What sync tools call the copy they could not reconcile: Dropbox "(… conflicted copy …)",
# Nextcloud/ownCloud "(conflicted copy …)", Syncthing ".sync-conflict-…", Google Drive " (1)".
_CONFLICT = re.compile(r"conflict|\s\(\d+\)$", re.IGNORECASE)


def conflict_copies(vault_path: Path) -> list[Path]:
    """Copies of this vault a sync tool left beside it, newest first."""
    vault_path = Path(vault_path)
    stem, suffix = vault_path.stem, vault_path.suffix
    found = []
    try:
        candidates = list(vault_path.parent.iterdir())
    except OSError:
        return []
    for p in candidates:
        if p == vault_path or p.suffix != suffix or not p.name.startswith(stem):
            continue
        rest = p.stem[len(stem):]
        if rest and _CONFLICT.search(rest) and p.is_file():
            found.append(p)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


class _DryRun(Exception):
    pass


def merge_from(vault: Vault, other: Vault, *, dry_run: bool = False) -> MergeReport:
    """Bring `other`'s people, identifiers, registrations, letters, audits, hardening steps and
    playbook ticks into `vault`, in one transaction (rolled back when `dry_run`)."""
    report = MergeReport(dry_run=dry_run)
    undo = MergeUndo()
    try:
        with vault.tx() as conn:
            undo.started = str(conn.execute(f"SELECT {sync.NOW}").fetchone()[0])
            _Merger(conn, other.conn, report, undo).run()
            if dry_run:
                raise _DryRun
    except _DryRun:
        return report
    report.undo = undo
    _notify(vault)
    return report


def undo_merge(vault: Vault, undo: MergeUndo) -> None:
    """Take a merge back: remove what it added, restore what it changed and deleted."""
    with vault.tx() as conn:
        for table, id_col, row_id in reversed(undo.inserted):
            conn.execute(f"DELETE FROM {table} WHERE {id_col} = ?", (row_id,))
        for table, id_col, row_id, col, old, old_time in reversed(undo.updated):
            conn.execute(f"UPDATE {table} SET {col} = ? WHERE {id_col} = ?", (old, row_id))
            conn.execute("DELETE FROM edit_times WHERE tbl = ? AND row_id = ? AND field = ?",
                         (table, row_id, col))
            if old_time:
                sync.set_times(conn, table, row_id, {col: old_time})
        for snap in reversed(undo.deleted):
            snapshot.restore(conn, snap)
        # what the undo removed was never deleted by the user: it may come back in a next merge
        conn.execute("DELETE FROM tombstones WHERE at >= ?", (undo.started,))
    _notify(vault)


def _notify(vault: Vault) -> None:
    for topic in (Change.PEOPLE, Change.IDENTIFIERS, Change.REGISTRATIONS, Change.REQUESTS,
                  Change.AUDITS, Change.HARDENING, Change.PLAYBOOK, Change.EXPOSURES):
        vault.announce(topic)


class _Merger:
    def __init__(self, conn: Connection, theirs: Connection, report: MergeReport,
                 undo: MergeUndo) -> None:
        self.conn, self.theirs, self.report, self.undo = conn, theirs, report, undo
        self.ids: dict[str, dict[int, int]] = {}  # table → their id → our id

    def run(self) -> None:
        for t in sync.TRACKED:
            self.table(t)
        self.keyed_steps("hardening_done", ("person_id", "step_key"), ("done_at", "note"))
        self.keyed_steps("playbook_items", ("person_id", "playbook", "item_key"),
                         ("done_at", "note"))
        self.keyed_steps("leak_steps", ("person_id", "breach_ref", "step_key"), ("done_at",))

    # --- tracked tables --------------------------------------------------------------------------
    def table(self, t: sync.Tracked) -> None:
        ours = _by_key(sync.read_rows(self.conn, t))
        theirs = _by_key(sync.read_rows(self.theirs, t))
        our_graves = sync.tombstones(self.conn, t.table)
        their_graves = sync.tombstones(self.theirs, t.table)
        mapping = self.ids.setdefault(t.table, {})
        cols = sync.columns(self.conn, t.table)
        for key, their_rows in theirs.items():
            our_rows = ours.get(key, [])
            for i, row in enumerate(their_rows):
                if i < len(our_rows):
                    mapping[row.id] = our_rows[i].id
                    self.compare(t, our_rows[i], row)
                elif key in our_graves and our_graves[key] >= row.last_edit:
                    _count(self.report.kept_deleted, t.table)
                else:
                    new_id = self.insert(t, row, cols)
                    if new_id is not None:
                        mapping[row.id] = new_id
        for key, our_rows in ours.items():
            grave = their_graves.get(key)
            if key in theirs or grave is None:
                continue
            for row in our_rows:
                if grave >= row.last_edit and self._still_there(t, row.id):
                    self.undo.deleted.append(snapshot.capture(self.conn, t.table, [row.id]))
                    self.conn.execute(f"DELETE FROM {t.table} WHERE {t.id_column} = ?",
                                      (row.id,))
                    _count(self.report.deleted, t.table)

    def _still_there(self, t: sync.Tracked, row_id: int) -> bool:
        return self.conn.execute(f"SELECT 1 FROM {t.table} WHERE {t.id_column} = ?",
                                 (row_id,)).fetchone() is not None

    def compare(self, t: sync.Tracked, ours: sync.Row, theirs: sync.Row) -> None:
        hint = _hint(t.table, ours.values)
        for f in t.fields:
            mine, other = ours.values.get(f), theirs.values.get(f)
            if mine == other:
                continue
            if theirs.time(f) > ours.time(f):
                self.undo.updated.append((t.table, t.id_column, ours.id, f, mine,
                                          ours.times.get(f)))
                self.conn.execute(f"UPDATE {t.table} SET {f} = ? WHERE {t.id_column} = ?",
                                  (other, ours.id))
                sync.set_times(self.conn, t.table, ours.id, {f: theirs.time(f)})
                self.report.changes.append(FieldChange(t.table, hint, f, other, mine, True))
            else:
                self.report.changes.append(FieldChange(t.table, hint, f, mine, other, False))
        parent = dict(t.parents).get("parent_id")
        if parent and ours.values.get("parent_id") is None and theirs.values.get("parent_id"):
            mapped = self.ids.get(parent, {}).get(int(str(theirs.values["parent_id"])))
            if mapped is not None:
                self.conn.execute(f"UPDATE {t.table} SET parent_id = ? WHERE id = ?",
                                  (mapped, ours.id))

    def insert(self, t: sync.Tracked, row: sync.Row, cols: tuple[str, ...]) -> int | None:
        values = dict(row.values)
        for col, parent in t.parents:
            if values.get(col) is None:
                continue
            mapped = self.ids.get(parent, {}).get(int(str(values[col])))
            if mapped is None and (col == "person_id" or t.table in _ALL_PARENTS_NEEDED):
                self.report.skipped += 1  # its person, account or number did not come over
                return None
            values[col] = mapped  # an optional link (a letter's service …) may be cut
        if t.id_column == "id":
            values["id"] = _fresh_id(self.conn, t.table)
        names = [c for c in cols if c in values]
        cur = self.conn.execute(
            f"INSERT INTO {t.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [values[c] for c in names])
        new_id = int(str(values["id"])) if t.id_column == "id" else int(cur.lastrowid or 0)
        sync.set_times(self.conn, t.table, new_id, row.times)
        self.undo.inserted.append((t.table, t.id_column, new_id))
        _count(self.report.added, t.table)
        return new_id

    # --- steps and ticks keyed by vault ids -----------------------------------------------------
    def keyed_steps(self, table: str, key_cols: tuple[str, ...], fields: tuple[str, ...]) -> None:
        people = self.ids.get("people", {})
        cols = sync.columns(self.conn, table)
        ours = {tuple(r[1:1 + len(key_cols)]): r for r in self.conn.execute(
            f"SELECT id, {', '.join(key_cols)}, {', '.join(fields)} FROM {table}")}
        for r in self.theirs.execute(f"SELECT {', '.join(cols)} FROM {table}"):
            row = dict(zip(cols, r, strict=True))
            pid = people.get(int(row["person_id"]))
            key_field = key_cols[-1]
            translated = self.translate(str(row[key_field]))
            if pid is None or translated is None:
                self.report.skipped += 1
                continue
            row["person_id"], row[key_field] = pid, translated
            key = tuple(row[c] for c in key_cols)
            mine = ours.get(key)
            if mine is None:
                names = [c for c in cols if c != "id"]
                cur = self.conn.execute(
                    f"INSERT INTO {table} ({', '.join(names)}) VALUES"
                    f" ({', '.join('?' * len(names))})", [row[c] for c in names])
                self.undo.inserted.append((table, "id", int(cur.lastrowid or 0)))
                _count(self.report.added, table)
                continue
            done_here, done_there = mine[1 + len(key_cols)], row["done_at"]
            if done_there and (not done_here or str(done_there) > str(done_here)):
                for f in fields:
                    old = mine[1 + len(key_cols) + fields.index(f)]
                    if old != row[f]:
                        self.undo.updated.append((table, "id", int(mine[0]), f, old, None))
                        self.conn.execute(f"UPDATE {table} SET {f} = ? WHERE id = ?",
                                          (row[f], mine[0]))
                        self.report.changes.append(FieldChange(table, "", f, row[f], old, True))

    def translate(self, key: str) -> str | None:
        """`card:12` in their ids → `card:34` in ours; None when the thing is not here."""
        parts = key.split(":")
        if len(parts) < 2 or not re.fullmatch(r"\d+", parts[1]):
            return key
        table = "registrations" if parts[0] in _REGISTRATION_KEYS else "identifiers"
        mapped = self.ids.get(table, {}).get(int(parts[1]))
        if mapped is None:
            return None
        return ":".join([parts[0], str(mapped), *parts[2:]])


# Tables whose every link must be matched; elsewhere a link other than the person may be cut.
_ALL_PARENTS_NEEDED = ("identifiers", "registrations", "registration_identifiers")
# Step and item keys whose number is a registration id; every other number is an identifier id.
_REGISTRATION_KEYS = ("svc", "no-sms-only", "close-account", "payment", "reg")


def _by_key(rows: list[sync.Row]) -> dict[str, list[sync.Row]]:
    out: dict[str, list[sync.Row]] = {}
    for row in rows:
        out.setdefault(row.key, []).append(row)
    return out


def _count(counts: dict[str, int], table: str) -> None:
    counts[table] = counts.get(table, 0) + 1


def _fresh_id(conn: Connection, table: str) -> int:
    if table in ("identifiers", "registrations"):
        return fresh_id(conn, table)  # never reuse an id (keys such as card:12 hang on them)
    row = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
    return int(row[0])


def _hint(table: str, values: dict[str, object]) -> str:
    """A row named without its identifier values: a person's name, a look-up, a kind."""
    if table == "people":
        return str(values.get("name", ""))
    if table == "identifiers":
        return str(values.get("kind", ""))
    if table == "services":
        return str(values.get("name", ""))
    if table == "audits":
        return str(values.get("lookup", ""))
    if table == "requests":
        return str(values.get("kind", ""))
    return ""

