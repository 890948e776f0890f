"""The command line in a subprocess, as IT staff and scripts use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.services.demo import demo_people
from tests.canary import scan

PASS = "correct horse battery staple"


def opstart(*args: str, passphrase: str | None = PASS, fast: bool = True, **kw):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPSTART_")}
    if passphrase is not None:
        env["OPSTART_PASSPHRASE"] = passphrase
    if fast:
        env["OPSTART_TEST_FAST_KDF"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
        **kw,
    )


def test_version_and_usage() -> None:
    assert opstart("--version").stdout.startswith("Opstart ")
    bad = opstart("no-such-command")
    assert bad.returncode == 2


def test_thousand_participants_listed_and_no_names_on_disk(tmp_path: Path) -> None:
    data = str(tmp_path / "D")
    assert opstart("init", "--data-dir", data, fast=False).returncode == 0
    result = opstart("demo-data", "--data-dir", data, "--participants", "1000")
    assert result.returncode == 0, result.stderr
    listing = opstart("participants", "list", "--data-dir", data, "--json")
    assert listing.returncode == 0, listing.stderr
    people = json.loads(listing.stdout)
    assert len(people) == 1000
    assert {"id", "first_name", "last_name"} <= set(people[0])
    names = {f"{first} {last}" for first, last, _ in demo_people(1000)}
    assert scan(Path(data), names) == []


def test_wrong_passphrase_exits_1_with_one_plain_line(tmp_path: Path) -> None:
    data = str(tmp_path / "D")
    opstart("init", "--data-dir", data)
    result = opstart("participants", "list", "--data-dir", data, passphrase="wrong passphrase!")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "passphrase" in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_passphrase_and_missing_vault_are_plain(tmp_path: Path) -> None:
    data = str(tmp_path / "D")
    result = opstart("participants", "list", "--data-dir", data)
    assert result.returncode == 1 and "no vault" in result.stderr.lower()
    result = opstart("init", "--data-dir", data, passphrase=None)
    assert result.returncode == 1 and "OPSTART_PASSPHRASE" in result.stderr


def test_passphrase_file_add_show_and_check(tmp_path: Path) -> None:
    data = str(tmp_path / "D")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    base = ("--data-dir", data, "--passphrase-file", str(secret))
    assert opstart("init", *base, passphrase=None).returncode == 0
    added = opstart(
        "participants",
        "add",
        *base,
        "--first-name",
        "Şükrü",
        "--last-name",
        "Yılmaz",
        "--json",
        passphrase=None,
    )
    assert added.returncode == 0, added.stderr
    person = json.loads(added.stdout)
    shown = opstart("participants", "show", person["id"], *base, "--json", passphrase=None)
    assert json.loads(shown.stdout)["last_name"] == "Yılmaz"
    check = opstart("check", *base, "--json", passphrase=None)
    assert check.returncode == 0 and json.loads(check.stdout)["participants"] == 1


def test_damaged_keystore_exits_1_with_a_different_message(tmp_path: Path) -> None:
    data = tmp_path / "D"
    opstart("init", "--data-dir", str(data))
    (data / "keystore.json").write_text("{ broken", encoding="utf-8")
    result = opstart("participants", "list", "--data-dir", str(data))
    assert result.returncode == 1 and "damaged" in result.stderr
    assert "Traceback" not in result.stderr
