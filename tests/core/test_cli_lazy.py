"""The headless dump's fast paths keep the behaviour: every subcommand is still found when only
its own module is loaded, `inventory --json` and `--json --pretty` hold the same data, the
dump loads neither the keyring nor the other commands, and a keyring vault from before salt
tags still opens with the keyring when a stray passphrase is set."""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from exposure import cli, keys
from exposure.cli import common
from exposure.keys import Protection, VaultKey
from exposure.vault import Vault
from tests.paths import ROOT

PASSPHRASE = "correct horse battery"


def _registered(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(module).register(sub)
    return set(sub.choices)


def test_the_command_table_names_every_command_of_every_module() -> None:
    found = {name: module for module in cli.COMMAND_MODULES for name in _registered(module)}
    assert found == cli.COMMANDS


@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_each_command_parses_with_only_its_own_module(command: str) -> None:
    parser = cli.build_parser("exposure", command)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert command in sub.choices
    assert set(sub.choices) == _registered(cli.COMMANDS[command])


def test_help_and_unknown_commands_still_list_every_command(capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    listed = capsys.readouterr().out
    assert all(name in listed for name in cli.COMMANDS)
    assert cli.main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "usage error" in err and "inventory" in err and "worksheet" in err


def _fill(vault: Vault) -> None:
    with vault.operation("registrations"):
        pid = vault.people.add(name="妈妈")
        phone = vault.identifiers.add(person_id=pid, kind="phone", value="13900000001")
        idn = vault.identifiers.add(person_id=pid, kind="id_number", value="11010519491231002X")
        for n in range(5):
            sid = vault.services.ensure(name=f"服务 {n}")
            vault.registrations.add(person_id=pid, service_id=sid, usages=[phone, idn],
                                    notes='say "hi"\n' if n == 2 else "")


def _dump(path: Path, *extra: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(common.PASSPHRASE_ENV, PASSPHRASE)
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["inventory", "--vault", str(path), "--json", *extra]) == 0
    return out.getvalue()


def test_compact_and_pretty_json_hold_the_same_rows(app_paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE)) as vault:
        _fill(vault)
    compact = _dump(app_paths.vault, monkeypatch=monkeypatch)
    pretty = _dump(app_paths.vault, "--pretty", monkeypatch=monkeypatch)
    rows = json.loads(compact)
    assert rows == json.loads(pretty) and len(rows) == 5
    # the pretty form is what `json.dump(indent=2)` always printed
    assert pretty == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    lines = compact.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 7  # one registration a line
    assert rows[2]["notes"] == 'say "hi"\n'
    ids = rows[0]["identifiers"]
    assert [i["value"] for i in ids] == ["139****0001", "110105********002X"]
    assert ids[1]["document"] == "resident_id" and "birth_date" not in ids[1]
    revealed = json.loads(_dump(app_paths.vault, "--reveal", monkeypatch=monkeypatch))
    assert revealed[4]["identifiers"][1]["birth_date"] == "1949-12-31"
    assert "13900000001" not in compact


def test_an_empty_inventory_is_an_empty_array(app_paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE)).close()
    assert json.loads(_dump(app_paths.vault, monkeypatch=monkeypatch)) == []
    assert json.loads(_dump(app_paths.vault, "--pretty", monkeypatch=monkeypatch)) == []


def test_the_dump_loads_only_what_it_uses(app_paths) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE)) as vault:
        _fill(vault)
    probe = (
        "import io, json, sys\n"
        "from contextlib import redirect_stdout\n"
        "from exposure.cli import main\n"
        "with redirect_stdout(io.StringIO()):\n"
        "    code = main(['inventory', '--vault', sys.argv[1], '--json'])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    env = {**os.environ, common.PASSPHRASE_ENV: PASSPHRASE, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe, str(app_paths.vault)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    code, modules = json.loads(done.stdout)
    assert code == 0
    loaded = set(modules)
    for heavy in ("keyring", "zxcvbn", "exposure.cli.letters", "exposure.cli.takeover",
                  "exposure.takeover", "exposure.letters.deadlines", "exposure.store.breaches", "exposure.store.feeds", "exposure.store.exposures",
                  "importlib.metadata", "PySide6"):
        assert heavy not in loaded, heavy


def test_a_stray_passphrase_does_not_stop_an_untagged_keyring_vault(
        app_paths, memory_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A keyring vault from before salt tags: the passphrase is tried first and fails; the
    keyring opens it."""
    from exposure.store import connection, schema

    key = VaultKey.new_raw()
    conn = connection.connect(app_paths.vault, key, create=True)
    schema.migrate(conn)
    conn.execute("INSERT INTO meta VALUES ('protection', 'keyring')")
    conn.close()
    keys.store_key(app_paths.vault, key)
    monkeypatch.setenv(common.PASSPHRASE_ENV, "left over")
    with common.unlock(app_paths.vault) as vault:
        assert vault.protection is Protection.KEYRING
    monkeypatch.setenv(common.PASSPHRASE_ENV, "wrong")
    other = app_paths.data / "p.exposure"
    Vault.create(other, VaultKey.from_passphrase(PASSPHRASE)).close()
    with pytest.raises(common.CliError) as wrong:
        common.unlock(other)
    assert wrong.value.exit_code == common.EXIT_LOCKED and "wrong passphrase" in \
        wrong.value.message
