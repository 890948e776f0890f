"""Document speed against floors measured in the same run: `python benchmarks/bench_documents.py`.

Floors: a one-line reportlab page (Helvetica, nothing embedded) and the same page in the
bundled DejaVu font (one embedded subset). Goal: a typical handout <= 5x the DejaVu floor.
The business plan (§2.9 hairdresser, ~16 pages with charts) is reported against the same floor.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop_app.documents import fonts  # noqa: E402
from desktop_app.documents.batch import build_handouts_combined  # noqa: E402
from desktop_app.documents.business_plan import build_business_plan  # noqa: E402
from desktop_app.documents.catalogue import Catalogue  # noqa: E402
from desktop_app.documents.handout import (  # noqa: E402
    HandoutData,
    LanguageSkill,
    ModuleAttended,
    SmartGoal,
    WorkExperience,
    build_handout,
)
from desktop_app.documents.records import AgreedAction, CoachContact  # noqa: E402
from tests.unit.documents.plan_samples import make_plan  # noqa: E402

GOAL_RATIO = 5.0


def sample_handout(name: str) -> HandoutData:
    """A typical two-page handout for a fictional participant."""
    return HandoutData(
        display_name=name,
        preferred_name=name.split()[0],
        language="da",
        programme="Den Gode Opstart",
        cohort="Hold 4, efterår 2026",
        coach=CoachContact("Mette Holm", "+45 33 66 12 34", "mette.holm@example.dk"),
        education_level="EUD",
        courses=("Førstehjælp",),
        work_experience=(WorkExperience("Cykelmekaniker", "Detailhandel", 6),),
        skills=("Cykelmekanik", "Kundeservice", "Lager og logistik", "Kørekort B"),
        strengths="Jeg er god til at løse problemer & tale med kunder.",
        languages=(LanguageSkill("Dansk", "C2", "C1", "B2"), LanguageSkill("Engelsk", "B1")),
        motivation="Jeg vil være min egen chef og bruge det, jeg er god til.",
        business_idea="Mobil cykelreparation: jeg kommer ud til kunden med ladcykel og værktøj.",
        goals=(
            SmartGoal("Lave et budget for 12 måneder", "Godkendt af coachen", date(2026, 12, 15),
                      "in_progress"),
            SmartGoal("Finde tre samarbejdspartnere", "", date(2027, 1, 10)),
        ),
        modules=(ModuleAttended("Forretningsplan", date(2026, 9, 3)),
                 ModuleAttended("Bogføring", date(2026, 9, 10))),
        actions=(AgreedAction("Ring til tre cykelforretninger", date(2026, 12, 1)),),
        printed_on=date(2026, 11, 24),
    )


def seconds(job: Callable[[], object]) -> float:
    """Wall time of one call."""
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def interleaved(
    floor: Callable[[], object], job: Callable[[], object], rounds: int, floor_reps: int = 5
) -> tuple[float, float, float]:
    """(median floor s, median job s, median per-round ratio); the floor is re-measured
    beside every run so load from other processes hits both alike."""
    floor()
    job()
    floors, jobs, ratios = [], [], []
    for _ in range(rounds):
        f = statistics.median(seconds(floor) for _ in range(floor_reps))
        j = seconds(job)
        floors.append(f)
        jobs.append(j)
        ratios.append(j / f)
    return statistics.median(floors), statistics.median(jobs), statistics.median(ratios)


def minimal_page(font: str) -> bytes:
    """The floor: one canvas, one drawString, save."""
    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(font, 12)
    canvas.drawString(72, 720, "Søren Ærø")
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    """Measure and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=25, help="rounds for the single handout")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs of the 100-handout batch")
    parser.add_argument("--plan-runs", type=int, default=9, help="rounds for the business plan")
    args = parser.parse_args()

    regular = fonts.register_fonts()
    catalogue = Catalogue.load("da")
    handout = sample_handout("Søren Ærø")
    batch = [sample_handout(f"Deltager {i:03d}") for i in range(100)]

    def helvetica() -> bytes:
        return minimal_page("Helvetica")

    def dejavu() -> bytes:
        return minimal_page(regular)

    _, _, dejavu_vs_helvetica = interleaved(helvetica, dejavu, args.runs * 2)
    floor, single, single_ratio = interleaved(dejavu, lambda: build_handout(handout, catalogue),
                                              args.runs)
    _, combined, combined_ratio = interleaved(dejavu, lambda: build_handouts_combined(batch),
                                              args.batch_runs)
    plan = make_plan(language="da")
    _, plan_time, plan_ratio = interleaved(dejavu, lambda: build_business_plan(plan, catalogue),
                                           args.plan_runs)
    print(f"{'scenario':44} {'median ms':>10} {'x floor':>9}")
    print(f"{'floor: one drawString page, DejaVu embedded':44} {floor * 1000:10.2f} {1:9.1f}")
    print(f"{'  (DejaVu floor / Helvetica floor)':44} {'':>10} {dejavu_vs_helvetica:9.1f}")
    print(f"{'typical handout (2 pages)':44} {single * 1000:10.2f} {single_ratio:9.1f}")
    print(f"{'100 handouts, one combined PDF':44} {combined * 1000:10.2f} {combined_ratio:9.1f}")
    print(f"{'  per handout in that batch':44} {combined * 10:10.2f} {combined_ratio / 100:9.1f}")
    print(f"{'business plan (16 pages, 3 charts)':44} {plan_time * 1000:10.2f} {plan_ratio:9.1f}")
    verdict = "meets" if single_ratio <= GOAL_RATIO else "misses"
    print(f"handout = {single_ratio:.1f}x the floor: {verdict} the goal of <= {GOAL_RATIO:.0f}x")

if __name__ == "__main__":
    main()
