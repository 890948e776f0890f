"""Reading referral lists as Danish and Dutch Excel saves them."""

from __future__ import annotations

from desktop_app.core.csv_rules import decode, map_header, parse, sniff_delimiter

HEADER = "first_name,last_name,email,phone,cohort,preferred_language"


def test_encodings_utf8_with_and_without_bom_utf16_and_cp1252() -> None:
    text = "first_name\nSøren\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")
    assert decode(text.encode("utf-16")) == (text, "utf-16")
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test_separator_is_taken_from_the_header() -> None:
    assert sniff_delimiter(HEADER) == ","
    assert sniff_delimiter(HEADER.replace(",", ";")) == ";"
    assert sniff_delimiter("first_name\tlast_name") == "\t"
    assert sniff_delimiter("first_name") == ","


def test_danish_and_dutch_column_names_and_refused_columns() -> None:
    mapped, problems = map_header(["Fornavn", "Achternaam", "E-mail", "Hold", "Sprog", ""])
    assert mapped == ["first_name", "last_name", "email", "cohort", "preferred_language", None]
    assert problems == []
    mapped, problems = map_header(["first_name", "CPR-nr", "shoe size", "First Name"])
    assert [p.code for p in problems] == [
        "national_id_column",
        "unknown_column",
        "duplicate_column",
    ]
    _, problems = map_header(["last_name"])
    assert [(p.code, p.column) for p in problems] == [("missing_column", "first_name")]


def test_rows_are_checked_and_normalised() -> None:
    data = (
        "first_name;last_name;email;referral_date;interpreter_needed;country;preferred_language\n"
        "Zoë;van IJsselmuiden;zoe@example.nl;01-03-2026;ja;NL;NL\n"
        '"Şükrü";"Yılmaz; jr.";not-an-email;31-02-2026;perhaps;xx;\n'
        "\n"
        ";Wójcik;;;;;\n"
    ).encode()
    rows, problems, encoding, delimiter = parse(data)
    assert (problems, encoding, delimiter) == ([], "utf-8", ";")
    first, second, third = rows
    assert first.problems == ()
    assert first.values["referral_date"] == "2026-03-01"
    assert first.values["interpreter_needed"] is True
    assert (first.values["country"], first.values["preferred_language"]) == ("nl", "nl")
    assert second.values["last_name"] == "Yılmaz; jr."
    assert [(p.line, p.column, p.code) for p in second.problems] == [
        (3, "email", "bad_email"),
        (3, "referral_date", "bad_date"),
        (3, "interpreter_needed", "bad_yes_no"),
        (3, "country", "unknown_code"),
    ]
    assert [(p.line, p.code) for p in third.problems] == [(5, "required")]


def test_whole_file_problems() -> None:
    assert [p.code for p in parse(b"")[1]] == ["empty_file"]
    assert [p.code for p in parse(HEADER.encode())[1]] == ["no_rows"]
    rows, problems, *_ = parse(b"first_name,last_name\nA,B,C\n")
    assert [p.code for p in rows[0].problems] == ["too_many_cells"]
