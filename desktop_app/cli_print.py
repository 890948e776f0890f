"""CLI: print profile | plan | meeting | cohort to PDF files, and the coach's contact details."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_context import EXIT_OK, CliContext, print_json
from desktop_app.core.errors import OpstartError

LANGUAGES = ("en", "da", "nl")


def register(sub: Any, common: argparse.ArgumentParser) -> list[str]:
    """Add the `print` group; returns its name."""
    group = sub.add_parser("print", help="print handouts, plans and meeting summaries to PDF")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", dest="doc_lang", choices=LANGUAGES, help="language of the document")
    profile = actions.add_parser(
        "profile", parents=[common, lang], help="the participant's handout (A4, to take home)"
    )
    profile.add_argument("id", help="participant id")
    profile.add_argument("--out", required=True, metavar="FILE.pdf")
    profile.add_argument(
        "--extra-field",
        action="append",
        default=[],
        metavar="FIELD",
        help="also print this coach-only field (repeatable), e.g. phone or benefit_type",
    )
    profile.add_argument("--ladder", action="store_true", help="include the participation ladder")
    plan = actions.add_parser("plan", parents=[common, lang], help="the business plan")
    plan.add_argument("id", help="participant id")
    plan.add_argument("--out", required=True, metavar="FILE.pdf")
    meeting = actions.add_parser(
        "meeting", parents=[common, lang], help="summary of one meeting for the participant"
    )
    meeting.add_argument("id", help="meeting id")
    meeting.add_argument("--out", required=True, metavar="FILE.pdf")
    cohort = actions.add_parser(
        "cohort", parents=[common, lang], help="handouts for everyone in a cohort"
    )
    cohort.add_argument("name", help="cohort name, as in the profiles")
    cohort.add_argument("--out", required=True, metavar="DIR", help="folder (or FILE.pdf)")
    cohort.add_argument(
        "--combined", action="store_true", help="one PDF with every handout instead of a folder"
    )
    contact = actions.add_parser(
        "contact", parents=[common], help="show or set the contact details documents print"
    )
    contact.add_argument("--name")
    contact.add_argument("--phone")
    contact.add_argument("--email")
    contact.add_argument("--json", action="store_true", help="machine-readable output")
    return ["print"]


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run a `print` action."""
    handler = {
        "profile": _profile,
        "plan": _plan,
        "meeting": _meeting,
        "cohort": _cohort,
        "contact": _contact,
    }[args.action]
    return handler(args, ctx)


def _target_file(out: str) -> Path:
    path = Path(out)
    if path.is_dir():
        raise OpstartError("--out must name a PDF file, not a folder.")
    if not path.parent.is_dir():
        raise OpstartError("The folder for --out does not exist. Create it first.")
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _write(ctx: CliContext, document: str, record_id: str, pdf: bytes, out: str) -> None:
    from desktop_app.documents.batch import write_atomic
    from desktop_app.services.printing import record_output

    target = _target_file(out)
    write_atomic(target, pdf)
    record_output(ctx.vault, document, [record_id], "file")
    print(f"Wrote {target}")


def _profile(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.printing import handout_pdf

    _target_file(args.out)  # fail before building
    pdf = handout_pdf(
        ctx.vault, args.id, args.doc_lang, args.extra_field, include_ladder=args.ladder
    )
    _write(ctx, "handout", args.id, pdf, args.out)
    return EXIT_OK


def _plan(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.printing import plan_pdf

    _target_file(args.out)
    pdf = plan_pdf(ctx.vault, args.id, args.doc_lang)
    _write(ctx, "plan", args.id, pdf, args.out)
    return EXIT_OK


def _meeting(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.printing import meeting_participant, meeting_summary_pdf

    _target_file(args.out)
    pdf = meeting_summary_pdf(ctx.vault, args.id, args.doc_lang)
    _write(ctx, "meeting_summary", meeting_participant(ctx.vault, args.id), pdf, args.out)
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    print(f"handouts: {done} of {total}", file=sys.stderr, flush=True)


def _cohort(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.documents.batch import (
        build_handouts_combined,
        handout_file_name,
        write_atomic,
        write_handouts_to_folder,
    )
    from desktop_app.services.printing import cohort_handouts, record_output

    out = Path(args.out)
    combined_file = args.combined and out.suffix.lower() == ".pdf"
    if combined_file and not out.parent.is_dir():
        raise OpstartError("The folder for --out does not exist. Create it first.")
    if out.exists() and not out.is_dir() and not combined_file:
        raise OpstartError("--out must name a folder (or a .pdf file with --combined).")
    items = cohort_handouts(ctx.vault, args.name, args.doc_lang)
    ids = [file_id for file_id, _ in items]
    if args.combined:
        target = out if combined_file else out / "handouts.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, build_handouts_combined([data for _, data in items], _progress))
        written = [target]
    else:
        existed = {n for n in map(handout_file_name, ids) if (out / n).exists()}
        try:
            written = write_handouts_to_folder(items, out, _progress)
        except BaseException:
            # Leave no half batch behind: remove this run's new files, keep older ones.
            for name in map(handout_file_name, ids):
                if name not in existed:
                    with contextlib.suppress(OSError):
                        (out / name).unlink()
            raise
    record_output(ctx.vault, "handout", ids, "file")
    print(f"Wrote {len(items)} handouts to {written[0] if args.combined else out}")
    return EXIT_OK


def _contact(args: argparse.Namespace, ctx: CliContext) -> int:
    from desktop_app.services.print_settings import coach_contact, save_coach_contact

    if any(value is not None for value in (args.name, args.phone, args.email)):
        current = coach_contact(ctx.vault)
        save_coach_contact(
            ctx.vault,
            args.name if args.name is not None else (current.name if current else ""),
            args.phone if args.phone is not None else (current.phone if current else ""),
            args.email if args.email is not None else (current.email if current else ""),
        )
    shown = coach_contact(ctx.vault)
    data = {
        "name": shown.name if shown else "",
        "phone": shown.phone if shown else "",
        "email": shown.email if shown else "",
    }
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return EXIT_OK
