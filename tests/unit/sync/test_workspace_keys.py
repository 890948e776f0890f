"""workspace.json: create, join, wrong passphrase vs damage, bounds, key epochs."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from desktop_app.sync import writer
from desktop_app.sync.bundle import BundleError, BundleKind, decode_bundle, encode_bundle
from desktop_app.sync.protocol import ProblemCode
from desktop_app.sync.workspace import (
    WORKSPACE_FILE,
    KdfParams,
    WorkspaceDamaged,
    WorkspaceMissing,
    WorkspaceTooNew,
    WrongTeamPassphrase,
    _digest,
    create_workspace,
    fast_kdf_for_tests,
    join_workspace,
    list_workspaces,
    read_workspace,
    rotate_team_key,
    workspace_dir,
)

PASS = "Ærø harbour lantern 7"
DEV = "d" * 32


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    return tmp_path / "share"


def _rewrite(path: Path, change: dict[str, object], fix_checksum: bool) -> None:
    doc = json.loads(path.read_text())
    doc.update(change)
    if fix_checksum:
        doc.pop("checksum")
        doc["checksum"] = _digest(doc)
    path.write_text(json.dumps(doc))


def test_create_then_join_gives_the_same_key(shared: Path) -> None:
    team = create_workspace(shared, PASS, fast_kdf_for_tests())
    assert list_workspaces(shared) == [team.workspace_id]
    joined = join_workspace(shared, team.workspace_id, PASS)
    assert joined.keys == team.keys and len(team.keys[1]) == 32
    names = sorted(p.name for p in workspace_dir(shared, team.workspace_id).iterdir())
    assert names == ["devices", WORKSPACE_FILE]


def test_passphrase_in_another_unicode_form_still_joins(shared: Path) -> None:
    team = create_workspace(shared, unicodedata.normalize("NFC", PASS), fast_kdf_for_tests())
    joined = join_workspace(shared, team.workspace_id, unicodedata.normalize("NFD", PASS))
    assert joined.keys == team.keys


def test_wrong_passphrase_and_damage_are_told_apart(shared: Path) -> None:
    team = create_workspace(shared, PASS, fast_kdf_for_tests())
    path = workspace_dir(shared, team.workspace_id) / WORKSPACE_FILE
    with pytest.raises(WrongTeamPassphrase):
        join_workspace(shared, team.workspace_id, "not the passphrase")
    doc = json.loads(path.read_text())
    wrapped = doc["epochs"][0]["wrapped_key"]
    doc["epochs"][0]["wrapped_key"] = ("A" if wrapped[0] != "A" else "B") + wrapped[1:]
    path.write_text(json.dumps(doc))
    with pytest.raises(WorkspaceDamaged):
        join_workspace(shared, team.workspace_id, PASS)
    path.write_bytes(b"{ half a file")
    with pytest.raises(WorkspaceDamaged):
        read_workspace(path.parent)
    path.unlink()
    with pytest.raises(WorkspaceMissing):
        read_workspace(path.parent)


def test_newer_format_is_refused(shared: Path) -> None:
    team = create_workspace(shared, PASS, fast_kdf_for_tests())
    path = workspace_dir(shared, team.workspace_id) / WORKSPACE_FILE
    _rewrite(path, {"version": 2}, fix_checksum=True)
    with pytest.raises(WorkspaceTooNew):
        read_workspace(path.parent)


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_kib": 64 * 1024 * 1024},
        {"iterations": 10_000},
        {"lanes": 0},
        {"memory_kib": "1024"},
        {"salt": "AAAA"},
        {"name": "scrypt"},
    ],
)
def test_kdf_parameters_are_bounds_checked_before_use(
    shared: Path, kdf: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    team = create_workspace(shared, PASS, fast_kdf_for_tests())
    path = workspace_dir(shared, team.workspace_id) / WORKSPACE_FILE
    doc = json.loads(path.read_text())
    _rewrite(path, {"kdf": {**doc["kdf"], **kdf}}, fix_checksum=True)

    def never(*_: object) -> bytes:
        raise AssertionError("KDF ran with unchecked parameters")

    monkeypatch.setattr(KdfParams, "derive", never)
    with pytest.raises(WorkspaceDamaged):
        join_workspace(shared, team.workspace_id, PASS)


def test_a_workspace_file_copied_into_another_folder_is_refused(shared: Path) -> None:
    team = create_workspace(shared, PASS, fast_kdf_for_tests())
    source = workspace_dir(shared, team.workspace_id) / WORKSPACE_FILE
    other = workspace_dir(shared, "0" * 32)
    other.mkdir(parents=True)
    (other / WORKSPACE_FILE).write_bytes(source.read_bytes())
    with pytest.raises(WorkspaceDamaged):
        read_workspace(other)


def test_rotation_locks_out_the_old_passphrase_and_the_old_key(shared: Path) -> None:
    team = create_workspace(shared, PASS, fast_kdf_for_tests())
    rotated = rotate_team_key(shared, team, "a brand new team phrase")
    assert rotated.current_epoch == 2 and rotated.keys[1] == team.keys[1]
    with pytest.raises(WrongTeamPassphrase):
        join_workspace(shared, team.workspace_id, PASS)
    rejoined = join_workspace(shared, team.workspace_id, "a brand new team phrase")
    assert rejoined.keys == rotated.keys and rejoined.current_epoch == 2
    new_bundle = encode_bundle(
        key=rotated.keys[2], epoch=2, workspace_id=team.workspace_id, device_id=DEV, seq=1,
        kind=BundleKind.OPS, operations=[],
    )  # fmt: skip
    for old_keys in (dict(team.keys), {2: team.keys[1]}):
        with pytest.raises(BundleError) as caught:
            decode_bundle(
                new_bundle,
                keys=old_keys,
                workspace_id=team.workspace_id,
                device_id=DEV,
                seq=1,
                kind=BundleKind.OPS,
            )
        assert caught.value.problem in {ProblemCode.UNKNOWN_EPOCH, ProblemCode.AUTH_FAILED}


def test_writes_are_atomic_and_leave_no_temp_files(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = create_workspace(shared, PASS, fast_kdf_for_tests())
    wdir = workspace_dir(shared, team.workspace_id)
    before = (wdir / WORKSPACE_FILE).read_bytes()

    def fail(src: Path, dst: Path) -> None:
        raise OSError("disk went away")

    monkeypatch.setattr(writer, "replace_with_retry", fail)
    with pytest.raises(OSError):
        rotate_team_key(shared, team, "another phrase here")
    assert (wdir / WORKSPACE_FILE).read_bytes() == before
    assert sorted(p.name for p in wdir.iterdir()) == ["devices", WORKSPACE_FILE]
