"""Business plans: plans, plan answers, plan versions, country settings.

Revision ID: 0003_plans
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_plans"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("participant_id", sa.String(32), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("current_step", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_hlc", sa.String(64), nullable=False),
        sa.Column("updated_hlc", sa.String(64), nullable=False),
    )
    op.create_index("ix_plans_participant", "plans", ["participant_id"])
    op.create_table(
        "plan_answers",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("plan_id", sa.String(32), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("unknown", sa.Integer(), nullable=False),
    )
    op.create_index("ix_plan_answers_plan", "plan_answers", ["plan_id"])
    op.create_table(
        "plan_versions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("plan_id", sa.String(32), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("created_hlc", sa.String(64), nullable=False),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.Column("inputs_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_plan_versions_plan", "plan_versions", ["plan_id"])
    op.create_table(
        "country_settings",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("settings_json", sa.Text(), nullable=False),
        sa.Column("updated_hlc", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_index("ix_plan_versions_plan", "plan_versions")
    op.drop_index("ix_plan_answers_plan", "plan_answers")
    op.drop_index("ix_plans_participant", "plans")
    for table in ("country_settings", "plan_versions", "plan_answers", "plans"):
        op.drop_table(table)
