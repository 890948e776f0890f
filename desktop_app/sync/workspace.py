"""The shared workspace: folder layout and workspace.json with the wrapped team keys.

    <shared>/Opstart/<workspace-id>/workspace.json
    <shared>/Opstart/<workspace-id>/devices/<device-id>/<seq>.bundle | <seq>.snapshot

Each team-key epoch is a random 256-bit key, wrapped with AES-256-GCM under a key that
Argon2id derives from the team passphrase. When a coach leaves, `rotate_team_key` adds an
epoch under a new passphrase: new bundles use it, old epochs stay readable.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop_app.core.errors import OpstartError
from desktop_app.sync.bundle import is_id
from desktop_app.sync.writer import write_file_atomically

ROOT_NAME = "Opstart"
WORKSPACE_FILE = "workspace.json"
DEVICES_DIR = "devices"
FORMAT_NAME = "opstart-workspace"
WORKSPACE_VERSION = 1
_MAX_FILE = 1024 * 1024
_MAX_EPOCHS = 1000


class WorkspaceError(OpstartError):
    """A workspace that cannot be used; `code` says why."""


class WorkspaceMissing(WorkspaceError):
    """No workspace.json where expected (share not mounted, or wrong folder)."""

    code = "workspace_missing"


class WorkspaceDamaged(WorkspaceError):
    """workspace.json is unreadable, incomplete or fails its checksum."""

    code = "workspace_damaged"


class WorkspaceTooNew(WorkspaceError):
    """workspace.json was written by a newer Opstart."""

    code = "workspace_newer"


class WrongTeamPassphrase(WorkspaceError):
    """The checksum is fine but the team key does not unwrap: the passphrase is wrong."""

    code = "wrong_team_passphrase"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters for the team passphrase."""

    memory_kib: int = 262_144
    iterations: int = 2
    lanes: int = 2

    # Read-side bounds stop a crafted file from demanding absurd memory or time.
    BOUNDS = {"memory_kib": (1024, 2_097_152), "iterations": (1, 20), "lanes": (1, 16)}

    def validate(self) -> None:
        """Raise WorkspaceDamaged when a parameter is out of bounds."""
        for name, (low, high) in self.BOUNDS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise WorkspaceDamaged("KDF parameters out of bounds")
        if self.memory_kib < 8 * self.lanes:
            raise WorkspaceDamaged("KDF parameters out of bounds")

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 256-bit key that wraps the team keys."""
        # The same passphrase typed on macOS and Windows may arrive in different Unicode forms.
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        kdf = Argon2id(
            salt=salt, length=32, iterations=self.iterations, lanes=self.lanes,
            memory_cost=self.memory_kib,
        )  # fmt: skip
        return kdf.derive(secret)


def fast_kdf_for_tests() -> KdfParams:
    """Cheap parameters for tests only."""
    return KdfParams(memory_kib=1024, iterations=1, lanes=1)


@dataclass(frozen=True)
class TeamKeys:
    """Unwrapped team keys of one workspace; the vault keeps them."""

    workspace_id: str
    current_epoch: int
    keys: Mapping[int, bytes]


@dataclass(frozen=True)
class WorkspaceInfo:
    """What workspace.json says, checked but not yet unwrapped."""

    workspace_id: str
    kdf: KdfParams
    salt: bytes
    current_epoch: int
    wrapped: Mapping[int, tuple[bytes, bytes]]  # epoch -> (nonce, wrapped key)


def workspace_dir(shared: Path, workspace_id: str) -> Path:
    """The folder of one workspace inside the shared folder."""
    if not is_id(workspace_id):
        raise ValueError("not a workspace id")
    return shared / ROOT_NAME / workspace_id


def list_workspaces(shared: Path) -> list[str]:
    """Ids of the workspaces found in a shared folder (empty if unreachable)."""
    try:
        names = os.listdir(shared / ROOT_NAME)
    except OSError:
        return []
    return sorted(
        n for n in names if is_id(n) and (shared / ROOT_NAME / n / WORKSPACE_FILE).is_file()
    )


def create_workspace(shared: Path, passphrase: str, kdf: KdfParams | None = None) -> TeamKeys:
    """Create a new workspace with a random team key (epoch 1)."""
    team = TeamKeys(uuid.uuid4().hex, 1, {1: AESGCM.generate_key(bit_length=256)})
    _write(shared, team, passphrase, kdf or KdfParams())
    (workspace_dir(shared, team.workspace_id) / DEVICES_DIR).mkdir(exist_ok=True)
    return team


def join_workspace(shared: Path, workspace_id: str, passphrase: str) -> TeamKeys:
    """Unwrap every team key of a workspace with the team passphrase."""
    info = read_workspace(workspace_dir(shared, workspace_id))
    kek = info.kdf.derive(passphrase, info.salt)
    keys: dict[int, bytes] = {}
    for epoch, (nonce, wrapped) in info.wrapped.items():
        try:
            keys[epoch] = AESGCM(kek).decrypt(nonce, wrapped, _aad(info.workspace_id, epoch))
        except InvalidTag:
            raise WrongTeamPassphrase("the team passphrase does not unwrap the key") from None
    return TeamKeys(info.workspace_id, info.current_epoch, keys)


def rotate_team_key(
    shared: Path, team: TeamKeys, new_passphrase: str, kdf: KdfParams | None = None
) -> TeamKeys:
    """Start a new key epoch under a new passphrase; a departed coach cannot read new bundles."""
    info = read_workspace(workspace_dir(shared, team.workspace_id))
    missing = set(info.wrapped) - set(team.keys)
    if missing:
        raise WrongTeamPassphrase("rejoin first: this vault lacks some team keys")
    epoch = max(info.current_epoch, *team.keys) + 1
    keys = {**team.keys, epoch: AESGCM.generate_key(bit_length=256)}
    rotated = TeamKeys(team.workspace_id, epoch, keys)
    _write(shared, rotated, new_passphrase, kdf or info.kdf)
    return rotated


def read_workspace(wdir: Path) -> WorkspaceInfo:
    """Read and check workspace.json: format, version, checksum, then bounds."""
    try:
        with open(wdir / WORKSPACE_FILE, "rb") as handle:
            raw = handle.read(_MAX_FILE + 1)
    except FileNotFoundError:
        raise WorkspaceMissing("no workspace.json") from None
    except OSError as exc:
        raise WorkspaceMissing(f"workspace.json unreadable: {type(exc).__name__}") from None
    try:
        if len(raw) > _MAX_FILE:
            raise ValueError("too large")
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
            raise ValueError("not a workspace file")
        version = doc.get("version")
        if isinstance(version, int) and version > WORKSPACE_VERSION:
            raise WorkspaceTooNew("workspace.json is from a newer Opstart")
        checksum = doc.pop("checksum", None)
        if version != WORKSPACE_VERSION or checksum != _digest(doc):
            raise ValueError("checksum mismatch")
        return _parse(doc, wdir.name)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise WorkspaceDamaged(f"workspace.json damaged: {type(exc).__name__}") from None


def _parse(doc: dict[str, Any], folder_name: str) -> WorkspaceInfo:
    kdf_doc = doc["kdf"]
    if kdf_doc["name"] != "argon2id":
        raise ValueError("unknown KDF")
    kdf = KdfParams(kdf_doc["memory_kib"], kdf_doc["iterations"], kdf_doc["lanes"])
    kdf.validate()
    salt = _unb64(kdf_doc["salt"])
    if not 16 <= len(salt) <= 64:
        raise ValueError("bad salt")
    workspace_id, current = doc["workspace_id"], doc["current_epoch"]
    if workspace_id != folder_name or not isinstance(current, int):
        raise ValueError("workspace id does not match its folder")
    wrapped: dict[int, tuple[bytes, bytes]] = {}
    for item in doc["epochs"][:_MAX_EPOCHS]:
        nonce, key = _unb64(item["nonce"]), _unb64(item["wrapped_key"])
        if not isinstance(item["epoch"], int) or len(nonce) != 12 or len(key) != 48:
            raise ValueError("bad wrapped key")
        wrapped[item["epoch"]] = (nonce, key)
    if current not in wrapped:
        raise ValueError("current epoch missing")
    return WorkspaceInfo(workspace_id, kdf, salt, current, wrapped)


def _write(shared: Path, team: TeamKeys, passphrase: str, kdf: KdfParams) -> None:
    kdf.validate()
    salt = os.urandom(16)
    kek = kdf.derive(passphrase, salt)
    epochs = []
    for epoch, key in sorted(team.keys.items()):
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, key, _aad(team.workspace_id, epoch))
        epochs.append({"epoch": epoch, "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)})
    doc: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": WORKSPACE_VERSION,
        "workspace_id": team.workspace_id,
        "kdf": {"name": "argon2id", "memory_kib": kdf.memory_kib, "iterations": kdf.iterations,
                "lanes": kdf.lanes, "salt": _b64(salt)},
        "current_epoch": team.current_epoch,
        "epochs": epochs,
    }  # fmt: skip
    doc["checksum"] = _digest(doc)
    text = json.dumps(doc, indent=2, sort_keys=True) + "\n"
    write_file_atomically(workspace_dir(shared, team.workspace_id) / WORKSPACE_FILE, text.encode())


def _aad(workspace_id: str, epoch: int) -> bytes:
    return f"opstart-team-key|{WORKSPACE_VERSION}|{workspace_id}|{epoch}".encode()


def _digest(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text, validate=True)
