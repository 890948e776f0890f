"""Render the team-sync screens to PNG (status bar states, connect, conflicts, log).

Usage: python tools/sync_screenshots.py OUTDIR [--lang da]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPSTART_TEST_FAST_KDF", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)

    from dataclasses import replace

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from desktop_app.paths import VaultPaths
    from desktop_app.services.demo import add_demo_participants
    from desktop_app.services.participants import ParticipantService
    from desktop_app.services.profiles import ProfileService
    from desktop_app.services.sync import SyncService
    from desktop_app.services.sync_conflicts import ConflictService
    from desktop_app.services.sync_records import FolderInfo
    from desktop_app.services.vault_service import VaultService
    from desktop_app.storage.keystore import fast_kdf_for_tests
    from desktop_app.sync.workspace import WrongTeamPassphrase
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.sync.conflicts_dialog import ConflictsDialog
    from desktop_app.ui.sync.connect_dialog import ConnectDialog
    from desktop_app.ui.sync.sync_log_dialog import SyncLogDialog
    from desktop_app.ui.sync.team_sync import TeamSync

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    app.setFont(QFont("DejaVu Sans", 11))

    def shot(widget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{args.lang}.png"))

    root = Path(tempfile.mkdtemp(prefix="opstart-sync-shots-"))
    shared = root / "Team share"
    shared.mkdir()
    team = "orchard lantern seven rivers"
    a, b = (
        VaultService(VaultPaths(root / n), kdf=fast_kdf_for_tests()).create("screenshots 1234")
        for n in "ab"
    )
    sa, sb = SyncService(a), SyncService(b)
    sa.connect(shared, team)
    sb.connect(shared, team)
    add_demo_participants(a, 12)
    sa.sync_now()
    sb.sync_now()
    people = ParticipantService(a).list_all()
    for n, person in enumerate(people[:3]):
        ParticipantService(a).update_field(person.id, "note", f"Wants to start in spring ({n})")
        ParticipantService(b).update_field(person.id, "note", f"Start moved to autumn ({n})")
    ProfileService(a).update_field(people[0].id, "children_count", 2)
    ProfileService(b).update_field(people[0].id, "children_count", 3)
    sa.sync_now()
    sb.sync_now()
    # What cloud clients leave behind: a conflict copy and a stray file.
    theirs = shared / "Opstart" / sa.status().workspace_id / "devices" / b.device_id
    (theirs / "2 (conflicted copy 2026-01-05).bundle").write_bytes(b"x")
    (theirs / "desktop.ini").write_bytes(b"x")
    sa.sync_now()

    window = MainWindow()
    window.set_service(ParticipantService(a))
    sync = TeamSync(window)
    sync.vault = a
    sync.controller.service = sa
    window.resize(1280, 800)
    window.select_participant(people[0].id)
    status = sa.status()
    now = datetime.now(UTC)
    states = {
        "status-synced": replace(status, last_sync_at=now - timedelta(minutes=2)),
        "status-offline": replace(
            status,
            last_status="offline",
            pending_changes=4,
            last_sync_at=now - timedelta(hours=3),
        ),  # fmt: skip
        "status-off": replace(status, connected=False, open_conflicts=0),
        "status-problem": replace(status, last_status="needs_passphrase", open_conflicts=0),
    }
    sync.widget.show_status(states["status-synced"])
    sync.menu.update_for(states["status-synced"])
    shot(window, "sync-main-window")
    for name, state in states.items():
        sync.widget.show_status(state)
        app.processEvents()
        sync.widget.parentWidget().grab().save(str(out / f"{name}-{args.lang}.png"))
    sync.widget.show_status(status)
    sync.widget.set_syncing(True)
    app.processEvents()
    sync.widget.parentWidget().grab().save(str(out / f"status-syncing-{args.lang}.png"))

    create = ConnectDialog(sync.controller)
    create.folder_edit.setText(str(root / "OneDrive - Opstart team"))
    create._on_inspected(FolderInfo(True, ()))
    create.passphrase.edit.setText("blue kettle garden 42")
    create.repeat.edit.setText("blue kettle garden 42")
    shot(create, "sync-connect-create")
    join = ConnectDialog(sync.controller)
    join.folder_edit.setText(str(shared))
    join._on_inspected(FolderInfo(True, ("x",)))
    join.passphrase.edit.setText("wrong words here")
    join._on_failed(WrongTeamPassphrase("wrong"))
    shot(join, "sync-connect-join-wrong")

    conflicts = ConflictsDialog(ConflictService(a))
    shot(conflicts, "sync-conflicts")
    log = SyncLogDialog(sa.log.entries(), states["status-offline"])
    shot(log, "sync-log")
    for vault in (a, b):
        vault.close()
    print(f"wrote screenshots to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
