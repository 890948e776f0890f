"""Print preview: shows a real PDF from memory, pages through it, saves and prints it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.documents.business_plan import build_business_plan
from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.handout import build_handout
from desktop_app.ui.print_preview_dialog import PrintPreviewDialog
from tests.unit.documents.conftest import make_handout
from tests.unit.documents.plan_samples import make_plan


@pytest.fixture(scope="module")
def handout_pdf() -> bytes:
    return build_handout(make_handout("Zoë van IJsselmuiden", "en"), Catalogue.load("en"))


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _dialog(qtbot, pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, "Handout", "handout.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_the_pdf_and_its_page_count(qtbot, handout_pdf):
    dialog = _dialog(qtbot, handout_pdf)
    assert dialog.page_count() == _pages(handout_pdf) == 2
    assert dialog.page_total.text() == "of 2"
    assert dialog.page_box.value() == 1
    assert not dialog.previous_button.isEnabled()
    assert not dialog.message.isVisible()


def test_next_and_previous_move_through_the_pages(qtbot, handout_pdf):
    dialog = _dialog(qtbot, handout_pdf)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_box.value() == 2 and not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.page_box.value() == 1
    # Offscreen windows never become active, so shortcuts are triggered through their action.
    _shortcut(dialog, "Ctrl+End").trigger()
    assert dialog.page_box.value() == 2
    _shortcut(dialog, "Ctrl+Home").trigger()
    assert dialog.page_box.value() == 1


def _shortcut(dialog: PrintPreviewDialog, keys: str) -> QAction:
    return next(a for a in dialog.actions() if a.shortcut() == QKeySequence(keys))


def test_keyboard_shortcuts_exist_for_print_save_and_zoom(qtbot, handout_pdf):
    dialog = _dialog(qtbot, handout_pdf)
    for keys in (
        QKeySequence.StandardKey.Print,
        QKeySequence.StandardKey.Save,
        QKeySequence.StandardKey.ZoomIn,
        QKeySequence.StandardKey.ZoomOut,
    ):
        assert any(a.shortcut() == QKeySequence(keys) for a in dialog.actions())


def test_zoom_buttons_change_the_zoom(qtbot, handout_pdf):
    dialog = _dialog(qtbot, handout_pdf)
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    bigger = dialog.view.zoomFactor()
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() < bigger


def test_save_writes_the_same_bytes(qtbot, handout_pdf, tmp_path, monkeypatch):
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _dialog(qtbot, handout_pdf)
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "out.pdf"
    assert blocker.args == [str(saved)]
    assert saved.read_bytes() == handout_pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # no temp file left
    assert "Saved as out.pdf" in dialog.message.text()


def test_save_into_a_missing_folder_says_what_to_do(qtbot, handout_pdf, tmp_path, monkeypatch):
    target = tmp_path / "missing" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _dialog(qtbot, handout_pdf)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and "Choose another folder" in dialog.message.text()
    assert not target.exists()


def test_print_renders_every_page_onto_the_printer(qtbot, handout_pdf, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog = _dialog(qtbot, handout_pdf)
    dialog.printer = _pdf_printer(tmp_path / "printed.pdf")
    with qtbot.waitSignal(dialog.printed) as blocker:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["printed.pdf"]


def test_cancelled_print_dialog_prints_nothing(qtbot, handout_pdf, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog = _dialog(qtbot, handout_pdf)
    dialog.printer = _pdf_printer(tmp_path / "printed.pdf")
    with qtbot.assertNotEmitted(dialog.printed):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "printed.pdf").exists()


def test_a_landscape_page_is_turned_to_fit_portrait_paper(qtbot, tmp_path, monkeypatch):
    pdf = build_business_plan(make_plan(language="da"), Catalogue.load("da"))
    reader = PdfReader(io.BytesIO(pdf))
    wide = next(i for i, p in enumerate(reader.pages) if p.mediabox.width > p.mediabox.height)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog = _dialog(qtbot, pdf)
    assert dialog.page_count() == len(reader.pages)
    printer = _pdf_printer(tmp_path / "page.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(wide + 1, wide + 1)
    dialog.printer = printer
    with qtbot.waitSignal(dialog.printed) as blocker:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    page = PdfReader(str(tmp_path / "page.pdf")).pages[0]
    assert page.mediabox.height > page.mediabox.width


def test_a_damaged_pdf_shows_a_message_and_cannot_be_printed(qtbot):
    dialog = _dialog(qtbot, b"%PDF-1.4 this is not a document")
    assert dialog.message.isVisible()
    assert not dialog.print_button.isEnabled()


def test_controls_have_accessible_names(qtbot, handout_pdf):
    dialog = _dialog(qtbot, handout_pdf)
    assert dialog.view.accessibleName() and dialog.page_box.accessibleName()
