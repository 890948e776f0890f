"""Widgets of the participant profile: sections, field editors, lists, meetings, dialogs."""
