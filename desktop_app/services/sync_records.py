"""What the team-sync services return: plain frozen dataclasses and error codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop_app.core.errors import OpstartError


class RunStatus(StrEnum):
    """How a sync round ended, beyond the engine's own codes (SyncStatus values)."""

    OK = "ok"
    OFFLINE = "offline"
    NOT_JOINED = "not_joined"
    NEEDS_PASSPHRASE = "needs_passphrase"
    WORKSPACE_DAMAGED = "workspace_damaged"
    NEWER_VERSION = "newer_version"
    PUBLISH_FAILED = "publish_failed"
    BUSY = "busy"  # another Opstart (GUI or CLI) is syncing this vault right now
    NOT_CONNECTED = "not_connected"  # no shared folder chosen
    LEFT = "left"  # log only: the coach left the workspace
    JOINED = "joined"  # log only
    CREATED = "created"  # log only


class ConnectMode(StrEnum):
    """Create a workspace, join the one in the folder, or whichever fits (the CLI)."""

    AUTO = "auto"
    CREATE = "create"
    JOIN = "join"


class FolderUnreachable(OpstartError):
    """The chosen shared folder does not exist or cannot be read."""

    code = "folder_unreachable"


class FolderHoldsVault(OpstartError):
    """The shared folder and the vault's data folder overlap."""

    code = "folder_holds_vault"


class NoWorkspace(OpstartError):
    """Joining was asked for, but the folder holds no team workspace."""

    code = "no_workspace"


class WorkspaceExists(OpstartError):
    """Creating was asked for, but the folder already holds a team workspace."""

    code = "workspace_exists"


class SeveralWorkspaces(OpstartError):
    """The folder holds more than one workspace; the caller must name one."""

    code = "several_workspaces"


class AlreadyConnected(OpstartError):
    """This vault already syncs with another workspace; leave it first."""

    code = "already_connected"


class WeakTeamPassphrase(OpstartError):
    """A new team passphrase that is too weak."""

    code = "weak_team_passphrase"


class SyncBusy(OpstartError):
    """Another Opstart process is syncing this vault right now."""

    code = "sync_busy"


class NotConnected(OpstartError):
    """This vault does not sync with a shared folder."""

    code = "not_connected"


@dataclass(frozen=True)
class ProblemView:
    """A problem code and the shared-folder file it concerns (never personal)."""

    code: str
    file_name: str


@dataclass(frozen=True)
class SyncRun:
    """The outcome of one sync round."""

    status: str  # RunStatus value
    applied: int = 0
    published: int = 0
    skipped: int = 0
    conflicts: int = 0
    erased: int = 0
    compacted: bool = False
    problems: tuple[ProblemView, ...] = ()

    @property
    def changed_data(self) -> bool:
        """True when records on this computer changed (the GUI reloads its lists)."""
        return self.applied > 0 or self.erased > 0


@dataclass(frozen=True)
class FolderInfo:
    """What a shared folder holds, checked before connecting."""

    reachable: bool
    workspaces: tuple[str, ...]


@dataclass(frozen=True)
class ConnectResult:
    """A connection made: a workspace created here, or an existing one joined."""

    created: bool
    workspace_id: str
    folder: str


@dataclass(frozen=True)
class SyncStatusView:
    """What the status bar and `sync status` show; read from the vault only (never the share)."""

    connected: bool
    folder: str
    workspace_id: str
    device_id: str
    last_status: str  # RunStatus value, "" before the first round
    last_attempt_at: datetime | None
    last_sync_at: datetime | None  # last round that ended OK
    open_conflicts: int
    pending_changes: int  # local changes not yet in the shared folder
    problems: tuple[ProblemView, ...]

    @property
    def online(self) -> bool | None:
        """True/False after a round that reached / did not reach the folder; None before."""
        if not self.last_status:
            return None
        return self.last_status not in (RunStatus.OFFLINE, RunStatus.NOT_CONNECTED)


@dataclass(frozen=True)
class SyncLogEntry:
    """One line of the sync log, as codes; the GUI and CLI word them."""

    at: datetime
    status: str
    problem: str
    file_name: str
    applied: int
    published: int
    conflicts: int
