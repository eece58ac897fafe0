"""User preferences, as JSON in the config folder. Holds no identifier and nothing secret."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

LANGUAGES = ("system", "zh_CN", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "system"
    idle_lock_minutes: int = 10  # 0 = never
    clipboard_clear_seconds: int = 30
    reveal_by_default: bool = False
    last_vault: str = ""  # a path the user chose with --vault or the wizard (no identifier)

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    settings = Settings()
    with contextlib.suppress(TypeError, ValueError):
        settings = Settings(**values)
    if settings.language not in LANGUAGES:
        settings = settings.with_(language="system")
    if not isinstance(settings.idle_lock_minutes, int) or settings.idle_lock_minutes < 0:
        settings = settings.with_(idle_lock_minutes=10)
    seconds = settings.clipboard_clear_seconds
    if not isinstance(seconds, int) or seconds < 5:
        settings = settings.with_(clipboard_clear_seconds=30)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Atomic write: a temp file beside it, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
