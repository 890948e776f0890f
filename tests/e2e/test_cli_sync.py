"""Two vaults in two data folders converge through one shared folder, with the CLI alone."""

from __future__ import annotations

import json
from pathlib import Path

from tests.canary import scan
from tests.e2e.test_cli import opstart

TEAM = "orchard lantern seven rivers"


def _init(tmp_path: Path, name: str) -> str:
    data = str(tmp_path / name)
    assert opstart("init", "--data-dir", data).returncode == 0
    return data


def _people(data: str) -> dict[str, dict]:
    listing = opstart("participants", "list", "--data-dir", data, "--json")
    assert listing.returncode == 0, listing.stderr
    return {p["id"]: p for p in json.loads(listing.stdout)}


def test_two_vaults_converge_through_one_folder(tmp_path: Path) -> None:
    a, b = _init(tmp_path, "laptop-a"), _init(tmp_path, "laptop-b")
    shared = tmp_path / "OneDrive - Team"
    shared.mkdir()
    team_file = tmp_path / "team.txt"
    team_file.write_text(TEAM + "\n", encoding="utf-8")
    key = ("--team-passphrase-file", str(team_file))

    created = opstart("sync", "join", str(shared), "--data-dir", a, *key, "--json")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["created"] is True
    added = opstart("participants", "add", "--first-name", "Zoë", "--last-name",
                    "van IJsselmuiden", "--data-dir", a, "--json")  # fmt: skip
    zoe = json.loads(added.stdout)["id"]
    assert opstart("sync", "now", "--data-dir", a).returncode == 0

    joined = opstart("sync", "join", str(shared), "--data-dir", b, *key)
    assert joined.returncode == 0, joined.stderr
    assert "Joined the team workspace" in joined.stdout
    assert _people(b)[zoe]["last_name"] == "van IJsselmuiden"

    added = opstart("participants", "add", "--first-name", "Søren", "--last-name", "Ærø",
                    "--data-dir", b, "--json")  # fmt: skip
    soren = json.loads(added.stdout)["id"]
    now = opstart("sync", "now", "--data-dir", b, "--json")
    assert now.returncode == 0 and json.loads(now.stdout)["published"] > 0
    assert opstart("sync", "now", "--data-dir", a).returncode == 0
    assert set(_people(a)) == set(_people(b)) == {zoe, soren}

    status = opstart("sync", "status", "--data-dir", a, "--json")
    info = json.loads(status.stdout)
    assert info["connected"] and info["online"] and info["open_conflicts"] == 0
    assert info["pending_changes"] == 0 and info["last_sync_at"]
    assert scan(shared, ["Zoë", "IJsselmuiden", "Søren", "Ærø"]) == []

    erase = opstart("participants", "erase", soren, "--yes", "--data-dir", a)
    assert erase.returncode == 0, erase.stderr
    for data in (a, b, a):
        assert opstart("sync", "now", "--data-dir", data).returncode == 0
    assert set(_people(b)) == {zoe}


def test_plain_errors_for_a_wrong_or_missing_team_passphrase(tmp_path: Path) -> None:
    a, b = _init(tmp_path, "a"), _init(tmp_path, "b")
    shared = tmp_path / "share"
    shared.mkdir()
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text(TEAM, encoding="utf-8")
    wrong.write_text("a different team phrase", encoding="utf-8")
    assert opstart("sync", "join", str(shared), "--data-dir", a,
                   "--team-passphrase-file", str(right)).returncode == 0  # fmt: skip
    bad = opstart("sync", "join", str(shared), "--data-dir", b,
                  "--team-passphrase-file", str(wrong))  # fmt: skip
    assert bad.returncode == 1
    assert "team passphrase does not open" in bad.stderr and "Traceback" not in bad.stderr
    missing = opstart("sync", "join", str(shared), "--data-dir", b)
    assert missing.returncode == 1 and "OPSTART_TEAM_PASSPHRASE" in missing.stderr
    unplugged = opstart("sync", "join", str(tmp_path / "gone"), "--data-dir", b)
    assert unplugged.returncode == 1 and "cannot be reached" in unplugged.stderr
    off = opstart("sync", "now", "--data-dir", b)
    assert off.returncode == 1 and "sync join" in off.stderr
    status = json.loads(opstart("sync", "status", "--data-dir", b, "--json").stdout)
    assert status["connected"] is False
    left = opstart("sync", "leave", "--data-dir", a)
    assert left.returncode == 0 and "stays on this computer" in left.stdout
