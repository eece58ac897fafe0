"""An installed Exposure is whole: `pip wheel .` carries resources/ as package data, and the
installed `exposure` command finds them through importlib.resources and writes PDFs.

Builds a real wheel with this venv's setuptools (no download) and installs it into a folder
with pip; takes about a minute.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pypdf
import pytest

from exposure import __version__
from tests.conftest import PASSPHRASE
from tests.paths import ROOT

RESOURCES = ROOT / "resources"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "--wheel-dir", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=600)
    (found,) = out.glob("exposure-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, text=True,
                   timeout=600)
    return target


@pytest.mark.slow
def test_the_wheel_carries_every_resource_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(["git", "ls-files", "resources"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert len(tracked) > 100
    missing = [f for f in tracked if f"exposure/{f}" not in names]
    assert not missing, missing
    assert f"exposure-{__version__}.dist-info/licenses/LICENSE" in names
    assert not any(n.startswith(("tests/", "resources/")) for n in names)


@pytest.mark.slow
def test_the_installed_command_finds_its_data_and_writes_a_pdf(installed: Path, demo_vault,
                                                               tmp_path: Path) -> None:
    path = str(demo_vault.path)
    demo_vault.close()
    # The folder the wheel went into comes first; run from elsewhere, so the checkout's own
    # packages cannot be imported instead.
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen",
           "EXPOSURE_PASSPHRASE": PASSPHRASE}

    def exposure(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(installed / "bin" / "exposure"), *args],
                              env=env, cwd=tmp_path, capture_output=True, text=True,
                              check=False, timeout=300)

    where = subprocess.run(
        [sys.executable, "-c", "from exposure.paths import RESOURCES; print(RESOURCES)"],
        env=env, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert Path(where) == installed / "exposure" / "resources"

    assert exposure("--version").stdout.strip() == f"Exposure {__version__}"
    found = exposure("catalog", "show", "alipay")
    assert found.returncode == 0 and "支付宝" in found.stdout, found.stderr

    out = tmp_path / "letter.pdf"
    done = exposure("letter", "--vault", path, "--service", "alipay", "--person", "张演示",
                    "--kind", "deletion", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "第四十七条" in text
