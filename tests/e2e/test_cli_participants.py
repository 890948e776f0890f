"""`opstart participants list|show|import|export|erase` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.canary import scan
from tests.e2e.test_cli import opstart

CSV = (
    "first_name;last_name;email;phone;cohort;preferred_language\n"
    "Søren;Ærø;soren@example.dk;+45 12 34 56 78;Aarhus 1;da\n"
    "Zoë;van IJsselmuiden;zoe@example.nl;;Rotterdam 2;nl\n"
)


def _vault(tmp_path: Path) -> str:
    data = str(tmp_path / "D")
    assert opstart("init", "--data-dir", data).returncode == 0
    return data


def _people(data: str) -> list[dict]:
    listing = opstart("participants", "list", "--data-dir", data, "--json")
    assert listing.returncode == 0, listing.stderr
    return json.loads(listing.stdout)


def test_import_dry_run_then_import_list_and_show(tmp_path: Path) -> None:
    data = _vault(tmp_path)
    csv_file = tmp_path / "referrals.csv"
    csv_file.write_bytes(b"\xef\xbb\xbf" + CSV.encode())
    dry = opstart("participants", "import", str(csv_file), "--dry-run", "--data-dir", data)
    assert dry.returncode == 0, dry.stderr
    assert "2 participants can be imported" in dry.stdout
    assert _people(data) == []
    done = opstart("participants", "import", str(csv_file), "--data-dir", data)
    assert done.returncode == 0 and "2 participants imported" in done.stdout
    people = _people(data)
    assert [(p["first_name"], p["cohort"]) for p in people] == [
        ("Søren", "Aarhus 1"),
        ("Zoë", "Rotterdam 2"),
    ]
    assert {"id", "first_name", "last_name", "status", "ladder_step"} <= set(people[0])
    show = opstart("participants", "show", people[1]["id"], "--data-dir", data, "--json")
    profile = json.loads(show.stdout)
    assert profile["email"] == "zoe@example.nl" and profile["items"]["meeting"] == []
    text = opstart("participants", "show", people[0]["id"], "--data-dir", data)
    assert text.stdout.startswith("Søren Ærø\n") and "cohort: Aarhus 1" in text.stdout


def test_a_bad_file_reports_every_row_and_imports_nothing(tmp_path: Path) -> None:
    data = _vault(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV + ";Nobody;;;;\nAnna;Bakker;anna-at-example;;;xx\n", encoding="utf-8")
    result = opstart("participants", "import", str(bad), "--data-dir", data)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Line 4: the first name is missing."
    assert lines[1] == "Line 5, email: this is not an e-mail address."
    assert lines[-1].startswith("opstart: nothing was imported: 3 problem(s)")
    assert _people(data) == []
    report = opstart("participants", "import", str(bad), "--json", "--data-dir", data)
    assert [p["line"] for p in json.loads(report.stdout)["problems"]] == [4, 5, 5]


def test_export_then_erase_with_the_typed_name(tmp_path: Path) -> None:
    data = _vault(tmp_path)
    added = opstart(
        "participants", "add", "--first-name", "Şükrü", "--last-name", "Yılmaz", "--data-dir", data
    )
    pid = added.stdout.strip()
    out = tmp_path / "access-request.json"
    exported = opstart("participants", "export", pid, "--out", str(out), "--data-dir", data)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["records"]["participant"][0]["id"] == pid
    assert "First name: Şükrü" in out.with_suffix(".txt").read_text(encoding="utf-8")
    wrong = _erase_typing(data, pid, "Someone Else")
    assert wrong.returncode == 1 and "did not match" in wrong.stderr
    assert len(_people(data)) == 1
    right = _erase_typing(data, pid, "şükrü yılmaz")
    assert right.returncode == 0, right.stderr
    assert _people(data) == []
    assert scan(Path(data), ["Şükrü", "Yılmaz"]) == []


def _erase_typing(data: str, pid: str, typed: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPSTART_")}
    env |= {
        "OPSTART_PASSPHRASE": "correct horse battery staple",
        "OPSTART_TEST_FAST_KDF": "1",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "participants", "erase", pid, "--data-dir", data],
        input=typed + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        encoding="utf-8",
    )


def test_erase_yes_skips_the_prompt_and_unknown_ids_fail(tmp_path: Path) -> None:
    data = _vault(tmp_path)
    pid = opstart("participants", "add", "--first-name", "Zoë", "--data-dir", data).stdout.strip()
    assert opstart("participants", "erase", pid, "--yes", "--data-dir", data).returncode == 0
    again = opstart("participants", "erase", pid, "--yes", "--data-dir", data)
    assert again.returncode == 1
    assert again.stderr.strip() == "opstart: That participant no longer exists."
    no_tty = opstart("participants", "add", "--first-name", "Ib", "--data-dir", data)
    prompt = opstart("participants", "erase", no_tty.stdout.strip(), "--data-dir", data)
    assert prompt.returncode == 1 and "Scripts use --yes" in prompt.stderr
