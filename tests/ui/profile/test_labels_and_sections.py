"""Every field, code and list has a label and a place in the editor."""

from __future__ import annotations

from desktop_app.core.code_lists import CHECKLIST_ITEMS, CODE_LISTS
from desktop_app.core.profile_fields import FIELDS_BY_KEY, ITEM_KINDS
from desktop_app.services.csv_import import CsvImportService
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.ui.profile.code_labels import checklist_label, has_label, ladder_label
from desktop_app.ui.profile.import_preview_model import ImportPreviewModel
from desktop_app.ui.profile.labels import known_field_labels
from desktop_app.ui.profile.open_actions_model import OpenActionsModel
from desktop_app.ui.profile.sections import placed_fields, placed_kinds


def test_every_field_and_list_field_has_a_label() -> None:
    keys = set(FIELDS_BY_KEY) | {
        f"{kind}.{f.key}"
        for kind, spec in ITEM_KINDS.items()
        for f in spec.fields
        if f.key != "item"
    }
    assert keys <= known_field_labels()


def test_every_code_has_a_label() -> None:
    missing = [
        (name, c.code)
        for name, codes in CODE_LISTS.items()
        for c in codes
        if not has_label(name, c.code)
    ]
    assert missing == []
    assert all(checklist_label(n) for n in range(1, len(CHECKLIST_ITEMS) + 1))
    assert ladder_label(3).startswith("3 ") and ladder_label(None) == ""


def test_every_field_and_list_has_exactly_one_place() -> None:
    assert sorted(placed_fields()) == sorted(FIELDS_BY_KEY)
    assert sorted(placed_kinds()) == sorted(ITEM_KINDS)


def test_overview_models_pass_the_model_tester(qtmodeltester, vault) -> None:
    pid = ParticipantService(vault).create("Zoë").id
    MeetingService(vault).add_action(pid, text="Call the bank")
    actions = OpenActionsModel()
    actions.set_actions(MeetingService(vault).open_actions())
    qtmodeltester.check(actions)
    preview = ImportPreviewModel()
    preview.set_preview(CsvImportService(vault).preview(b"first_name,email\nIb,x\nAnna,\n"))
    assert preview.index(0, 1).data() == "E-mail: this is not an e-mail address."
    qtmodeltester.check(preview)
