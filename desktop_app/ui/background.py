"""run_in_background: work on a pool thread, results delivered on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry results back to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to on_failure on the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class BackgroundRunner(QObject):
    """Runs vault work one job at a time on its own thread (SQLite likes one writer)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Python must keep the job and relay alive until the job has finished, or the
        # pool thread would run a deleted wrapper.
        self._in_flight: dict[_Relay, _Job] = {}
        self._finished: list[_Job] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Call `fn()` off the GUI thread; then exactly one callback on the GUI thread."""
        if self._pool.activeThreadCount() == 0:
            self._finished.clear()  # their run() has certainly returned
        relay = _Relay(self)
        job = _Job(fn, relay)
        job.setAutoDelete(False)
        self._in_flight[relay] = job

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            done = self._in_flight.pop(relay, None)
            if done is not None:
                self._finished.append(done)
            relay.deleteLater()
            callback(value)

        relay.succeeded.connect(lambda value: finish(on_success, value))
        relay.failed.connect(lambda exc: finish(on_failure, exc))
        self._pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued jobs finish (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)
