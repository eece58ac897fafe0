"""What every subcommand shares: opening the vault, wording errors, printing tables."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from exposure import errors
from exposure.errors import ExposureError
from exposure.paths import AppPaths
from exposure.vault import Vault

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
PASSPHRASE_ENV = "EXPOSURE_PASSPHRASE"


class CliError(Exception):
    def __init__(self, exit_code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.message = message


@dataclass(frozen=True)
class Hooks:
    """What main.py hands the headless commands from the Qt side (the core can't import Qt)."""

    html_to_pdf: Callable[[Sequence[str], Path], None] | None = None  # HTML pages → one PDF


def add_vault_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, default=None, metavar="PATH",
                        help="the vault file (default: the one in the platform data folder)")


def vault_path(args: argparse.Namespace) -> Path:
    return args.vault if args.vault else AppPaths.default().vault



def describe_error(exc: ExposureError) -> str:
    """One English line for an error; never contains an identifier."""
    p = exc.params
    match exc:
        case errors.WrongPassphrase():
            return "cannot unlock: wrong passphrase, or the file is damaged (it was left untouched)"
        case errors.VaultUnreadable():
            return {"not_a_file": "cannot unlock: that path is a folder, not a vault file",
                    "read_only": "cannot open the vault for writing (a read-only file or folder);"
                    " it was left untouched",
                    }.get(str(p.get("reason")), "cannot read the vault: the disk reported an error")
        case errors.StorageFull():
            return "the disk is full: nothing was written and the vault is as it was"
        case errors.VaultCorrupt() if p.get("reason") == "empty":
            return ("cannot unlock: the vault file is empty (its creation was interrupted); "
                    "`demo` or the app's first-run wizard may replace it")
        case errors.VaultCorrupt():
            return "cannot unlock: the vault file is damaged (it was left untouched)"
        case errors.VaultMissing():
            return "cannot unlock: no vault at that path"
        case errors.VaultTooNew():
            return "cannot unlock: the vault was written by a newer version of Exposure"
        case errors.KeyNotFound():
            return "cannot unlock: no key for this vault in the keyring; set EXPOSURE_PASSPHRASE"
        case errors.KeyringUnavailable():
            return "cannot unlock: no OS keyring available; set EXPOSURE_PASSPHRASE"
        case errors.InvalidIdentifier():
            extra = f" (the check digit should be {p['expected']})" if "expected" in p else ""
            return f"invalid {p.get('kind')}: {p.get('reason')}{extra}"
        case _:
            return f"{exc.code}: {exc}"


UNLOCK_ERRORS = (errors.WrongPassphrase, errors.VaultCorrupt, errors.VaultMissing,
                 errors.VaultTooNew, errors.KeyNotFound, errors.KeyringUnavailable,
                 errors.VaultUnreadable, errors.StorageFull)


def unlock(path: Path) -> Vault:
    """Key from EXPOSURE_PASSPHRASE, else the keyring, else a prompt on a terminal."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        if passphrase:
            return Vault.open(path, passphrase=passphrase)
        try:
            return Vault.open(path)
        except (errors.KeyNotFound, errors.KeyringUnavailable):
            if not sys.stdin or not sys.stdin.isatty():
                raise
            return Vault.open(path, passphrase=getpass.getpass("Vault passphrase: "))
    except UNLOCK_ERRORS as exc:
        raise CliError(EXIT_LOCKED, describe_error(exc)) from None


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Vault]:
    vault = unlock(vault_path(args))
    try:
        yield vault
    except ExposureError as exc:
        raise CliError(EXIT_FAILED, describe_error(exc)) from None
    finally:
        vault.close()


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    from unicodedata import east_asian_width

    def width(text: str) -> int:
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        line = "  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row))
        print(line.rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
