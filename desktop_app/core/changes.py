"""Field-level change operations: the unit that change capture records and sync ships."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The field name of a whole-record delete. An erasure uses its own field so it
# outranks every edit, whatever the clocks say.
DELETE_FIELD = "__deleted__"
ERASE_FIELD = "__erased__"

JsonValue = Any  # str | int | float | bool | None | list | dict, JSON-serialisable


@dataclass(frozen=True)
class Operation:
    """One field of one record set to a value at a hybrid-clock time by a device."""

    entity: str  # table-level name, e.g. "participant"
    record_id: str  # UUID hex of the record
    field: str  # column name, or DELETE_FIELD / ERASE_FIELD
    value: JsonValue
    hlc: str  # HlcTimestamp.encode()
    device_id: str
    # The stamp of the value this edit replaced on its own device ("" = none or unknown):
    # lets merge tell an edit made on top of another from a concurrent one.
    base: str = ""

    def to_json(self) -> dict[str, JsonValue]:
        """Plain dict for bundles and exports."""
        data: dict[str, JsonValue] = {
            "entity": self.entity,
            "record_id": self.record_id,
            "field": self.field,
            "value": self.value,
            "hlc": self.hlc,
            "device_id": self.device_id,
        }
        if self.base:
            data["base"] = self.base
        return data

    @classmethod
    def from_json(cls, data: dict[str, JsonValue]) -> Operation:
        """Inverse of `to_json`; raises KeyError/TypeError on malformed input."""
        fields = ("entity", "record_id", "field", "hlc", "device_id")
        for name in fields:
            if not isinstance(data[name], str):
                raise TypeError(f"{name} must be text")
        base = data.get("base", "")
        if not isinstance(base, str):
            raise TypeError("base must be text")
        return cls(
            entity=data["entity"],
            record_id=data["record_id"],
            field=data["field"],
            value=data["value"],
            hlc=data["hlc"],
            device_id=data["device_id"],
            base=base,
        )
