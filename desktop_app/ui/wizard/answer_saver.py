"""Debounced autosave of answers: typing pauses 400 ms, then every changed answer is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.errors import OpstartError
from desktop_app.ui.error_messages import describe_error

AUTOSAVE_DELAY_MS = 400


class AnswerSaver(QObject):
    """Queues key → value and saves on a pause, on flush (step change, close) and at exit."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, save: Callable[[str, Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def queue(self, key: str, value: Any) -> None:
        """Remember the newest value of `key` and restart the pause timer."""
        self._pending[key] = value
        self._timer.start()

    def has_pending(self) -> bool:
        """True while answers wait to be stored."""
        return bool(self._pending)

    def flush(self) -> bool:
        """Store everything now; a failed answer stays queued so nothing is lost."""
        self._timer.stop()
        for key in list(self._pending):
            value = self._pending[key]
            try:
                self._save(key, value)
            except (OpstartError, OSError) as exc:
                self.failed.emit(describe_error(exc))
                return False
            if self._pending.get(key) is value:
                del self._pending[key]
        self.saved.emit()
        return True
