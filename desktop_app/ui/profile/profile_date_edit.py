"""A date typed the way people write it (01-03-2026, 1/3/2026, 2026-03-01); empty allowed."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.core.profile_values import parse_date

_DAY_FIRST = re.compile(r"^d{1,2}([-./])M{1,2}\1y+$")
_YEAR_FIRST = re.compile(r"^y+-M{1,2}-d{1,2}$")


def display_format() -> str:
    """The locale's numeric short date format with a four-digit year, else dd-MM-yyyy.

    Danish (dd.MM.yyyy), Dutch (dd-MM-yyyy) and British (dd/MM/yyyy) forms are kept;
    anything core.parse_date cannot read back (month names, spaces) falls back.
    """
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    found = _DAY_FIRST.match(pattern)
    if found:
        return f"dd{found.group(1)}MM{found.group(1)}yyyy"
    if _YEAR_FIRST.match(pattern):
        return "yyyy-MM-dd"
    return "dd-MM-yyyy"


def format_date(iso: str) -> str:
    """An ISO date as the locale writes it; "" stays ""."""
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return QLocale().toString(QDate(day.year, day.month, day.day), display_format())


class ProfileDateEdit(QLineEdit):
    """A one-line date field; `value()` is ISO text, or None while the text is not a date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        example = format_date("2026-03-01")
        self.setPlaceholderText(self.tr("For example {date}").format(date=example))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 24))
        self.editingFinished.connect(self._tidy)

    def value(self) -> str | None:
        """ISO "YYYY-MM-DD", "" when empty, None when the text is not a date."""
        text = self.text().strip()
        return "" if not text else parse_date(text)

    def set_value(self, iso: str) -> None:
        """Show an ISO date in the locale's format."""
        self.setText(format_date(iso))

    def _tidy(self) -> None:
        value = self.value()
        if value and self.text() != format_date(value):
            self.setText(format_date(value))
