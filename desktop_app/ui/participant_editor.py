"""The full profile of one participant, in sections; every change is saved as it is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.code_lists import CODE_LISTS, EDITABLE_LISTS
from desktop_app.core.profile_fields import hidden_in_meeting_mode
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.profile.autosaver import Autosaver
from desktop_app.ui.profile.code_labels import code_label
from desktop_app.ui.profile.field_binding import FieldBinding
from desktop_app.ui.profile.labels import section_title
from desktop_app.ui.profile.participant_header import ParticipantHeader
from desktop_app.ui.profile.profile_code_combo import ProfileCodeCombo
from desktop_app.ui.profile.profile_money_edit import ProfileMoneyEdit
from desktop_app.ui.profile.profile_undo import ProfileUndo
from desktop_app.ui.profile.section_page import SectionPage, coach_only
from desktop_app.ui.profile.sections import SECTIONS

if TYPE_CHECKING:
    from desktop_app.services.code_lists import CodeListService
    from desktop_app.services.meetings import MeetingService
    from desktop_app.services.participants import ParticipantRow
    from desktop_app.services.profiles import Profile, ProfileService


COACH_ONLY_COLOUR = "#9a3412"
INDEX_STYLE = (
    "QListWidget { background: transparent; outline: none; }"
    "QListWidget::item { padding: 7px 10px; border-radius: 5px; margin: 1px 4px 1px 0; }"
    "QListWidget::item:selected { background: palette(highlight); "
    "color: palette(highlighted-text); }"
)


class ParticipantEditor(QWidget):
    """Header, a section index on the left and the chosen section; autosaves every field."""

    saved = Signal(object)  # ParticipantRow: the list row changed
    save_failed = Signal(str)
    lists_changed = Signal(str)  # participant id: open actions or ladder step may have moved

    def __init__(self, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._profiles: ProfileService | None = None
        self._meetings: MeetingService | None = None
        self._participant_id: str | None = None
        self._country = ""
        self._labels: dict[str, dict[str, str]] = {}
        self.choices: dict[str, list[tuple[str, str]]] = {
            name: [(c.code, code_label(name, c.code)) for c in codes]
            for name, codes in CODE_LISTS.items()
        }
        self.meeting_mode = False
        self.autosaver = Autosaver(self._save_field, self)
        self.header = ParticipantHeader(self)
        self.index = QListWidget(self)
        self.index.setAccessibleName(self.tr("Sections of the profile"))
        self.pages = QStackedWidget(self)
        self.section_pages: dict[str, SectionPage] = {}
        for section in SECTIONS:
            page = SectionPage(section, self.choices, self._add_binding, self.pages)
            self.section_pages[section.key] = page
            self.pages.addWidget(page)
            item = QListWidgetItem(section_title(section.key), self.index)
            if all(coach_only(group) for group in section.groups):
                item.setForeground(QBrush(QColor(COACH_ONLY_COLOUR)))
                item.setToolTip(self.tr("Coach only: hidden in meeting mode"))
        self.index.setStyleSheet(INDEX_STYLE)
        self.index.setFrameShape(QFrame.Shape.NoFrame)
        self.index.setFixedWidth(max(self.index.sizeHintForColumn(0), 120) + 34)
        self.index.currentRowChanged.connect(self._on_section_chosen)
        self.message = InlineMessage(self)
        self.undo = ProfileUndo(undo_stack or QUndoStack(self), self)
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_failed)
        self.autosaver.succeeded.connect(lambda _k: self.message.clear_message())
        self.autosaver.edited.connect(self.undo.field_edited)
        self._connect_lists()
        self.first_name = self.widget_for("first_name")
        self.last_name = self.widget_for("last_name")
        self.note = self.widget_for("note")
        self.index.setCurrentRow(0)

    # -- construction ----------------------------------------------------------------
    def _add_binding(self, binding: FieldBinding) -> None:
        self.autosaver.add(binding)

    def _connect_lists(self) -> None:
        for page in self.section_pages.values():
            for editor in page.item_editors.values():
                editor.edited.connect(self.undo.item_edited)
                editor.items_changed.connect(self._on_lists_changed)
            if page.checklist is not None:
                page.checklist.edited.connect(self.undo.item_edited)
            if page.meetings is not None:
                page.meetings.edited.connect(self.undo.item_edited)
                page.meetings.changed.connect(self._on_lists_changed)

    @property
    def meetings_panel(self) -> Any:
        """The meetings log of the participant shown."""
        return self.section_pages["meetings"].meetings

    @property
    def checklist(self) -> Any:
        """The caseworker checklist of the participant shown."""
        return self.section_pages["assessment"].checklist

    def item_editor(self, kind: str) -> Any:
        """The table editing one list kind (goals, ladder…)."""
        return next(
            p.item_editors[kind] for p in self.section_pages.values() if kind in p.item_editors
        )

    def widget_for(self, key: str) -> QWidget:
        """The widget editing a participant field."""
        return self.autosaver.bindings[key].widget

    # -- services and loading -------------------------------------------------------------
    @property
    def participant_id(self) -> str | None:
        """The id of the participant being edited."""
        return self._participant_id

    @property
    def profiles(self) -> ProfileService | None:
        """The profile service in use (None while locked)."""
        return self._profiles

    def set_services(
        self,
        profiles: ProfileService | None,
        meetings: MeetingService | None = None,
        code_lists: CodeListService | None = None,
    ) -> None:
        """Use these services (None when the vault is locked)."""
        self.flush()
        self.autosaver.deactivate()
        self._profiles, self._meetings, self._participant_id = profiles, meetings, None
        self.undo.clear()
        if code_lists is not None:
            self.refresh_choices(code_lists)

    def refresh_choices(self, code_lists: CodeListService) -> None:
        """Read the editable code lists again (a team may have added entries)."""
        for name in EDITABLE_LISTS:
            entries = code_lists.entries(name, include_inactive=True)
            self._labels[name] = {e.code: code_label(name, e.code, e.label) for e in entries}
            self.choices[name] = [(e.code, self._labels[name][e.code]) for e in entries if e.active]
        for binding in self.autosaver.bindings.values():
            widget, list_name = binding.widget, binding.field.code_list
            if isinstance(widget, ProfileCodeCombo) and list_name in EDITABLE_LISTS:
                widget.set_choices(self.choices[list_name])
        labels = {**self.choices, **{n: list(m.items()) for n, m in self._labels.items()}}
        for page in self.section_pages.values():
            for editor in page.item_editors.values():
                editor.model.set_choices(labels)
        self._apply_country(self._country)

    def open_participant(self, participant_id: str) -> Profile | None:
        """Show a participant (saving what is pending first); the view is audited."""
        if self._profiles is None or self._meetings is None:
            return None
        self.flush()
        profile = self._profiles.load(participant_id)
        if participant_id != self._participant_id:
            self.undo.clear()  # undo works on the participant on screen only
        self._participant_id = participant_id
        self._apply_country(profile["country"])
        labels = {
            key: self._labels.get(b.field.code_list, {}).get(profile[key], "")
            for key, b in self.autosaver.bindings.items()
        }
        self.autosaver.load(profile.values, labels)
        for page in self.section_pages.values():
            for kind, editor in page.item_editors.items():
                editor.set_items(self._profiles, participant_id, profile.items[kind])
            if page.checklist is not None:
                page.checklist.set_items(
                    self._profiles, participant_id, profile.items["checklist_item"]
                )
            if page.meetings is not None:
                page.meetings.set_participant(self._profiles, self._meetings, participant_id)
        self._show_header(profile.values)
        self.message.clear_message()
        return profile

    def _apply_country(self, country: str) -> None:
        self._country = country
        combo = self.widget_for("benefit_type")
        assert isinstance(combo, ProfileCodeCombo)
        labels = dict(self.choices["benefit_type"])
        codes = [
            c.code for c in CODE_LISTS["benefit_type"] if not country or c.country in ("", country)
        ]
        extra = [
            code for code in labels if code not in {c.code for c in CODE_LISTS["benefit_type"]}
        ]
        combo.set_choices([(c, labels[c]) for c in codes + extra if c in labels])
        for binding in self.autosaver.bindings.values():
            if isinstance(binding.widget, ProfileMoneyEdit):
                binding.widget.set_country(country)

    def _show_header(self, values: Any) -> None:
        name = f"{values['first_name']} {values['last_name']}".strip()
        self.header.show_participant(name, values["cohort"], values["programme"], values["status"])

    # -- saving -----------------------------------------------------------------------------
    def _save_field(self, key: str, value: Any) -> ParticipantRow:
        if self._profiles is None or self._participant_id is None:
            raise RuntimeError("no participant shown")
        return self._profiles.update_field(self._participant_id, key, value)

    def _on_saved(self, row: ParticipantRow) -> None:
        self.header.show_participant(
            row.display_name, row.cohort, self.autosaver.saved_value("programme") or "", row.status
        )
        if self.autosaver.saved_value("country") != self._country:
            self._apply_country(self.autosaver.saved_value("country") or "")
        self.saved.emit(row)

    def _on_failed(self, _key: str, text: str) -> None:
        self.message.show_message(text)
        self.save_failed.emit(text)

    def _on_lists_changed(self) -> None:
        if self._participant_id is not None:
            self.lists_changed.emit(self._participant_id)

    def has_pending_changes(self) -> bool:
        """True while typed text waits for the autosave timer."""
        return self.autosaver.has_pending()

    def flush(self) -> None:
        """Save every pending field now (called on switch, lock and quit)."""
        self.autosaver.flush()
        if self.meetings_panel is not None:
            self.meetings_panel.flush()
        if self.checklist is not None:
            self.checklist.flush()

    # -- sections and meeting mode ------------------------------------------------------------
    def show_section(self, key: str) -> None:
        """Switch to a section by key ("meetings")."""
        self.index.setCurrentRow(list(self.section_pages).index(key))

    def visible_sections(self) -> list[str]:
        """Keys of the sections the index offers now."""
        return [
            key for row, key in enumerate(self.section_pages) if not self.index.item(row).isHidden()
        ]

    def _on_section_chosen(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    def set_meeting_mode(self, on: bool) -> None:
        """Hide every coach-only and special-category field, list column and section."""
        self.meeting_mode = on
        hidden = hidden_in_meeting_mode() if on else frozenset()
        for row, page in enumerate(self.section_pages.values()):
            self.index.item(row).setHidden(not page.set_hidden_fields(hidden))
        self.header.set_meeting_mode(on)
        current = self.index.currentRow()
        if current < 0 or self.index.item(current).isHidden():
            self.show_section(self.visible_sections()[0])
