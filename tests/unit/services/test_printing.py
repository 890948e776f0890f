"""Printing services: what a handout, plan and meeting summary hold, and what they never hold."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.documents.batch import write_atomic
from desktop_app.services import printing
from desktop_app.services.audit import AuditService
from desktop_app.services.handout_data import EXTRA_FIELDS, FieldNotPrintable
from desktop_app.services.participants import ParticipantNotFound, ParticipantService
from desktop_app.services.plan_print_data import NoPlan
from desktop_app.services.plan_versions import PlanVersionService
from desktop_app.services.plans import PlanService
from desktop_app.services.print_settings import ContactInvalid, coach_contact, save_coach_contact
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.vault import Vault
from tests.canary import scan
from tests.plan_answers import HAIRDRESSER
from tests.unit.services.print_seed import PRINTED, seed_participant

NAMES = (
    ("Søren", "Ærø"),
    ("Zoë", "van IJsselmuiden"),
    ("Şükrü", "Yılmaz"),
    ("Małgorzata", "Wójcik"),
    ("Nguyễn Thị", "Minh Khai"),
    ("Олена", "Коваленко"),
)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Extracted text with line breaks made spaces (table cells wrap)."""
    return " ".join(text.split())


@pytest.fixture
def seeded(vault: Vault) -> dict[str, object]:
    return seed_participant(vault)


def _audit(vault: Vault) -> list[tuple[str, str, str]]:
    return [(e.action, e.record_id, e.detail) for e in reversed(AuditService(vault).entries())]


def _plan(vault: Vault, pid: str) -> str:
    plans = PlanService(vault)
    plan_id = plans.open_for(pid, "DK", "da").id
    for key, value in HAIRDRESSER.items():
        plans.save_answer(plan_id, key, value)
    return plan_id


def test_handout_prints_what_the_participant_takes_home(vault, seeded):
    pdf = printing.handout_pdf(vault, seeded["id"], include_ladder=True)
    text = flat(text_of(pdf))
    for expected in (
        "Søren Ærø",
        "Den Gode Opstart",
        "Hold 4 efterår",
        "Mobil cykelreparation & <service> for 'alle'",
        'Jeg vil være min egen chef – "helt" & <frit>',
        "Tålmodig & grundig <altid>",
        "Finde 10 faste kunder",
        "Ring til tre cykelforretninger",
        "Bogføring og regnskab",  # module code, in Danish
        "Gymnasial eller erhvervsuddannelse",  # education level
        "Modersmål",  # CEFR "native"
        "Cykelmekaniker",
        "Truckcertifikat",
        "Mette Holm",
        "+45 33 66 12 34",
        "Delvist selvforsørgende af min egen virksomhed",  # outcome, positive words
        "Deltagelsesstige",
        "Mine mål",
    ):
        assert expected in text, expected
    # Without the optional ladder, a fully filled profile fits the two pages a handout has.
    assert pages_of(printing.handout_pdf(vault, seeded["id"])) == 2


def test_handout_never_prints_coach_only_or_special_category_data(vault, seeded):
    pdf = printing.handout_pdf(vault, seeded["id"], "en", include_ladder=True)
    text = flat(text_of(pdf))
    assert "My goals" in text and "Søren Ærø" in text
    leaked = [c for c in seeded["canaries"] if c in text]
    leaked += [f"{key}: {shown}" for key, shown in PRINTED.items() if shown in text]
    assert leaked == []
    data = printing.handout_data(vault, seeded["id"], "en")
    assert [label for label, _ in data.extra_fields] == ["Where I am now"]


def test_opt_in_prints_exactly_the_ticked_fields(vault, seeded):
    pdf = printing.handout_pdf(vault, seeded["id"], "en", ["benefit_type", "barrier_note"])
    text = flat(text_of(pdf))
    assert "Kontanthjælp (cash benefit)" in text
    assert seeded["hidden"]["barrier_note"] in text
    others = [c for c in seeded["canaries"] if c != seeded["hidden"]["barrier_note"] and c in text]
    others += [k for k, shown in PRINTED.items() if k != "benefit_type" and shown in text]
    assert others == []


def test_every_extra_field_prints_when_ticked(vault, seeded):
    data = printing.handout_data(vault, seeded["id"], "en", EXTRA_FIELDS)
    labels = [label for label, _ in data.extra_fields]
    assert "Coach's notes" in labels and "CPR / BSN number" in labels
    text = flat(text_of(printing.handout_pdf(vault, seeded["id"], "en", EXTRA_FIELDS)))
    assert all(c in text for c in seeded["hidden"].values() if str(c).startswith("CANARY"))
    assert "DKK 987,654.32" in text and "11 November 1911" in text


def test_unknown_field_names_are_refused(vault, seeded):
    with pytest.raises(FieldNotPrintable):
        printing.handout_pdf(vault, seeded["id"], extra_fields=["password"])


@pytest.mark.parametrize(
    ("override", "heading"), [(None, "Mine mål"), ("en", "My goals"), ("nl", "Mijn doelen")]
)
def test_language_is_the_participants_unless_overridden(vault, seeded, override, heading):
    assert heading in text_of(printing.handout_pdf(vault, seeded["id"], override))


def test_language_falls_back_to_the_country(vault):
    pid = ParticipantService(vault).create("Şükrü", "Yılmaz").id
    profiles = ProfileService(vault)
    profiles.update_field(pid, "preferred_language", "tr")
    profiles.update_field(pid, "country", "nl")
    profiles.add_item(pid, "smart_goal", {"goal": "Tien klanten"})
    assert "Mijn doelen" in text_of(printing.handout_pdf(vault, pid))
    with pytest.raises(Exception, match="English"):
        printing.handout_pdf(vault, pid, "sv")


@pytest.mark.parametrize(("first", "last"), NAMES)
def test_every_name_prints_exactly(vault, first, last):
    pid = ParticipantService(vault).create(first, last).id
    ProfileService(vault).update_field(pid, "business_idea", f"{first} & <{last}>")
    text = text_of(printing.handout_pdf(vault, pid, "en"))
    assert f"{first} {last}" in text
    assert f"{first} & <{last}>" in text


def test_plan_holds_the_answers_the_figures_and_the_checklist(vault, seeded):
    pid = seeded["id"]
    plan_id = _plan(vault, pid)
    plans = PlanService(vault)
    plans.save_answer(plan_id, "checklist.2", {"score": "ok", "comment": "CANARYHEALTH42"})
    plans.save_answer(plan_id, "checklist.4", {"score": "needs_work", "comment": "Jobplan 1/12"})
    plans.save_answer(plan_id, "checklist.18", {"score": "approve", "comment": "Fint & klart"})
    pdf = printing.plan_pdf(vault, pid)
    text = flat(text_of(pdf))
    for expected in (
        "Forretningsplan",
        "Søren Ærø",
        "Families in Gellerup",  # idea.to_whom
        "Salon Nord · pris 300,00 kr. · styrke: Known · svaghed: Far away",
        "Mund til mund, Facebook / Instagram, Løbesedler",
        "CVR-nummer",
        "12345678",
        "51.500,00 kr.",  # total need (DOMAIN §2.9)
        "372.000,00 kr.",  # revenue year 1
        "Jobplan 1/12",
        "Godkend: Fint & klart",
        "Version 1 ·",
        "Mette Holm",
    ):
        assert expected in text, expected
    assert "CANARYHEALTH42" not in text
    assert not [c for c in seeded["canaries"] if c in text]
    assert pages_of(pdf) >= 12
    assert "Business plan" in text_of(printing.plan_pdf(vault, pid, "en"))


def test_plan_version_on_every_page(vault, seeded):
    pid = seeded["id"]
    plan_id = _plan(vault, pid)
    PlanVersionService(vault).save_version(plan_id, "Loan application")
    pages = [
        p.extract_text() for p in PdfReader(io.BytesIO(printing.plan_pdf(vault, pid, "en"))).pages
    ]
    assert all("Version 1 – Loan application" in page for page in pages)
    PlanService(vault).save_answer(plan_id, "idea.why_me", "Changed since")
    assert "Version 2 ·" in text_of(printing.plan_pdf(vault, pid, "en"))


def test_plan_errors_are_plain(vault, seeded):
    with pytest.raises(NoPlan):
        printing.plan_pdf(vault, seeded["id"])
    with pytest.raises(ParticipantNotFound):
        printing.plan_pdf(vault, "0" * 32)
    assert not printing.has_plan(vault, seeded["id"])


def test_meeting_summary_shares_notes_and_actions_never_coach_notes(vault, seeded):
    pdf = printing.meeting_summary_pdf(vault, seeded["meeting_id"], "en")
    text = flat(text_of(pdf))
    assert "Vi talte om priser & <kunder>." in text
    assert "Ring til tre cykelforretninger" in text
    assert "Midway meeting" in text and "8 December 2026" in text  # the next meeting
    assert not [c for c in seeded["canaries"] if c in text]
    assert pages_of(pdf) == 1
    with pytest.raises(printing.MeetingNotFound):
        printing.meeting_summary_pdf(vault, "f" * 32)


def test_every_print_and_export_is_audited_without_personal_data(vault, seeded):
    pid = seeded["id"]
    _plan(vault, pid)
    before = len(_audit(vault))
    printing.handout_pdf(vault, pid)
    printing.handout_pdf(vault, pid, extra_fields=["phone"])
    printing.plan_pdf(vault, pid)
    printing.meeting_summary_pdf(vault, seeded["meeting_id"])
    printing.record_output(vault, "handout", [pid], "printer")
    printing.record_output(vault, "plan", [pid], "file")
    assert _audit(vault)[before:] == [
        ("print", pid, "handout"),
        ("print", pid, "handout.extra:1"),
        ("print", pid, "plan"),
        ("print", pid, "meeting_summary"),
        ("print", pid, "handout.printer"),
        ("export", pid, "plan.file"),
    ]
    assert AuditService(vault).verify().ok


def test_cohort_handouts_in_name_order_each_in_its_language(vault):
    people = ParticipantService(vault)
    profiles = ProfileService(vault)
    ids = {}
    for (first, last), lang in zip(NAMES, ("da", "nl", "en", "da", "nl", "en"), strict=True):
        ids[last] = pid = people.create(first, last).id
        profiles.update_field(pid, "cohort", "Hold 4" if lang != "nl" else " hold 4 ")
        profiles.update_field(pid, "preferred_language", lang)
    profiles.update_field(people.create("Other").id, "cohort", "Hold 5")
    summary = [(c.name, c.participants) for c in printing.cohorts(vault)]
    assert summary == [("Hold 4", 6), ("Hold 5", 1)]
    items = printing.cohort_handouts(vault, "HOLD 4")
    by_name = [row.id for row in people.list_all() if row.id in set(ids.values())]
    assert [file_id for file_id, _ in items] == by_name
    assert {data.language for _, data in items} == {"da", "nl", "en"}
    assert [d.language for _, d in printing.cohort_handouts(vault, "hold 4", "en")] == ["en"] * 6
    assert sum(1 for a, _, d in _audit(vault) if (a, d) == ("print", "handout.batch")) == 12
    with pytest.raises(printing.CohortEmpty):
        printing.cohort_handouts(vault, "No such cohort")


def test_coach_contact_is_checked_and_printed(vault, seeded):
    assert coach_contact(vault).name == "Mette Holm"
    with pytest.raises(ContactInvalid):
        save_coach_contact(vault, "Mette", "call me maybe")
    with pytest.raises(ContactInvalid):
        save_coach_contact(vault, "Mette", "", "not an address")
    save_coach_contact(vault, "Sam Porter", "", "sam.porter@example.org")
    text = text_of(printing.handout_pdf(vault, seeded["id"], "en"))
    assert "Sam Porter" in text and "sam.porter@example.org" in text and "+45 33" not in text


def test_nothing_is_written_outside_the_output_file(vault, seeded, tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    pid = seeded["id"]
    _plan(vault, pid)
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    out = tmp_path / "out" / "handout.pdf"
    out.parent.mkdir()
    pdf = printing.handout_pdf(vault, pid, "en", ["note", "barrier_note"])
    printing.plan_pdf(vault, pid)
    printing.meeting_summary_pdf(vault, seeded["meeting_id"])
    printing.cohort_handouts(vault, "Hold 4 efterår")
    write_atomic(out, pdf)
    created = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    vault_files = {p for p in created if "data" in p.relative_to(tmp_path).parts}
    assert created - vault_files == {out}
    assert list(temp.iterdir()) == []
    # The ticked coach notes are in the file the coach asked for, and nowhere else.
    assert seeded["hidden"]["note"] in text_of(out.read_bytes())
    hits = scan(tmp_path, seeded["canaries"])
    assert [f for f, _ in hits if Path(f) != Path("out/handout.pdf")] == []
