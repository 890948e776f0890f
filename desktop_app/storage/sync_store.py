"""The vault as sync sees it: `VaultSyncStore` implements `sync.protocol.LocalStore`.

Storage never imports sync: the protocol is structural, and sync's state reaches us as
opaque text (ids, numbers and file names only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import and_, delete, select

from desktop_app.core.changes import ERASE_FIELD, Operation
from desktop_app.core.hlc import HlcTimestamp
from desktop_app.core.merge import ApplyReport, hlc_device
from desktop_app.storage.change_capture import REMOTE_KEY
from desktop_app.storage.erasure import ERASED
from desktop_app.storage.field_values import decode_value
from desktop_app.storage.models import (
    Conflict,
    FieldStamp,
    OperationRow,
    Tombstone,
    syncable_models,
)
from desktop_app.storage.sync_apply import RemoteApply
from desktop_app.storage.sync_models import SyncSetting, TeamKey
from desktop_app.storage.vault import Vault

STATE_KEY = "engine_state"


class VaultSyncStore:
    """LocalStore on the SQLCipher vault; every method is its own transaction."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.erased_records = 0  # records purged by received erasures (the caller vacuums)

    @property
    def device_id(self) -> str:
        """This vault's device id (uuid4 hex)."""
        return self._vault.device_id

    def local_operations_after(self, seq: int) -> list[tuple[int, Operation]]:
        """Operations authored here with a log seq above `seq`, ascending."""
        query = (
            select(OperationRow)
            .where(OperationRow.origin == "local", OperationRow.seq > seq)
            .order_by(OperationRow.seq)
        )
        with self._vault.transaction() as session:
            return [(row.seq, _operation(row)) for row in session.scalars(query)]

    def apply_remote(self, ops: Sequence[Operation]) -> ApplyReport:
        """Merge received operations into the real rows, in one transaction."""
        with self._vault.transaction() as session:
            session.info[REMOTE_KEY] = True  # our writes here are not local edits
            report = RemoteApply(session, syncable_models(), self._vault.clock).run(ops)
        self.erased_records += report.erased
        return report

    def snapshot_operations(self) -> list[Operation]:
        """The current operation of every field, every open conflict, every erasure marker."""
        logged = and_(
            OperationRow.hlc == FieldStamp.hlc,
            OperationRow.entity == FieldStamp.entity,
            OperationRow.record_id == FieldStamp.record_id,
            OperationRow.field == FieldStamp.field,
        )
        fields = (
            select(
                FieldStamp.entity, FieldStamp.record_id, FieldStamp.field, FieldStamp.hlc,
                FieldStamp.base, OperationRow.value_json,
            )
            .join(OperationRow, logged)
            .where(FieldStamp.field != ERASE_FIELD)
        )  # fmt: skip
        ops: list[Operation] = []
        with self._vault.transaction() as session:
            for entity, record_id, field, hlc, base, value_json in session.execute(fields):
                value = decode_value(value_json)
                ops.append(Operation(entity, record_id, field, value, hlc, hlc_device(hlc), base))
            for conflict in session.scalars(select(Conflict).where(Conflict.resolved == 0)):
                ops.append(_losing_operation(conflict))
            erased = select(Tombstone).where(Tombstone.kind == ERASED)
            for stone in session.scalars(erased):
                ops.append(
                    Operation(
                        stone.entity, stone.record_id, ERASE_FIELD, True, stone.hlc,
                        hlc_device(stone.hlc),
                    )
                )  # fmt: skip
        return ops

    def observe(self, hlc: HlcTimestamp) -> None:
        """Move the vault's clock past a received stamp (the clock clamps far-future ones)."""
        self._vault.clock.observe(hlc)

    def load_sync_state(self) -> str:
        """Sync's state document, or ""."""
        with self._vault.transaction() as session:
            row = session.get(SyncSetting, STATE_KEY)
            return row.value if row else ""

    def save_sync_state(self, state: str) -> None:
        """Keep sync's state document durably (one committed transaction)."""
        with self._vault.transaction() as session:
            session.merge(SyncSetting(key=STATE_KEY, value=state))

    def load_team_keys(self) -> dict[int, bytes]:
        """The team keys held in the vault, by epoch."""
        with self._vault.transaction() as session:
            return {row.epoch: bytes(row.key) for row in session.scalars(select(TeamKey))}

    def save_team_keys(self, keys: Mapping[int, bytes]) -> None:
        """Replace the team keys held in the vault."""
        with self._vault.transaction() as session:
            session.execute(delete(TeamKey))
            session.add_all(TeamKey(epoch=epoch, key=bytes(key)) for epoch, key in keys.items())


def _operation(row: OperationRow) -> Operation:
    return Operation(
        row.entity, row.record_id, row.field, decode_value(row.value_json), row.hlc,
        row.device_id, row.base,
    )  # fmt: skip


def _losing_operation(conflict: Conflict) -> Operation:
    return Operation(
        conflict.entity, conflict.record_id, conflict.field,
        decode_value(conflict.losing_value_json), conflict.losing_hlc, conflict.losing_device,
    )  # fmt: skip
