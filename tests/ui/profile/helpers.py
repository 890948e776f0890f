"""Shared helpers for profile GUI tests: a main window on a vault, waiting for autosave."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from desktop_app.services.participants import ParticipantService
from desktop_app.storage.vault import Vault
from desktop_app.ui.main_window import MainWindow


def open_window(qtbot, vault: Vault) -> tuple[MainWindow, ParticipantService]:
    """A shown main window on `vault`."""
    service = ParticipantService(vault)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_service(service)
    window.show()
    window.activateWindow()  # keyboard shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    return window, service


def wait_saved(qtbot, window: MainWindow) -> None:
    """Wait until the autosave timer has stored everything typed."""
    qtbot.waitUntil(lambda: not window.editor.has_pending_changes(), timeout=5_000)


def choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a person would."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, code
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def click(qtbot, widget: QWidget) -> None:
    """A left click where a person would click: a check box's box, else the middle."""
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
