"""`main.py demo` and `main.py inventory`: output, masking, exit codes, one clear line on errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT


def run(*args: str, passphrase: str | None = "demo passphrase", **extra_env: str
        ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "EXPOSURE_PASSPHRASE"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if passphrase is not None:
        env["EXPOSURE_PASSPHRASE"] = passphrase
    env.update(extra_env)
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_demo_then_inventory_masked_and_revealed(tmp_path: Path) -> None:
    vault = tmp_path / "demo.exposure"
    made = run("demo", "--vault", str(vault))
    assert made.returncode == 0, made.stderr
    out = run("inventory", "--vault", str(vault), "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) >= 30 and len({r["person"] for r in rows}) == 3
    values = [i["value"] for r in rows for i in r["identifiers"]]
    assert "139****0001" in values and "13900000001" not in out.stdout
    revealed = run("inventory", "--vault", str(vault), "--json", "--reveal")
    assert "13900000001" in revealed.stdout
    table = run("inventory", "--vault", str(vault))
    assert table.returncode == 0 and "张演示" in table.stdout and "139****0001" in table.stdout


def test_exit_codes(tmp_path: Path) -> None:
    vault = tmp_path / "demo.exposure"
    assert run("demo", "--vault", str(vault)).returncode == 0
    again = run("demo", "--vault", str(vault))
    assert again.returncode == 1 and len(again.stderr.strip().splitlines()) == 1
    wrong = run("inventory", "--vault", str(vault), passphrase="wrong one")
    assert wrong.returncode == 3
    assert wrong.stderr.strip() == ("cannot unlock: wrong passphrase, or the file is damaged (it "
                                    "was left untouched)")
    missing = run("inventory", "--vault", str(tmp_path / "nothing"))
    assert missing.returncode == 3 and "no vault" in missing.stderr
    no_key = run("inventory", "--vault", str(vault), passphrase=None)
    assert no_key.returncode == 3 and "EXPOSURE_PASSPHRASE" in no_key.stderr
    bad = run("inventory", "--vault", str(vault), "--frobnicate")
    assert bad.returncode == 2 and "usage" in bad.stderr
    assert "Traceback" not in wrong.stderr + missing.stderr + bad.stderr + no_key.stderr
    no_keyring = run("demo", "--vault", str(tmp_path / "other"), passphrase=None)
    assert no_keyring.returncode == 2 and "EXPOSURE_PASSPHRASE" in no_keyring.stderr
