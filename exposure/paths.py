"""Where the app keeps its files. Paths are computed once and passed in, never global state."""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Exposure"
VAULT_FILENAME = "vault.exposure"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything in one folder: used by tests and by `--vault` pointing somewhere else."""
        return cls(data=root, config=root / "config", cache=root / "cache")

    @property
    def vault(self) -> Path:
        return self.data / VAULT_FILENAME

    @property
    def settings(self) -> Path:
        return self.config / "settings.json"

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.cache):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def _resources() -> Path:
    """The data the app ships: `exposure/resources/` in an installed wheel (package data, found
    through importlib.resources), else `resources/` beside the package (a checkout, an editable
    install, the PyInstaller bundle)."""
    packaged = Path(str(importlib.resources.files("exposure") / "resources"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources()
