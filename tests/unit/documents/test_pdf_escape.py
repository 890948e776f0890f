"""Any text a person can type goes into a PDF without breaking it, and prints as typed."""

from __future__ import annotations

import io
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop_app.documents import styles
from desktop_app.documents.pdf import DocumentPart, PageDecoration, escape, paragraph, render_pdf

LETTERS = (
    string.ascii_letters + string.digits + "&<>\"';:!?.,()/-_#%*+=@[]{}|~^$€"
    + "ÆØÅæøåÄÖÜäöüßŞşİıĞğÇçŁłŃńÓóŚśŹźŻżĄąĘęễịạảấậữ"
    + "ΔήμητραΠαπαδοπούλουΩ" + "ОленаКоваленкоЖЩЇїЄє"
)
DECORATION = PageDecoration("Title & <co>", "Right", "Printed", "Page {page} of {pages}")


def one_paragraph_pdf(text: str) -> bytes:
    body = styles.document_styles().body
    return render_pdf(
        [DocumentPart(DECORATION, [paragraph(text, body)])], title="t", language="en"
    )


@pytest.mark.parametrize(
    ("typed", "markup"),
    [
        ("a & b", "a &amp; b"),
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("\"q\" 'q'", "\"q\" 'q'"),
        ("one\ntwo\r\nthree\rfour", "one<br/>two<br/>three<br/>four"),
        ("bell\x07 nul\x00 esc\x1b", "bell nul esc"),
        ("e\u0301", "é"),
    ],
)
def test_escape(typed, markup):
    assert escape(typed) == markup


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200))
def test_any_text_builds_a_pdf(text):
    assert one_paragraph_pdf(text).startswith(b"%PDF")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=LETTERS, min_size=1, max_size=40))
def test_printable_text_round_trips(text):
    page = PdfReader(io.BytesIO(one_paragraph_pdf(text))).pages[0]
    assert text in page.extract_text().splitlines()
