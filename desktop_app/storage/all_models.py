"""Imports every model module so their tables are mapped before a vault opens.

Each feature adds its model module to this import.
"""

from __future__ import annotations

from desktop_app.storage import (  # noqa: F401
    audit_models,
    models,
    plan_models,
    profile_models,
    sync_models,
)
