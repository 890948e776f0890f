"""Meetings log, agreed actions, list tables and the checklist, driven like a coach would."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.ui.profile.item_table_model import ItemTableModel
from desktop_app.ui.profile.meeting_list_model import MeetingListModel
from tests.ui.profile.helpers import choose, click, open_window, wait_saved
from tests.ui.typing_helpers import type_text


def test_a_meeting_with_notes_and_an_agreed_action(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Søren", "Ærø")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    window.editor.show_section("meetings")
    panel = window.editor.meetings_panel
    assert panel.stack.currentWidget() is panel.empty
    click(qtbot, panel.new_button)
    detail = panel.detail
    assert detail.widget_for("meeting.topics").hasFocus()
    type_text(detail.widget_for("meeting.topics"), "Prices for repairs")
    type_text(detail.widget_for("meeting.coach_notes"), "Seemed worried about debt")
    choose(qtbot, detail.widget_for("meeting.kind"), "start")
    qtbot.waitUntil(lambda: not detail.autosaver.has_pending(), timeout=5_000)
    click(qtbot, detail.actions.add_button)
    table = detail.actions.table
    editor = table.indexWidget(table.currentIndex()) or table.focusWidget()
    type_text(editor, "Ask three shops")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    (entry,) = MeetingService(vault).meetings(row.id)
    assert entry.meeting["topics"] == "Prices for repairs"
    assert entry.meeting["coach_notes"] == "Seemed worried about debt"
    assert entry.meeting["kind"] == "start"
    assert [a["text"] for a in entry.actions] == ["Ask three shops"]
    assert "Open actions: 1" in panel.model.index(0).data()
    assert window.model.index(0, 4).data() == "1"
    done = detail.actions.model.index(0, detail.actions.model.column_of("done"))
    detail.actions.model.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert MeetingService(vault).open_actions() == []
    assert window.model.index(0, 4).data() == ""


def test_goals_table_add_edit_remove(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Zoë")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    window.editor.show_section("goals")
    goals = window.editor.item_editor("smart_goal")
    click(qtbot, goals.add_button)
    editor = goals.table.focusWidget()
    type_text(editor, "Sell to 5 customers")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    (goal,) = ProfileService(vault).items(row.id, "smart_goal")
    assert goal["goal"] == "Sell to 5 customers"
    deadline = goals.model.index(0, goals.model.column_of("deadline"))
    assert not goals.model.setData(deadline, "someday")  # refused, and said why
    assert "not a date" in goals.message.text()
    assert goals.model.setData(deadline, "2026-06-30")
    assert goals.model.index(0, goals.model.column_of("deadline")).data() != ""
    goals.table.selectRow(0)
    click(qtbot, goals.remove_button)
    assert ProfileService(vault).items(row.id, "smart_goal") == ()


def test_ladder_reading_moves_the_list_column(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Şükrü")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    window.editor.show_section("goals")
    ladder = window.editor.item_editor("ladder_step")
    click(qtbot, ladder.add_button)
    qtbot.keyClick(ladder.table.focusWidget(), Qt.Key.Key_Escape)
    step = ladder.model.index(0, ladder.model.column_of("step"))
    assert ladder.model.setData(step, 4)
    assert window.model.index(0, 3).data() == "4"


def test_checklist_scores_save_and_undo(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Małgorzata")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    window.editor.show_section("assessment")
    checklist = window.editor.checklist
    choose(qtbot, checklist.scores[2], "needs_work")
    type_text(checklist.comments[2], "Debt plan in progress")
    qtbot.keyClick(checklist.comments[2], Qt.Key.Key_Return)
    (item,) = ProfileService(vault).items(row.id, "checklist_item")
    assert (item["item"], item["score"], item["comment"]) == (
        3,
        "needs_work",
        "Debt plan in progress",
    )
    window.undo_stack.undo()
    assert checklist.comments[2].text() == ""
    assert ProfileService(vault).items(row.id, "checklist_item")[0]["comment"] == ""
    wait_saved(qtbot, window)


def test_list_models_pass_the_model_tester(qtmodeltester, vault) -> None:
    pid = ParticipantService(vault).create("Zoë").id
    profiles = ProfileService(vault)
    profiles.add_item(pid, "consent", {"purposes": ["coaching"], "photo": True})
    model = ItemTableModel(
        "consent", profiles.update_item, {"consent_purpose": [("coaching", "C")]}
    )
    model.set_items(profiles.items(pid, "consent"))
    assert model.index(0, model.column_of("purposes")).data() == "C"
    qtmodeltester.check(model)
    MeetingService(vault).add_meeting(pid, "2026-01-05", "intake")
    meetings = MeetingListModel({"intake": "Intake"})
    meetings.set_entries(MeetingService(vault).meetings(pid))
    assert "Intake" in meetings.index(0).data()
    assert meetings.rowCount(QModelIndex()) == 1
    qtmodeltester.check(meetings)


def test_removing_a_meeting_takes_a_second_click(qtbot, vault) -> None:
    row = ParticipantService(vault).create("Zoë")
    MeetingService(vault).add_meeting(row.id, "2026-01-05")
    window, _ = open_window(qtbot, vault)
    window.select_participant(row.id)
    window.editor.show_section("meetings")
    panel = window.editor.meetings_panel
    click(qtbot, panel.remove_button)
    assert len(MeetingService(vault).meetings(row.id)) == 1
    assert panel.remove_button.text() == "Click again to remove"
    click(qtbot, panel.remove_button)
    assert MeetingService(vault).meetings(row.id) == []
    assert panel.stack.currentWidget() is panel.empty
