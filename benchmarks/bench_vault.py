"""P4: vault operations (SQLCipher + change capture) vs the same ORM work on plain SQLite."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.paths import VaultPaths  # noqa: E402
from desktop_app.services.demo import demo_people  # noqa: E402
from desktop_app.storage.keystore import fast_kdf_for_tests  # noqa: E402
from desktop_app.storage.models import Base, Participant  # noqa: E402
from desktop_app.storage.vault import create_vault  # noqa: E402

PEOPLE = demo_people(1000)
EDITS = 200


def workload(transaction: Callable[[], Session]) -> None:
    """Insert 1,000 participants, autosave 200 single fields, list everyone."""
    with transaction() as session:
        session.add_all(Participant(first_name=f, last_name=lst, note=n) for f, lst, n in PEOPLE)
    with transaction() as session:
        ids = list(session.scalars(select(Participant.id)))
    for number in range(EDITS):
        with transaction() as session:
            session.get(Participant, ids[number]).note = f"edit {number}"
    with transaction() as session:
        assert len(session.scalars(select(Participant)).all()) == len(PEOPLE)


def plain_sqlite(folder: Path) -> float:
    engine = create_engine(f"sqlite:///{folder / 'plain.db'}")

    @event.listens_for(engine, "connect")
    def _pragmas(conn, _record) -> None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")

    Base.metadata.create_all(engine)

    def transaction():
        class _Tx:
            def __enter__(self) -> Session:
                self.session = Session(engine)
                self.session.begin()
                return self.session

            def __exit__(self, *exc) -> None:
                self.session.commit()
                self.session.close()

        return _Tx()

    start = time.perf_counter()
    workload(transaction)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def vault(folder: Path) -> float:
    opened = create_vault(
        VaultPaths(folder / "vault"), "benchmark passphrase", fast_kdf_for_tests()
    )
    start = time.perf_counter()
    workload(opened.transaction)
    elapsed = time.perf_counter() - start
    opened.close()
    return elapsed


def main() -> None:
    plain, ours = [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            plain.append(plain_sqlite(Path(tmp)))
        with tempfile.TemporaryDirectory() as tmp:
            ours.append(vault(Path(tmp)))
    p, o = statistics.median(plain), statistics.median(ours)
    print(f"P4 plain SQLite ORM : {p * 1000:7.0f} ms  (1,000 inserts, {EDITS} autosaves, list)")
    print(f"P4 Opstart vault    : {o * 1000:7.0f} ms  (SQLCipher + change capture)")
    print(f"P4 ratio            : {o / p:7.2f}x  (goal <= 3x)")


if __name__ == "__main__":
    main()
