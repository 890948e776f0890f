"""The participant list: columns, search-as-you-type over names, ideas and notes, filters."""

from __future__ import annotations

from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.ui.participant_table_model import ListFilter, ParticipantTableModel
from tests.ui.profile.helpers import choose, open_window
from tests.ui.typing_helpers import type_text


def _people(vault) -> dict[str, str]:
    people = ParticipantService(vault)
    profiles = ProfileService(vault)
    ids = {}
    for first, last, cohort, status, idea, note in [
        ("Søren", "Ærø", "Aarhus 1", "active", "Bicycle repair", ""),
        ("Zoë", "van IJsselmuiden", "Rotterdam 2", "paused", "Bakery", "Prefers mornings"),
        ("Şükrü", "Yılmaz", "Aarhus 1", "dropped_out", "Catering", "Café contact"),
        ("Małgorzata", "Wójcik", "", "active", "Tailoring", ""),
    ]:
        pid = people.create(first, last, note).id
        profiles.update_field(pid, "cohort", cohort)
        profiles.update_field(pid, "status", status)
        profiles.update_field(pid, "business_idea", idea)
        ids[first] = pid
    profiles.add_item(ids["Søren"], "ladder_step", {"step": 3})
    MeetingService(vault).add_action(ids["Zoë"], text="Call the bank")
    return ids


def _names(window) -> list[str]:
    model = window.model
    return [model.index(n, 0).data() for n in range(model.rowCount())]


def test_columns_show_cohort_status_ladder_and_open_actions(qtbot, vault) -> None:
    _people(vault)
    window, _ = open_window(qtbot, vault)
    model = window.model
    rows = {
        model.index(n, 0).data(): [model.index(n, c).data() for c in range(5)]
        for n in range(model.rowCount())
    }
    assert rows["Søren Ærø"] == ["Søren Ærø", "Aarhus 1", "Active", "3", ""]
    assert rows["Zoë van IJsselmuiden"][2:] == ["Paused", "", "1"]
    assert window.count_label.text() == "4 participants"


def test_search_as_you_type_over_names_ideas_and_notes(qtbot, vault) -> None:
    _people(vault)
    window, _ = open_window(qtbot, vault)
    type_text(window.search, "BAKE")
    assert _names(window) == ["Zoë van IJsselmuiden"]
    window.search.clear()
    type_text(window.search, "cafe")  # accents and case do not matter
    assert _names(window) == ["Şükrü Yılmaz"]
    window.search.clear()
    type_text(window.search, "yilmaz catering")  # every word must match
    assert _names(window) == ["Şükrü Yılmaz"]
    window.search.clear()
    type_text(window.search, "no such person")
    assert _names(window) == []
    window.search.clear()
    assert len(_names(window)) == 4


def test_filters_for_cohort_status_and_ladder(qtbot, vault) -> None:
    _people(vault)
    window, _ = open_window(qtbot, vault)
    filters = window.list_panel.filters
    choose(qtbot, filters.cohort, "Aarhus 1")
    assert sorted(_names(window)) == ["Søren Ærø", "Şükrü Yılmaz"]
    choose(qtbot, filters.status, "active")
    assert _names(window) == ["Søren Ærø"]
    choose(qtbot, filters.cohort, "")
    choose(qtbot, filters.status, "")
    choose(qtbot, filters.ladder, 3)
    assert _names(window) == ["Søren Ærø"]


def test_sorting_keeps_the_selection(qtbot, vault) -> None:
    ids = _people(vault)
    window, _ = open_window(qtbot, vault)
    window.select_participant(ids["Zoë"])
    window.table.sortByColumn(1, window.table.horizontalHeader().sortIndicatorOrder())
    selected = window.table.selectionModel().selectedRows()
    assert [i.data() for i in selected] == ["Zoë van IJsselmuiden"]


def test_list_model_passes_the_model_tester(qtmodeltester, vault) -> None:
    _people(vault)
    model = ParticipantTableModel()
    model.set_rows(ParticipantService(vault).list_all())
    qtmodeltester.check(model)
    model.set_filter(ListFilter(text="a", status="active"))
    qtmodeltester.check(model)
    model.sort(3)
    qtmodeltester.check(model)
