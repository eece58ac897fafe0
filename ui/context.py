"""What every page is given: the unlocked vault, the catalogue, paths, settings, the bridge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from exposure.paths import AppPaths
from exposure.settings import Settings
from exposure.vault import Vault
from ui.bridge import VaultBridge


@dataclass
class AppContext:
    vault: Vault
    paths: AppPaths
    settings: Settings
    bridge: VaultBridge
    catalog: Any = None  # exposure.catalog.Catalog once loaded
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        from ui.i18n import current_language

        return current_language()

    @property
    def short_lang(self) -> str:
        """"zh" or "en": what letters, the take-over wording and the catalogue take."""
        from exposure.lang import short_lang

        return short_lang(self.lang)
