"""Error types that carry a stable code; the edges (CLI, GUI) turn codes into sentences."""

from __future__ import annotations


class OpstartError(Exception):
    """A failure the user can act on; `code` is stable, `message` is plain English."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class ValidationError(OpstartError):
    """Input that breaks a rule; `field` names the input."""

    code = "invalid"

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message, code=code)
        self.field = field
