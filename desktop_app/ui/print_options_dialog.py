"""Before a preview: the document's language, optional extras and the coach's contact details."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.records import CoachContact
from desktop_app.ui.coach_contact_form import CoachContactForm
from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.extra_fields_picker import ExtraFieldsPicker
from desktop_app.ui.inline_message import InlineMessage

# Language names in their own language, as a participant recognises them.
LANGUAGES = (("da", "Dansk"), ("nl", "Nederlands"), ("en", "English"))


@dataclass(frozen=True)
class PrintOptions:
    """What the coach chose: language, fields ticked in, ladder, own contact details."""

    language: str
    extra_fields: tuple[str, ...] = ()
    include_ladder: bool = False
    contact: tuple[str, str, str] = ("", "", "")


class PrintOptionsDialog(QDialog):
    """Choices for one document; "Preview…" hands them to `on_preview` and waits for it."""

    def __init__(
        self,
        title: str,
        explanation: str,
        language: str,
        contact: CoachContact | None,
        extras: Sequence[str] | None = None,
        offer_ladder: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_preview: Callable[[PrintOptions], None] | None = None
        self.setWindowTitle(title)
        self.header = DialogHeader(title, explanation, self)
        self.language_box = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_box.setAccessibleName(self.tr("Language of the document"))
        language_label = QLabel(self.tr("&Language of the document:"), self)
        language_label.setBuddy(self.language_box)
        self.ladder_box = QCheckBox(self.tr("Include the participation la&dder"), self)
        self.ladder_box.setVisible(offer_ladder)
        self._offer_ladder = offer_ladder
        self.picker: ExtraFieldsPicker | None = None
        self.warning = InlineMessage(self)
        self.contact_form = CoachContactForm(contact, self)
        self.message = InlineMessage(self)
        self.preview_button = QPushButton(self.tr("&Preview…"), self)
        self.preview_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.preview_button.clicked.connect(self.on_preview_clicked)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(self.ladder_box)
        if extras is not None:
            layout.addWidget(self._extras_group(extras), 1)
            layout.addWidget(self.warning)
        contact_group = QGroupBox(self.tr("Your contact details on the document"), self)
        QVBoxLayout(contact_group).addWidget(self.contact_form)
        layout.addWidget(contact_group)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.resize(620, 720 if extras else 420)

    def _extras_group(self, extras: Sequence[str]) -> QGroupBox:
        group = QGroupBox(self.tr("Also print (left out unless you tick them)"), self)
        hint = QLabel(
            self.tr(
                "The handout holds only what the participant may take home. Tick a field only "
                "when the participant wants it on paper; it is printed this time only."
            ),
            group,
        )
        hint.setWordWrap(True)
        self.picker = ExtraFieldsPicker(extras, group)
        self.picker.changed.connect(self._on_extras_changed)
        scroll = QScrollArea(group)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.picker)
        layout = QVBoxLayout(group)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        return group

    def _on_extras_changed(self) -> None:
        assert self.picker is not None
        if self.picker.special_chosen():
            self.warning.show_message(
                self.tr(
                    "You ticked special-category data (health, criminal record or ID number). "
                    "Print it only when the participant asks for it, and hand it over in person."
                ),
                "warning",
            )
        elif self.picker.chosen():
            self.warning.show_message(
                self.tr("The ticked fields are printed on this handout only."), "info"
            )
        else:
            self.warning.clear_message()

    def options(self) -> PrintOptions:
        """The choices as they are now."""
        return PrintOptions(
            language=str(self.language_box.currentData()),
            extra_fields=self.picker.chosen() if self.picker else (),
            include_ladder=self._offer_ladder and self.ladder_box.isChecked(),
            contact=self.contact_form.values(),
        )

    def on_preview_clicked(self) -> None:
        """Hand the choices over; the dialog stays until the document is ready."""
        self.message.clear_message()
        if self.on_preview is not None:
            self.on_preview(self.options())

    def set_busy(self, busy: bool) -> None:
        """While the document is made: buttons off, a note saying so."""
        self.preview_button.setEnabled(not busy)
        if busy:
            self.message.show_message(self.tr("Preparing the document…"), "info")
        else:
            self.message.clear_message()

    def show_error(self, text: str) -> None:
        """A plain sentence under the choices; the coach can change them and try again."""
        self.preview_button.setEnabled(True)
        self.message.show_message(text)
