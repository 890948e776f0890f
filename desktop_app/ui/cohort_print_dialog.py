"""Choose a cohort and a language for everyone's handouts; the batch dialog does the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.records import CoachContact
from desktop_app.ui.coach_contact_form import CoachContactForm
from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.print_options_dialog import LANGUAGES, PrintOptions

if TYPE_CHECKING:
    from desktop_app.services.printing import CohortSummary

OWN_LANGUAGE = ""


class CohortPrintDialog(QDialog):
    """Cohort, language ("each participant's own" by default) and the coach's contact."""

    def __init__(
        self,
        cohorts: Sequence[CohortSummary],
        contact: CoachContact | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_next: Callable[[str, PrintOptions], None] | None = None
        self.setWindowTitle(self.tr("Handouts for a cohort"))
        header = DialogHeader(
            self.tr("Handouts for a cohort"),
            self.tr(
                "Every participant of the cohort gets a handout with only what they may take "
                "home. You choose one PDF file or one file per participant next."
            ),
            self,
        )
        self.cohort_box = QComboBox(self)
        for cohort in cohorts:
            text = self.tr("{name} ({count} participants)")
            self.cohort_box.addItem(
                text.replace("{name}", cohort.name).replace("{count}", str(cohort.participants)),
                cohort.name,
            )
        self.cohort_box.setAccessibleName(self.tr("Cohort"))
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("Each participant's own language"), OWN_LANGUAGE)
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setAccessibleName(self.tr("Language of the handouts"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Cohort:"), self.cohort_box),
            (self.tr("&Language:"), self.language_box),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.contact_form = CoachContactForm(contact, self)
        contact_group = QGroupBox(self.tr("Your contact details on the handouts"), self)
        QVBoxLayout(contact_group).addWidget(self.contact_form)
        self.message = InlineMessage(self)
        self.next_button = QPushButton(self.tr("&Next…"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(contact_group)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        if not cohorts:
            self.next_button.setEnabled(False)
            self.message.show_message(
                self.tr("No participant has a cohort yet. Fill in the cohort in their profiles."),
                "info",
            )
        self.resize(560, 460)

    def on_next_clicked(self) -> None:
        """Hand the choices over; the dialog stays until the handouts are gathered."""
        self.message.clear_message()
        if self.on_next is not None and self.cohort_box.count():
            language = str(self.language_box.currentData())
            options = PrintOptions(language=language, contact=self.contact_form.values())
            self.on_next(str(self.cohort_box.currentData()), options)

    def set_busy(self, busy: bool) -> None:
        """While the handouts are gathered: Next off, a note saying so."""
        self.next_button.setEnabled(not busy)
        if busy:
            self.message.show_message(self.tr("Gathering the participants…"), "info")
        else:
            self.message.clear_message()

    def show_error(self, text: str) -> None:
        """A plain sentence; the coach can choose again."""
        self.next_button.setEnabled(True)
        self.message.show_message(text)
