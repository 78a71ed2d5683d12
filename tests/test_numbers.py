"""Vietnamese numbers in digits and words.

Rows are counts in the shapes portal news writes them ("08 tập thể", "hai mươi cá nhân",
"một trăm linh năm"), written for these tests; negative rows must not parse as one number.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vngovnlp.numbers import NUMBER_PATTERN, NUMBER_WORDS_PATTERN, number_regex, parse_number

PARSE = [
    ("08", 8),
    ("12", 12),
    ("1.200", 1200),
    ("197", 197),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("lăm", 5),
    ("nhăm", 5),
    ("năm", 5),
    ("mười", 10),
    ("mười một", 11),
    ("mười lăm", 15),
    ("Mười Lăm", 15),
    ("hai mươi", 20),
    ("hai mươi mốt", 21),
    ("hai mươi tư", 24),
    ("ba mươi lăm", 35),
    ("ba chục", 30),
    ("một trăm", 100),
    ("một trăm linh năm", 105),
    ("hai trăm lẻ một", 201),
    ("hai trăm ba mươi tư", 234),
    ("một nghìn hai trăm", 1200),
    ("hai ngàn", 2000),
    ("một triệu hai trăm nghìn", 1_200_000),
    ("  hai   mươi  ", 20),
]

NOT_ONE_NUMBER = ["", "   ", "tập thể", "không", "mười năm", "hai ba", "1,2", "08 tập thể", "năm 2019"]


@pytest.mark.parametrize(("text", "value"), PARSE)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", NOT_ONE_NUMBER)
def test_not_one_number(text):
    assert parse_number(text) is None


FIND = [
    ("trao Bằng khen cho 08 tập thể và 12 cá nhân", ["08", "12"]),
    ("tặng hai mươi cá nhân và mười lăm tập thể", ["hai mươi", "mười lăm"]),
    ("khen thưởng một trăm linh năm cá nhân", ["một trăm linh năm"]),
    ("hai mươi năm xây dựng", ["hai mươi", "năm"]),  # "năm" after "mươi" is "year"
    ("mười năm qua", ["mười", "năm"]),
    ("hai nghìn năm lịch sử", ["hai nghìn", "năm"]),
    ("ngày 26.9 có 1.200 người", ["1.200"]),
    ("không có tập thể nào", []),
    ("bảy mươi tư cá nhân", ["bảy mươi tư"]),
]


@pytest.mark.parametrize(("text", "found"), FIND)
def test_number_pattern_finds_longest(text, found):
    assert [m.group() for m in re.finditer(NUMBER_PATTERN, text)] == found


@pytest.mark.parametrize("text", ["hai mươi", "mười lăm", "tư", "một trăm linh năm"])
def test_words_pattern_matches_words_only(text):
    assert re.fullmatch(NUMBER_WORDS_PATTERN, text)
    assert not re.search(NUMBER_WORDS_PATTERN, "08 và 12")


def test_pattern_embeds_in_a_larger_regex():
    rx = re.compile(rf"({NUMBER_PATTERN})\s+tập thể")
    assert rx.search("cho Hai Mươi tập thể").group(1) == "Hai Mươi"


@given(st.text(max_size=60))
def test_hostile_strings_never_crash(text):
    parse_number(text)
    for m in number_regex().finditer(text):
        value = parse_number(m.group())
        assert value is not None and value >= 0
