"""Application settings, declared once with type, default, label and validation.

Values are stored by the GUI (QSettings); nothing here is personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: key, default, English label (translated at the edge), allowed values."""

    key: str
    default: T
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None

    def coerce(self, raw: object) -> T:
        """Turn a stored value into a valid one, falling back to the default."""
        kind = type(self.default)
        try:
            if kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            else:
                value = kind(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return self.default
            if self.maximum is not None and value > self.maximum:
                return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return value  # type: ignore[return-value]


AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "security/auto_lock_minutes", 10, "Lock after this many idle minutes", minimum=1, maximum=240
)
LANGUAGE: Setting[str] = Setting(
    "ui/language", "", "Language of the interface", choices=("", "en", "da", "nl")
)
FONT_SCALE_PERCENT: Setting[int] = Setting(
    "ui/font_scale_percent", 100, "Text size", minimum=80, maximum=200
)

ALL_SETTINGS: tuple[Setting[int] | Setting[str], ...] = (
    AUTO_LOCK_MINUTES,
    LANGUAGE,
    FONT_SCALE_PERCENT,
)
