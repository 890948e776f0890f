"""DESIGN.md dependency rule: nothing below ui/ loads Qt; core loads no SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.cli import COMMAND_MODULES


def _loaded_after_import(modules: str, banned: str) -> bool:
    code = (
        f"import sys; import {modules}; "
        f"print(any(m.split('.')[0] == '{banned}' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def test_services_cli_and_storage_do_not_import_qt() -> None:
    modules = ", ".join(
        [
            "desktop_app.cli",
            *COMMAND_MODULES,
            "desktop_app.services.vault_service",
            "desktop_app.services.participants",
            "desktop_app.services.demo",
            "desktop_app.storage.vault",
        ]
    )
    assert not _loaded_after_import(modules, "PySide6")


def test_core_imports_neither_sqlalchemy_nor_qt_nor_reportlab() -> None:
    modules = "desktop_app.core.hlc, desktop_app.core.changes, desktop_app.core.validation"
    for banned in ("sqlalchemy", "PySide6", "reportlab"):
        assert not _loaded_after_import(modules, banned), banned
