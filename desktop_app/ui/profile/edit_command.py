"""An undoable edit that was already saved: undo stores the old value, redo the new one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class EditCommand(QUndoCommand):
    """Pushed after autosave stored `new`; `apply(value)` saves and shows a value."""

    def __init__(self, text: str, apply: Callable[[Any], bool], old: Any, new: Any) -> None:
        super().__init__(text)
        self._apply = apply
        self._old = old
        self._new = new
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo(); the edit is already saved
            self._first = False
            return
        if not self._apply(self._new):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._apply(self._old):
            self.setObsolete(True)  # the record is gone (erased, removed elsewhere)
