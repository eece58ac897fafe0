"""The vault's schema as an ordered list of migrations. `PRAGMA user_version` says how many ran.

Each migration runs inside one transaction together with the user_version bump, so a vault is
always at exactly one version. Append new migrations; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

from exposure.errors import VaultTooNew
from exposure.store import sync
from exposure.store.connection import Connection

Migration = Callable[[Connection], None]


def run_script(conn: Connection, script: str) -> None:
    """Run `;`-separated statements inside the caller's transaction (executescript would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_inventory(conn: Connection) -> None:
    run_script(conn,
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            relation TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE identifiers (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            UNIQUE (person_id, kind, value)
        );
        CREATE TABLE services (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            catalog_id TEXT UNIQUE,
            domains TEXT NOT NULL DEFAULT '[]',
            category TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE registrations (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            service_id INTEGER NOT NULL REFERENCES services(id),
            status TEXT NOT NULL DEFAULT 'active',
            since TEXT,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE registration_identifiers (
            registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
            identifier_id INTEGER NOT NULL REFERENCES identifiers(id) ON DELETE CASCADE,
            PRIMARY KEY (registration_id, identifier_id)
        );
        """
    )


def _v2_roles_status_meta(conn: Connection) -> None:
    run_script(conn,
        """
        ALTER TABLE identifiers ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
        ALTER TABLE identifiers ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        ALTER TABLE registrations ADD COLUMN account_ref TEXT NOT NULL DEFAULT '';
        ALTER TABLE registration_identifiers ADD COLUMN role TEXT NOT NULL DEFAULT 'login';
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE INDEX registrations_person ON registrations(person_id);
        CREATE INDEX registrations_service ON registrations(service_id);
        CREATE INDEX registration_identifiers_identifier
            ON registration_identifiers(identifier_id);
        CREATE UNIQUE INDEX people_name ON people(name);
        """
    )


def _requests(conn: Connection) -> None:
    """Request letters and their tracking."""
    run_script(conn,
        """
        CREATE TABLE requests (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            service_id INTEGER REFERENCES services(id) ON DELETE SET NULL,
            registration_id INTEGER REFERENCES registrations(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT 'zh',
            channel TEXT NOT NULL DEFAULT 'email',
            state TEXT NOT NULL DEFAULT 'draft',
            created TEXT NOT NULL,
            sent TEXT,
            due TEXT,
            due_basis TEXT NOT NULL DEFAULT '',
            due_count INTEGER NOT NULL DEFAULT 0,
            due_unit TEXT NOT NULL DEFAULT '',
            reply_date TEXT,
            reply_outcome TEXT,
            reply_note TEXT NOT NULL DEFAULT '',
            parent_id INTEGER REFERENCES requests(id) ON DELETE SET NULL,
            complaint_channel TEXT NOT NULL DEFAULT '',
            include_id_number INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX requests_state_due ON requests(state, due);
        CREATE INDEX requests_registration ON requests(registration_id);
        """
    )


def _breaches(conn: Connection) -> None:
    """Breach feeds, their breaches, the exposures found in the inventory."""
    _feed_tables(conn)
    _exposure_tables(conn)


def _feed_tables(conn: Connection) -> None:
    """Breach feeds and their breaches."""
    run_script(conn,
        """
        CREATE TABLE feeds (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 0,
            etag TEXT NOT NULL DEFAULT '',
            last_modified TEXT NOT NULL DEFAULT '',
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            last_error_params TEXT NOT NULL DEFAULT '{}',
            added TEXT NOT NULL
        );
        CREATE TABLE breaches (
            id INTEGER PRIMARY KEY,
            feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            domains TEXT NOT NULL DEFAULT '[]',
            catalog_ids TEXT NOT NULL DEFAULT '[]',
            aliases TEXT NOT NULL DEFAULT '[]',
            breach_date TEXT NOT NULL DEFAULT '',
            added_date TEXT NOT NULL DEFAULT '',
            modified_date TEXT NOT NULL DEFAULT '',
            records INTEGER,
            records_note TEXT NOT NULL DEFAULT '',
            data_classes TEXT NOT NULL DEFAULT '[]',
            kinds TEXT NOT NULL DEFAULT '[]',
            description TEXT NOT NULL DEFAULT '',
            sources TEXT NOT NULL DEFAULT '[]',
            verified INTEGER NOT NULL DEFAULT 1,
            fabricated INTEGER NOT NULL DEFAULT 0,
            sensitive INTEGER NOT NULL DEFAULT 0,
            retired INTEGER NOT NULL DEFAULT 0,
            spam_list INTEGER NOT NULL DEFAULT 0,
            malware INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feed_id, key)
        )
        """
    )


def _exposure_tables(conn: Connection) -> None:
    """Manual notices of a breach and the exposures found in the inventory."""
    run_script(conn,
        """
        CREATE TABLE manual_notices (
            breach_id INTEGER PRIMARY KEY REFERENCES breaches(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            channel TEXT NOT NULL DEFAULT '',
            received TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE exposures (
            id INTEGER PRIMARY KEY,
            breach_id INTEGER NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
            registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,
            identifier_ids TEXT NOT NULL DEFAULT '[]',
            kinds TEXT NOT NULL DEFAULT '[]',
            matched_by TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'new',
            first_seen TEXT NOT NULL,
            state_changed TEXT,
            UNIQUE (breach_id, registration_id)
        );
        CREATE INDEX exposures_registration ON exposures(registration_id);
        CREATE INDEX exposures_state ON exposures(state)
        """
    )


def _takeover(conn: Connection) -> None:
    """Hardening steps recorded as done, and the ticked items of a playbook."""
    run_script(conn,
        """
        CREATE TABLE hardening_done (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            step_key TEXT NOT NULL,
            done_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (person_id, step_key)
        );
        CREATE TABLE playbook_items (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            playbook TEXT NOT NULL,
            item_key TEXT NOT NULL,
            done_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (person_id, playbook, item_key)
        )
        """
    )


def _audits(conn: Connection) -> None:
    """Audits against the national look-ups: what the official service returned, when."""
    run_script(conn,
        """
        CREATE TABLE audits (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            lookup TEXT NOT NULL,
            checked_on TEXT NOT NULL,
            identifier_id INTEGER REFERENCES identifiers(id) ON DELETE SET NULL,
            official_count INTEGER NOT NULL,
            inventory_count INTEGER NOT NULL,
            listed TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audits_person ON audits(person_id, lookup, checked_on)
        """
    )


def _relatives(conn: Connection) -> None:
    """A person may be recorded as deceased (NULL alive, '' date unknown, else YYYY-MM-DD); a
    request remembers whether it was written as a relative: deceased, guardian, proxy."""
    conn.execute("ALTER TABLE people ADD COLUMN deceased TEXT")
    conn.execute("ALTER TABLE requests ADD COLUMN as_relative TEXT NOT NULL DEFAULT ''")


def _merge_tracking(conn: Connection) -> None:
    """Per-field edit times and tombstones so two copies can be merged (see sync.py)."""
    sync.install(conn)


def _merge_renames(conn: Connection) -> None:
    """A renamed person or account leaves a tombstone under its old content key."""
    sync.install_rekey_triggers(conn)


def _leak_steps(conn: Connection) -> None:
    """What to do about a leak, ticked per person and breach (`feed/key`, stable across syncs and
    copies); a breach may concern everyone holding a kind of identifier (issue 18)."""
    run_script(conn,
        """
        CREATE TABLE leak_steps (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            breach_ref TEXT NOT NULL,
            step_key TEXT NOT NULL,
            done_at TEXT NOT NULL,
            UNIQUE (person_id, breach_ref, step_key)
        );
        ALTER TABLE breaches ADD COLUMN everyone TEXT NOT NULL DEFAULT '[]';
        """
    )


def _own_names(conn: Connection) -> None:
    """A registration keeps the name the user gave the service (捷停车 filed under the generic
    智慧停车（通用）); a person may have no smartphone, so app steps become counter and hotline
    steps (issue 18)."""
    run_script(conn,
        """
        ALTER TABLE registrations ADD COLUMN service_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN no_smartphone INTEGER NOT NULL DEFAULT 0;
        """
    )


MIGRATIONS: list[Migration] = [_v1_inventory, _v2_roles_status_meta, _requests, _breaches,
                               _takeover, _audits, _relatives,
                               _merge_tracking, _merge_renames, _leak_steps, _own_names]


def current_version() -> int:
    return len(MIGRATIONS)


def version_of(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int | None = None) -> int:
    """Bring the schema to `target` (default: the newest). Returns the number of migrations run."""
    target = current_version() if target is None else target
    have = version_of(conn)
    if have > current_version():
        raise VaultTooNew("written by a newer version", version=have)
    ran = 0
    for number in range(have + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        ran += 1
    return ran
