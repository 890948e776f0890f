"""Review conflicts: the coach sees both values and takes the other one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.services.participants import ParticipantService
from desktop_app.services.sync import SyncService
from desktop_app.services.sync_conflicts import ConflictService
from desktop_app.ui.sync.conflicts_dialog import ConflictsDialog
from desktop_app.ui.sync.sync_log_model import SyncLogModel
from tests.unit.storage.sync_vaults import make_vault

TEAM = "orchard lantern seven rivers"


def _conflict(tmp_path: Path, vault) -> str:
    """A note that this vault and a colleague's both changed offline; the colleague's won."""
    shared = tmp_path / "shared"
    shared.mkdir()
    colleague = make_vault(tmp_path / "colleague")
    try:
        mine, theirs = SyncService(vault), SyncService(colleague)
        mine.connect(shared, TEAM)
        theirs.connect(shared, TEAM)
        pid = ParticipantService(vault).create("Şükrü", "Yılmaz").id
        mine.sync_now()
        theirs.sync_now()
        ParticipantService(vault).update_field(pid, "note", "Wants a food truck")
        ParticipantService(colleague).update_field(pid, "note", "Wants a bakery\nin Aarhus")
        mine.sync_now()
        theirs.sync_now()
        mine.sync_now()
    finally:
        colleague.close()
    return pid


def test_taking_the_other_value_back(qtbot, qtmodeltester, vault, tmp_path) -> None:
    pid = _conflict(tmp_path, vault)
    dialog = ConflictsDialog(ConflictService(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[:4] == ["Şükrü Yılmaz", "Profile: Coach's notes", "Wants a bakery in Aarhus",
                       "Wants a food truck"]  # fmt: skip
    assert row[4].startswith("This computer, ")
    assert "Wants a bakery\nin Aarhus" in dialog.details.toPlainText()  # in full
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.take_back_button, Qt.MouseButton.LeftButton)
    assert ParticipantService(vault).get(pid).note == "Wants a food truck"
    assert "other value is back" in dialog.message.text()
    assert dialog.model.rowCount() == 0 and dialog.stack.currentWidget() is dialog.empty
    assert not dialog.take_back_button.isEnabled()


def test_keeping_the_current_value(qtbot, vault, tmp_path) -> None:
    pid = _conflict(tmp_path, vault)
    dialog = ConflictsDialog(ConflictService(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert ParticipantService(vault).get(pid).note == "Wants a bakery\nin Aarhus"
    assert ConflictService(vault).list_open() == []


def test_the_sync_log_model(qtmodeltester, vault, tmp_path) -> None:
    _conflict(tmp_path, vault)
    model = SyncLogModel()
    model.set_rows(SyncService(vault).log.entries())
    qtmodeltester.check(model)
    texts = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "Created the team workspace." in texts
    assert any(t.endswith("1 new conflict to review.") for t in texts)
