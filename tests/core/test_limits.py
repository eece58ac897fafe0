"""Limits a real export, list or feed never reaches, refused with their reason (and the limit)
before any work that grows with the input; what is allowed still reads."""

from __future__ import annotations

import json

import pytest

from exposure.errors import FeedRejected, ImportRejected
from exposure.feeds.formats import parse_feed, parse_hibp
from exposure.importers import read
from exposure.importers.applist import MAX_LINES
from exposure.importers.formats import MAX_ENTRIES


def test_an_app_list_past_its_limit_is_refused() -> None:
    ok = "\n".join(f"自建服务{n}" for n in range(MAX_LINES))
    assert len(read(ok, "applist").entries) == MAX_LINES
    with pytest.raises(ImportRejected) as info:
        read(ok + "\n再多一个", "applist")
    assert info.value.reason == "too_many" and info.value.params["limit"] == MAX_LINES
    with pytest.raises(ImportRejected):  # the same through detection
        read(ok + "\n再多一个")


def test_an_export_past_its_limit_is_refused() -> None:
    rows = "".join(f"s{n},https://s{n}.example.com/,u{n},pw\n" for n in range(MAX_ENTRIES + 1))
    with pytest.raises(ImportRejected) as info:
        read("name,url,username,password\n" + rows)
    assert info.value.reason == "too_many" and info.value.params["limit"] == MAX_ENTRIES


def _breach(n: int) -> dict[str, object]:
    return {"id": f"b{n}", "title": f"B{n}", "data_classes": ["Names"]}


def test_feeds_past_20000_breaches_or_absurd_counts_are_refused() -> None:
    doc = {"format": "exposure-feed", "version": 1,
           "breaches": [_breach(n) for n in range(20_001)]}
    with pytest.raises(FeedRejected) as info:
        parse_feed(json.dumps(doc).encode())
    assert info.value.params["rule"] == "items"
    hibp = [{"Name": "x", "Title": "x", "Domain": "x.com", "BreachDate": "2020-01-01",
             "PwnCount": 10 ** 12, "DataClasses": ["Names"]}]
    with pytest.raises(FeedRejected) as info:
        parse_hibp(json.dumps(hibp).encode())
    assert info.value.params["rule"] == "range"
