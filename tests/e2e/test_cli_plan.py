"""`opstart plan show | export | import` in a subprocess."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from tests.e2e.test_cli import opstart


def _ids(data: str) -> list[str]:
    listing = opstart("participants", "list", "--data-dir", data, "--json")
    return [p["id"] for p in json.loads(listing.stdout)]


def test_demo_plans_show_export_import(tmp_path: Path) -> None:
    data = str(tmp_path / "D")
    assert opstart("init", "--data-dir", data).returncode == 0
    made = opstart("demo-data", "--data-dir", data, "--participants", "12")
    assert made.returncode == 0, made.stderr
    assert "business plans" in made.stdout
    shown = [opstart("plan", "show", pid, "--data-dir", data, "--json") for pid in _ids(data)]
    plans = [json.loads(r.stdout) for r in shown if r.returncode == 0]
    assert len(plans) >= 3  # at least a quarter of 12
    plan = plans[0]
    for key in ("break_even", "living_test", "liquidity", "startup", "financing", "loans"):
        assert key in plan
    assert len(plan["liquidity"]) == 12
    opening = Decimal("0")
    for month in plan["liquidity"]:
        assert Decimal(month["opening"]) == opening
        closing = Decimal(month["opening"]) + Decimal(month["inflows"]) - Decimal(month["outflows"])
        assert Decimal(month["closing"]) == closing
        opening = closing
    assert plan["living_test"]["years"][0]["result"] in ("self_supporting", "partly", "not_yet")
    out = tmp_path / "plan.json"
    exported = opstart("plan", "export", plan["id"], "--out", str(out), "--data-dir", data)
    assert exported.returncode == 0, exported.stderr
    added = opstart("participants", "add", "--first-name", "Zoë", "--data-dir", data, "--json")
    new_person = json.loads(added.stdout)["id"]
    imported = opstart(
        "plan", "import", str(out), "--participant", new_person, "--data-dir", data, "--json"
    )
    assert imported.returncode == 0, imported.stderr
    copy = json.loads(opstart("plan", "show", new_person, "--data-dir", data, "--json").stdout)
    assert copy["startup"] == plan["startup"]
    assert copy["liquidity"] == plan["liquidity"]
    again = opstart("plan", "import", str(out), "--participant", new_person, "--data-dir", data)
    assert again.returncode == 1
    assert "already has a business plan" in again.stderr


def test_plan_errors_are_one_plain_line(tmp_path: Path) -> None:
    data = str(tmp_path / "D")
    assert opstart("init", "--data-dir", data).returncode == 0
    missing = opstart("plan", "show", "0" * 32, "--data-dir", data)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "opstart: No business plan was found for that id."
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = opstart("plan", "import", str(bad), "--participant", "x", "--data-dir", data)
    assert result.returncode == 1
    assert "not a plan export" in result.stderr
    assert opstart("plan", "show", "--data-dir", data).returncode == 2
