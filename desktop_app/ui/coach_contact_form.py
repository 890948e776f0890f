"""The coach's own name, phone and e-mail as documents print them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop_app.documents.records import CoachContact


class CoachContactForm(QWidget):
    """Three labelled fields; documents leave empty ones out."""

    def __init__(self, contact: CoachContact | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(contact.name if contact else "", self)
        self.phone_edit = QLineEdit(contact.phone if contact else "", self)
        self.email_edit = QLineEdit(contact.email if contact else "", self)
        self.name_edit.setMaxLength(100)
        self.phone_edit.setMaxLength(40)
        self.email_edit.setMaxLength(200)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, edit, accessible in (
            (self.tr("Your &name"), self.name_edit, self.tr("Your name on the document")),
            (self.tr("Your p&hone"), self.phone_edit, self.tr("Your phone number")),
            (self.tr("Your e-&mail"), self.email_edit, self.tr("Your e-mail address")),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            edit.setAccessibleName(accessible)
            layout.addRow(label, edit)

    def values(self) -> tuple[str, str, str]:
        """(name, phone, e-mail) as typed, trimmed."""
        return (
            self.name_edit.text().strip(),
            self.phone_edit.text().strip(),
            self.email_edit.text().strip(),
        )
