"""Team sync use cases, shared by the GUI and the CLI: connect, sync now, status, leave.

The shared folder's path and the sync bookkeeping live in the vault; the team key too.
A lock file in the data folder keeps two processes (GUI and CLI) from syncing one vault
at once; the engine's own lock keeps threads of one process apart.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.passphrase import assess
from desktop_app.services.sync_log import SyncLogBook
from desktop_app.services.sync_records import (
    AlreadyConnected,
    ConnectMode,
    ConnectResult,
    FolderHoldsVault,
    FolderInfo,
    FolderUnreachable,
    NotConnected,
    NoWorkspace,
    ProblemView,
    RunStatus,
    SeveralWorkspaces,
    SyncBusy,
    SyncRun,
    SyncStatusView,
    WeakTeamPassphrase,
    WorkspaceExists,
)
from desktop_app.storage.change_capture import watch_local_commits
from desktop_app.storage.sync_lock import SyncLock
from desktop_app.storage.sync_store import VaultSyncStore
from desktop_app.storage.vault import Vault
from desktop_app.sync.engine import SyncEngine, adopt_team_keys, join
from desktop_app.sync.protocol import SyncState
from desktop_app.sync.workspace import (
    KdfParams,
    WorkspaceDamaged,
    WorkspaceMissing,
    WorkspaceTooNew,
    WrongTeamPassphrase,
    create_workspace,
    list_workspaces,
)

FAST_KDF_ENV = "OPSTART_TEST_FAST_KDF"
_log = logging.getLogger(__name__)


def team_kdf_from_environment() -> KdfParams:
    """Default team-key KDF cost, or a cheap one in test runs (OPSTART_TEST_FAST_KDF=1)."""
    if os.environ.get(FAST_KDF_ENV) == "1":
        from desktop_app.sync.workspace import fast_kdf_for_tests

        return fast_kdf_for_tests()
    return KdfParams()


class SyncService:
    """Team sync for one open vault."""

    def __init__(self, vault: Vault, kdf: KdfParams | None = None) -> None:
        self._vault = vault
        self._kdf = kdf or team_kdf_from_environment()
        self.store = VaultSyncStore(vault)
        self.log = SyncLogBook(vault)
        self._lock = SyncLock(vault.paths.root)
        self._engine: SyncEngine | None = None
        self._vacuum_due = False

    # -- connecting -----------------------------------------------------------------------
    def inspect_folder(self, folder: Path) -> FolderInfo:
        """Whether a folder is reachable and which team workspaces it holds (reads the share)."""
        if not folder.is_dir():
            return FolderInfo(False, ())
        return FolderInfo(True, tuple(list_workspaces(folder)))

    def connect(
        self,
        folder: Path,
        team_passphrase: str,
        mode: ConnectMode = ConnectMode.AUTO,
        workspace_id: str | None = None,
    ) -> ConnectResult:
        """Create a team workspace in `folder` or join the one there; does not sync yet."""
        folder = folder.expanduser().resolve()
        self._check_folder(folder)
        with self._locked():
            joined = self.log.settings().workspace_id
            found = list_workspaces(folder)
            if workspace_id is not None and workspace_id not in found:
                raise NoWorkspace("That team workspace is not in this folder.")
            create = mode is ConnectMode.CREATE or (mode is ConnectMode.AUTO and not found)
            if create:
                if found:
                    raise WorkspaceExists(
                        "This folder already holds a team workspace. Join it instead."
                    )
                self._refuse_other(joined, None)
                if not assess(team_passphrase).acceptable:
                    raise WeakTeamPassphrase(
                        "Choose a longer team passphrase: at least 10 characters, "
                        "for example four words."
                    )
                team = create_workspace(folder, team_passphrase, self._kdf)
                adopt_team_keys(self.store, team)
                chosen = team.workspace_id
            else:
                chosen = workspace_id or _only(found)
                self._refuse_other(joined, chosen)
                _join_plainly(self.store, folder, chosen, team_passphrase)
            self.log.set_folder(str(folder))
            self.log.record_event(RunStatus.CREATED if create else RunStatus.JOINED)
            self._engine = None
        return ConnectResult(create, chosen, str(folder))

    def leave(self) -> None:
        """Stop syncing: forget the folder, the team keys and the sync bookkeeping.

        Everything stays on this computer; joining again later republishes what is new."""
        with self._locked():
            self.store.save_team_keys({})
            self.store.save_sync_state("")
            self.log.set_folder("")
            self.log.record_event(RunStatus.LEFT)
            self._engine = None

    # -- syncing --------------------------------------------------------------------------
    def sync_now(self) -> SyncRun:
        """One round: read the others' changes, publish ours, compact when due."""
        folder = self.log.settings().folder
        if not folder:
            return SyncRun(RunStatus.NOT_CONNECTED)
        if not self._lock.acquire():
            return SyncRun(RunStatus.BUSY)
        try:
            run = self._round(Path(folder))
        finally:
            self._lock.release()
        self.log.record_run(run, datetime.now(UTC))
        return run

    def _round(self, folder: Path) -> SyncRun:
        if self._engine is None or self._engine.folder != folder:
            self._engine = SyncEngine(self.store, folder)
        erased_before = self.store.erased_records
        result = self._engine.sync_now()
        erased = self.store.erased_records - erased_before
        self._vacuum_due = self._vacuum_due or erased > 0
        if self._vacuum_due:
            self._vacuum()
        problems = tuple(ProblemView(p.code.value, p.file_name) for p in result.problems)
        return SyncRun(
            status=result.status.value,
            applied=result.applied,
            published=result.published,
            skipped=result.skipped,
            conflicts=result.conflicts,
            erased=erased,
            compacted=result.compacted,
            problems=problems,
        )

    def _vacuum(self) -> None:
        # Received erasures: rebuild the file so no freed page keeps the old bytes
        # (secure_delete already zeroes them). A busy database is tried again next round.
        from sqlalchemy.exc import DBAPIError

        from desktop_app.services.gdpr import vacuum

        try:
            vacuum(self._vault)
        except DBAPIError:
            _log.warning("vacuum after a received erasure postponed: database busy")
            return
        self._vacuum_due = False

    def retire_device(self, device_id: str) -> bool:
        """Remove a departed coach's folder once our snapshot carries their edits."""
        folder = self.log.settings().folder
        if not folder:
            raise NotConnected("This vault does not sync with a shared folder.")
        with self._locked():
            if self._engine is None:
                self._engine = SyncEngine(self.store, Path(folder))
            return self._engine.retire_device(device_id)

    # -- reading --------------------------------------------------------------------------
    def status(self) -> SyncStatusView:
        """Connection, last sync, conflicts and waiting changes; reads the vault only."""
        settings = self.log.settings()
        try:
            published = SyncState.from_text(self.store.load_sync_state()).published_local_seq
        except ValueError:
            published = 0
        return SyncStatusView(
            connected=bool(settings.folder and settings.workspace_id),
            folder=settings.folder,
            workspace_id=settings.workspace_id,
            device_id=self._vault.device_id,
            last_status=settings.last_status,
            last_attempt_at=settings.last_attempt_at,
            last_sync_at=settings.last_sync_at,
            open_conflicts=self.log.open_conflicts(),
            pending_changes=self.log.local_changes_after(published) if settings.folder else 0,
            problems=settings.problems,
        )

    def watch_local_changes(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` after every commit that holds local edits; returns "stop"."""
        return watch_local_commits(self._vault.session_factory, callback)

    # -- helpers --------------------------------------------------------------------------
    def _check_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            raise FolderUnreachable(
                "That folder cannot be reached. Check that the drive or cloud folder is "
                "connected, then try again."
            )
        data = self._vault.paths.root.resolve()
        if folder == data or folder.is_relative_to(data) or data.is_relative_to(folder):
            raise FolderHoldsVault(
                "Choose another shared folder: it must not contain, or be inside, the "
                "folder where this vault is kept."
            )

    def _refuse_other(self, joined: str, chosen: str | None) -> None:
        if joined and joined != chosen:
            raise AlreadyConnected(
                "This vault already syncs with another team workspace. Leave it first."
            )

    def _locked(self) -> _Held:
        return _Held(self._lock)


class _Held:
    """`with` the sync lock, or SyncBusy when another process holds it."""

    def __init__(self, lock: SyncLock) -> None:
        self._lock = lock

    def __enter__(self) -> None:
        if not self._lock.acquire():
            raise SyncBusy("Opstart is syncing this vault in another window. Try again soon.")

    def __exit__(self, *_exc: object) -> None:
        self._lock.release()


def _join_plainly(store: VaultSyncStore, folder: Path, workspace_id: str, passphrase: str) -> None:
    # The workspace module's messages are technical; these say what to do.
    try:
        join(store, folder, workspace_id, passphrase)
    except WrongTeamPassphrase:
        raise WrongTeamPassphrase(
            "That team passphrase does not open the team workspace in this folder. "
            "Ask a colleague for the current team passphrase."
        ) from None
    except WorkspaceTooNew:
        raise WorkspaceTooNew(
            "The team workspace was set up by a newer Opstart. Update Opstart to join it."
        ) from None
    except WorkspaceDamaged:
        raise WorkspaceDamaged(
            "The team workspace file in this folder is damaged. Ask a colleague whose "
            "Opstart still syncs, or your IT contact."
        ) from None
    except WorkspaceMissing:
        raise NoWorkspace("This folder holds no team workspace (any more).") from None


def _only(found: list[str]) -> str:
    if not found:
        raise NoWorkspace("This folder holds no team workspace yet.")
    if len(found) > 1:
        raise SeveralWorkspaces(
            "This folder holds several team workspaces. Name one with --workspace: "
            + ", ".join(found)
        )
    return found[0]
