"""Importing accounts: Exposure's CSV, password-manager exports and pasted lists of app names.

Two phases, so the user sees everything before anything is written:

    plan = preview(vault, Path("passwords.csv"), person="妈妈")     # fmt="auto" by default
    result = commit(vault, plan, {plan.unmatched[0].key: Choice.map("jd")})

`preview` reads and matches without writing; `commit` writes in one transaction. Malformed
input raises ImportRejected (with a reason code) before the vault is touched. Passwords, notes
of password managers, TOTP secrets and custom fields are never read out of the file.
"""

from __future__ import annotations

from exposure.importers.apply import commit, undo_import
from exposure.importers.formats import detect, read
from exposure.importers.model import (
    FORMATS,
    PASSWORD_MANAGERS,
    Choice,
    Entry,
    ImportedIdentifier,
    ImportPlan,
    ImportResult,
    Parsed,
    PlanRow,
    Skipped,
)
from exposure.importers.plan import map_names, preview
from exposure.importers.reading import MAX_BYTES
from exposure.importers.spreadsheet import COLUMNS as CSV_COLUMNS
from exposure.importers.spreadsheet import template_bytes, template_text

__all__ = [
    "CSV_COLUMNS", "FORMATS", "MAX_BYTES", "PASSWORD_MANAGERS", "Choice", "Entry",
    "ImportPlan", "ImportResult", "ImportedIdentifier", "Parsed", "PlanRow", "Skipped", "commit",
    "detect", "map_names", "preview", "read", "template_bytes", "template_text", "undo_import",
]
