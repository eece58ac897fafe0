"""What Help → About shows: the version, the licence and the third-party notices, as shipped.

The texts are read where each kind of install keeps them: `resources/licenses/` (a checkout, a
wheel's package data, the PyInstaller bundle) and LICENSE beside `resources/` (a checkout, the
bundle) or in the installed distribution's metadata (a wheel).
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from exposure import __version__
from exposure.paths import RESOURCES

LICENSE_NAME = "GPL-3.0-or-later"
NOTICES = RESOURCES / "licenses" / "THIRD-PARTY-NOTICES.md"


def version() -> str:
    return __version__


def notices_text() -> str:
    return _read(NOTICES)


def license_text() -> str:
    """The GPL's text, or "" when this install does not carry it."""
    for path in _license_paths():
        text = _read(path)
        if text:
            return text
    return ""


def _license_paths() -> list[Path]:
    paths = [RESOURCES.parent / "LICENSE"]
    try:
        files = importlib.metadata.distribution("exposure").files or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    paths += [Path(str(f.locate())) for f in files if f.name == "LICENSE"]
    return paths


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
