"""`main.py letter|playbook --out FILE` writes a whole file or nothing: on a disk that fills up
mid-write the command exits 1 with one line and an earlier FILE keeps its bytes. Written files
(they hold names, numbers and account references) are readable by their owner only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from tests.paths import ROOT

# Runs main.py with writes limited to LIMIT bytes per file while the output is written (after
# the vault is closed): the writer's write() fails with EFBIG, as it would with ENOSPC.
_DRIVER = """
import resource, signal, sys
sys.path.insert(0, {root!r})
import main
from exposure import outfile

LIMIT = int(sys.argv[1])
real = outfile.replacing

def limited(target, **kw):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, resource.RLIM_INFINITY))
    return real(target, **kw)

outfile.replacing = limited
import ui.pdf
ui.pdf.replacing = limited
sys.exit(main.main(sys.argv[2:]))
"""


def run(args: list[str], limit: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPOSURE_PASSPHRASE": PASSPHRASE}
    if limit:
        command = [sys.executable, "-c", _DRIVER.format(root=str(ROOT)), str(limit), *args]
    else:
        command = [sys.executable, str(ROOT / "main.py"), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False,
                          timeout=240)


@pytest.fixture
def vault_path(demo_vault) -> str:
    path = str(demo_vault.path)
    demo_vault.close()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


def commands(vault: str, out: Path) -> dict[str, list[str]]:
    return {
        "letter": ["letter", "--vault", vault, "--service", "alipay", "--person", "张演示",
                   "--kind", "deletion", "--out", str(out)],
        "playbook": ["playbook", "--vault", vault, "--person", "张演示", "--out", str(out)],
    }


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_full_disk_fails_in_one_line_and_keeps_the_earlier_file(vault_path, folder: Path,
                                                                  suffix: str) -> None:
    out = folder / f"out{suffix}"
    for name, args in commands(vault_path, out).items():
        out.write_bytes(b"the earlier file")
        done = run(args, limit=500)
        assert done.returncode == 1, (name, done.stdout, done.stderr)
        assert done.stdout == ""
        assert done.stderr.count("\n") == 1 and "cannot write" in done.stderr
        assert "disk is full" in done.stderr
        assert out.read_bytes() == b"the earlier file", name
        assert sorted(p.name for p in folder.iterdir()) == [out.name], name


@pytest.mark.parametrize("suffix", [".pdf", ".txt", ".html"])
def test_written_files_are_whole_and_owner_only(vault_path, folder: Path, suffix: str) -> None:
    out = folder / f"out{suffix}"
    for name, args in commands(vault_path, out).items():
        out.unlink(missing_ok=True)
        done = run(args)
        assert done.returncode == 0, done.stderr
        assert stat.S_IMODE(out.stat().st_mode) == 0o600, name
        if suffix == ".pdf":
            assert pypdf.PdfReader(str(out)).pages[0].extract_text()
        assert sorted(p.name for p in folder.iterdir()) == [out.name]
