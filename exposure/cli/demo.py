"""The commands that create a vault: `main.py init --vault PATH` (an empty one, for a headless
start or a script) and `main.py demo --vault PATH` (one holding the fictional demo family).
The key is a passphrase from EXPOSURE_PASSPHRASE, else a random key kept in the OS keyring."""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path

from exposure import catalog
from exposure.cli.args import VAULT, command
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    PASSPHRASE_ENV,
    CliError,
    Hooks,
    describe_error,
    vault_path,
)
from exposure.demo import load_demo
from exposure.errors import ExposureError, KeyringUnavailable, VaultExists
from exposure.keys import Protection, VaultKey, keyring_state
from exposure.vault import Vault, interrupted_creation


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "init", "create an empty vault (then `import` fills it)", VAULT, run=run_init)
    command(sub, "demo", "create a vault holding a fictional demo family", VAULT, run=run)


def _create(args: argparse.Namespace, where: Path | None = None):  # type: ignore[no-untyped-def]
    """A new vault at --vault (never over an existing one; a 0-byte file left by a killed
    creation may be replaced), or at `where` (a temporary name beside it), open."""
    path = vault_path(args)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase:
        key = VaultKey.from_passphrase(passphrase)
    elif keyring_state().usable:
        key = VaultKey.new_raw()
    else:
        raise CliError(EXIT_USAGE, f"no OS keyring here: set {PASSPHRASE_ENV} to protect the "
                       "vault with a passphrase")
    if path.is_dir():
        raise CliError(EXIT_FAILED, "that path is a folder, not a vault file")
    if path.exists() and not interrupted_creation(path):
        raise CliError(EXIT_FAILED, "a vault already exists at that path; choose another --vault")
    try:
        return Vault.create(where or path, key)
    except VaultExists:
        raise CliError(EXIT_FAILED, "a vault already exists at that path; "
                       "choose another --vault") from None
    except KeyringUnavailable:
        raise CliError(EXIT_FAILED, "the OS keyring refused the key; set "
                       f"{PASSPHRASE_ENV}") from None


def run_init(args: argparse.Namespace, hooks: Hooks) -> int:
    vault = _create(args)
    where = vault.path
    recovery = vault.recovery_key() if vault.protection is Protection.KEYRING else ""
    vault.close()
    print(f"empty vault created at {where}")
    if recovery:
        print(f"recovery key (opens it without the keyring): {recovery}")
    return 0


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    path = vault_path(args)
    # Built beside the target and renamed into place when complete: a demo killed half-way
    # leaves no half-made vault where the app looks for one.
    tmp = path.with_name(f".{path.name}.demo-{os.getpid()}")
    try:
        vault = _create(args, tmp)
        try:
            added = load_demo(vault, name_for=catalog.name_for)
            recovery = vault.recovery_key() if vault.protection is Protection.KEYRING else ""
        except ExposureError as exc:
            raise CliError(EXIT_FAILED, describe_error(exc)) from None
        finally:
            vault.close()
        os.replace(tmp, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(tmp) + suffix).unlink()
    print(f"demo vault created with {added} registrations")
    if recovery:
        print(f"recovery key (opens it without the keyring): {recovery}")
    return 0
