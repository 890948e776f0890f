"""Batches: one combined PDF with per-handout page numbers, or a folder of neutral files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app import atomic_io
from desktop_app.documents import batch
from desktop_app.documents.batch import build_handouts_combined, write_handouts_to_folder
from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.handout import build_handout

PEOPLE = [
    ("Søren Ærø", "da"),
    ("Zoë van IJsselmuiden", "nl"),
    ("Şükrü Yılmaz", "en"),
    ("Олена Коваленко", "da"),
]


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def items(make_handout_data, make_full_handout_data):
    data = [make_handout_data(name, lang) for name, lang in PEOPLE]
    data[1] = make_full_handout_data(*PEOPLE[1])
    return data


def test_combined_pages_are_the_sum_of_single_handouts(items, page_texts):
    singles = [build_handout(item, Catalogue.load(item.language)) for item in items]
    combined = build_handouts_combined(items)
    texts = page_texts(combined)
    assert len(texts) == sum(pages(pdf) for pdf in singles)
    position = 0
    for item, single in zip(items, singles, strict=True):
        count = pages(single)
        own = texts[position : position + count]
        assert item.display_name in own[0]
        label = {"da": "Side {} af {}", "nl": "Pagina {} van {}", "en": "Page {} of {}"}
        for number, text in enumerate(own, start=1):
            assert label[item.language].format(number, count) in text
        position += count


def test_combined_reports_progress_in_order(items):
    calls: list[tuple[int, int]] = []
    build_handouts_combined(items, lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, len(items)) and calls[-1] == (len(items), len(items))
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_raising_from_progress_cancels(items):
    class Cancelled(Exception):
        pass

    def cancel_after_first(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        build_handouts_combined(items, cancel_after_first)


def test_combined_needs_at_least_one_handout():
    with pytest.raises(ValueError):
        build_handouts_combined([])


def test_combined_hundred_handouts_page_count(make_handout_data):
    data = make_handout_data("Nguyễn Thị Minh Khai", "en")
    single = pages(build_handout(data, Catalogue.load("en")))
    assert pages(build_handouts_combined([data] * 100)) == 100 * single


def test_folder_files_carry_only_the_neutral_id(items, tmp_path, pdf_text):
    ids = ["7f3a9c1e", "42", "p-0003", "a_4"]
    progress: list[tuple[int, int]] = []
    written = write_handouts_to_folder(
        list(zip(ids, items, strict=True)), tmp_path / "out", lambda d, t: progress.append((d, t))
    )
    assert [p.name for p in written] == [f"handout-{i}.pdf" for i in ids]
    assert sorted(os.listdir(tmp_path / "out")) == sorted(p.name for p in written)
    name_parts = {part.casefold() for item in items for part in item.display_name.split()}
    for path in written:
        assert not any(part in path.name.casefold() for part in name_parts)
    for path, item in zip(written, items, strict=True):
        assert item.display_name in pdf_text(path.read_bytes())
    assert progress == [(i, len(items)) for i in range(len(items) + 1)]


@pytest.mark.parametrize("bad", ["Søren Ærø", "../x", "a/b", "", "a b", ".hidden", "x" * 65])
def test_folder_refuses_ids_that_are_not_neutral_before_writing(bad, items, tmp_path):
    with pytest.raises(ValueError):
        write_handouts_to_folder([("ok-1", items[0]), (bad, items[1])], tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_folder_refuses_duplicate_ids(items, tmp_path):
    with pytest.raises(ValueError):
        write_handouts_to_folder([("1", items[0]), ("1", items[1])], tmp_path)


def test_failed_write_leaves_no_temp_file_and_keeps_the_old_file(items, tmp_path, monkeypatch):
    target = tmp_path / "handout-9.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_handouts_to_folder([("9", items[0])], tmp_path)
    assert os.listdir(tmp_path) == ["handout-9.pdf"]
    assert target.read_bytes() == b"old"


def test_replace_retries_while_the_file_is_held(tmp_path, monkeypatch):
    real_replace = os.replace
    attempts = []

    def flaky_replace(src: str, dst: Path) -> None:
        attempts.append(src)
        if len(attempts) < 3:
            raise PermissionError("held by another process")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    monkeypatch.setattr(atomic_io, "_RETRY_DELAY_S", 0.0)
    batch.write_atomic(tmp_path / "handout-1.pdf", b"%PDF-1.4")
    assert (tmp_path / "handout-1.pdf").read_bytes() == b"%PDF-1.4"
    assert len(attempts) == 3
