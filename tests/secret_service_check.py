"""Run by tests/core/test_secret_service.py inside a private D-Bus session with gnome-keyring:
every way a real Secret Service can fail to give a keyring vault its key, and what the app does.
Prints one JSON object of findings; the test asserts on them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import secretstorage
from jeepney import DBusAddress, new_method_call
from secretstorage.util import format_secret, open_session

from exposure.errors import ExposureError
from exposure.keys import KEYRING_SERVICE, VaultKey, key_id, keyring_state
from exposure.vault import Vault, protection_of

ROOT = Path(__file__).resolve().parents[1]
MASTER = sys.argv[2].encode()


def cli(path: Path, **env: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "inventory", "--vault",
                           str(path)], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env={**os.environ, **env})
    return {"rc": done.returncode, "stderr": done.stderr.strip().splitlines()}


def attempt(path: Path, **how: str) -> str:
    try:
        with Vault.open(path, **how) as vault:  # type: ignore[arg-type]
            return f"opened:{len(vault.people.all_people())}"
    except ExposureError as exc:
        return type(exc).__name__


def unlock(bus: object, collection: secretstorage.Collection) -> None:
    """What logging in does: gnome-keyring's own unlock with the login password."""
    session = open_session(bus)  # type: ignore[arg-type]
    address = DBusAddress("/org/freedesktop/secrets", bus_name="org.gnome.keyring",
                          interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface")
    message = new_method_call(address, "UnlockWithMasterPassword", "o(oayays)",
                              (collection.collection_path,
                               format_secret(session, MASTER, "text/plain")))
    bus.send_and_get_reply(message)  # type: ignore[attr-defined]


def main() -> None:
    path = Path(sys.argv[1])
    found: dict[str, object] = {"backend": keyring_state().backend,
                                "usable": keyring_state().usable}
    vault = Vault.create(path, VaultKey.new_raw())
    vault.people.add(name="妈妈")
    recovery = vault.recovery_key()
    vault.close()
    found["mode"] = oct(path.stat().st_mode & 0o777)
    found["reopens"] = attempt(path)
    bus = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(bus)
    found["entries"] = [dict(i.get_attributes()) | {"label": i.get_label()}
                        for i in collection.get_all_items()]

    collection.lock()
    found["locked"] = {"open": attempt(path), "protection": str(protection_of(path)),
                       "cli": cli(path), "recovery": attempt(path, recovery_key=recovery)}
    unlock(bus, collection)
    found["locked"]["retry"] = attempt(path)  # type: ignore[index]

    keyring.delete_password(KEYRING_SERVICE, key_id(path))
    found["deleted"] = {"open": attempt(path), "protection": str(protection_of(path)),
                        "cli": cli(path), "cli_recovery": cli(path,
                                                            EXPOSURE_RECOVERY_KEY=recovery),
                        "after": attempt(path)}

    with Vault.open(path) as vault:
        vault.rekey(VaultKey.from_passphrase("typed by hand now"))
    found["to_passphrase"] = {"entries": len(list(collection.get_all_items())),
                              "open": attempt(path, passphrase="typed by hand now")}
    with Vault.open(path, passphrase="typed by hand now") as vault:
        vault.rekey(VaultKey.new_raw())
    found["to_keyring"] = {"entries": len(list(collection.get_all_items())), "open": attempt(path)}

    copy = path.with_name("copy.exposure")
    shutil.copy(path, copy)
    found["copy"] = {"open": attempt(copy)}
    with Vault.open(copy) as vault:
        vault.rekey(VaultKey.from_passphrase("the copy's passphrase"))
    found["copy"]["original"] = attempt(path)  # type: ignore[index]
    print(json.dumps(found, ensure_ascii=False))


if __name__ == "__main__":
    main()
