"""CSV import of referral lists: preview, plain per-row problems, all rows or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import OpstartError
from desktop_app.services.audit import AuditService
from desktop_app.services.csv_import import CsvImportService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.vault import Vault

HEADER = "first_name,last_name,email,phone,cohort,preferred_language"
GOOD = [
    "Søren,Ærø,soren@example.dk,+45 12 34 56 78,Aarhus 1,da",
    "Zoë,van IJsselmuiden,zoe@example.nl,06-12345678,Rotterdam 2,nl",
    "Şükrü,Yılmaz,,,Aarhus 1,tr",
]


def _csv(*lines: str, sep: str = ",") -> str:
    return "\n".join(line.replace(",", sep) for line in (HEADER, *lines)) + "\n"


@pytest.mark.parametrize(
    ("encoding", "sep"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-8", ";")],
)
def test_a_good_file_imports_every_row(vault: Vault, encoding: str, sep: str) -> None:
    importer = CsvImportService(vault)
    preview = importer.preview(_csv(*GOOD, sep=sep).encode(encoding))
    assert preview.ok and preview.problems() == []
    assert preview.delimiter == sep
    assert importer.commit(preview) == 3
    people = ParticipantService(vault).list_all()
    assert [p.display_name for p in people] == [
        "Søren Ærø",
        "Zoë van IJsselmuiden",
        "Şükrü Yılmaz",
    ]
    profile = ProfileService(vault).load(people[1].id)
    assert (profile["email"], profile["cohort"], profile["preferred_language"]) == (
        "zoe@example.nl",
        "Rotterdam 2",
        "nl",
    )
    assert {e.action for e in AuditService(vault).entries()} >= {"import"}


def test_old_excel_cp1252_with_semicolons(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "henvisninger.csv"
    path.write_bytes(_csv("Søren,Ærø,,,Hold 3,da", sep=";").encode("cp1252"))
    preview = CsvImportService(vault).preview_file(path)
    assert preview.ok and preview.encoding == "cp1252"
    assert preview.rows[0].values["last_name"] == "Ærø"


def test_problems_are_per_row_in_plain_words_and_nothing_is_imported(vault: Vault) -> None:
    ParticipantService(vault).create("Existing")
    importer = CsvImportService(vault)
    importer.commit(importer.preview(_csv(GOOD[0]).encode()))
    data = _csv(
        GOOD[1],
        ",Nobody,nobody@example.nl,,,",
        "Anna,Bakker,anna(at)example.nl,phone me,,klingon",
        "Bo,Dahl,soren@example.dk,,,",
        "Ib,Holm,ib@example.dk,,,,surprise",
    ).encode()
    preview = importer.preview(data)
    assert not preview.ok
    by_line = {row.line: [p.code for p in row.problems] for row in preview.rows}
    assert by_line == {
        2: [],
        3: ["required"],
        4: ["bad_email", "bad_phone", "unknown_code"],
        5: ["already_in_vault"],
        6: ["too_many_cells"],
    }
    messages = [p.message for p in preview.problems()]
    assert "Line 3: the first name is missing." in messages
    assert "Line 4, email: this is not an e-mail address." in messages
    assert any(m.startswith("Line 4, preferred_language: use one of da, nl, en") for m in messages)
    with pytest.raises(OpstartError, match="Nothing was imported"):
        importer.commit(preview)
    assert len(ParticipantService(vault).list_all()) == 2


def test_header_problems_block_the_whole_file(vault: Vault) -> None:
    preview = CsvImportService(vault).preview(
        b"first_name,CPR,favourite colour\nZo\xc3\xab,1,blue\n"
    )
    assert [p.code for p in preview.file_problems] == ["national_id_column", "unknown_column"]
    assert 'The column "CPR" holds national ID numbers' in preview.file_problems[0].message
    assert not preview.ok


def test_the_same_email_twice_in_a_file(vault: Vault) -> None:
    preview = CsvImportService(vault).preview(_csv(GOOD[0], GOOD[0].upper()).encode())
    assert [[p.code for p in r.problems] for r in preview.rows] == [
        ["duplicate_in_file"],
        ["duplicate_in_file"],
    ]


def test_an_unreadable_file(vault: Vault, tmp_path: Path) -> None:
    preview = CsvImportService(vault).preview_file(tmp_path / "missing.csv")
    assert [p.code for p in preview.file_problems] == ["unreadable"]
