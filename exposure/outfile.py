"""Files the app hands the user (letters, playbooks, calendars): written whole, or not at all.

    with replacing(Path("letter.pdf"), check=check_pdf) as tmp:
        render_into(tmp)                  # anything that writes the file at `tmp`
    write_private(Path("letter.txt"), text.encode())

The new content goes to a temporary file beside the target, created readable by the owner only
(0600: letters and playbooks hold names, masked numbers, account references), is flushed to disk
and checked, and only then renamed over the target. A full disk, a short write or a renderer that
stopped half-way raises OutputFailed and leaves any earlier file of that name exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from exposure.errors import OutputFailed

Check = Callable[[Path], None]


@contextmanager
def replacing(target: Path, *, check: Check | None = None) -> Iterator[Path]:
    """A private temporary path to write; on a clean exit it is checked and becomes `target`."""
    target = Path(target)
    if not target.parent.is_dir():
        raise OutputFailed("folder does not exist", reason="path")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError:
        raise OutputFailed("cannot create a file there", reason="path") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if tmp.stat().st_size == 0:
            raise OutputFailed("nothing was written", reason="incomplete")
        if check is not None:
            check(tmp)
        _sync(tmp)
        os.replace(tmp, target)
    except OSError:
        raise OutputFailed("cannot write the file", reason="write") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_private(target: Path, data: bytes) -> None:
    """`data` into `target`, atomically and owner-only; raises OutputFailed."""
    with replacing(target) as tmp:
        fd = os.open(tmp, os.O_WRONLY)
        try:
            view, written = memoryview(data), 0
            while written < len(data):
                written += os.write(fd, view[written:])
        finally:
            os.close(fd)
        if tmp.stat().st_size != len(data):
            raise OutputFailed("short write", reason="incomplete")


def _sync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")


def check_pdf(path: Path) -> None:
    """Raise OutputFailed unless `path` is a whole PDF: the header, the cross-reference table
    its trailer points to, and every object that table lists where it says."""
    data = Path(path).read_bytes()
    found = _STARTXREF.search(data[-64:]) if data.startswith(b"%PDF-") else None
    if found is None:
        raise OutputFailed("the PDF is cut short", reason="incomplete")
    start = int(found.group(1))
    if data[start:start + 4] != b"xref":
        raise OutputFailed("the PDF's cross-reference table is missing", reason="incomplete")
    header = re.match(rb"xref\s+(\d+)\s+(\d+)\s+", data[start:start + 64])
    if header is None:
        raise OutputFailed("the PDF's cross-reference table is damaged", reason="incomplete")
    first, count = int(header.group(1)), int(header.group(2))
    entries = _XREF_ENTRY.findall(data, start + header.end(), start + header.end() + 20 * count)
    if len(entries) != count:
        raise OutputFailed("the PDF's cross-reference table is damaged", reason="incomplete")
    for number, (offset, _gen, kind) in enumerate(entries, start=first):
        if kind == b"n" and not re.match(rb"%d 0 obj" % number, data[int(offset):]):
            raise OutputFailed("the PDF lists an object it does not hold", reason="incomplete")
