"""Reading an import file safely: a size cap before anything is read whole, the encodings Excel
and password managers write (UTF-8 with or without BOM, GBK/GB18030, UTF-16 with BOM), and CSV
tables with their header normalised.

Errors are ImportRejected with a reason and, at most, a line number: never the file's content
(a UnicodeDecodeError would carry the bytes, so it is dropped with `from None`).
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exposure.errors import ImportRejected

MAX_BYTES = 20 * 1024 * 1024  # a 5,000-login export is about 1 MB; Bitwarden with notes ~5 MB

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; the size is checked before reading, and again while reading."""
    path = Path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise ImportRejected("too_large", limit_mb=max_bytes // (1024 * 1024))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError:
        raise ImportRejected("unreadable") from None
    if len(data) > max_bytes:  # grew, or a device that reports no size
        raise ImportRejected("too_large", limit_mb=max_bytes // (1024 * 1024))
    return data


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> str:
    """Text from bytes: BOM first, then strict UTF-8, then GB18030 (a superset of GBK, what Excel
    in China writes). Empty, binary or undecodable input is rejected."""
    if len(data) > max_bytes:
        raise ImportRejected("too_large", limit_mb=max_bytes // (1024 * 1024))
    try:
        if data.startswith(_UTF16_BOMS):
            text = data.decode("utf-16")
        elif data.startswith(b"\xef\xbb\xbf"):
            text = data[3:].decode("utf-8")
        elif b"\x00" in data:
            raise ImportRejected("binary")  # a spreadsheet (.xlsx), a database, an image
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportRejected("encoding") from None
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ImportRejected("binary")
    if not text.strip():
        raise ImportRejected("empty")
    return text


def as_text(source: str | bytes | Path, max_bytes: int = MAX_BYTES) -> str:
    if isinstance(source, Path):
        return decode(read_file(source, max_bytes), max_bytes)
    if isinstance(source, bytes):
        return decode(source, max_bytes)
    if len(source) > max_bytes:
        raise ImportRejected("too_large", limit_mb=max_bytes // (1024 * 1024))
    if not source.strip():
        raise ImportRejected("empty")
    return source.lstrip("\ufeff")


def header_key(name: str) -> str:
    """`" Login Name "` → `login name`; full-width letters to ASCII."""
    return " ".join(unicodedata.normalize("NFKC", name).strip().strip('"').casefold().split())


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


@dataclass
class Table:
    """A CSV file: its header (normalised) and its rows as dicts keyed by those names."""

    header: list[str]
    _text: str
    _delimiter: str

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line number, {column: value}); blank rows are left out."""
        reader = csv.reader(io.StringIO(self._text), delimiter=self._delimiter)
        try:
            next(reader)
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue
                yield reader.line_num, dict(zip(self.header, cells, strict=False))
        except csv.Error:
            raise ImportRejected("malformed", line=reader.line_num) from None

    def column(self, *names: str) -> str | None:
        """The first of `names` the header has."""
        return next((n for n in names if n in self.header), None)


def table(text: str) -> Table:
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader, [])
    except csv.Error:
        raise ImportRejected("malformed", line=1) from None
    return Table([header_key(h) for h in header], text, delimiter)


def load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ImportRejected("malformed") from None
    except ValueError as exc:
        raise ImportRejected("malformed", line=getattr(exc, "lineno", 0)) from None
