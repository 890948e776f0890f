"""Hybrid logical clock: monotonic, merges remote stamps, clamps far-future ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.hlc import MAX_DRIFT_MS, HlcTimestamp, HybridLogicalClock


class FakeWall:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


def test_local_stamps_increase_even_when_the_wall_clock_stands_still() -> None:
    wall = FakeWall(1_000)
    clock = HybridLogicalClock("a", wall)
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5
    assert stamps[-1] == HlcTimestamp(1_000, 4, "a")


def test_local_stamps_increase_when_the_wall_clock_goes_back() -> None:
    wall = FakeWall(5_000)
    clock = HybridLogicalClock("a", wall)
    first = clock.now()
    wall.now = 1_000
    assert clock.now() > first


def test_observe_moves_the_clock_past_a_remote_stamp() -> None:
    clock = HybridLogicalClock("a", FakeWall(1_000))
    clock.observe(HlcTimestamp(2_000, 7, "b"))
    assert clock.now() > HlcTimestamp(2_000, 7, "b")


def test_far_future_remote_stamp_is_clamped_and_counted() -> None:
    wall = FakeWall(1_000_000)
    clock = HybridLogicalClock("a", wall)
    year_ms = 365 * 24 * 3600 * 1000
    accepted = clock.observe(HlcTimestamp(1_000_000 + year_ms, 0, "skewed"))
    assert accepted.wall_ms == 1_000_000 + MAX_DRIFT_MS
    assert clock.clamped == 1
    wall.now += MAX_DRIFT_MS + 1
    assert clock.now().wall_ms == wall.now


def test_encode_decode_round_trip_and_sort_order() -> None:
    a = HlcTimestamp(1_700_000_000_000, 3, "dev1")
    b = HlcTimestamp(1_700_000_000_000, 12, "dev0")
    assert HlcTimestamp.decode(a.encode()) == a
    assert (a.encode() < b.encode()) == (a < b)


def test_decode_rejects_garbage() -> None:
    for text in ("", "abc", "1-2-3", "0000000000001-zz-x"):
        try:
            HlcTimestamp.decode(text)
        except ValueError:
            continue
        raise AssertionError(f"accepted {text!r}")


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10_000), st.integers(0, 5)), max_size=60))
def test_every_stamp_is_later_than_the_previous_one(events: list[tuple[bool, int, int]]) -> None:
    wall = FakeWall(5_000)
    clock = HybridLogicalClock("me", wall)
    last = clock.now()
    for is_remote, wall_ms, counter in events:
        wall.now = wall_ms
        if is_remote:
            clock.observe(HlcTimestamp(wall_ms + 3, counter, "other"))
        stamp = clock.now()
        assert stamp > last
        assert stamp.encode() > last.encode()
        last = stamp
