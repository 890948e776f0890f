"""Hybrid logical clock (Kulkarni et al.) used to order field-level edits."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# A remote stamp further ahead than this is clamped, so one laptop with a wrong
# clock cannot win every future conflict.
MAX_DRIFT_MS = 5 * 60 * 1000
_COUNTER_MAX = 0xFFFF


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    """A point on the hybrid clock; compares as (wall_ms, counter, device_id)."""

    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        """Fixed-width text that sorts like the timestamp itself."""
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.device_id}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        """Parse `encode()` output; raises ValueError on anything else."""
        wall, counter, device = text.split("-", 2)
        if len(wall) != 13 or len(counter) != 4 or not device:
            raise ValueError("not an HLC timestamp")
        return cls(int(wall), int(counter, 16), device)


class HybridLogicalClock:
    """Thread-safe HLC for one device; `now()` for local events, `observe()` for remote."""

    def __init__(
        self,
        device_id: str,
        wall_clock: Callable[[], int] | None = None,
        last: HlcTimestamp | None = None,
    ) -> None:
        self.device_id = device_id
        self._wall = wall_clock or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        self._last_wall = last.wall_ms if last else 0
        self._last_counter = last.counter if last else 0
        self.clamped = 0  # how many remote stamps were too far ahead

    def now(self) -> HlcTimestamp:
        """Timestamp for a local event, strictly after every earlier one."""
        with self._lock:
            physical = self._wall()
            if physical > self._last_wall:
                self._last_wall, self._last_counter = physical, 0
            else:
                self._tick()
            return HlcTimestamp(self._last_wall, self._last_counter, self.device_id)

    def observe(self, remote: HlcTimestamp) -> HlcTimestamp:
        """Merge a received stamp; returns the stamp as accepted (clamped if far ahead)."""
        with self._lock:
            physical = self._wall()
            limit = physical + MAX_DRIFT_MS
            if remote.wall_ms > limit:
                self.clamped += 1
                remote = HlcTimestamp(limit, remote.counter, remote.device_id)
            if remote.wall_ms > self._last_wall and remote.wall_ms > physical:
                self._last_wall, self._last_counter = remote.wall_ms, remote.counter
                self._tick()
            elif physical > self._last_wall and physical > remote.wall_ms:
                self._last_wall, self._last_counter = physical, 0
            elif remote.wall_ms == self._last_wall:
                self._last_counter = max(self._last_counter, remote.counter)
                self._tick()
            else:
                self._tick()
            return remote

    def _tick(self) -> None:
        if self._last_counter >= _COUNTER_MAX:
            self._last_wall += 1
            self._last_counter = 0
        else:
            self._last_counter += 1
