"""Where the project's shared reference material (research notes, open data) is: beside the
repository, as on a developer's machine and in CI."""

from __future__ import annotations

from pathlib import Path

_BESIDE = Path(__file__).resolve().parents[2] / "shared"
SHARED = next((p for p in (_BESIDE, Path("/work/shared")) if p.exists()), _BESIDE)
