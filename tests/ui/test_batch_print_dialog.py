"""Batch handouts: progress to the end, one file or a folder, and Cancel that leaves nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.documents import batch, handout_sections
from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.batch_print_dialog import BatchPrintDialog
from tests.unit.documents.conftest import NAMES, make_handout

ITEMS = [
    (f"p{i:02d}", make_handout(NAMES[i % len(NAMES)], ("da", "nl", "en")[i % 3])) for i in range(6)
]


@pytest.fixture
def dialog(qtbot):
    runner = BackgroundRunner()
    dialog = BatchPrintDialog(ITEMS, runner)
    dialog._runner_ref = runner
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    runner.wait()


def _choose_file(monkeypatch, qtbot, dialog, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def _choose_folder(monkeypatch, qtbot, dialog, path: Path) -> None:
    # Click the radio's indicator, where a person clicks.
    indicator = QPoint(8, dialog.separate.height() // 2)
    qtbot.mouseClick(dialog.separate, Qt.MouseButton.LeftButton, pos=indicator)
    assert dialog.separate.isChecked()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(path))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def _gate(monkeypatch, module, name):
    """Hold the worker inside the first call of module.name until the test opens the gate."""
    gate, entered = threading.Event(), threading.Event()
    original = getattr(module, name)

    def held(*args, **kwargs):
        entered.set()
        gate.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return gate, entered


def test_start_needs_a_destination(dialog):
    assert not dialog.start_button.isEnabled()
    assert "6" in dialog.header.findChildren(type(dialog.destination_label))[1].text()


def test_combined_pdf_reaches_the_end(qtbot, monkeypatch, tmp_path, dialog):
    _choose_file(monkeypatch, qtbot, dialog, tmp_path / "cohort")
    assert dialog.start_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "cohort.pdf"
    assert blocker.args == [[str(target)]]
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == len(ITEMS)
    assert len(PdfReader(str(target)).pages) >= len(ITEMS)
    assert "Handouts saved: 6" in dialog.message.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cohort.pdf"]


def test_folder_gets_one_file_per_participant(qtbot, monkeypatch, tmp_path, dialog):
    _choose_folder(monkeypatch, qtbot, dialog, tmp_path)
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    expected = sorted(f"handout-{file_id}.pdf" for file_id, _ in ITEMS)
    assert sorted(Path(p).name for p in blocker.args[0]) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    assert dialog.progress_bar.value() == len(ITEMS)


def test_cancel_stops_the_folder_batch_and_leaves_no_files(qtbot, monkeypatch, tmp_path, dialog):
    gate, entered = _gate(monkeypatch, batch, "build_handout")
    (tmp_path / "handout-p03.pdf").write_bytes(b"an older handout")  # not this run's: kept
    _choose_folder(monkeypatch, qtbot, dialog, tmp_path)
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert entered.wait(10)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
        qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=30_000)
    assert "Cancelled" in dialog.message.text()
    assert dialog.progress_bar.value() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout-p03.pdf"]
    assert (tmp_path / "handout-p03.pdf").read_bytes() == b"an older handout"


def test_cancel_stops_the_combined_batch_before_any_file(qtbot, monkeypatch, tmp_path, dialog):
    gate, entered = _gate(monkeypatch, handout_sections, "handout_part")
    _choose_file(monkeypatch, qtbot, dialog, tmp_path / "cohort.pdf")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert entered.wait(10)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=30_000)
    assert "Cancelled" in dialog.message.text()
    assert list(tmp_path.iterdir()) == []


def test_closing_while_running_cancels_first(qtbot, monkeypatch, tmp_path, dialog):
    gate, entered = _gate(monkeypatch, batch, "build_handout")
    _choose_folder(monkeypatch, qtbot, dialog, tmp_path)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert entered.wait(10)
    dialog.reject()
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=30_000)
    assert list(tmp_path.iterdir()) == []
