"""`main.py merge --vault A --from B [--dry-run] [--json]`: bring another copy's changes in.

The other copy's passphrase comes from EXPOSURE_OTHER_PASSPHRASE, else the keyring (a copy of the
same vault has the same key), else a prompt on a terminal. The report names rows by person,
service or kind, never by an identifier's value.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from exposure import errors
from exposure.cli.args import JSON, VAULT, arg, command
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_LOCKED,
    UNLOCK_ERRORS,
    CliError,
    Hooks,
    describe_error,
    opened,
    print_json,
)
from exposure.errors import ExposureError
from exposure.merge import MergeReport, merge_from
from exposure.vault import Vault

OTHER_PASSPHRASE_ENV = "EXPOSURE_OTHER_PASSPHRASE"
_SECRET_FIELDS = ("notes", "reply_note", "listed", "label")  # free text: shown only as changed


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "merge", "merge another copy of the vault (a second computer, a sync tool's "
            "conflict copy) into this one",
            VAULT,
            arg("--from", dest="other", type=Path, required=True, metavar="PATH",
                help="the other copy"),
            arg("--dry-run", action="store_true", help="show what would change; write nothing"),
            JSON, run=run)


def _open_other(path: Path) -> Vault:
    passphrase = os.environ.get(OTHER_PASSPHRASE_ENV)
    try:
        if passphrase:
            return Vault.open(path, passphrase=passphrase)
        try:
            return Vault.open(path)
        except (errors.KeyNotFound, errors.KeyringUnavailable):
            if not sys.stdin or not sys.stdin.isatty():
                raise
            return Vault.open(path, passphrase=getpass.getpass("Passphrase of the other copy: "))
    except UNLOCK_ERRORS as exc:
        raise CliError(EXIT_LOCKED, "the other copy: " + describe_error(exc)) from None


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        if args.other.resolve() == vault.path.resolve():
            raise CliError(EXIT_FAILED, "--from names this same vault")
        other = _open_other(args.other)
        try:
            report = merge_from(vault, other, dry_run=args.dry_run)
        except ExposureError as exc:
            raise CliError(EXIT_FAILED, describe_error(exc)) from None
        finally:
            other.close()
    if args.json:
        print_json(as_json(report))
    else:
        print_report(report)
    return 0


def as_json(report: MergeReport) -> dict[str, object]:
    return {"dry_run": report.dry_run, "added": report.added, "deleted": report.deleted,
            "kept_deleted": report.kept_deleted, "skipped": report.skipped,
            "changes": [{"table": c.table, "row": c.key_hint, "field": c.field,
                         "taken_from_other": c.taken,
                         **({} if c.field in _SECRET_FIELDS else {"kept": c.kept,
                                                                   "lost": c.lost})}
                        for c in report.changes]}


def print_report(report: MergeReport) -> None:
    head = "would merge" if report.dry_run else "merged"
    if not report.changed and not report.changes:
        print("nothing to merge: the copies hold the same")
        return
    print(head + ":")
    tables = dict.fromkeys([*report.added, *report.deleted, *report.kept_deleted])
    for table in tables:
        parts = [f"{report.added[table]} added" if table in report.added else "",
                 f"{report.deleted[table]} deleted (deleted in the other copy)"
                 if table in report.deleted else "",
                 f"{report.kept_deleted[table]} stay deleted" if table in report.kept_deleted
                 else ""]
        print(f"  {table}: " + ", ".join(p for p in parts if p))
    for c in report.changes:
        winner = "the other copy's newer value" if c.taken else "this copy's newer value"
        detail = "" if c.field in _SECRET_FIELDS else f": kept {c.kept!r}, older {c.lost!r}"
        where = " ".join(x for x in (c.table, c.key_hint, c.field) if x)
        print(f"  {where}: {winner}{detail}")
    if report.skipped:
        print(f"  {report.skipped} rows left out: what they belong to is not in this copy")
