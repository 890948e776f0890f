"""The sync settings and log kept in the vault: codes, numbers, file names; nothing personal."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.services.sync_records import ProblemView, RunStatus, SyncLogEntry, SyncRun
from desktop_app.storage.models import Conflict, OperationRow
from desktop_app.storage.sync_models import SyncLogRow, SyncSetting
from desktop_app.storage.sync_store import STATE_KEY
from desktop_app.storage.vault import Vault

FOLDER = "folder"
LAST_STATUS = "last_status"
LAST_ATTEMPT = "last_attempt_at"
LAST_SYNC = "last_sync_at"
LAST_PROBLEMS = "last_problems"
KEEP_ENTRIES = 500
MAX_PROBLEMS_PER_ROUND = 50


@dataclass(frozen=True)
class SyncSettings:
    """The sync facts kept in the vault."""

    folder: str
    workspace_id: str
    last_status: str
    last_attempt_at: datetime | None
    last_sync_at: datetime | None
    problems: tuple[ProblemView, ...]


class SyncLogBook:
    """Reads and writes the sync settings and the sync log of one vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def settings(self) -> SyncSettings:
        """Folder, workspace and the last round's outcome."""
        with self._vault.transaction() as session:
            values = dict(session.execute(select(SyncSetting.key, SyncSetting.value)).all())
        try:
            workspace = json.loads(values.get(STATE_KEY) or "{}").get("workspace_id", "")
        except (ValueError, AttributeError):
            workspace = ""
        try:
            problems = tuple(ProblemView(c, f) for c, f in json.loads(values[LAST_PROBLEMS]))
        except (KeyError, ValueError, TypeError):
            problems = ()
        return SyncSettings(
            folder=values.get(FOLDER, ""),
            workspace_id=workspace if isinstance(workspace, str) else "",
            last_status=values.get(LAST_STATUS, ""),
            last_attempt_at=_parse_time(values.get(LAST_ATTEMPT)),
            last_sync_at=_parse_time(values.get(LAST_SYNC)),
            problems=problems,
        )

    def set_folder(self, folder: str) -> None:
        """Remember (or, with "", forget) the shared folder and the last round's outcome."""
        with self._vault.transaction() as session:
            if folder:
                session.merge(SyncSetting(key=FOLDER, value=folder))
            else:
                keys = (FOLDER, LAST_STATUS, LAST_ATTEMPT, LAST_SYNC, LAST_PROBLEMS)
                session.execute(delete(SyncSetting).where(SyncSetting.key.in_(keys)))

    def record_event(self, status: RunStatus) -> None:
        """A log line for joining, creating or leaving a workspace."""
        with self._vault.transaction() as session:
            session.add(_row(datetime.now(UTC), status.value))

    def record_run(self, run: SyncRun, at: datetime) -> None:
        """Keep the outcome of a round; a log line when something happened or changed."""
        if run.status in (RunStatus.BUSY, RunStatus.NOT_CONNECTED):
            return
        problems = [[p.code, p.file_name] for p in run.problems[:MAX_PROBLEMS_PER_ROUND]]
        with self._vault.transaction() as session:
            before = dict(session.execute(select(SyncSetting.key, SyncSetting.value)).all())
            new_problems = json.dumps(problems) != before.get(LAST_PROBLEMS, "[]")
            busy = run.applied or run.published or run.conflicts or run.erased
            if busy or new_problems or before.get(LAST_STATUS) != run.status:
                session.add(_row(at, run.status, run))
                if new_problems:
                    session.add_all(
                        _row(at, run.status, problem=p)
                        for p in run.problems[:MAX_PROBLEMS_PER_ROUND]
                    )
            stamp = at.isoformat(timespec="seconds")
            session.merge(SyncSetting(key=LAST_STATUS, value=run.status))
            session.merge(SyncSetting(key=LAST_ATTEMPT, value=stamp))
            session.merge(SyncSetting(key=LAST_PROBLEMS, value=json.dumps(problems)))
            if run.status == RunStatus.OK:
                session.merge(SyncSetting(key=LAST_SYNC, value=stamp))
            _prune(session)

    def entries(self, limit: int = KEEP_ENTRIES) -> list[SyncLogEntry]:
        """The newest log lines first."""
        query = select(SyncLogRow).order_by(SyncLogRow.id.desc()).limit(limit)
        with self._vault.transaction() as session:
            return [
                SyncLogEntry(
                    _parse_time(row.at) or datetime.now(UTC),
                    row.status,
                    row.problem,
                    row.file_name,
                    row.applied,
                    row.published,
                    row.conflicts,
                )  # fmt: skip
                for row in session.scalars(query)
            ]

    def open_conflicts(self) -> int:
        """How many conflicts wait for review."""
        with self._vault.transaction() as session:
            query = select(func.count()).select_from(Conflict).where(Conflict.resolved == 0)
            return int(session.scalar(query) or 0)

    def local_changes_after(self, seq: int) -> int:
        """Local changes with a log seq above `seq` (not yet published)."""
        query = (
            select(func.count())
            .select_from(OperationRow)
            .where(OperationRow.origin == "local", OperationRow.seq > seq)
        )
        with self._vault.transaction() as session:
            return int(session.scalar(query) or 0)


def _row(
    at: datetime, status: str, run: SyncRun | None = None, problem: ProblemView | None = None
) -> SyncLogRow:
    return SyncLogRow(
        at=at.isoformat(timespec="seconds"),
        status=status,
        problem=problem.code if problem else "",
        file_name=problem.file_name[:200] if problem else "",
        applied=run.applied if run else 0,
        published=run.published if run else 0,
        conflicts=run.conflicts if run else 0,
    )


def _prune(session: Session) -> None:
    newest = session.scalar(select(func.max(SyncLogRow.id))) or 0
    session.execute(delete(SyncLogRow).where(SyncLogRow.id <= newest - KEEP_ENTRIES))


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
