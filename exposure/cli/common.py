"""What every subcommand shares: opening the vault, wording errors, printing tables."""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from exposure import errors, keys
from exposure.errors import CatalogInvalid, ExposureError
from exposure.keys import Protection
from exposure.outfile import write_private
from exposure.store.connection import DatabaseError, is_busy
from exposure.vault import Vault, protection_of

if TYPE_CHECKING:
    from exposure.catalog import Catalog

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
PASSPHRASE_ENV = "EXPOSURE_PASSPHRASE"
RECOVERY_ENV = "EXPOSURE_RECOVERY_KEY"


class CliError(Exception):
    def __init__(self, exit_code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.message = message


def load_catalog() -> Catalog:
    """The shipped service catalogue, read once per process; a damaged one stops the command
    with one line (exit 1) instead of silently matching without it."""
    from exposure import catalog  # lazy: only the commands that use the catalogue read it

    try:
        return catalog.default_catalog()
    except CatalogInvalid as exc:
        raise CliError(EXIT_FAILED, f"the service catalogue is damaged: {exc}") from None


@dataclass(frozen=True)
class Hooks:
    """What main.py hands the headless commands from the Qt side (the core can't import Qt)."""

    html_to_pdf: Callable[[Sequence[str], Path], None] | None = None  # HTML pages → one PDF


def installed_hooks() -> Hooks:
    """The hooks an installed Qt side registered (entry points `exposure.hooks`), loaded only
    when called: `exposure letter --out x.pdf` writes the PDF, other commands never load Qt."""
    import importlib.metadata  # lazy: ~0.1 s, and only the PDF-writing commands ask

    found = {ep.name: ep for ep in importlib.metadata.entry_points(group="exposure.hooks")}
    pdf = found.get("html_to_pdf")
    if pdf is None:
        return Hooks()

    def html_to_pdf(pages: Sequence[str], out: Path) -> None:
        pdf.load()(pages, out)

    return Hooks(html_to_pdf=html_to_pdf)


class InstalledHooks:
    """`installed_hooks()`, looked up when a command first asks (the headless commands that
    write no PDF never pay for scanning the installed packages)."""

    @functools.cached_property
    def html_to_pdf(self) -> Callable[[Sequence[str], Path], None] | None:
        return installed_hooks().html_to_pdf


def vault_path(args: argparse.Namespace) -> Path:
    if args.vault:
        return Path(args.vault)
    from exposure.paths import AppPaths  # lazy: platformdirs, only without --vault

    return AppPaths.default().vault


_RECOVERY_HINT = f"; open it with --recovery-key (or set {RECOVERY_ENV})"


def describe_error(exc: ExposureError) -> str:
    """One English line for an error; never contains an identifier."""
    p = exc.params
    match exc:
        case errors.WrongRecoveryKey():
            return "cannot unlock: that recovery key belongs to another vault"
        case errors.InvalidRecoveryKey():
            if p.get("reason") == "check":
                return f"cannot unlock: group {p.get('group')} of the recovery key is mistyped"
            if p.get("reason") == "length":
                return (f"cannot unlock: a recovery key has {p.get('expected')} letters and "
                        f"digits; this has {p.get('length')}")
            return "cannot unlock: a recovery key has only digits and the letters A-Z"
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
        case errors.KeyMismatch():
            return "cannot unlock: the key in the keyring does not open this vault" + _RECOVERY_HINT
        case errors.VaultCorrupt():
            return "cannot unlock: the vault file is damaged (it was left untouched)"
        case errors.VaultMissing():
            return "cannot unlock: no vault at that path"
        case errors.VaultTooNew():
            return "cannot unlock: the vault was written by a newer version of Exposure"
        case errors.VaultBusy():
            return "the vault is busy: another Exposure is writing to it; nothing was changed, " \
                   "try again in a moment"
        case errors.VaultInUse():
            return "refused: another program has this vault open; close it and try again " \
                   "(nothing was changed)"
        case errors.KeyNotFound():
            return "cannot unlock: this vault's key is not in this keyring" + _RECOVERY_HINT
        case errors.KeyringLocked():
            return "cannot unlock: the keyring is locked; unlock it (log in to the desktop) " \
                   "and try again" + _RECOVERY_HINT.replace("; open", ", or open")
        case errors.KeyringUnavailable():
            return "cannot unlock: the keyring is not running" + _RECOVERY_HINT
        case errors.NoCjkFont():
            return "the PDF font is missing from this installation (reinstall Exposure)"
        case errors.OutputFailed() if p.get("reason") == "path":
            return "no such folder, or not allowed to write there"
        case errors.OutputFailed() if p.get("reason") in ("write", "incomplete"):
            return "the disk is full or the write was cut short; an earlier file is unchanged"
        case errors.InvalidIdentifier():
            extra = f" (the check digit should be {p['expected']})" if "expected" in p else ""
            return f"invalid {p.get('kind')}: {p.get('reason')}{extra}"
        case _:
            return f"{exc.code}: {exc}"


def write_failed(path: Path, exc: ExposureError) -> CliError:
    """The one line a command prints when its output file was not written."""
    return CliError(EXIT_FAILED, f"cannot write {path.name}: {describe_error(exc)}")


def page_output(out: Path, hooks: Hooks, *, text: bool = False) -> str:
    """The suffix of a printable output (.pdf or .html, and .txt with `text`), refused with one
    line before any work: a wrong suffix, or a PDF without the Qt side that prints it."""
    suffix = out.suffix.lower()
    allowed = (".pdf", ".html", ".htm", *((".txt",) if text else ()))
    if suffix not in allowed:
        names = ".pdf, .html or .txt" if text else ".pdf or .html"
        raise CliError(EXIT_USAGE, f"usage error: --out must end in {names}")
    if suffix == ".pdf" and hooks.html_to_pdf is None:
        raise CliError(EXIT_FAILED, "PDF output needs Exposure's Qt side (PySide6), which is "
                       "not installed here; write " + (".html or .txt" if text else ".html")
                       + " instead")
    return suffix


def write_pages(out: Path, pages: Sequence[str], hooks: Hooks) -> None:
    """HTML pages as one PDF (through the Qt side) or one owner-only HTML file."""
    try:
        if out.suffix.lower() == ".pdf" and hooks.html_to_pdf is not None:
            hooks.html_to_pdf(pages, out)
        else:
            write_private(out, "\n".join(pages).encode("utf-8"))
    except ExposureError as exc:
        raise write_failed(out, exc) from None


UNLOCK_ERRORS = (errors.WrongPassphrase, errors.VaultCorrupt, errors.VaultMissing,
                 errors.VaultTooNew, errors.KeyNotFound, errors.KeyringUnavailable,
                 errors.VaultUnreadable, errors.StorageFull, errors.VaultError)


def _ask(prompt: str, env: str) -> str:
    """A secret from the terminal; Ctrl+D or no terminal is a clear refusal, not a traceback."""
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(EXIT_LOCKED, f"cannot unlock: no terminal to ask for the "
                       f"{prompt.lower()}; set {env}")
    try:
        return getpass.getpass(f"{prompt}: ")
    except EOFError:
        print(file=sys.stderr)
        raise CliError(EXIT_LOCKED, f"cannot unlock: no {prompt.lower()} given") from None


def unlock(path: Path, *, recovery: bool = False) -> Vault:
    """A keyring vault: the keyring, or its recovery key (EXPOSURE_RECOVERY_KEY, --recovery-key).
    A passphrase vault: EXPOSURE_PASSPHRASE, else a prompt on a terminal. A stray
    EXPOSURE_PASSPHRASE does not stop a keyring vault from opening with the keyring."""
    from exposure.store.replace import clean_leftovers  # lazy: only when a vault is opened

    clean_leftovers(path.parent)
    recovery_key = os.environ.get(RECOVERY_ENV)
    if recovery and not recovery_key:
        recovery_key = _ask("Recovery key", RECOVERY_ENV)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        if recovery_key:
            return Vault.open(path, recovery_key=recovery_key)
        if passphrase and path.is_file() and not _tagged_keyring(path):
            # An untagged file with a passphrase given is a passphrase vault but for keyring
            # vaults made before salt tags: try the passphrase first, and ask the keyring (whose
            # backends take ~0.2 s to load) only when it fails.
            try:
                return Vault.open(path, passphrase=passphrase)
            except errors.WrongPassphrase:
                if protection_of(path) is not Protection.KEYRING:
                    raise
                return Vault.open(path)
        protection = protection_of(path) if path.exists() else Protection.PASSPHRASE
        if protection is Protection.KEYRING:
            return Vault.open(path)
        if protection is None:  # an old file while the keyring is down: either may be true
            if passphrase:
                return Vault.open(path, passphrase=passphrase)
            return Vault.open(path)
        if not path.exists():
            return Vault.open(path, passphrase=passphrase or "-")
        return Vault.open(path, passphrase=passphrase or _ask("Vault passphrase", PASSPHRASE_ENV))
    except errors.VaultBusy as exc:
        raise CliError(EXIT_FAILED, describe_error(exc)) from None
    except UNLOCK_ERRORS as exc:
        raise CliError(EXIT_LOCKED, describe_error(exc)) from None


def _tagged_keyring(path: Path) -> bool:
    try:
        return keys.is_keyring_salt(keys.read_salt(path))
    except (OSError, ExposureError):
        return False


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Vault]:
    vault = unlock(vault_path(args), recovery=getattr(args, "recovery_key", False))
    try:
        yield vault
    except ExposureError as exc:
        raise CliError(EXIT_FAILED, describe_error(exc)) from None
    except DatabaseError as exc:
        if not is_busy(exc):
            raise
        raise CliError(EXIT_FAILED, describe_error(errors.VaultBusy())) from None
    finally:
        vault.close()


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    from unicodedata import east_asian_width  # lazy: only tables need it

    def width(text: str) -> int:
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        line = "  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row))
        print(line.rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
