"""Plan export to JSON and import from it (all or nothing), to move plans or keep examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.atomic_io import atomic_write_bytes
from desktop_app.core.errors import OpstartError
from desktop_app.core.finance.answers import is_known_key
from desktop_app.services.plans import PlanNotFound, PlanService, encode_answer, state_of
from desktop_app.storage.models import Participant
from desktop_app.storage.plan_models import Plan, PlanAnswer, PlanVersion, answer_id
from desktop_app.storage.vault import Vault

FORMAT = "opstart-plan"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024


class BadPlanFile(OpstartError):
    """The file is not a plan export this version can read."""

    code = "bad_plan_file"


def export_data(vault: Vault, plan_or_participant_id: str) -> dict[str, Any]:
    """The export of one plan: answers, unknown flags, versions, inputs and all figures."""
    plans = PlanService(vault)
    state = plans.find(plan_or_participant_id)
    result = plans.compute_state(state)
    with vault.transaction() as session:
        versions = [
            {
                "label": v.label,
                "created_hlc": v.created_hlc,
                "snapshot": json.loads(v.answers_json or "{}"),
            }
            for v in session.scalars(
                select(PlanVersion)
                .where(PlanVersion.plan_id == state.id)
                .order_by(PlanVersion.created_hlc)
            )
        ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "country": state.country,
        "language": state.language,
        "current_step": state.current_step,
        "status": state.status,
        "answers": dict(sorted(state.answers.items())),
        "unknown": sorted(state.unknown),
        "versions": versions,
        "inputs": result.inputs.to_dict(),
        "figures": result.figures.to_dict(),
    }


def export_plan(vault: Vault, plan_or_participant_id: str, out: Path) -> None:
    """Write the export atomically (nothing half-written on a crash)."""
    data = export_data(vault, plan_or_participant_id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(out, text.encode("utf-8"))


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadPlanFile("That file is too large to be a plan export.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BadPlanFile("That file does not exist. Check the name and folder.") from error
    except (UnicodeDecodeError, ValueError) as error:
        raise BadPlanFile("That file is not a plan export (it is not valid JSON).") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadPlanFile("That file is not an Opstart plan export.")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BadPlanFile("That plan was exported by a newer Opstart. Update Opstart first.")
    return data


def _checked(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    answers = data.get("answers")
    unknown = data.get("unknown", [])
    if not isinstance(answers, dict) or not isinstance(unknown, list):
        raise BadPlanFile("The plan export is incomplete: its answers are missing.")
    bad = [k for k in [*answers, *unknown] if not isinstance(k, str) or not is_known_key(k)]
    if bad:
        raise BadPlanFile("The plan export contains answers this version does not know.")
    for value in answers.values():
        encode_answer(value)
    return answers, [str(k) for k in unknown]


def import_plan(vault: Vault, path: Path, participant_id: str, replace: bool = False) -> str:
    """Create the participant's plan from an export; returns the new plan id."""
    data = _read(path)
    answers, unknown = _checked(data)
    country = answers.get("setup.country", data.get("country", "DK"))
    if country not in ("DK", "NL"):
        raise BadPlanFile("The plan export names a country Opstart does not know.")
    language = str(answers.get("setup.language", data.get("language", "en")))[:5]
    step = data.get("current_step", 0)
    if replace:
        PlanService(vault).delete_for_participant(participant_id)
    with vault.transaction() as session:
        if session.get(Participant, participant_id) is None:
            raise PlanNotFound("That participant no longer exists.")
        existing = session.scalars(select(Plan).where(Plan.participant_id == participant_id))
        if existing.first() is not None:
            raise OpstartError(
                "This participant already has a business plan. Use --replace to overwrite it.",
                code="plan_exists",
            )
        stamp = vault.clock.now().encode()
        plan = Plan(
            participant_id=participant_id,
            country=country,
            language=language,
            current_step=step if isinstance(step, int) and 0 <= step < 16 else 0,
            status="draft",
            created_hlc=stamp,
            updated_hlc=stamp,
        )
        session.add(plan)
        session.flush()
        for key in sorted(set(answers) | set(unknown)):
            session.add(
                PlanAnswer(
                    id=answer_id(plan.id, key),
                    plan_id=plan.id,
                    key=key,
                    value_json=encode_answer(answers.get(key)),
                    unknown=int(key in unknown),
                )
            )
        for version in data.get("versions") or []:
            if isinstance(version, dict) and isinstance(version.get("snapshot"), dict):
                session.add(
                    PlanVersion(
                        plan_id=plan.id,
                        label=str(version.get("label", ""))[:120],
                        created_hlc=vault.clock.now().encode(),
                        answers_json=encode_answer(version["snapshot"]),
                        inputs_json="{}",
                    )
                )
        session.flush()
        return state_of(session, plan).id
