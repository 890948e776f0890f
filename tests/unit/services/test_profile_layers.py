"""The profile feature keeps the layering rule: services without Qt, core without storage."""

from __future__ import annotations

import subprocess
import sys

SERVICES = (
    "desktop_app.services.audit", "desktop_app.services.profiles", "desktop_app.services.meetings",
    "desktop_app.services.gdpr", "desktop_app.services.gdpr_export",
    "desktop_app.services.csv_import", "desktop_app.services.code_lists",
    "desktop_app.services.demo", "desktop_app.cli_participants",
)  # fmt: skip
CORE = (
    "desktop_app.core.profile_fields", "desktop_app.core.profile_values",
    "desktop_app.core.code_lists", "desktop_app.core.csv_rules", "desktop_app.core.search_text",
)  # fmt: skip


def _loaded(modules: tuple[str, ...]) -> set[str]:
    code = f"import sys; import {', '.join(modules)}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in out.stdout.split()}


def test_profile_services_do_not_load_qt() -> None:
    assert "PySide6" not in _loaded(SERVICES)


def test_profile_core_loads_neither_storage_nor_qt() -> None:
    loaded = _loaded(CORE)
    assert not {"PySide6", "sqlalchemy", "reportlab"} & loaded
