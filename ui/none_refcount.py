"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 drops one reference to ``None`` on every call of a C++ method that
returns void (``setText``, ``addItem``, ...). On Python 3.12+ ``None`` is
immortal (PEP 683) and nothing happens; on 3.11 its count (~5,000 at start)
reaches zero after a few thousand such calls and the process aborts with
"Fatal Python error: none_dealloc" — minutes into a meeting. We give 3.11 what
3.12 has: a reference count that cannot run out.
"""

from __future__ import annotations

import ctypes
import sys

# Enough for 2**40 leaked references: centuries of widget calls.
_HEADROOM = 1 << 40


def keep_none_alive() -> None:
    """Raise ``None``'s reference count far out of reach (no-op where ``None`` is immortal)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
