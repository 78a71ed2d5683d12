"""Normalisation: one spelling for matching, offsets that still point into the source.

Rows are phrases from Vietnamese government writing in both tone-placement styles and with the
invisible characters that copying from portals and PDFs leaves behind.
"""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vngovnlp.normalize import canonical_tones, normalize

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

TONE_ROWS = [
    # (as written, canonical)
    ("Tỉnh uỷ Bắc Kạn", "Tỉnh ủy Bắc Kạn"),
    ("Ủy ban nhân dân", "Ủy ban nhân dân"),
    ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
    ("xu thế hoà bình", "xu thế hòa bình"),
    ("sức khoẻ cộng đồng", "sức khỏe cộng đồng"),
    ("thuỷ lợi", "thủy lợi"),
    ("Quân uỷ Trung ương", "Quân ủy Trung ương"),
    # the pair is not at the end of the syllable: the tone stays where it is
    ("hoàn thành", "hoàn thành"),
    ("khoảng", "khoảng"),
    ("tuyển dụng", "tuyển dụng"),
    # qu + y: spelled the same in both styles
    ("quý III", "quý III"),
    ("quỹ đầu tư", "quỹ đầu tư"),
    ("Quỳnh Lưu", "Quỳnh Lưu"),
]


@pytest.mark.parametrize(("written", "canonical"), TONE_ROWS)
def test_canonical_tones(written: str, canonical: str) -> None:
    assert canonical_tones(written) == canonical


@pytest.mark.parametrize(("written", "canonical"), TONE_ROWS)
def test_decomposed_input_gives_the_same_canonical_text(written: str, canonical: str) -> None:
    assert normalize(NFD(written)).text == canonical


INVISIBLE_ROWS = [
    ("UBND\u200b tỉnh", "UBND tỉnh"),
    ("\ufeffNgày 26/9", "Ngày 26/9"),
    ("Bắc\u00a0Kạn", "Bắc Kạn"),
    ("Quân khu\u00ad 1", "Quân khu 1"),
    ("Sở Y tế\x07", "Sở Y tế"),
    ("Hội nghị\u2009sơ kết", "Hội nghị sơ kết"),
]


@pytest.mark.parametrize(("written", "clean"), INVISIBLE_ROWS)
def test_invisible_characters(written: str, clean: str) -> None:
    assert normalize(written).text == clean


@pytest.mark.parametrize(("written", "canonical"), TONE_ROWS + INVISIBLE_ROWS)
def test_every_character_maps_back_into_the_source(written: str, canonical: str) -> None:
    for source in (written, NFD(written)):
        n = normalize(source)
        for i, ch in enumerate(n.text):
            start, end = n.to_source(i, i + 1)
            base_letter = NFD(ch)[0]
            assert ch == " " or base_letter in NFD(source[start:end])
        whole = n.to_source(0, len(n.text))
        assert whole[0] >= 0 and whole[1] <= len(source)


def test_span_maps_to_the_decomposed_source() -> None:
    source = NFD("Phó Bí thư Tỉnh uỷ")
    n = normalize(source)
    start = n.text.index("Tỉnh ủy")
    s, e = n.to_source(start, start + len("Tỉnh ủy"))
    assert unicodedata.normalize("NFC", source[s:e]) == "Tỉnh uỷ"


def test_span_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        normalize("abc").to_source(2, 5)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_hostile_strings_never_crash_and_spans_stay_inside(text: str) -> None:
    n = normalize(text)
    assert len(n.starts) == len(n.text) == len(n.ends)
    previous_end = 0
    for i in range(len(n.text)):
        s, e = n.to_source(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= previous_end - (e - s)  # monotone: no character maps backwards
        previous_end = e


LINE_BREAK_ROWS = [
    # (written, normalised): one "\n" for every line break, whatever its spelling
    ("Tiêu đề\r\nNgày 26/9", "Tiêu đề\nNgày 26/9"),
    ("Tieu de\r\nNgay 26/9", "Tieu de\nNgay 26/9"),  # ASCII text takes the fast path
    ("Tiêu đề\rNgày 26/9\r", "Tiêu đề\nNgày 26/9\n"),
    ("Tiêu đề\u2028Ngày 26/9\u2029Hết", "Tiêu đề\nNgày 26/9\nHết"),
    ("Trang 1\x0cTrang 2\x0bdòng", "Trang 1\nTrang 2\ndòng"),
    ("Dòng\r\r\nTrống", "Dòng\n\nTrống"),
]


@pytest.mark.parametrize(("written", "expected"), LINE_BREAK_ROWS)
def test_line_breaks_become_newlines_mapped_to_the_source(written: str, expected: str) -> None:
    n = normalize(written)
    assert n.text == expected
    for i, ch in enumerate(n.text):
        s, e = n.to_source(i, i + 1)
        if ch == "\n":
            assert n.source[s:e] in ("\r\n", "\r", "\n", "\u2028", "\u2029", "\x0c", "\x0b")
        else:
            assert n.source[s:e] == ch
