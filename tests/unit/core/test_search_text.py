"""Search folding agrees with the name collation key, and is fast on plain text."""

from __future__ import annotations

import pytest

from desktop_app.core.collation import name_key
from desktop_app.core.search_text import fold


@pytest.mark.parametrize(
    "text",
    [
        "Søren Ærø",
        "Zoë van IJsselmuiden",
        "Şükrü Yılmaz",
        "Małgorzata Wójcik",
        "Nguyễn Thị Minh Khai",
        "Олена Коваленко",
        "Café & Bäckerei",
        "plain ascii",
    ],
)
def test_fold_matches_name_key(text: str) -> None:
    assert fold(text) == name_key(text)


def test_a_typed_needle_finds_accented_text() -> None:
    assert fold("wojc") in fold("Małgorzata Wójcik")
    assert fold("AERO") in fold("Søren Ærø")
    assert fold("yilmaz") in fold("Şükrü Yılmaz")
