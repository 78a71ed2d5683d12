"""The year an article says is "this year": "Tuần lễ vải thiều năm 2017 ... tuần lễ vải thiều
năm nay" makes 2017 the year of the events it tells, so its undated days ("sáng nay (16/6)",
"ngày 20/6") are in 2017.

The article must tie "năm nay" to a year itself: the thing said to be "this year's" (the words
right before "năm nay": "kỳ thi năm nay", "cuộc tập trận năm nay") is written shortly before a
year elsewhere ("Kỳ thi THPT quốc gia năm 2017", "tập trận ... mang tên Gió biển 2017"). "Năm
nay" alone ("Năm nay, xóm chúng tôi gói 320 chiếc bánh") or after a count ("3 năm nay", "nhiều
năm nay": for years now) ties nothing. When the ties give several years, none is chosen.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ._dates_lexicon import NUM, alt, words

_REACH = 60   # how far before a year the thing named may stand ("Kỳ thi THPT quốc gia năm 2017")


@cache
def _this_year_re() -> re.Pattern[str]:
    w = words()
    return re.compile(rf"(?i:(?<![\w])(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+{w['rule_words']['year']}"
                      rf"\s+{alt('this_year_words')}(?!\w))")


@cache
def _not_noun_re() -> re.Pattern[str]:
    # a count or a vague amount before "năm nay" ("3 năm nay", "nhiều năm nay"), a word of time
    return re.compile(rf"(?i:(?:{NUM}|{alt('this_year_not_after')})$)")


@cache
def _year_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w]|[.,/-]\d)")


def this_year(text: str, compared: Callable[[int], bool] = lambda pos: False) -> int | None:
    """The year the article ties "năm nay" to, else ``None``; a year only compared with
    (``compared`` of its position: "sớm hơn năm 2016") ties nothing.

    Examples
    --------
    >>> this_year("Kỳ thi THPT quốc gia năm 2017 có điểm mới. Kỳ thi năm nay diễn ra sớm.")
    2017
    >>> this_year("Năm 2016 lỗ. Năm nay, công ty có lãi.") is None
    True
    """
    found = set()
    years = None  # the years not only compared with, read once and only when "năm nay" is tied
    for m in _this_year_re().finditer(text):
        noun = m["noun"].split()
        if _not_noun_re().search(noun[-1]) or noun[-1][:1].isupper():
            continue   # "nhiều năm nay"; "tại Hà Nội năm nay" (a place, not a thing of the year)
        heads = [x.lower() for x in noun if len(x) > 2]
        if years is None:
            years = [y for y in _year_re().finditer(text) if not compared(y.start())]
        for y in years:
            before = text[max(0, y.start() - _REACH):y.start()].lower()
            if heads and all(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", before) for h in heads):
                found.add(int(y.group()))
    return found.pop() if len(found) == 1 else None
