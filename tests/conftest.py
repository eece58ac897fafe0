"""Fixtures every test may use: an in-memory keyring, a fresh data folder, vaults."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from exposure.keys import VaultKey
from exposure.paths import AppPaths
from exposure.vault import Vault

PASSPHRASE = "correct horse battery"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: installed by the `memory_keyring` fixture."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.locked = False  # as a Secret Service collection that is locked
        self.down = False  # as a Secret Service daemon that does not answer

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")
        if self.down:
            raise keyring.errors.InitError("Failed to create the collection")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def _isolated_keyring() -> Iterator[None]:
    """No test ever touches the real OS keyring: by default there is none (the fail backend)."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def app_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """A data folder of the test's own; the platform folders point into it too."""
    paths = AppPaths.under(tmp_path / "data")
    paths.ensure()
    monkeypatch.setattr(AppPaths, "default", classmethod(lambda cls: paths))
    return paths


@pytest.fixture
def vault(app_paths: AppPaths) -> Iterator[Vault]:
    v = Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE))
    yield v
    v.close()


@pytest.fixture
def demo_vault(app_paths: AppPaths) -> Iterator[Vault]:
    from exposure.demo import load_demo

    v = Vault.create(app_paths.vault, VaultKey.from_passphrase(PASSPHRASE))
    load_demo(v)
    yield v
    v.close()


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """A test marked `pure_python` patches a take-over module's internals, which a compiled
    module (exposure/compiled.py) calls directly: while the compiled modules are in use it runs
    again in a subprocess on the Python sources, and passes if it passes there."""
    if pyfuncitem.get_closest_marker("pure_python") is None:
        return None
    import exposure.takeover  # noqa: F401  (decides which modules run)
    from exposure import compiled

    if not compiled.active():
        return None
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", pyfuncitem.nodeid],
        cwd=pyfuncitem.config.rootpath, env={**os.environ, compiled.PURE_ENV: "1"},
        capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"on the Python sources:\n{done.stdout[-4000:]}"
    return True
