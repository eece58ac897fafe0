"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

There, every call of a Qt method that returns nothing (`label.setText`, `item.setPen` …) drops
one reference to `None` that it never took. Python 3.12 made `None` immortal (PEP 683), so the
bug is harmless there; on 3.11 `None` starts with about 5,000 references, and the interpreter
aborts ("Fatal Python error: none_dealloc: deallocating None") after a few thousand such calls
more than Python itself makes: drawing a take-over chain a dozen times is enough, as is
20,000 `setText` calls.

`make_none_immortal()` does what Python 3.12 does: it gives `None` so many references that no
amount of dropped ones can free it. It changes nothing on 3.12+ (or on other interpreters).
"""

from __future__ import annotations

import ctypes
import sys

_BUGGY = (sys.version_info < (3, 12) and sys.implementation.name == "cpython"
          and not hasattr(sys, "gettotalrefcount"))  # a debug build lays objects out otherwise
_MANY = 1 << 40  # a trillion Qt calls before it matters; far from the 2**63 limit
_done = False


def make_none_immortal() -> bool:
    """Idempotent; True when the count of `None` was raised (a buggy interpreter)."""
    global _done
    if not _BUGGY or _done:
        return False
    # ob_refcnt is the first field of every CPython object, and id() is the object's address
    ctypes.c_ssize_t.from_address(id(None)).value += _MANY
    _done = True
    return True
