"""No identifier, in any form, in the bytes of any file under the data folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

from exposure import identifiers as idmod
from exposure.demo import load_demo
from exposure.keys import VaultKey
from exposure.settings import Settings, save_settings
from exposure.vault import Vault
from tests.conftest import PASSPHRASE


def identifier_forms(kind: str, value: str) -> set[bytes]:
    """Every way a value might leak: raw, normalised, digits only, national form, hashes."""
    forms = {value, idmod.display(kind, value), value.replace(" ", "")}
    if kind == "phone":
        forms |= {value.lstrip("+"), value.removeprefix("+86")}
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) >= 7:
        forms.add(digits)
    out: set[bytes] = set()
    for f in forms:
        if len(f) < 5:
            continue
        for enc in ("utf-8", "utf-16-le", "gb18030"):
            out.add(f.encode(enc))
        for algo in ("md5", "sha1", "sha256"):
            out.add(hashlib.new(algo, f.encode()).hexdigest().encode())
    return out


def all_forms(vault: Vault) -> set[bytes]:
    forms: set[bytes] = set()
    for ident in vault.identifiers.all_identifiers():
        if ident.kind.value in ("id_photo", "address"):
            continue
        forms |= identifier_forms(ident.kind.value, ident.value)
    return forms


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_nothing_identifying_on_disk(app_paths) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE))
    load_demo(vault)
    forms = all_forms(vault)
    assert len(forms) > 100
    vault.backup(app_paths.data / "backups" / "family.exposure", "backup passphrase")
    save_settings(app_paths.settings, Settings(language="zh_CN"))
    # while open (WAL and shared-memory files exist) and after closing
    for when in ("open", "closed"):
        files = files_under(app_paths.data)
        assert any(p.name.endswith("-wal") for p in files) or when == "closed"
        for path in files:
            blob = path.read_bytes()
            leaked = [f for f in forms if f in blob]
            assert not leaked, f"{path.name} contains an identifier form ({when})"
        vault.close()
