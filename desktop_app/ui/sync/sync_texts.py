"""Plain, translated words for team sync: statuses, problems, record kinds and values."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QTimeZone

from desktop_app.core.changes import DELETE_FIELD, JsonValue
from desktop_app.core.errors import OpstartError
from desktop_app.core.profile_fields import FieldKind, ProfileField, item_kind, participant_field
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.profile.code_labels import code_label
from desktop_app.ui.profile.labels import field_label, known_field_labels

_CTX = "Sync"

_RUN = {
    "ok": QT_TRANSLATE_NOOP("Sync", "Synced with the shared folder."),
    "offline": QT_TRANSLATE_NOOP(
        "Sync",
        "The shared folder could not be reached (not connected, no network, or empty). "
        "Nothing was changed on this computer; Opstart tries again by itself.",
    ),
    "not_joined": QT_TRANSLATE_NOOP("Sync", "This vault is not part of a team workspace yet."),
    "not_connected": QT_TRANSLATE_NOOP("Sync", "Team sync is off."),
    "needs_passphrase": QT_TRANSLATE_NOOP(
        "Sync",
        "The team passphrase was changed by a colleague. Connect again with the new "
        "team passphrase; until then your changes wait on this computer.",
    ),
    "workspace_damaged": QT_TRANSLATE_NOOP(
        "Sync",
        "The team workspace file in the shared folder is damaged. Ask a colleague whose "
        "Opstart still syncs, or your IT contact.",
    ),
    "newer_version": QT_TRANSLATE_NOOP(
        "Sync", "The shared folder was set up by a newer Opstart. Update Opstart to sync."
    ),
    "publish_failed": QT_TRANSLATE_NOOP(
        "Sync",
        "Changes from your colleagues arrived, but yours could not be written to the shared "
        "folder. They wait safely on this computer and are sent next time.",
    ),
    "busy": QT_TRANSLATE_NOOP("Sync", "Opstart is already syncing this vault in another window."),
    "joined": QT_TRANSLATE_NOOP("Sync", "Joined the team workspace."),
    "created": QT_TRANSLATE_NOOP("Sync", "Created the team workspace."),
    "left": QT_TRANSLATE_NOOP(
        "Sync", "Left the team workspace. Everything stayed on this computer."
    ),
}
_PROBLEM = {
    "conflict_copy": QT_TRANSLATE_NOOP(
        "Sync",
        "Skipped a conflict copy made by the sync program (Dropbox, OneDrive…). "
        "Opstart never reads those; nothing is lost.",
    ),
    "unknown_file": QT_TRANSLATE_NOOP("Sync", "Skipped a file that Opstart did not write."),
    "truncated": QT_TRANSLATE_NOOP(
        "Sync", "Skipped a file that is not complete yet (still downloading?). Tried again later."
    ),
    "bad_length": QT_TRANSLATE_NOOP("Sync", "Skipped a damaged file (wrong length)."),
    "damaged": QT_TRANSLATE_NOOP("Sync", "Skipped a damaged file (not an Opstart file)."),
    "newer_format": QT_TRANSLATE_NOOP(
        "Sync", "Skipped a file from a newer Opstart. Update Opstart to read it."
    ),
    "wrong_place": QT_TRANSLATE_NOOP(
        "Sync", "Skipped a file that was moved or copied from elsewhere."
    ),
    "unknown_epoch": QT_TRANSLATE_NOOP(
        "Sync", "Skipped a file locked with a newer team passphrase. Connect again to read it."
    ),
    "auth_failed": QT_TRANSLATE_NOOP(
        "Sync", "Skipped a damaged or altered file (it failed its check)."
    ),
    "bad_payload": QT_TRANSLATE_NOOP("Sync", "Skipped a file whose content is damaged."),
    "too_large": QT_TRANSLATE_NOOP("Sync", "Skipped a file that is far too large."),
    "unreadable": QT_TRANSLATE_NOOP(
        "Sync", "A file could not be read just now. Tried again later."
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Sync", "Waiting for a colleague's file that has not arrived yet; the later ones wait."
    ),
    "clock_ahead": QT_TRANSLATE_NOOP(
        "Sync",
        "A colleague's computer clock runs far ahead. Their changes were taken in, but "
        "please ask them to check the date and time.",
    ),
    "publish_failed": QT_TRANSLATE_NOOP(
        "Sync", "Your changes could not be written to the shared folder. They are sent next time."
    ),
    "folder_full": QT_TRANSLATE_NOOP(
        "Sync", "The shared folder's disk is full. Your changes wait on this computer."
    ),
    "compaction_failed": QT_TRANSLATE_NOOP(
        "Sync", "Tidying up the shared folder did not succeed; the old files were kept."
    ),
}
_CONNECT_ERRORS = {
    "wrong_team_passphrase": QT_TRANSLATE_NOOP(
        "Sync",
        "That team passphrase does not open the team workspace in this folder. Check it, "
        "or ask a colleague for the current team passphrase.",
    ),
    "weak_team_passphrase": QT_TRANSLATE_NOOP(
        "Sync", "Choose a longer team passphrase: at least 10 characters, for example four words."
    ),
    "folder_unreachable": QT_TRANSLATE_NOOP(
        "Sync",
        "That folder cannot be reached. Check that the drive or cloud folder is connected.",
    ),
    "folder_holds_vault": QT_TRANSLATE_NOOP(
        "Sync",
        "Choose another folder: the shared folder must not contain, or be inside, the folder "
        "where this vault is kept.",
    ),
    "no_workspace": QT_TRANSLATE_NOOP("Sync", "This folder holds no team workspace."),
    "workspace_exists": QT_TRANSLATE_NOOP(
        "Sync", "This folder already holds a team workspace. Join it with the team passphrase."
    ),
    "several_workspaces": QT_TRANSLATE_NOOP(
        "Sync",
        "This folder holds more than one team workspace. Ask your IT contact which folder to use.",
    ),
    "already_connected": QT_TRANSLATE_NOOP(
        "Sync", "This vault already syncs with another team workspace. Leave that one first."
    ),
    "sync_busy": QT_TRANSLATE_NOOP(
        "Sync", "Opstart is syncing this vault in another window. Try again soon."
    ),
    "workspace_damaged": _RUN["workspace_damaged"],
    "workspace_newer": _RUN["newer_version"],
    "workspace_missing": QT_TRANSLATE_NOOP("Sync", "This folder holds no team workspace."),
}
_ENTITIES = {
    "participant": QT_TRANSLATE_NOOP("Sync", "Profile"),
    "meeting": QT_TRANSLATE_NOOP("Sync", "Meeting"),
    "agreed_action": QT_TRANSLATE_NOOP("Sync", "Agreed action"),
    "smart_goal": QT_TRANSLATE_NOOP("Sync", "SMART goal"),
    "ladder_step": QT_TRANSLATE_NOOP("Sync", "Participation ladder"),
    "module_attended": QT_TRANSLATE_NOOP("Sync", "Course module"),
    "consent": QT_TRANSLATE_NOOP("Sync", "Consent"),
    "work_experience": QT_TRANSLATE_NOOP("Sync", "Work experience"),
    "language_skill": QT_TRANSLATE_NOOP("Sync", "Language"),
    "checklist_item": QT_TRANSLATE_NOOP("Sync", "Caseworker checklist"),
    "code_list_entry": QT_TRANSLATE_NOOP("Sync", "Code list"),
    "plan": QT_TRANSLATE_NOOP("Sync", "Business plan"),
    "plan_answer": QT_TRANSLATE_NOOP("Sync", "Business plan answer"),
    "plan_version": QT_TRANSLATE_NOOP("Sync", "Saved plan version"),
    "country_settings": QT_TRANSLATE_NOOP("Sync", "Country settings"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def run_text(status: str) -> str:
    """A sentence for how a round ended (a RunStatus value)."""
    return (
        _tr(_RUN[status])
        if status in _RUN
        else _tr(QT_TRANSLATE_NOOP("Sync", "Sync did not finish."))
    )


def problem_text(code: str) -> str:
    """A sentence saying what happened to a file and why."""
    return (
        _tr(_PROBLEM[code])
        if code in _PROBLEM
        else _tr(QT_TRANSLATE_NOOP("Sync", "Skipped a file."))
    )


def connect_error_text(exc: BaseException) -> str:
    """Why connecting failed, and what to do."""
    code = exc.code if isinstance(exc, OpstartError) else ""
    return _tr(_CONNECT_ERRORS[code]) if code in _CONNECT_ERRORS else describe_error(exc)


def entity_text(entity: str) -> str:
    """What kind of record it is ("Meeting", "Profile")."""
    return _tr(_ENTITIES[entity]) if entity in _ENTITIES else entity


def field_text(entity: str, field: str) -> str:
    """The label of a field as the profile shows it."""
    if field == DELETE_FIELD:
        return _tr(QT_TRANSLATE_NOOP("Sync", "Deleted"))
    key = field if entity == "participant" else f"{entity}.{field}"
    return field_label(key) if key in known_field_labels() else field.replace("_", " ")


def _spec(entity: str, field: str) -> ProfileField | None:
    try:
        return (
            participant_field(field) if entity == "participant" else item_kind(entity).field(field)
        )
    except KeyError:
        return None


def value_text(entity: str, field: str, value: JsonValue) -> str:
    """A stored value as the coach would read it."""
    if value is None or value == "" or value == []:
        return _tr(QT_TRANSLATE_NOOP("Sync", "(empty)"))
    if isinstance(value, bool):
        return (
            _tr(QT_TRANSLATE_NOOP("Sync", "Yes")) if value else _tr(QT_TRANSLATE_NOOP("Sync", "No"))
        )
    spec = _spec(entity, field)
    locale = QLocale()
    if spec is not None and spec.kind is FieldKind.MONEY and isinstance(value, int):
        return locale.toString(value / 100, "f", 2)
    if spec is not None and spec.kind is FieldKind.DATE and isinstance(value, str):
        parsed = QDateTime.fromString(value, "yyyy-MM-dd")
        if parsed.isValid():
            return locale.toString(parsed.date(), QLocale.FormatType.ShortFormat)
    if spec is not None and spec.code_list and isinstance(value, str):
        codes = value.split(",") if spec.kind is FieldKind.CODES else [value]
        return ", ".join(code_label(spec.code_list, c) for c in codes if c)
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return locale.toString(value)
    return json.dumps(value, ensure_ascii=False)


def when_text(moment: datetime | None) -> str:
    """A date and time in the coach's locale and time zone."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def ago_text(moment: datetime, now: datetime | None = None) -> str:
    """ "just now", "5 min ago", "3 h ago", or the date for older moments."""
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 60:
        return _tr(QT_TRANSLATE_NOOP("Sync", "just now"))
    if seconds < 3600:
        return _tr(QT_TRANSLATE_NOOP("Sync", "{minutes} min ago")).format(
            minutes=int(seconds // 60)
        )
    if seconds < 24 * 3600:
        return _tr(QT_TRANSLATE_NOOP("Sync", "{hours} h ago")).format(hours=int(seconds // 3600))
    return when_text(moment)


def device_text(by_me: bool, device_id: str) -> str:
    """Who wrote a value: this computer, or another coach's computer (short id)."""
    if by_me:
        return _tr(QT_TRANSLATE_NOOP("Sync", "This computer"))
    return _tr(QT_TRANSLATE_NOOP("Sync", "Another computer ({device})")).format(
        device=device_id[:6]
    )
