"""One page of the profile editor: titled groups of fields, list tables and panels."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.profile_fields import ITEM_KINDS, hidden_in_meeting_mode, participant_field
from desktop_app.ui.profile.checklist_editor import ChecklistEditor
from desktop_app.ui.profile.field_binding import FieldBinding, make_editor
from desktop_app.ui.profile.item_table_editor import ItemTableEditor
from desktop_app.ui.profile.labels import field_label, section_title
from desktop_app.ui.profile.meetings_panel import MeetingsPanel
from desktop_app.ui.profile.sections import Group, Section

Choices = Mapping[str, Sequence[tuple[str, str]]]


def _add_text(kind: str) -> str:
    texts = {
        "work_experience": QCoreApplication.translate("SectionPage", "Add a job"),
        "language_skill": QCoreApplication.translate("SectionPage", "Add a language"),
        "smart_goal": QCoreApplication.translate("SectionPage", "Add a goal"),
        "ladder_step": QCoreApplication.translate("SectionPage", "Add a ladder reading"),
        "module_attended": QCoreApplication.translate("SectionPage", "Add a module"),
        "consent": QCoreApplication.translate("SectionPage", "Add a consent record"),
    }
    return texts[kind]


def _defaults(kind: str) -> dict[str, Any]:
    today = date.today().isoformat()
    return {
        "ladder_step": {"assessed_on": today},
        "module_attended": {"attended_on": today},
        "consent": {"given_on": today},
    }.get(kind, {})


GROUP_STYLE = (
    "QGroupBox { font-weight: bold; border: 1px solid palette(mid); border-radius: 6px; "
    "margin-top: 1.2em; padding: 10px 8px 6px 8px; }"
    "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }"
)


def coach_only(group: Group) -> bool:
    """True when meeting mode hides everything in a group."""
    hidden = hidden_in_meeting_mode()
    if group.fields:
        return all(key in hidden for key in group.fields)
    if group.item_kind:
        return ITEM_KINDS[group.item_kind].hidden_in_meeting_mode
    return group.panel == "checklist"


class SectionPage(QScrollArea):
    """A scrollable page of group boxes; `set_hidden_fields` serves meeting mode."""

    def __init__(
        self,
        section: Section,
        choices: Choices,
        add_binding: Callable[[FieldBinding], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rows: dict[str, tuple[QFormLayout, QLabel, QWidget]] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.item_editors: dict[str, ItemTableEditor] = {}
        self.meetings: MeetingsPanel | None = None
        self.checklist: ChecklistEditor | None = None
        body = QWidget(self)
        body.setObjectName("section_body")
        layout = QVBoxLayout(body)
        layout.setSpacing(14)
        for group in section.groups:
            title = section_title(group.title)
            if coach_only(group):
                title = QCoreApplication.translate("SectionPage", "{title} · coach only").format(
                    title=title
                )
            box = QGroupBox(title, body)
            box.setStyleSheet(GROUP_STYLE)
            self.groups[group.title] = box
            self._fill(box, group, choices, add_binding)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self._align_labels()

    def _fill(
        self, box: QGroupBox, group: Group, choices: Choices, add: Callable[[FieldBinding], None]
    ) -> None:
        inner = QVBoxLayout(box)
        if group.item_kind:
            editor = ItemTableEditor(
                group.item_kind,
                _add_text(group.item_kind),
                choices,
                box,
                defaults=_defaults(group.item_kind),
            )
            self.item_editors[group.item_kind] = editor
            inner.addWidget(editor)
        elif group.panel == "meetings":
            self.meetings = MeetingsPanel(choices, box)
            inner.addWidget(self.meetings)
        elif group.panel == "checklist":
            self.checklist = ChecklistEditor(box)
            inner.addWidget(self.checklist)
        else:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key in group.fields:
                field = participant_field(key)
                widget = make_editor(field, choices.get(field.code_list, ()), box)
                label = QLabel(field_label(key) + ":", box)
                label.setBuddy(widget)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                form.addRow(label, widget)
                self.rows[key] = (form, label, widget)
                add(FieldBinding(field, key, widget))
            inner.addLayout(form)

    def _align_labels(self) -> None:
        # One label column width per page, so the fields of all groups line up.
        labels = [label for _form, label, _widget in self.rows.values()]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def set_hidden_fields(self, keys: frozenset[str]) -> bool:
        """Hide fields, columns and whole groups in `keys`; True when something still shows."""
        for key, (form, label, _widget) in self.rows.items():
            form.setRowVisible(label, key not in keys)
        for kind, editor in self.item_editors.items():
            editor.set_hidden_fields(keys)
            hidden = all(f"{kind}.{f.key}" in keys for f in editor.model.columns)
            editor.parentWidget().setVisible(not hidden)
        if self.meetings is not None:
            self.meetings.set_hidden_fields(keys)
        if self.checklist is not None:
            self.checklist.parentWidget().setVisible("checklist_item.score" not in keys)
        for group in self.section.groups:
            if group.fields:
                self.groups[group.title].setVisible(any(k not in keys for k in group.fields))
        return any(not box.isHidden() for box in self.groups.values())
