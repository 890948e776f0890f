"""Reading a referral list (CSV): encoding, separator, column names, per-row checks.

Pure Python; returns codes. Excel in Denmark and the Netherlands saves semicolons, older
versions cp1252; both are accepted, as are Danish and Dutch column names.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Any

from desktop_app.core.code_lists import is_known
from desktop_app.core.profile_fields import FieldKind, participant_field
from desktop_app.core.profile_values import parse_date, problem

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
REQUIRED_COLUMNS = ("first_name",)
COLUMNS = (
    "first_name", "last_name", "email", "phone", "cohort", "preferred_language",
    "preferred_name", "date_of_birth", "gender", "address", "interpreter_needed", "country",
    "programme", "referral_date", "referring_caseworker", "referring_office",
    "business_idea", "note",
)  # fmt: skip
_ALIASES = {
    "first_name": ("firstname", "first", "given_name", "fornavn", "voornaam"),
    "last_name": ("lastname", "surname", "family_name", "efternavn", "achternaam"),
    "email": ("e_mail", "mail", "email_address", "e_mail_adresse", "e_mailadres"),
    "phone": ("telephone", "mobile", "telefon", "tlf", "mobil", "telefoon", "mobiel"),
    "cohort": ("group", "hold", "groep"),
    "preferred_language": ("language", "sprog", "taal"),
    "preferred_name": ("kaldenavn", "roepnaam"),
    "date_of_birth": (
        "birth_date",
        "birthday",
        "foedselsdato",
        "fødselsdato",
        "geboortedatum",
    ),  # fmt: skip
    "gender": ("koen", "køn", "geslacht"),
    "address": ("adresse", "adres"),
    "interpreter_needed": ("interpreter", "tolk"),
    "country": ("land",),
    "programme": ("program", "programma"),
    "referral_date": ("henvisningsdato", "verwijsdatum"),
    "referring_caseworker": ("caseworker", "sagsbehandler", "klantmanager"),
    "referring_office": ("jobcenter", "jobcentre", "office", "afdeling"),
    "business_idea": ("idea", "forretningside", "forretningsidé", "bedrijfsidee"),
    "note": ("notes", "notat", "notitie", "opmerking"),
}
# Columns Opstart refuses to import: national ID numbers are kept only where required.
NATIONAL_ID_COLUMNS = frozenset({"cpr", "cpr_nr", "cpr_number", "cprnr", "bsn", "national_id"})
_TRUE = frozenset({"1", "yes", "y", "true", "ja", "j", "x"})
_FALSE = frozenset({"", "0", "no", "n", "false", "nej", "nee"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong: a code, the file line (0 = the whole file) and the column."""

    line: int
    column: str
    code: str


@dataclass(frozen=True)
class ParsedRow:
    """One data row: its file line, stored-form values and its problems."""

    line: int
    values: dict[str, Any]
    problems: tuple[Problem, ...]


def _slug(name: str) -> str:
    return re.sub(r"[\s\-./]+", "_", name.strip().strip('"').casefold()).strip("_")


_BY_SLUG = {slug: key for key, names in _ALIASES.items() for slug in (key, *names)}


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(header_line: str) -> str:
    """The separator the header line uses most: semicolon, comma or tab."""
    counts = {sep: header_line.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=lambda sep: (counts[sep], sep == ","))


def map_header(names: list[str]) -> tuple[list[str | None], list[Problem]]:
    """Canonical column per position (None = empty heading), and header problems."""
    mapped: list[str | None] = []
    problems: list[Problem] = []
    for name in names:
        slug = _slug(name)
        key = _BY_SLUG.get(slug)
        if not slug:
            mapped.append(None)
        elif slug in NATIONAL_ID_COLUMNS:
            problems.append(Problem(0, name.strip(), "national_id_column"))
            mapped.append(None)
        elif key is None:
            problems.append(Problem(0, name.strip(), "unknown_column"))
            mapped.append(None)
        elif key in mapped:
            problems.append(Problem(0, name.strip(), "duplicate_column"))
            mapped.append(None)
        else:
            mapped.append(key)
    problems += [Problem(0, c, "missing_column") for c in REQUIRED_COLUMNS if c not in mapped]
    return mapped, problems


def _value(column: str, raw: str) -> tuple[Any, str | None]:
    text = raw.strip()
    field = participant_field(column)
    if field.kind is FieldKind.BOOL:
        if text.casefold() in _TRUE:
            return True, None
        return False, None if text.casefold() in _FALSE else "bad_yes_no"
    if field.kind is FieldKind.DATE:
        parsed = parse_date(text) if text else ""
        return (parsed, None) if parsed is not None else (text, "bad_date")
    if field.kind is FieldKind.CODE:
        code = text.casefold()
        if code and not is_known(field.code_list, code):
            return text, "unknown_code"
        return code, None
    value = raw if field.kind is FieldKind.LONG_TEXT else text
    return value, problem(field, value)


def check_row(line: int, header: list[str | None], cells: list[str]) -> ParsedRow:
    """Check one row's cells against their columns; values in stored form."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
        problems.append(Problem(line, "", "too_many_cells"))
    for column, raw in zip(header, cells, strict=False):
        if column is None:
            continue
        value, code = _value(column, raw)
        values[column] = value
        if code is not None:
            problems.append(Problem(line, column, code))
    if "first_name" in header and not str(values.get("first_name", "")).strip():
        if not any(p.column == "first_name" for p in problems):  # a short row has no cell
            problems.append(Problem(line, "first_name", "required"))
    return ParsedRow(line, values, tuple(problems))


def parse(data: bytes) -> tuple[list[ParsedRow], list[Problem], str, str]:
    """(rows, file problems, encoding, separator) of a CSV file's bytes."""
    if len(data) > MAX_BYTES:
        return [], [Problem(0, "", "file_too_large")], "", ""
    text, encoding = decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        return [], [Problem(0, "", "empty_file")], encoding, ""
    delimiter = sniff_delimiter(lines[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header, problems = map_header(next(reader))
        rows: list[ParsedRow] = []
        while True:
            line = reader.line_num + 1  # where the row starts (a quoted cell may span lines)
            cells = next(reader, None)
            if cells is None:
                break
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) >= MAX_ROWS:
                return [], [Problem(0, "", "too_many_rows")], encoding, delimiter
            rows.append(check_row(line, header, cells))
    except csv.Error:
        return [], [Problem(reader.line_num, "", "malformed")], encoding, delimiter
    if not rows and not problems:
        problems.append(Problem(0, "", "no_rows"))
    return rows, problems, encoding, delimiter
