"""Saves bound fields as they are typed: a short pause, leaving a field, or a click saves."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.errors import OpstartError
from desktop_app.ui.profile.field_binding import FieldBinding, InvalidInput
from desktop_app.ui.profile.field_errors import describe_field_error

AUTOSAVE_DELAY_MS = 400
SaveFn = Callable[[str, Any], Any]


class Autosaver(QObject):
    """Owns the bindings of one form and the "typed but not saved" state."""

    saved = Signal(object)  # whatever the save function returned
    failed = Signal(str, str)  # key, plain sentence
    succeeded = Signal(str)  # key
    edited = Signal(str, object, object)  # key, old value, new value (for undo)

    def __init__(self, save: SaveFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.bindings: dict[str, FieldBinding] = {}
        self._saved: dict[str, Any] = {}
        self._pending: set[str] = set()
        self._active = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def add(self, binding: FieldBinding) -> None:
        """Watch a binding's widget for edits."""
        self.bindings[binding.key] = binding
        binding.watch(lambda: self._on_edit(binding.key), self.flush)

    def load(self, values: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> None:
        """Show stored values; what was pending for the previous record is saved first."""
        self.flush()
        for key, binding in self.bindings.items():
            value = values.get(key)
            binding.show(value, (labels or {}).get(key, ""))
            self._saved[key] = value
        self._active = True

    def deactivate(self) -> None:
        """Save what is pending, then stop saving (no record shown)."""
        self.flush()
        self._active = False

    def has_pending(self) -> bool:
        """True while typed text waits for the timer."""
        return bool(self._pending)

    def saved_value(self, key: str) -> Any:
        """The last value stored for a field."""
        return self._saved.get(key)

    def show_value(self, key: str, value: Any) -> None:
        """Show a value stored from outside (undo), without saving it again."""
        self._pending.discard(key)
        self.bindings[key].show(value)
        self._saved[key] = value

    def _on_edit(self, key: str) -> None:
        if not self._active:
            return
        self._pending.add(key)
        self._timer.start()

    def flush(self) -> bool:
        """Save every pending field now; False when one could not be saved."""
        self._timer.stop()
        ok = True
        for key in sorted(self._pending):
            binding = self.bindings[key]
            try:
                value = binding.value()
                if _same(value, self._saved.get(key)):
                    self._pending.discard(key)
                    continue
                result = self._save(key, value)
            except (InvalidInput, OpstartError) as exc:
                # The typed text stays in the field, so nothing is lost; the coach fixes it.
                self.failed.emit(key, describe_field_error(exc, binding.key))
                ok = False
                continue
            except OSError as exc:
                self.failed.emit(key, describe_field_error(exc, binding.key))
                ok = False
                continue
            old = self._saved.get(key)
            self._saved[key] = tuple(value) if isinstance(value, list) else value
            self._pending.discard(key)
            self.succeeded.emit(key)
            self.saved.emit(result)
            self.edited.emit(key, old, self._saved[key])
        return ok


def _same(value: Any, saved: Any) -> bool:
    if isinstance(value, list):
        value = tuple(value)
    return bool(value == saved)
