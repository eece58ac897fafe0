"""What lets two copies of a vault be merged: content keys, per-field edit times, tombstones.

Two copies made on two computers give the same person, number or registration different row ids,
so rows are matched by a content key (a person's name; a person + kind + value; a person + service
+ account …). Triggers, installed by a migration, keep for every tracked row

- `edit_times(tbl, row_id, field, at)`: when each field last changed (`*`: when the row was added),
- `tombstones(tbl, key, at)`: when a row with this content key was deleted (its key is stored as a
  SHA-256 digest, so a deleted number does not stay readable in the vault).

Times are UTC ISO strings from SQLite's clock. The key expressions below are part of the vault
format: the migration installs triggers built from them, so never change one; add a new table
with a new migration instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from exposure.store.connection import DIGEST, Connection

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

_PERSON = "(SELECT name FROM people WHERE id = {r}.person_id)"
_SERVICE = ("(SELECT coalesce('c:' || catalog_id, 'n:' || lower(name)) FROM services"
            " WHERE id = {r}.service_id)")


@dataclass(frozen=True)
class Tracked:
    """A table merged by content: its key expression (`{r}` is the row), the fields compared
    one by one, the columns that point at other tracked tables, and what must exist for a
    deletion to leave a tombstone (a cascade from a deleted parent needs none)."""

    table: str
    key: str
    fields: tuple[str, ...]
    parents: tuple[tuple[str, str], ...] = ()  # (column, table)
    alive_if: str = "1"
    id_column: str = "id"


TRACKED: tuple[Tracked, ...] = (
    Tracked("people", "json_array({r}.name)", ("relation", "notes", "deceased")),
    Tracked("services", "json_array(coalesce('c:' || {r}.catalog_id, 'n:' || lower({r}.name)))",
            ("domains", "category", "notes")),
    Tracked("identifiers", f"json_array({_PERSON}, {{r}}.kind, {{r}}.value)",
            ("label", "status", "notes"), (("person_id", "people"),),
            "EXISTS (SELECT 1 FROM people WHERE id = {r}.person_id)"),
    Tracked("registrations", f"json_array({_PERSON}, {_SERVICE}, {{r}}.account_ref)",
            ("status", "since", "notes"), (("person_id", "people"), ("service_id", "services")),
            "EXISTS (SELECT 1 FROM people WHERE id = {r}.person_id)"),
    Tracked("registration_identifiers",
            "json_array((SELECT json_array(p.name, coalesce('c:' || s.catalog_id, 'n:' ||"
            " lower(s.name)), g.account_ref) FROM registrations g JOIN people p ON p.id ="
            " g.person_id JOIN services s ON s.id = g.service_id WHERE g.id ="
            " {r}.registration_id), (SELECT json_array(p.name, i.kind, i.value) FROM"
            " identifiers i JOIN people p ON p.id = i.person_id WHERE i.id = {r}.identifier_id))",
            ("role",), (("registration_id", "registrations"), ("identifier_id", "identifiers")),
            "EXISTS (SELECT 1 FROM registrations WHERE id = {r}.registration_id) AND EXISTS"
            " (SELECT 1 FROM identifiers WHERE id = {r}.identifier_id)", "rowid"),
    Tracked("requests", f"json_array({_PERSON}, {_SERVICE}, {{r}}.kind, {{r}}.created,"
            " {r}.lang, {r}.complaint_channel)",
            ("channel", "state", "sent", "due", "due_basis", "due_count", "due_unit",
             "reply_date", "reply_outcome", "reply_note", "include_id_number", "notes",
             "as_relative"),
            (("person_id", "people"), ("service_id", "services"),
             ("registration_id", "registrations"), ("parent_id", "requests")),
            "EXISTS (SELECT 1 FROM people WHERE id = {r}.person_id)"),
    Tracked("audits", f"json_array({_PERSON}, {{r}}.lookup, {{r}}.checked_on,"
            " (SELECT kind || ':' || value FROM identifiers WHERE id = {r}.identifier_id))",
            ("official_count", "inventory_count", "listed", "notes"),
            (("person_id", "people"), ("identifier_id", "identifiers")),
            "EXISTS (SELECT 1 FROM people WHERE id = {r}.person_id)"),
)
BY_TABLE = {t.table: t for t in TRACKED}


def install(conn: Connection) -> None:
    """The tables and triggers (run by the migration, inside its transaction)."""
    conn.execute("CREATE TABLE edit_times (tbl TEXT NOT NULL, row_id INTEGER NOT NULL,"
                 " field TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (tbl, row_id, field))"
                 " WITHOUT ROWID")
    conn.execute("CREATE TABLE tombstones (tbl TEXT NOT NULL, key TEXT NOT NULL,"
                 " at TEXT NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID")
    for t in TRACKED:
        new_id, old_id = f"NEW.{t.id_column}", f"OLD.{t.id_column}"
        key_new = f"{DIGEST}({t.key.format(r='NEW')})"
        key_old = f"{DIGEST}({t.key.format(r='OLD')})"
        conn.execute(
            f"CREATE TRIGGER sync_{t.table}_added AFTER INSERT ON {t.table} BEGIN"
            f" INSERT OR REPLACE INTO edit_times VALUES ('{t.table}', {new_id}, '*', {NOW});"
            f" DELETE FROM tombstones WHERE tbl = '{t.table}' AND key = {key_new}; END")
        conn.execute(
            f"CREATE TRIGGER sync_{t.table}_deleted AFTER DELETE ON {t.table} BEGIN"
            f" DELETE FROM edit_times WHERE tbl = '{t.table}' AND row_id = {old_id};"
            f" INSERT OR REPLACE INTO tombstones SELECT '{t.table}', {key_old}, {NOW}"
            f" WHERE {t.alive_if.format(r='OLD')}; END")
        for f in t.fields:
            conn.execute(
                f"CREATE TRIGGER sync_{t.table}_{f} AFTER UPDATE OF {f} ON {t.table}"
                f" WHEN OLD.{f} IS NOT NEW.{f} BEGIN"
                f" INSERT OR REPLACE INTO edit_times VALUES ('{t.table}', {new_id}, '{f}', {NOW});"
                " END")


def install_rekey_triggers(conn: Connection) -> None:
    """A row whose content key changes (a person renamed, an account name edited) leaves a
    tombstone for its old key, so the other copy's unchanged row under the old key is not brought
    back as a second one (migration 9)."""
    for t in TRACKED:
        key_new = f"{DIGEST}({t.key.format(r='NEW')})"
        key_old = f"{DIGEST}({t.key.format(r='OLD')})"
        conn.execute(
            f"CREATE TRIGGER sync_{t.table}_rekeyed AFTER UPDATE ON {t.table}"
            f" WHEN {key_old} IS NOT {key_new} BEGIN"
            f" INSERT OR REPLACE INTO tombstones VALUES ('{t.table}', {key_old}, {NOW});"
            f" DELETE FROM tombstones WHERE tbl = '{t.table}' AND key = {key_new};"
            f" INSERT OR REPLACE INTO edit_times VALUES ('{t.table}', NEW.{t.id_column}, '*',"
            f" {NOW}); END")


# --- reading a copy ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    id: int
    key: str
    values: dict[str, object]  # every column of the row
    times: dict[str, str]  # field (or "*") → when it last changed; "" = before tracking

    def time(self, field: str) -> str:
        return self.times.get(field) or self.times.get("*", "")

    @property
    def last_edit(self) -> str:
        return max(self.times.values(), default="")


def columns(conn: Connection, table: str) -> tuple[str, ...]:
    return tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))


def read_rows(conn: Connection, t: Tracked) -> list[Row]:
    """Every row of a tracked table with its content key and edit times, in id order."""
    cols = columns(conn, t.table)
    sel = ", ".join(f"r.{c}" for c in cols)
    times: dict[int, dict[str, str]] = {}
    for row_id, field, at in conn.execute(
            "SELECT row_id, field, at FROM edit_times WHERE tbl = ?", (t.table,)):
        times.setdefault(int(row_id), {})[str(field)] = str(at)
    out = []
    for r in conn.execute(f"SELECT r.{t.id_column}, {DIGEST}({t.key.format(r='r')}), {sel}"
                          f" FROM {t.table} r ORDER BY r.{t.id_column}"):
        rid = int(r[0])
        out.append(Row(rid, str(r[1]), dict(zip(cols, r[2:], strict=True)), times.get(rid, {})))
    return out


def tombstones(conn: Connection, table: str) -> dict[str, str]:
    return {str(k): str(a) for k, a in conn.execute(
        "SELECT key, at FROM tombstones WHERE tbl = ?", (table,))}


def set_times(conn: Connection, table: str, row_id: int, times: dict[str, str]) -> None:
    """Give a row the edit times it had in the other copy (a merged value keeps its age)."""
    conn.executemany("INSERT OR REPLACE INTO edit_times VALUES (?, ?, ?, ?)",
                     [(table, row_id, f, at) for f, at in times.items() if at])
