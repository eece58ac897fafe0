"""`main.py vault …`: the vault itself — status, recovery key, protection, restore.

    vault status                       how it is protected and whether its key can be had
    vault recovery-key                 show a keyring vault's recovery key (and confirm it is kept)
    vault protect --keyring | --passphrase   rekey (EXPOSURE_PASSPHRASE: the new passphrase)
    vault restore BACKUP [--keyring | --passphrase]   replace or create the vault from a backup;
                                       works without opening the vault (its key may be lost)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from exposure.cli.args import VAULT, arg, command, one_of
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    PASSPHRASE_ENV,
    CliError,
    Hooks,
    describe_error,
    opened,
    vault_path,
)
from exposure.errors import ExposureError
from exposure.keys import Protection, VaultKey, keyring_state

BACKUP_ENV = "EXPOSURE_BACKUP_PASSPHRASE"


_MODE = one_of(arg("--keyring", dest="mode", action="store_const", const="keyring"),
               arg("--passphrase", dest="mode", action="store_const", const="passphrase"))


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "vault", "the vault itself: status, recovery key, protection, restore",
                run=_no_action)
    vsub = p.add_subparsers(dest="vault_command", metavar="ACTION")
    command(vsub, "status", "how the vault is protected and whether it opens", VAULT,
            run=run_status)
    command(vsub, "recovery-key", "show a keyring vault's recovery key", VAULT,
            run=run_recovery_key)
    command(vsub, "protect", f"switch to the keyring or to a new passphrase (from "
            f"{PASSPHRASE_ENV}_NEW)", VAULT, _MODE, run=run_protect)
    command(vsub, "restore", f"restore from a backup (its passphrase from {BACKUP_ENV}); needs "
            "no open vault",
            arg("backup", type=Path), arg("--vault", type=Path, default=None, metavar="PATH"),
            _MODE, run=run_restore)


def _no_action(args: argparse.Namespace, hooks: Hooks) -> int:
    raise CliError(EXIT_USAGE, "usage error: name an action: status, recovery-key, protect, "
                   "restore (see --help)")


def _new_key(mode: str | None, env: str) -> VaultKey:
    if mode == "passphrase" or (mode is None and not keyring_state().usable):
        passphrase = os.environ.get(env)
        if not passphrase:
            raise CliError(EXIT_USAGE, f"usage error: set {env} to the new passphrase")
        try:
            return VaultKey.from_passphrase(passphrase, check_strength=True)
        except ExposureError as exc:
            raise CliError(EXIT_USAGE, "usage error: the new passphrase needs at least 8 "
                           "characters") from exc
    if not keyring_state().usable:
        raise CliError(EXIT_FAILED, "no OS keyring here; use --passphrase")
    return VaultKey.new_raw()


def run_status(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        print(f"protection: {vault.protection.value}")
        if vault.protection is Protection.KEYRING:
            kept = "confirmed" if vault.recovery_key_confirmed else "not yet confirmed"
            print(f"recovery key: {kept} (show it: main.py vault recovery-key)")
        print(f"schema version: {vault.schema_version}")
    return 0


def run_recovery_key(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        if vault.protection is not Protection.KEYRING:
            raise CliError(EXIT_FAILED, "this vault is protected by a passphrase; it has no "
                           "recovery key")
        print(vault.recovery_key())
        if sys.stdin and sys.stdin.isatty():
            print("Write it down or print it, and keep it apart from this computer.",
                  file=sys.stderr)
            try:
                typed = input("To confirm, type its last group: ")
            except EOFError:
                return 0
            if typed.strip().upper() == vault.recovery_key().rsplit("-", 1)[1]:
                vault.confirm_recovery_key()
                print("confirmed", file=sys.stderr)
            else:
                print("that is not its last group; not confirmed", file=sys.stderr)
    return 0


def run_protect(args: argparse.Namespace, hooks: Hooks) -> int:
    key = _new_key(args.mode, PASSPHRASE_ENV + "_NEW")
    with opened(args) as vault:
        vault.rekey(key)
        print(f"protection: {key.protection.value}")
        if key.protection is Protection.KEYRING:
            print(f"recovery key (write it down): {vault.recovery_key()}")
    return 0


def run_restore(args: argparse.Namespace, hooks: Hooks) -> int:
    from exposure.vault import Vault  # lazy: restore works on files before any vault opens

    backup_passphrase = os.environ.get(BACKUP_ENV)
    if not backup_passphrase:
        raise CliError(EXIT_USAGE, f"usage error: set {BACKUP_ENV} to the backup's passphrase")
    key = _new_key(args.mode, PASSPHRASE_ENV)
    try:
        vault = Vault.restore(args.backup, backup_passphrase, vault_path(args), key)
    except ExposureError as exc:
        raise CliError(EXIT_FAILED, describe_error(exc).replace("cannot unlock", "cannot restore")
                       .replace("wrong passphrase", "wrong backup passphrase")) from None
    with vault:
        print(f"restored; protection: {key.protection.value}")
        if key.protection is Protection.KEYRING:
            print(f"recovery key (write it down): {vault.recovery_key()}")
    return 0
