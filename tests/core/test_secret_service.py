"""Keyring vaults against a real Secret Service: gnome-keyring on a private D-Bus session
(`dbus-run-session`, `gnome-keyring-daemon --unlock --components=secrets`), headless. Skipped
with a reason where those programs are missing (.ci/run installs them: dbus, gnome-keyring)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import ROOT

MASTER = "login password"

pytestmark = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian: dbus, gnome-keyring)")


@pytest.mark.slow
def test_a_real_secret_service_names_each_cause_and_the_recovery_key_opens(tmp_path: Path
                                                                           ) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("EXPOSURE_", "DBUS_", "PYTHON_KEYRING"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), PYTHONPATH=str(ROOT),
               XDG_RUNTIME_DIR=str(tmp_path), MASTER=MASTER)
    script = (f'printf %s "$MASTER" | gnome-keyring-daemon --unlock --components=secrets '
              f'>/dev/null && exec "{sys.executable}" "{ROOT / "tests/secret_service_check.py"}" '
              f'"{tmp_path / "v.exposure"}" "$MASTER"')
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["usable"] and "SecretService" in found["backend"]
    assert found["mode"] == "0o600" and found["reopens"] == "opened:1"
    (entry,) = found["entries"]  # the entry names nothing about the user or the path
    assert entry["service"] == "Exposure vault key" and entry["username"].startswith("vault-")
    assert str(tmp_path) not in json.dumps(entry)

    locked = found["locked"]
    assert locked["open"] == "KeyringLocked" and locked["protection"] == "keyring"
    assert locked["cli"]["rc"] == 3 and len(locked["cli"]["stderr"]) == 1
    assert "keyring is locked" in locked["cli"]["stderr"][0]
    assert locked["recovery"] == "opened:1" and locked["retry"] == "opened:1"

    deleted = found["deleted"]
    assert deleted["open"] == "KeyNotFound" and deleted["protection"] == "keyring"
    assert deleted["cli"]["rc"] == 3 and "not in this keyring" in deleted["cli"]["stderr"][0]
    assert deleted["cli_recovery"]["rc"] == 0
    assert deleted["after"] == "opened:1"  # the recovery key put the key back

    assert found["to_passphrase"] == {"entries": 0, "open": "opened:1"}
    assert found["to_keyring"] == {"entries": 1, "open": "opened:1"}
    assert found["copy"] == {"open": "opened:1", "original": "opened:1"}
