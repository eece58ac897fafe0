"""User preferences, as JSON in the config folder. Holds no identifier and nothing secret."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

LANGUAGES = ("system", "zh_CN", "en")
MAX_IDLE_MINUTES = 240  # what the settings dialog offers; a hand-edited file is held to it
MIN_CLIPBOARD_SECONDS, MAX_CLIPBOARD_SECONDS = 5, 300


@dataclass(frozen=True)
class Settings:
    language: str = "system"
    idle_lock_minutes: int = 10  # 0 = never
    clipboard_clear_seconds: int = 30

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
    minutes = settings.idle_lock_minutes
    if not _is_int(minutes) or minutes < 0:
        settings = settings.with_(idle_lock_minutes=10)
    elif minutes > MAX_IDLE_MINUTES:
        settings = settings.with_(idle_lock_minutes=MAX_IDLE_MINUTES)
    seconds = settings.clipboard_clear_seconds
    if not _is_int(seconds) or seconds < MIN_CLIPBOARD_SECONDS:
        settings = settings.with_(clipboard_clear_seconds=30)
    elif seconds > MAX_CLIPBOARD_SECONDS:
        settings = settings.with_(clipboard_clear_seconds=MAX_CLIPBOARD_SECONDS)
    return settings


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


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
