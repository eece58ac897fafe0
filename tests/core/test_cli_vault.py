"""The CLI on keyring vaults and busy vaults: the recovery key, causes named in one line, Ctrl+D,
a stray EXPOSURE_PASSPHRASE, restore without an open vault, a held write lock."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPOSURE_")}
    env.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
               EXPOSURE_TEST_KEYRING=str(tmp_path / "keyring.json"))
    env.update(extra)
    return env


def run(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env_for(tmp_path, **extra), stdin=subprocess.DEVNULL,
                          timeout=120)


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_keyring_vault_opens_with_recovery_key_when_the_key_is_gone(tmp_path: Path) -> None:
    vault = str(tmp_path / "v.exposure")
    made = run(tmp_path, "demo", "--vault", vault)
    assert made.returncode == 0, made.stderr
    recovery = made.stdout.strip().splitlines()[-1].rsplit(" ", 1)[1]
    stray = run(tmp_path, "inventory", "--vault", vault, EXPOSURE_PASSPHRASE="left over")
    assert stray.returncode == 0, stray.stderr  # the keyring, not the stray passphrase
    (tmp_path / "keyring.json").unlink()
    lost = run(tmp_path, "inventory", "--vault", vault)
    assert lost.returncode == 3
    assert "not in this keyring" in one_line(lost) and "--recovery-key" in one_line(lost)
    wrong = run(tmp_path, "inventory", "--vault", vault,
                EXPOSURE_RECOVERY_KEY=recovery[:7] + ("X" if recovery[7] != "X" else "Y")
                + recovery[8:])
    assert wrong.returncode == 3 and "group 2" in one_line(wrong)
    back = run(tmp_path, "inventory", "--vault", vault, EXPOSURE_RECOVERY_KEY=recovery)
    assert back.returncode == 0 and "张演示" in back.stdout
    again = run(tmp_path, "inventory", "--vault", vault)  # the key went back to the keyring
    assert again.returncode == 0, again.stderr


def test_ctrl_d_at_the_passphrase_prompt_is_one_line(tmp_path: Path) -> None:
    vault = str(tmp_path / "p.exposure")
    assert run(tmp_path, "demo", "--vault", vault,
               EXPOSURE_PASSPHRASE="demo passphrase").returncode == 0
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "main.py", "inventory", "--vault", vault], cwd=ROOT,
                            stdin=follower, stdout=follower, stderr=follower,
                            env=env_for(tmp_path))
    os.close(follower)
    out = b""
    while b"passphrase" not in out.lower():
        out += os.read(leader, 1024)
    os.write(leader, b"\x04")
    assert proc.wait(timeout=60) == 3
    while True:
        try:
            chunk = os.read(leader, 1024)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    text = out.decode()
    assert "no vault passphrase given" in text and "Traceback" not in text


def test_restore_needs_no_open_vault_and_shows_a_new_recovery_key(tmp_path: Path) -> None:
    vault = tmp_path / "v.exposure"
    assert run(tmp_path, "demo", "--vault", str(vault)).returncode == 0
    import keyring

    from exposure.vault import Vault  # a backup made by the app, in this process
    from tests.file_keyring import FileKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    try:
        with Vault.open(vault) as v:
            v.backup(tmp_path / "b.exposure", "backup passphrase")
    finally:
        keyring.set_keyring(previous)
    (tmp_path / "keyring.json").unlink()  # the key is lost: the vault cannot be opened
    wrong = run(tmp_path, "vault", "restore", str(tmp_path / "b.exposure"), "--vault",
                str(vault), "--keyring", EXPOSURE_BACKUP_PASSPHRASE="not it")
    assert wrong.returncode == 1 and "wrong backup passphrase" in one_line(wrong)
    done = run(tmp_path, "vault", "restore", str(tmp_path / "b.exposure"), "--vault",
               str(vault), "--keyring", EXPOSURE_BACKUP_PASSPHRASE="backup passphrase")
    assert done.returncode == 0, done.stderr
    assert "recovery key" in done.stdout
    listed = run(tmp_path, "inventory", "--vault", str(vault))
    assert listed.returncode == 0 and "张演示" in listed.stdout
    assert oct(vault.stat().st_mode & 0o777) == "0o600"


HOLDER = r"""
import sys, time
from exposure.vault import Vault
v = Vault.open(sys.argv[1], passphrase=sys.argv[2])
v.conn.execute("BEGIN IMMEDIATE")
v.conn.execute("INSERT INTO people(name, relation, notes) VALUES ('held', '', '')")
print("holding", flush=True)
time.sleep(float(sys.argv[3]))
v.conn.execute("COMMIT")
"""


def test_a_writer_holding_the_lock_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    vault = str(tmp_path / "p.exposure")
    env = {"EXPOSURE_PASSPHRASE": "demo passphrase"}
    assert run(tmp_path, "demo", "--vault", vault, **env).returncode == 0
    apps = tmp_path / "apps.txt"
    apps.write_text("微信\n支付宝\n", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, vault, "demo passphrase", "20"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env=env_for(tmp_path))
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    blocked = run(tmp_path, "import", "--vault", vault, str(apps), "--person", "张演示", **env)
    assert holder.poll() is None, "the holder must still hold the lock (the test needs it)"
    assert blocked.returncode == 1
    assert "busy" in one_line(blocked) and "nothing was changed" in one_line(blocked)
    holder.communicate(timeout=60)
    listed = run(tmp_path, "inventory", "--vault", vault, "--json", **env)
    assert listed.returncode == 0
    done = run(tmp_path, "import", "--vault", vault, str(apps), "--person", "张演示", **env)
    assert done.returncode == 0, done.stderr
