"""SIGKILL during rekey (keyring → passphrase, passphrase → keyring) and during a keyring-mode
restore, 20 times each: the vault always opens afterwards, with the keyring or the passphrase,
whole, and the next start clears what the killed process left behind.

The child processes keep their keyring in a JSON file (tests/file_keyring.py) that the test reads
too, written as a keyring daemon commits its store: a killed process leaves its entries whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from exposure.keys import Protection, VaultKey
from exposure.store.replace import clean_leftovers
from exposure.vault import Vault, protection_of
from tests.file_keyring import FileKeyring

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "typed by hand 1"
RUNS = 20

CHILD = r"""
import sys
from pathlib import Path
from exposure.keys import Protection, VaultKey
from exposure.vault import Vault, protection_of
path, job = Path(sys.argv[1]), sys.argv[2]
if job == "restore":
    vault = Vault.open(path)
    print("start restore", flush=True)
    Vault.restore(Path(sys.argv[3]), "backup passphrase", path, VaultKey.new_raw(),
                  current=vault).close()
elif protection_of(path) is Protection.KEYRING:
    vault = Vault.open(path)
    print("start to-passphrase", flush=True)
    vault.rekey(VaultKey.from_passphrase(sys.argv[3]))
else:
    vault = Vault.open(path, passphrase=sys.argv[3])
    print("start to-keyring", flush=True)
    vault.rekey(VaultKey.new_raw())
print("done", flush=True)
"""


@pytest.fixture
def file_keyring(tmp_path: Path) -> FileKeyring:
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    return backend


def _child(path: Path, job: str, arg: str, keyring_file: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "EXPOSURE_TEST_KEYRING": str(keyring_file),
           "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring"}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(path), job, arg],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _timed(path: Path, job: str, arg: str, keyring_file: Path) -> float:
    """How long one uninterrupted run takes, from "start" to "done" (to aim the kills)."""
    proc = _child(path, job, arg, keyring_file)
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("start"), proc.stderr
    began = time.monotonic()
    assert proc.stdout.readline().strip() == "done"
    took = time.monotonic() - began
    proc.communicate(timeout=60)
    return took


def _flip(path: Path) -> None:
    if protection_of(path) is Protection.KEYRING:
        with Vault.open(path) as vault:
            vault.rekey(VaultKey.from_passphrase(PASSPHRASE))
    else:
        with Vault.open(path, passphrase=PASSPHRASE) as vault:
            vault.rekey(VaultKey.new_raw())


def _opens(path: Path) -> bool:
    """The vault opens (keyring or passphrase, whichever its header says), checks out, is whole."""
    try:
        if protection_of(path) is Protection.KEYRING:
            vault = Vault.open(path)
        else:
            vault = Vault.open(path, passphrase=PASSPHRASE)
    except Exception:  # any failure is a lost vault here
        return False
    with vault:
        return vault.integrity_problems() == [] and \
            [p.name for p in vault.people.all_people()] == ["妈妈"]


def _kill_runs(path: Path, job: str, wanted: str, arg: str, keyring_file: Path,
               rng: random.Random) -> None:
    """RUNS children, each killed at a random moment of its work (aimed by one timed run)."""
    span = 0.0
    lost = 0
    for run in range(RUNS + 1):
        if job == "rekey":
            now = "to-passphrase" if protection_of(path) is Protection.KEYRING else "to-keyring"
            if now != wanted:  # turn the vault around, here (quicker than a child)
                _flip(path)
        if run == 0:
            span = _timed(path, job, arg, keyring_file)
            continue
        proc = _child(path, job, arg, keyring_file)
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        assert line and line[0] == "start", proc.communicate()[1]
        assert line[1] == wanted
        time.sleep(rng.uniform(0.0, span * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        clean_leftovers(path.parent, min_age_s=0)  # what the next start does
        if not _opens(path):
            lost += 1
    assert lost == 0, f"{lost} of {RUNS} vaults could not be opened"
    assert not list(path.parent.glob(".exposure-*"))


@pytest.mark.slow
@pytest.mark.parametrize("direction", ["to-passphrase", "to-keyring"])
def test_sigkill_during_rekey_never_loses_the_vault(app_paths, file_keyring, direction: str
                                                    ) -> None:  # type: ignore[no-untyped-def]
    path: Path = app_paths.vault
    with Vault.create(path, VaultKey.new_raw()) as vault:
        vault.people.add(name="妈妈")
    _kill_runs(path, "rekey", direction, PASSPHRASE, file_keyring.path,
               random.Random(direction))


@pytest.mark.slow
def test_sigkill_during_keyring_restore_never_loses_the_vault(app_paths, file_keyring
                                                             ) -> None:  # type: ignore[no-untyped-def]
    path: Path = app_paths.vault
    backup = app_paths.data / "backup.exposure"
    with Vault.create(path, VaultKey.new_raw()) as vault:
        vault.people.add(name="妈妈")
        vault.backup(backup, "backup passphrase")
    _kill_runs(path, "restore", "restore", str(backup), file_keyring.path, random.Random(21))
