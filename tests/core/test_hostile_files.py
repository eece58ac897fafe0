"""Files and disks that used to end in a traceback: each is now one line on stderr, exit 1 or 3,
and the vault's bytes as they were. A folder as the vault, a read-only vault, a full disk, a
damaged salt or first page, a 0-byte vault left by a killed `demo`."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from exposure.keys import VaultKey
from exposure.vault import Vault
from tests.conftest import PASSPHRASE
from tests.paths import ROOT


def cli(*args: str, preexec=None) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "EXPOSURE_PASSPHRASE"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["EXPOSURE_PASSPHRASE"] = PASSPHRASE
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120, check=False,
                          preexec_fn=preexec)


def one_line(run: subprocess.CompletedProcess[str], *codes: int) -> str:
    assert run.returncode in codes, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "v.exposure"
    with Vault.create(path, VaultKey.from_passphrase(PASSPHRASE)) as v:
        v.people.add(name="妈妈")
    return path


def test_a_folder_as_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert "folder" in one_line(cli("inventory", "--vault", str(folder)), 3)
    assert "folder" in one_line(cli("demo", "--vault", str(folder)), 1)
    assert list(folder.iterdir()) == []


def test_a_read_only_vault(vault_file: Path) -> None:
    """Root writes through file modes, so as root the folder is bind-mounted read-only in a
    mount namespace of the command's own (`unshare -m`); otherwise modes do it."""
    before = digest(vault_file)
    folder = vault_file.parent
    args = ("feeds", "enable", "builtin", "--vault", str(vault_file))
    if os.geteuid() == 0:
        script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
        run = subprocess.run(["unshare", "-m", "sh", "-c", script, str(folder), sys.executable,
                              str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True,
                             text=True, timeout=120, check=False,
                             env={**os.environ, "EXPOSURE_PASSPHRASE": PASSPHRASE,
                                  "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
        if "mount" in run.stderr and "Traceback" not in run.stderr:
            pytest.skip("this machine cannot make a read-only mount: " + run.stderr[:100])
    else:
        vault_file.chmod(0o444)
        folder.chmod(0o555)
        try:
            run = cli(*args)
        finally:
            folder.chmod(0o755)
    assert "read-only" in one_line(run, 1, 3)
    assert digest(vault_file) == before


def _limit_file_size(limit: int):  # type: ignore[no-untyped-def]
    def preexec() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def test_a_full_disk_loses_nothing(vault_file: Path, tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes every write past 40 KB fail as a full disk would: the import's one
    transaction cannot be written."""
    names = tmp_path / "apps.txt"
    names.write_text("\n".join(f"自建服务{n}" for n in range(1500)), encoding="utf-8")
    before = digest(vault_file)
    run = cli("import", "--vault", str(vault_file), str(names), "--format", "applist",
              "--person", "妈妈", preexec=_limit_file_size(40_000))
    line = one_line(run, 1, 3)
    assert "disk" in line
    assert digest(vault_file) == before
    with Vault.open(vault_file, passphrase=PASSPHRASE) as v:
        assert v.registrations.rows() == [] and v.integrity_problems() == []


@pytest.mark.parametrize(("offset", "what"), [(5, "salt"), (2000, "page 1")])
def test_a_damaged_salt_or_first_page(vault_file: Path, offset: int, what: str) -> None:
    data = bytearray(vault_file.read_bytes())
    data[offset:offset + 4] = bytes(b ^ 0xFF for b in data[offset:offset + 4])
    vault_file.write_bytes(bytes(data))
    before = digest(vault_file)
    line = one_line(cli("inventory", "--vault", str(vault_file)), 3)
    assert "wrong passphrase, or the file is damaged" in line, what
    assert digest(vault_file) == before


def test_a_zero_byte_vault_says_so_and_demo_replaces_it(tmp_path: Path) -> None:
    empty = tmp_path / "v.exposure"
    empty.write_bytes(b"")
    assert "empty" in one_line(cli("inventory", "--vault", str(empty)), 3)
    run = cli("demo", "--vault", str(empty))
    assert run.returncode == 0, run.stderr
    with Vault.open(empty, passphrase=PASSPHRASE) as v:
        assert len(v.registrations.rows()) > 0


def test_a_demo_interrupted_half_way_leaves_nothing(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from exposure.cli import demo, main

    def killed(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(demo, "load_demo", killed)
    target = tmp_path / "v.exposure"
    assert main(["demo", "--vault", str(target)]) == 1
    assert list(tmp_path.iterdir()) == []  # neither the vault nor a half-made temp file
