"""Team sync: base stamps, never-reused operation seqs, unique conflicts, sync tables.

Revision ID: 0004_sync
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sync"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rebuilt with AUTOINCREMENT: a purge must never let a new operation reuse the seq of
    # one that sync already published.
    with op.batch_alter_table(
        "operations", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.add_column(sa.Column("base", sa.String(64), nullable=False, server_default=""))
    with op.batch_alter_table("field_stamps") as batch:
        batch.add_column(sa.Column("base", sa.String(64), nullable=False, server_default=""))
    # Keep one copy of each losing edit before the unique index goes on.
    op.execute(
        "DELETE FROM conflicts WHERE id NOT IN (SELECT min(id) FROM conflicts "
        "GROUP BY entity, record_id, field, losing_hlc)"
    )
    op.create_index(
        "ux_conflicts_loser",
        "conflicts",
        ["entity", "record_id", "field", "losing_hlc"],
        unique=True,
    )
    op.create_table(
        "sync_settings",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_team_keys",
        sa.Column("epoch", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("problem", sa.String(24), nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("published", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    for table in ("sync_log", "sync_team_keys", "sync_settings"):
        op.drop_table(table)
    op.drop_index("ux_conflicts_loser", table_name="conflicts")
    with op.batch_alter_table("field_stamps") as batch:
        batch.drop_column("base")
    with op.batch_alter_table("operations", recreate="always") as batch:
        batch.drop_column("base")
