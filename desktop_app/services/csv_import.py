"""Import a referral list (CSV): preview with per-row problems, then all rows or none."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core import csv_rules
from desktop_app.core.code_lists import default_codes
from desktop_app.core.errors import OpstartError
from desktop_app.core.profile_fields import participant_field
from desktop_app.services import audit
from desktop_app.storage.models import Participant
from desktop_app.storage.vault import Vault

_MESSAGES = {
    "unknown_column": 'The column "{column}" is not one Opstart knows. Rename or remove it.',
    "national_id_column": 'The column "{column}" holds national ID numbers, which Opstart '
    "does not import. Remove that column.",
    "duplicate_column": 'The column "{column}" appears twice. Keep one of them.',
    "missing_column": 'The first line has no "{column}" column. Add it.',
    "empty_file": "The file is empty.",
    "no_rows": "The file has a header line but no participants.",
    "file_too_large": "The file is larger than 10 MB. Split it into smaller files.",
    "too_many_rows": "The file has more than 20,000 rows. Split it into smaller files.",
    "malformed": "Line {line} could not be read. Check its quotation marks.",
    "unreadable": "The file could not be read. Check that it exists and is not open elsewhere.",
    "required": "Line {line}: the first name is missing.",
    "bad_email": "Line {line}, {column}: this is not an e-mail address.",
    "bad_phone": "Line {line}, {column}: a phone number can only hold digits, spaces and + ( ) - .",
    "bad_date": "Line {line}, {column}: this is not a date. Write it like 2026-03-01.",
    "bad_yes_no": "Line {line}, {column}: write yes or no.",
    "unknown_code": "Line {line}, {column}: use one of {choices}.",
    "too_long": "Line {line}, {column}: the text is too long.",
    "control_chars": "Line {line}, {column}: the text holds characters that cannot be stored.",
    "too_many_cells": "Line {line} has more cells than the first line has column names.",
    "duplicate_in_file": "Line {line}: this e-mail address is on another line of the file too.",
    "already_in_vault": "Line {line}: a participant with this e-mail address is already in "
    "Opstart.",
}


@dataclass(frozen=True)
class RowProblem:
    """One problem: a code the GUI translates and the English sentence the CLI prints."""

    line: int
    column: str
    code: str
    message: str


@dataclass(frozen=True)
class ImportRow:
    """One participant to import, in stored form, with its problems."""

    line: int
    values: dict[str, Any]
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; `ok` only when no row and not the file has a problem."""

    rows: tuple[ImportRow, ...]
    file_problems: tuple[RowProblem, ...]
    columns: tuple[str, ...]
    encoding: str
    delimiter: str

    @property
    def ok(self) -> bool:
        """True when every row can be imported."""
        return bool(self.rows) and not self.file_problems and not self.problems()

    def problems(self) -> list[RowProblem]:
        """Every problem, file-level first, then by line."""
        return [*self.file_problems, *(p for row in self.rows for p in row.problems)]


def describe(problem: csv_rules.Problem) -> RowProblem:
    """Word a problem in plain English."""
    choices = ""
    if problem.code == "unknown_code" and problem.column:
        choices = ", ".join(default_codes(participant_field(problem.column).code_list))
    text = _MESSAGES[problem.code].format(line=problem.line, column=problem.column, choices=choices)
    return RowProblem(problem.line, problem.column, problem.code, text)


class CsvImportService:
    """Previews and imports referral lists into one vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def preview_file(self, path: Path) -> ImportPreview:
        """Read and check a file; a file that cannot be read is one file problem."""
        try:
            data = path.read_bytes()
        except OSError:
            problem = csv_rules.Problem(0, "", "unreadable")
            return ImportPreview((), (describe(problem),), (), "", "")
        return self.preview(data)

    def preview(self, data: bytes) -> ImportPreview:
        """Check every row, also against e-mail addresses already in the vault."""
        parsed, file_problems, encoding, delimiter = csv_rules.parse(data)
        with self._vault.transaction() as session:
            known = {e.casefold() for e in session.scalars(select(Participant.email)) if e}
        emails = Counter(str(r.values.get("email", "")).casefold() for r in parsed)
        rows = []
        for row in parsed:
            problems = list(row.problems)
            email = str(row.values.get("email", "")).casefold()
            if email and emails[email] > 1:
                problems.append(csv_rules.Problem(row.line, "email", "duplicate_in_file"))
            elif email and email in known:
                problems.append(csv_rules.Problem(row.line, "email", "already_in_vault"))
            rows.append(ImportRow(row.line, row.values, tuple(describe(p) for p in problems)))
        columns = tuple(dict.fromkeys(k for row in parsed for k in row.values))
        described = tuple(describe(p) for p in file_problems)
        return ImportPreview(tuple(rows), described, columns, encoding, delimiter)

    def commit(self, preview: ImportPreview) -> int:
        """Import every row in one transaction, or raise and import nothing."""
        if not preview.ok:
            count = len(preview.problems())
            raise OpstartError(
                f"Nothing was imported: the file has {count} problem(s). Fix them and try again."
            )
        with self._vault.transaction() as session:
            people = [
                Participant(created_hlc=self._vault.clock.now().encode(), **row.values)
                for row in preview.rows
            ]
            session.add_all(people)
            session.flush()
            for person in people:
                audit.record_in(
                    session, self._vault.device_id, audit.AuditAction.IMPORT, person.id, "csv"
                )
        return len(people)
