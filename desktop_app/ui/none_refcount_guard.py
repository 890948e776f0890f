"""Work around PySide6 6.12 on CPython 3.11: calls drop references to None, True, False.

Every call of a method that returns nothing (setText, setVisible, addWidget…) leaves
None with one reference less, and every signal `emit()` does the same to True; after
some thousand calls CPython aborts with "deallocating None" / "deallocating True or
False". CPython 3.12+ makes these objects immortal, so the bug is invisible there. We
give them the same property on older interpreters: reference counts so large that no
session can use them up.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def make_singletons_immortal() -> None:
    """Raise the reference counts of None, True and False far out of reach (3.11 only)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
