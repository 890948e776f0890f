"""Plain, translated sentences for the error codes the services raise."""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.errors import OpstartError

_log = logging.getLogger(__name__)

_BY_CODE = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "That passphrase does not open this vault. Check Caps Lock and try again."
    ),
    "damaged_keystore": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's key file is damaged or missing. Your passphrase was not checked. "
        "Restore the data folder from a backup or ask your IT contact.",
    ),
    "damaged_database": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault database is damaged or does not belong to this key file. "
        "Restore it from a backup or ask your IT contact.",
    ),
    "newer_version": QT_TRANSLATE_NOOP(
        "Errors", "This vault was made by a newer version of Opstart. Update Opstart to open it."
    ),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "Choose a longer passphrase: at least 10 characters, for example four words."
    ),
    "vault_exists": QT_TRANSLATE_NOOP("Errors", "There is already a vault in this data folder."),
    "no_vault": QT_TRANSLATE_NOOP("Errors", "There is no vault in this data folder yet."),
    "required": QT_TRANSLATE_NOOP("Errors", "The first name cannot be empty."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "This text is too long."),
    "control_chars": QT_TRANSLATE_NOOP(
        "Errors", "This text contains characters that cannot be stored."
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "That participant no longer exists."),
}
_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full. Free some space; your last change was not saved yet."
)
_FILE_ERROR = QT_TRANSLATE_NOOP(
    "Errors", "A file in the data folder could not be read or written. Check the disk."
)
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong. Your saved work is safe. Please try again."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe_error(exc: BaseException) -> str:
    """A sentence saying what happened and what to do; never a traceback."""
    code = exc.code if isinstance(exc, OpstartError) else None
    if code in _BY_CODE:
        return _tr(_BY_CODE[code])
    if isinstance(exc, OSError):
        return _tr(_DISK_FULL if exc.errno == errno.ENOSPC else _FILE_ERROR)
    # Log only the type: exception text may contain personal data.
    _log.error("unexpected error of type %s", type(exc).__name__)
    return _tr(_UNEXPECTED)
