"""CLI: sync join FOLDER | sync now | sync status | sync log | sync leave."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_context import EXIT_ERROR, EXIT_OK, CliContext, print_json
from desktop_app.core.errors import OpstartError

TEAM_PASSPHRASE_ENV = "OPSTART_TEAM_PASSPHRASE"

_STATUS_TEXT = {
    "ok": "Synced.",
    "offline": "The shared folder could not be reached (not connected, or empty). "
    "Nothing was changed here; try again when it is connected.",
    "not_joined": "This vault has no team workspace yet. Run `opstart sync join FOLDER`.",
    "not_connected": "This vault does not sync with a shared folder yet. "
    "Run `opstart sync join FOLDER`.",
    "needs_passphrase": "The team passphrase was changed. Run `opstart sync join FOLDER` "
    "with the new team passphrase.",
    "workspace_damaged": "The team workspace file in the shared folder is damaged. "
    "Ask a colleague whose Opstart still syncs, or your IT contact.",
    "newer_version": "The shared folder was set up by a newer Opstart. Update Opstart to sync.",
    "publish_failed": "Changes from the others were received, but ours could not be written "
    "to the shared folder. They stay queued and are sent next time.",
    "busy": "Opstart is syncing this vault in another window. Try again in a moment.",
}


def register(sub: Any, common: argparse.ArgumentParser) -> list[str]:
    """Add the `sync` group; returns its name."""
    sync = sub.add_parser("sync", help="team sync through a shared folder")
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    join = actions.add_parser(
        "join", parents=[common], help="join the team workspace in FOLDER (or create one there)"
    )
    join.add_argument("folder", help="the shared folder (network drive, OneDrive, Dropbox…)")
    join.add_argument("--workspace", help="workspace id, when the folder holds several")
    join.add_argument(
        "--team-passphrase-file",
        help=f"read the team passphrase from this file (else {TEAM_PASSPHRASE_ENV})",
    )
    join.add_argument("--json", action="store_true", help="machine-readable output")
    for name, text in (
        ("now", "sync once now"),
        ("status", "show the sync status"),
        ("log", "show the sync log"),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("--json", action="store_true", help="machine-readable output")
    actions.add_parser("leave", parents=[common], help="stop syncing (keeps all data here)")
    return ["sync"]


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run a `sync` action."""
    from desktop_app.services.sync import SyncService

    service = SyncService(ctx.vault)
    handler = {"join": _join, "now": _now, "status": _status, "log": _log, "leave": _leave}
    return handler[args.action](args, service)


def _join(args: argparse.Namespace, service: Any) -> int:
    from desktop_app.services.sync_records import ConnectMode, FolderUnreachable

    folder = Path(args.folder)
    info = service.inspect_folder(folder)
    if not info.reachable:
        raise FolderUnreachable(
            "That folder cannot be reached. Check that the drive or cloud folder is connected."
        )
    creating = info.reachable and not info.workspaces
    passphrase = _team_passphrase(args.team_passphrase_file, confirm=creating)
    result = service.connect(folder, passphrase, ConnectMode.AUTO, args.workspace)
    run = service.sync_now()
    if args.json:
        print_json({"created": result.created, "workspace_id": result.workspace_id,
                    "folder": result.folder, "sync": _run_json(run)})  # fmt: skip
    else:
        verb = "Created a team workspace in" if result.created else "Joined the team workspace in"
        print(f"{verb} {result.folder}.")
        print(_summary(run))
    return EXIT_OK if run.status == "ok" else _fail(run.status)


def _now(args: argparse.Namespace, service: Any) -> int:
    run = service.sync_now()
    if args.json:
        print_json(_run_json(run))
    elif run.status == "ok":
        print(_summary(run))
    return EXIT_OK if run.status == "ok" else _fail(run.status)


def _status(args: argparse.Namespace, service: Any) -> int:
    status = service.status()
    data = {
        "connected": status.connected,
        "folder": status.folder,
        "workspace_id": status.workspace_id,
        "device_id": status.device_id,
        "online": status.online,
        "last_status": status.last_status,
        "last_attempt_at": _iso(status.last_attempt_at),
        "last_sync_at": _iso(status.last_sync_at),
        "open_conflicts": status.open_conflicts,
        "pending_changes": status.pending_changes,
        "problems": [{"code": p.code, "file": p.file_name} for p in status.problems],
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    if not status.connected:
        print("Team sync is off: this vault does not sync with a shared folder.")
        return EXIT_OK
    print(f"Shared folder: {status.folder}")
    print(f"Last sync: {_iso(status.last_sync_at) or 'never'}")
    if status.last_status and status.last_status != "ok":
        print(_STATUS_TEXT.get(status.last_status, status.last_status))
    print(f"Conflicts to review: {status.open_conflicts}")
    print(f"Changes waiting to be sent: {status.pending_changes}")
    return EXIT_OK


def _log(args: argparse.Namespace, service: Any) -> int:
    entries = service.log.entries()
    if args.json:
        print_json([
            {"at": _iso(e.at), "status": e.status, "problem": e.problem, "file": e.file_name,
             "applied": e.applied, "published": e.published, "conflicts": e.conflicts}
            for e in entries
        ])  # fmt: skip
        return EXIT_OK
    for e in entries:
        what = e.problem or e.status
        print(f"{_iso(e.at)}  {what:<18} {e.file_name or ''}".rstrip())
    return EXIT_OK


def _leave(_args: argparse.Namespace, service: Any) -> int:
    service.leave()
    print("Team sync is off. Everything stays on this computer.")
    return EXIT_OK


def _team_passphrase(file: str | None, confirm: bool) -> str:
    from desktop_app.cli_passphrase import read_passphrase

    if file or os.environ.get(TEAM_PASSPHRASE_ENV):
        return read_passphrase(file, env=TEAM_PASSPHRASE_ENV)
    if not sys.stdin or not sys.stdin.isatty():
        raise OpstartError(
            f"No team passphrase given. Set {TEAM_PASSPHRASE_ENV} or use --team-passphrase-file."
        )
    first = getpass.getpass("Team passphrase: ")
    if confirm and getpass.getpass("Repeat the team passphrase: ") != first:
        raise OpstartError("The two team passphrases are not the same. Nothing was changed.")
    return first


def _run_json(run: Any) -> dict[str, Any]:
    return {
        "status": run.status, "applied": run.applied, "published": run.published,
        "skipped": run.skipped, "conflicts": run.conflicts, "erased": run.erased,
        "compacted": run.compacted,
        "problems": [{"code": p.code, "file": p.file_name} for p in run.problems],
    }  # fmt: skip


def _summary(run: Any) -> str:
    text = f"Synced: {run.applied} changes received, {run.published} sent"
    if run.conflicts:
        text += f", {run.conflicts} new conflicts to review"
    if run.skipped:
        text += f", {run.skipped} files skipped (see `opstart sync log`)"
    return text + "."


def _fail(status: str) -> int:
    print(f"opstart: {_STATUS_TEXT.get(status, 'Sync did not finish.')}", file=sys.stderr)
    return EXIT_ERROR


def _iso(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None
