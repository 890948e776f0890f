"""The coach's own work contact details that handouts and plans print (kept in the vault)."""

from __future__ import annotations

from desktop_app.core.errors import OpstartError
from desktop_app.core.profile_fields import participant_field
from desktop_app.core.profile_values import problem
from desktop_app.documents.records import CoachContact
from desktop_app.storage.models import MetaEntry
from desktop_app.storage.vault import Vault

# Per device on purpose: each coach prints their own name, phone and e-mail.
_KEYS = {"name": "print.coach_name", "phone": "print.coach_phone", "email": "print.coach_email"}
MAX_NAME = 100


class ContactInvalid(OpstartError):
    """A contact detail that cannot be printed as typed."""

    code = "contact_invalid"


def coach_contact(vault: Vault) -> CoachContact | None:
    """The contact printed on documents, or None while the coach has not filled it in."""
    with vault.transaction() as session:
        values = {part: session.get(MetaEntry, key) for part, key in _KEYS.items()}
    text = {part: row.value if row is not None else "" for part, row in values.items()}
    if not any(text.values()):
        return None
    return CoachContact(text["name"], text["phone"], text["email"])


def save_coach_contact(vault: Vault, name: str, phone: str = "", email: str = "") -> None:
    """Store the coach's contact details (empty parts are left off the documents)."""
    name, phone, email = name.strip(), phone.strip(), email.strip()
    if len(name) > MAX_NAME or any(ord(ch) < 32 for ch in name):
        raise ContactInvalid("Your name can be at most 100 characters on one line.")
    if phone and problem(participant_field("phone"), phone):
        raise ContactInvalid("The phone number can hold digits, spaces, + ( ) . / and -.")
    if email and problem(participant_field("email"), email):
        raise ContactInvalid("The e-mail address should look like name@example.org.")
    with vault.transaction() as session:
        for part, value in (("name", name), ("phone", phone), ("email", email)):
            session.merge(MetaEntry(key=_KEYS[part], value=value))
