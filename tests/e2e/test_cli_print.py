"""`opstart print profile | plan | cohort | meeting | contact` in a subprocess."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.services.plan_transfer import FORMAT, FORMAT_VERSION
from tests.canary import scan
from tests.e2e.test_cli import opstart
from tests.plan_answers import HAIRDRESSER

PEOPLE = (
    ("Søren", "Ærø", "da"),
    ("Zoë", "van IJsselmuiden", "nl"),
    ("Şükrü", "Yılmaz", "en"),
    ("Małgorzata", "Wójcik", "da"),
    ("Nguyễn Thị", "Minh Khai", "en"),
    ("Олена", "Коваленко", "nl"),
)
NOTE = "CANARYCLINOTE5521"
HEADINGS = {"da": "Min plan og mine fremskridt", "nl": "Mijn plan en voortgang",
            "en": "My plan and progress"}  # fmt: skip


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def _ok(*args: str) -> str:
    result = opstart(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A vault with the six names in cohort "Hold 4" and a plan for Søren."""
    root = tmp_path_factory.mktemp("print")
    folder = str(root / "D")
    _ok("init", "--data-dir", folder)
    csv = root / "people.csv"
    lines = ["first_name;last_name;cohort;preferred_language;country;business_idea;note"]
    for first, last, lang in PEOPLE:
        country = "nl" if lang == "nl" else "dk"
        lines.append(f'{first};{last};Hold 4;{lang};{country};"{first} & <{last}> ""AS""";{NOTE}')
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _ok("participants", "import", str(csv), "--data-dir", folder)
    csv.unlink()  # the referral list is the coach's own file, not part of what we check
    listing = json.loads(_ok("participants", "list", "--data-dir", folder, "--json"))
    ids = {f"{p['first_name']} {p['last_name']}": p["id"] for p in listing}
    plan = root / "plan.json"
    plan.write_text(
        json.dumps({"format": FORMAT, "format_version": FORMAT_VERSION, "answers": HAIRDRESSER}),
        encoding="utf-8",
    )
    _ok("plan", "import", str(plan), "--participant", ids["Søren Ærø"], "--data-dir", folder)
    _ok("print", "contact", "--name", "Mette Holm", "--phone", "+45 33 66 12 34",
        "--data-dir", folder)  # fmt: skip
    return {"root": root, "dir": folder, "ids": ids}


def test_every_name_prints_exactly_in_its_language(data):
    root, folder = data["root"], data["dir"]
    for first, last, lang in PEOPLE:
        out = root / f"one-{lang}-{len(first)}.pdf"
        pid = data["ids"][f"{first} {last}"]
        stdout = _ok("print", "profile", pid, "--out", str(out), "--data-dir", folder)
        assert str(out) in stdout
        text = _text(out)
        assert f"{first} {last}" in text
        assert f'{first} & <{last}> "AS"' in text  # markup prints as typed
        assert HEADINGS[lang] in text and "Mette Holm" in text
        assert NOTE not in text
        assert _pages(out) == 1


def test_lang_overrides_and_coach_may_tick_in_a_field(data):
    out = data["root"] / "override.pdf"
    pid = data["ids"]["Søren Ærø"]
    _ok("print", "profile", pid, "--out", str(out), "--lang", "nl", "--extra-field", "note",
        "--data-dir", data["dir"])  # fmt: skip
    text = _text(out)
    assert HEADINGS["nl"] in text and NOTE in text
    bad = opstart("print", "profile", pid, "--out", str(out), "--extra-field", "pin",
                  "--data-dir", data["dir"])  # fmt: skip
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert "cannot print the field pin" in bad.stderr


def test_plan_prints_with_figures(data):
    out = data["root"] / "plan.pdf"
    _ok("print", "plan", data["ids"]["Søren Ærø"], "--out", str(out), "--data-dir", data["dir"])
    text = " ".join(_text(out).split())
    assert "Forretningsplan" in text and "Søren Ærø" in text
    assert "Families in Gellerup" in text and "51.500,00 kr." in text
    assert 12 <= _pages(out) <= 20
    english = data["root"] / "plan-en.pdf"
    _ok("print", "plan", data["ids"]["Søren Ærø"], "--out", str(english), "--lang", "en",
        "--data-dir", data["dir"])  # fmt: skip
    assert "Business plan" in _text(english)


def test_cohort_to_a_folder_and_to_one_file(data):
    folder = data["root"] / "cohort"
    stdout = _ok("print", "cohort", "hold 4", "--out", str(folder), "--data-dir", data["dir"])
    assert "Wrote 6 handouts" in stdout
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"handout-{pid}.pdf" for pid in data["ids"].values())
    combined = data["root"] / "all.pdf"
    result = opstart("print", "cohort", "Hold 4", "--combined", "--out", str(combined),
                     "--data-dir", data["dir"])  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "handouts: 6 of 6" in result.stderr  # progress
    assert _pages(combined) == 6
    text = _text(combined)
    assert all(f"{first} {last}" in text for first, last, _ in PEOPLE)
    assert NOTE not in text
    # Nothing personal anywhere on disk but inside the PDFs the coach asked for.
    outside = [f for f, _ in scan(data["root"], [NOTE]) if not f.endswith(".pdf")]
    assert outside == []


def test_errors_are_one_plain_line(data, tmp_path):
    folder, sukru = data["dir"], data["ids"]["Şükrü Yılmaz"]
    cases = [
        (("print", "profile", "0" * 32, "--out", str(tmp_path / "x.pdf")),
         "That participant no longer exists."),
        (("print", "plan", sukru, "--out", str(tmp_path / "x.pdf")),
         "This participant has no business plan yet."),
        (("print", "profile", sukru, "--out", str(tmp_path / "missing" / "x.pdf")),
         "does not exist"),
        (("print", "meeting", "f" * 32, "--out", str(tmp_path / "x.pdf")),
         "That meeting no longer exists."),
        (("print", "cohort", "Nobody", "--out", str(tmp_path / "c")),
         "No participant is in that cohort."),
        (("print", "contact", "--email", "not-an-address"), "e-mail address"),
    ]  # fmt: skip
    for args, message in cases:
        result = opstart(*args, "--data-dir", folder)
        assert result.returncode == 1, args
        assert result.stderr.startswith("opstart: ") and result.stderr.count("\n") == 1, args
        assert message in result.stderr, args
    assert list(tmp_path.iterdir()) == []
    assert opstart("print", "profile", sukru, "--data-dir", folder).returncode == 2
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = opstart("print", "cohort", "Hold 4", "--out", str(blocker / "sub"),
                     "--data-dir", folder)  # fmt: skip
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "Check the folder" in result.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_that_cannot_be_written_is_a_plain_error(data, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = opstart("print", "cohort", "Hold 4", "--out", str(locked), "--data-dir",
                         data["dir"])  # fmt: skip
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1
    assert "not allowed to write to that folder" in result.stderr
    assert list(locked.iterdir()) == []
