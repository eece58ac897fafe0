"""A keyring backend in a JSON file (EXPOSURE_TEST_KEYRING names it), for child processes that
are killed mid-rekey: every change is written to a temporary file, flushed and renamed, as a
real keyring daemon commits its store, so a SIGKILL leaves the old or the new entries, whole.

Child processes select it with PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        # keyring instantiates every backend class it knows to rank them: no file needed then.
        self.path = Path(path or os.environ.get("EXPOSURE_TEST_KEYRING", os.devnull))

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text("utf-8")))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, str]) -> None:
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(data)
