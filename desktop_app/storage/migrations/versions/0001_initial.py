"""Initial vault: participants, change log, LWW stamps, meta, tombstones, conflicts.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participants",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("first_name", sa.Text(), nullable=False),
        sa.Column("last_name", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_hlc", sa.String(64), nullable=False),
    )
    op.create_table(
        "operations",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(32), nullable=False),
        sa.Column("field", sa.String(80), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("origin", sa.String(8), nullable=False),
    )
    op.create_index("ix_operations_record", "operations", ["entity", "record_id"])
    op.create_index("ix_operations_origin_seq", "operations", ["origin", "seq"])
    op.create_index("ix_operations_hlc", "operations", ["hlc"])
    op.create_table(
        "field_stamps",
        sa.Column("entity", sa.String(40), primary_key=True),
        sa.Column("record_id", sa.String(32), primary_key=True),
        sa.Column("field", sa.String(80), primary_key=True),
        sa.Column("hlc", sa.String(64), nullable=False),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "tombstones",
        sa.Column("entity", sa.String(40), primary_key=True),
        sa.Column("record_id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(32), nullable=False),
        sa.Column("field", sa.String(80), nullable=False),
        sa.Column("losing_value_json", sa.Text(), nullable=False),
        sa.Column("losing_hlc", sa.String(64), nullable=False),
        sa.Column("losing_device", sa.String(32), nullable=False),
        sa.Column("winning_hlc", sa.String(64), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    for table in ("conflicts", "tombstones", "meta", "field_stamps", "operations", "participants"):
        op.drop_table(table)
