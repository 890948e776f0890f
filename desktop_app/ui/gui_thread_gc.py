"""Run Python's cyclic garbage collector on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate: often the
BackgroundRunner worker. If it then frees a cycle that holds Qt widgets, they are
destroyed off the GUI thread and the process crashes (seen here as segfaults inside
reportlab on the worker). pyqtgraph and Anki solve it the same way: switch automatic
collection off and collect from a GUI-thread timer, generation by generation.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000
_installed: GuiThreadGarbageCollector | None = None


class GuiThreadGarbageCollector(QObject):
    """Collects each generation when it passes the interpreter's own threshold."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations that are due, youngest first."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self._thresholds[generation]:
                break
            gc.collect(generation)


def install() -> None:
    """Start collecting on the GUI thread (once per application; needs a QApplication)."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is None and app is not None:
        _installed = GuiThreadGarbageCollector(app)
