"""Translated sentences for CSV import problems (services/csv_import.py has the codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.ui.profile.labels import field_label

_BY_CODE = {
    "unknown_column": QT_TRANSLATE_NOOP(
        "CsvImport", "The column “{column}” is not one Opstart knows. Rename or remove it."
    ),
    "national_id_column": QT_TRANSLATE_NOOP(
        "CsvImport",
        "The column “{column}” holds national ID numbers, "
        "which Opstart does not import. Remove that column.",
    ),
    "duplicate_column": QT_TRANSLATE_NOOP(
        "CsvImport", "The column “{column}” appears twice. Keep one."
    ),
    "missing_column": QT_TRANSLATE_NOOP(
        "CsvImport", "The first line has no “{column}” column. Add it."
    ),
    "empty_file": QT_TRANSLATE_NOOP("CsvImport", "The file is empty."),
    "no_rows": QT_TRANSLATE_NOOP("CsvImport", "The file has a header line but no participants."),
    "file_too_large": QT_TRANSLATE_NOOP("CsvImport", "The file is larger than 10 MB. Split it up."),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "CsvImport", "The file has more than 20,000 rows. Split it up."
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "CsvImport", "Line {line} could not be read. Check its quotation marks."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "CsvImport",
        "The file could not be read. Check that it exists and is not open in another program.",
    ),
    "required": QT_TRANSLATE_NOOP("CsvImport", "The first name is missing."),
    "bad_email": QT_TRANSLATE_NOOP("CsvImport", "{field}: this is not an e-mail address."),
    "bad_phone": QT_TRANSLATE_NOOP(
        "CsvImport", "{field}: only digits, spaces and + ( ) - . are allowed."
    ),
    "bad_date": QT_TRANSLATE_NOOP(
        "CsvImport", "{field}: not a date. Write it like 2026-03-01 or 01-03-2026."
    ),
    "bad_yes_no": QT_TRANSLATE_NOOP("CsvImport", "{field}: write yes or no."),
    "unknown_code": QT_TRANSLATE_NOOP("CsvImport", "{field}: not one of the allowed values."),
    "too_long": QT_TRANSLATE_NOOP("CsvImport", "{field}: the text is too long."),
    "control_chars": QT_TRANSLATE_NOOP(
        "CsvImport", "{field}: holds characters that cannot be stored."
    ),
    "too_many_cells": QT_TRANSLATE_NOOP(
        "CsvImport", "More cells than the first line has column names."
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "CsvImport", "This e-mail address is on another line too."
    ),
    "already_in_vault": QT_TRANSLATE_NOOP(
        "CsvImport", "A participant with this e-mail address is already in Opstart."
    ),
}


def import_problem_text(code: str, line: int, column: str, english: str) -> str:
    """A problem in the coach's language (the service's English text if the code is new)."""
    text = _BY_CODE.get(code)
    if text is None:
        return english
    try:
        label = field_label(column) if column else ""
    except KeyError:
        label = column
    return QCoreApplication.translate("CsvImport", text).format(
        column=column, line=line, field=label
    )
