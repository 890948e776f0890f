"""Participant profiles: profile columns, per-participant lists, team code lists, audit log.

Revision ID: 0002_profiles
Revises: 0001
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002_profiles"
down_revision = "0001"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = (
    "preferred_name", "date_of_birth", "gender", "national_id", "phone", "email", "address",
    "preferred_language", "country", "programme", "cohort", "referral_date",
    "referring_caseworker", "referring_office", "benefit_type", "benefit_start",
    "household_type", "education_level", "courses", "certificates", "skills", "strengths",
    "barriers", "barrier_note", "motivation_why", "business_idea", "assessment_decision",
    "assessment_date", "assessment_reason", "loan_payout_date", "loan_schedule", "loan_status",
    "status_date", "dropout_reason", "outcome", "outcome_date",
)  # fmt: skip
_INTEGER_COLUMNS = (
    "benefit_amount", "children_count", "partner_income", "motivation_start", "motivation_mid",
    "motivation_end", "loan_amount", "loan_instalment", "loan_arrears",
)  # fmt: skip


def _text(name: str, default: str = "") -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default=default)


def _flag(name: str, default: bool = False) -> sa.Column[bool]:
    return sa.Column(
        name, sa.Boolean(), nullable=False, server_default=sa.true() if default else sa.false()
    )


def _item_table(name: str, *columns: sa.Column[Any], extra_index: str = "") -> None:
    op.create_table(
        name,
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("participant_id", sa.String(32), nullable=False, server_default=""),
        sa.Column("created_hlc", sa.String(64), nullable=False, server_default=""),
        *columns,
    )
    op.create_index(f"ix_{name}_participant", name, ["participant_id"])
    if extra_index:
        op.create_index(f"ix_{name}_{extra_index.removesuffix('_id')}", name, [extra_index])


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        for name in _TEXT_COLUMNS:
            batch.add_column(_text(name))
        for name in _INTEGER_COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
        batch.add_column(_flag("interpreter_needed"))
        batch.add_column(_text("status", "active"))
    _item_table(
        "meetings", _text("held_on"), _text("kind"), _text("attendees"), _text("topics"),
        _text("shared_notes"), _text("coach_notes"),
    )  # fmt: skip
    _item_table(
        "agreed_actions",
        sa.Column("meeting_id", sa.String(32), nullable=False, server_default=""),
        _text("text"), _text("due_on"), _flag("done"),
        extra_index="meeting_id",
    )  # fmt: skip
    _item_table(
        "smart_goals", _text("goal"), _text("measure"), _text("deadline"),
        _text("status", "not_started"),
    )  # fmt: skip
    _item_table(
        "ladder_steps", _text("moment", "start"), sa.Column("step", sa.Integer(), nullable=True),
        _text("assessed_on"), _text("assessor"),
    )  # fmt: skip
    _item_table("modules_attended", _text("module"), _text("attended_on"))
    _item_table(
        "consent_records", _text("given_on"), _text("version"), _text("purposes"),
        _flag("photo"), _flag("data_sharing"),
    )  # fmt: skip
    _item_table(
        "work_experience", _text("role"), _text("sector"),
        sa.Column("years", sa.Float(), nullable=True),
    )  # fmt: skip
    _item_table(
        "language_skills", _text("language"), _text("speaking"), _text("reading"),
        _text("writing"),
    )  # fmt: skip
    _item_table(
        "checklist_scores", sa.Column("item", sa.Integer(), nullable=True), _text("score"),
        _text("comment"),
    )  # fmt: skip
    op.create_table(
        "code_list_entries",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("list_name", sa.String(40), nullable=False, server_default=""),
        sa.Column("code", sa.String(40), nullable=False, server_default=""),
        sa.Column("label", sa.Text(), nullable=False, server_default=""),
        sa.Column("country", sa.String(2), nullable=False, server_default=""),
        _flag("active", True),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("record_id", sa.String(32), nullable=False),
        sa.Column("detail", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    # Kept here, not imported from the models: a revision must not change later.
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for table in (
        "audit_log", "code_list_entries", "checklist_scores", "language_skills",
        "work_experience", "consent_records", "modules_attended", "ladder_steps",
        "smart_goals", "agreed_actions", "meetings",
    ):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("participants") as batch:
        for name in (*_TEXT_COLUMNS, *_INTEGER_COLUMNS, "interpreter_needed", "status"):
            batch.drop_column(name)
