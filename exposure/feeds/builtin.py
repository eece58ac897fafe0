"""The built-in feed: public Chinese cases with sourced facts, shipped with the app (offline)."""

from __future__ import annotations

from pathlib import Path

from exposure.feeds.formats import FeedDocument, parse_feed
from exposure.paths import RESOURCES

BUILTIN_FILE = RESOURCES / "feeds" / "builtin.json"


def load_builtin(path: Path = BUILTIN_FILE) -> FeedDocument:
    return parse_feed(path.read_bytes())
