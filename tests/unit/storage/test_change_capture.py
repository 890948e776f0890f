"""Every change to a syncable record becomes field operations in the same transaction."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop_app.core.changes import DELETE_FIELD
from desktop_app.core.hlc import HlcTimestamp
from desktop_app.storage.models import FieldStamp, OperationRow, Participant, Tombstone
from desktop_app.storage.vault import Vault


def _ops(vault: Vault) -> list[OperationRow]:
    with vault.transaction() as session:
        return list(session.scalars(select(OperationRow).order_by(OperationRow.seq)))


def test_insert_records_one_operation_per_field(vault: Vault) -> None:
    with vault.transaction() as session:
        session.add(Participant(first_name="Zoë", last_name="van IJsselmuiden"))
    ops = _ops(vault)
    assert [o.field for o in ops] == list(Participant.__sync_fields__)
    assert [o.field for o in ops][:3] == ["first_name", "last_name", "note"]
    assert json.loads(ops[0].value_json) == "Zoë"
    assert {o.device_id for o in ops} == {vault.device_id}
    assert {o.origin for o in ops} == {"local"}
    stamps = [HlcTimestamp.decode(o.hlc) for o in ops]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(ops)


def test_update_records_only_changed_fields_and_moves_the_stamp(vault: Vault) -> None:
    with vault.transaction() as session:
        person = Participant(first_name="Şükrü", last_name="Yılmaz")
        session.add(person)
    with vault.transaction() as session:
        found = session.get(Participant, person.id)
        assert found is not None
        found.note = "Wants a market stall."
        found.last_name = "Yılmaz"  # unchanged value: no operation
    ops = _ops(vault)
    assert [o.field for o in ops][-1] == "note"
    assert len(ops) == len(Participant.__sync_fields__) + 1
    with vault.transaction() as session:
        stamp = session.get(FieldStamp, ("participant", person.id, "note"))
        assert stamp is not None and stamp.hlc == ops[-1].hlc


def test_delete_records_a_tombstone(vault: Vault) -> None:
    with vault.transaction() as session:
        person = Participant(first_name="Małgorzata", last_name="Wójcik")
        session.add(person)
    with vault.transaction() as session:
        session.delete(session.get(Participant, person.id))
    ops = _ops(vault)
    assert ops[-1].field == DELETE_FIELD
    with vault.transaction() as session:
        tomb = session.get(Tombstone, ("participant", person.id))
        assert tomb is not None and tomb.kind == "deleted"


def test_a_failed_transaction_records_nothing(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction() as session:
        session.add(Participant(first_name="Søren", last_name="Ærø"))
        session.flush()
        raise RuntimeError("boom")
    assert _ops(vault) == []
    with vault.transaction() as session:
        assert session.scalars(select(Participant)).all() == []


def test_clock_survives_reopening(vault: Vault) -> None:
    from desktop_app.storage.vault import open_vault
    from tests.conftest import TEST_PASSPHRASE

    with vault.transaction() as session:
        session.add(Participant(first_name="A"))
    last = _ops(vault)[-1].hlc
    vault.close()
    reopened = open_vault(vault.paths, TEST_PASSPHRASE)
    try:
        assert reopened.device_id == vault.device_id
        assert reopened.clock.now().encode() > last
    finally:
        reopened.close()
