"""The status-bar corner shows each sync state in words and offers the conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.services.sync_records import SyncStatusView
from desktop_app.ui.sync.sync_status_widget import SyncStatusWidget


def connected() -> SyncStatusView:
    """A connected vault that synced two minutes ago (times read now: suites run long)."""
    two_minutes_ago = datetime.now(UTC) - timedelta(minutes=2)
    return SyncStatusView(
        connected=True,
        folder="/mnt/team",
        workspace_id="a" * 32,
        device_id="b" * 32,
        last_status="ok",
        last_attempt_at=two_minutes_ago,
        last_sync_at=two_minutes_ago,
        open_conflicts=0,
        pending_changes=0,
        problems=(),
    )


def _widget(qtbot) -> SyncStatusWidget:
    host = QWidget()  # like the status bar: shown, with the corner inside
    qtbot.addWidget(host)
    widget = SyncStatusWidget(host)
    host.show()
    widget.host = host  # type: ignore[attr-defined] - keeps the host alive with the widget
    return widget


def test_hidden_while_locked_and_off_until_connected(qtbot) -> None:
    widget = _widget(qtbot)
    assert not widget.isVisible()
    widget.show_status(replace(connected(), connected=False))
    assert widget.isVisible() and widget.state_text() == "Team sync off"
    with qtbot.waitSignal(widget.details_requested):
        qtbot.mouseClick(widget.state_button, Qt.MouseButton.LeftButton)


def test_each_state_in_plain_words(qtbot) -> None:
    widget = _widget(qtbot)
    widget.show_status(connected())
    assert widget.state_text() == "Synced 2 min ago" and widget.tone == "ok"
    widget.set_syncing(True)
    assert widget.state_text() == "Syncing…"
    widget.set_syncing(False)
    widget.show_status(replace(connected(), last_status="offline", pending_changes=3))
    assert widget.state_text() == "Offline – 3 changes waiting" and widget.tone == "offline"
    widget.show_status(replace(connected(), last_status="offline"))
    assert widget.state_text() == "Offline – last synced 2 min ago"
    widget.show_status(replace(connected(), last_status="needs_passphrase"))
    assert widget.state_text() == "Enter the new team passphrase" and widget.tone == "problem"
    widget.show_status(replace(connected(), last_status="", last_sync_at=None))
    assert widget.state_text() == "Waiting to sync"
    assert "/mnt/team" in widget.state_button.toolTip()
    widget.show_status(None)
    assert not widget.isVisible()


def test_conflicts_show_as_a_button_that_opens_the_review(qtbot) -> None:
    widget = _widget(qtbot)
    widget.show_status(connected())
    assert not widget.conflicts_button.isVisible()
    widget.show_status(replace(connected(), open_conflicts=1))
    assert widget.conflicts_button.text() == "1 conflict to review"
    widget.show_status(replace(connected(), open_conflicts=4))
    assert widget.conflicts_button.isVisible()
    assert widget.conflicts_button.text() == "4 conflicts to review"
    with qtbot.waitSignal(widget.conflicts_requested):
        qtbot.mouseClick(widget.conflicts_button, Qt.MouseButton.LeftButton)
