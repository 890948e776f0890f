"""Plain, translated sentences for what can go wrong while printing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.core.errors import OpstartError
from desktop_app.ui.error_messages import describe_error

_ERRORS = {
    "no_plan": QT_TRANSLATE_NOOP(
        "PrintActions",
        "This participant has no business plan yet. Open the plan wizard to start one.",
    ),
    "meeting_not_found": QT_TRANSLATE_NOOP("PrintActions", "That meeting no longer exists."),
    "cohort_empty": QT_TRANSLATE_NOOP(
        "PrintActions", "Nobody is in that cohort any more. Choose another one."
    ),
    "contact_invalid": QT_TRANSLATE_NOOP(
        "PrintActions",
        "Check your contact details: a phone number holds digits, spaces and + ( ) . / -, "
        "and an e-mail address looks like name@example.org.",
    ),
}


def error_text(exc: BaseException) -> str:
    """A translated sentence for a failure while printing."""
    code = exc.code if isinstance(exc, OpstartError) else None
    if code in _ERRORS:
        return QCoreApplication.translate("PrintActions", _ERRORS[code])
    return describe_error(exc)
