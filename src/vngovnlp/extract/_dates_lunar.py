"""Lunar days and the solar days they gloss: one day written twice, in both calendars.

Vietnamese news write a festival's day in both calendars, either one in brackets or after
"tức" (that is): "Sáng 6/2 (tức mùng 10 tháng Giêng)", "rằm tháng Giêng năm Đinh Dậu (ngày
11/2)". The two readings name one day, so the year either carries to the other: the lunar day
of a known lunar year gives the solar year, and a solar day of a known year gives the lunar
one. When neither is written, the years the article writes are tried, and the one year in which
the two calendars agree (a check that rarely passes by chance) dates both; so are the years of
the lunar day's name in the cycle ("ngày 28/1 (tức mồng 1 Tết Đinh Dậu)": 2017). A lunar day with no
year at all still names the solar day it glosses (``XXXX-02-02``), as the gold annotates it.

The year of the Tết an article names ("Tết Nguyên đán Đinh Dậu 2017", "Tết Đinh Dậu") dates its
lunar days ("mùng 7 Tết"); the last month before that Tết ("29 tháng Chạp") is in the lunar
year before.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from . import _dates_values as V
from ._dates_lexicon import alt, words

_B = r"(?<!\w)"
_E = r"(?!\w)"


@cache
def _gloss_re() -> re.Pattern[str]:
    # what stands between a day and its reading in the other calendar: a bracket and/or "tức"
    link = alt("lunar_gloss_links")
    day = alt("day_words")
    return re.compile(rf"(?i:\s*(?:\(\s*(?:{link}\s+)?|,?\s*{link}\s+)(?:{day}\s+)?)")


def _solar(a: Any) -> bool:
    return a.kind in ("D", "T") and a.month is not None and a.day is not None and a.needs_ref is None


def _pairs(text: str, atoms: list[Any]) -> list[tuple[int, int]]:
    """Indexes (solar, lunar) of every day glossed in the other calendar, in either order."""
    out = []
    for i in range(len(atoms) - 1):
        a, j = atoms[i], i + 1
        end = a.end
        if a.kind == "L" and j + 1 < len(atoms) and atoms[j].cycle is not None and \
                not text[end:atoms[j].start].strip():
            end, j = atoms[j].end, j + 1   # "rằm tháng Giêng năm Đinh Dậu (ngày 11/2)"
        b = atoms[j]
        if _gloss_re().fullmatch(text, end, b.start) is None:
            continue
        if _solar(a) and b.kind == "L":
            out.append((i, j))
        elif a.kind == "L" and _solar(b):
            out.append((j, i))
    return out


def _agrees(lunar_year: int, lun: Any, sol: Any) -> int | None:
    """The solar year in which lunar day ``lun`` of ``lunar_year`` falls on ``sol``'s day-month."""
    day = V.lunar_to_solar(lunar_year, lun.month, lun.day)
    if day is None or (day.month, day.day) != (sol.month, sol.day):
        return None
    return day.year


def _lunar_year_of(sol_year: int, lun: Any, sol: Any) -> int | None:
    for ly in (sol_year, sol_year - 1):
        if _agrees(ly, lun, sol) == sol_year:
            return ly
    return None


def _from_article(lun: Any, sol: Any, years: set[int]) -> tuple[int, int] | None:
    """(lunar year, solar year) of the one written year in which the two readings agree."""
    found = {(ly, sy) for y in years for ly in (y, y - 1)
             if (sy := _agrees(ly, lun, sol)) is not None and sy in years}
    return found.pop() if len(found) == 1 else None


def _from_cycle(lun: Any, sol: Any) -> tuple[int, int] | None:
    """(lunar year, solar year) of the one year of the lunar day's name in the cycle in which
    the two readings agree: "ngày 28/1 (tức mồng 1 Tết Đinh Dậu)" is 2017, in an article that
    writes no year (Đinh Dậu is also 1957 and 2077, when Tết fell on other days)."""
    if lun.cycle is None:
        return None
    found = {(ly, sy) for ly in range(1900 + (lun.cycle + 4 - 1900) % 60, 2100, 60)
             if (sy := _agrees(ly, lun, sol)) is not None}
    return found.pop() if len(found) == 1 else None


def _date_pair(lun: Any, sol: Any, years: set[int]) -> tuple[Any, Any]:
    if lun.year is not None and (sol.year is None or sol.inferred):
        sy = _agrees(lun.year, lun, sol)
        if sy is not None:
            return lun, dataclasses.replace(sol, year=sy, inferred=True)
    if sol.year is not None and (lun.year is None or lun.inferred):
        ly = _lunar_year_of(sol.year, lun, sol)
        if ly is not None:
            return dataclasses.replace(lun, year=ly, inferred=sol.inferred or ly != lun.year), sol
    if sol.year is None and lun.year is None:
        both = _from_article(lun, sol, years) or _from_cycle(lun, sol)
        if both is not None:
            return (dataclasses.replace(lun, year=both[0], inferred=True),
                    dataclasses.replace(sol, year=both[1], inferred=True))
        # no year anywhere: the lunar day still names the solar day it glosses
        return dataclasses.replace(lun, kind="D", month=sol.month, day=sol.day, hour=None,
                                   minute=None), sol
    return lun, sol


def date_glosses(text: str, atoms: list[Any], years: set[int]) -> list[Any]:
    """Give a day and its reading in the other calendar one year ("Sáng 6/2 (tức mùng 10
    tháng Giêng)" in an article of 2017: both 2017-02-06); ``years`` are those the article
    writes.

    Examples
    --------
    >>> from vngovnlp.extract.dates import find_dates
    >>> [d.value for d in find_dates("Năm 2017, sáng 6/2 (tức mùng 10 tháng Giêng), hội mở.")]
    ['2017', '2017-02-06', '2017-02-06']
    """
    out = list(atoms)
    for si, li in _pairs(text, out):
        out[li], out[si] = _date_pair(out[li], out[si], years)
    return out


@cache
def _tet_re(cycle: str) -> re.Pattern[str]:
    w = words()
    return re.compile(rf"(?i:{_B}{w['lunar_new_year']}(?:\s+{alt('tet_names')})?"
                      rf"(?:\s+(?P<cc>{cycle}))?(?:\s+{w['rule_words']['year']})?"
                      rf"(?:\s+(?P<y>(?:19|20)\d\d){_E})?)")


def tet_years(text: str, cycle: str, year_of: Callable[[str], int | None],
              compared: Callable[[int], bool]) -> set[int]:
    """The years of the Tết the article names: "Tết Nguyên đán 2017", "Tết Đinh Dậu" (the
    year ``year_of`` gives its name in the cycle, ``None`` when it cannot tell); not one only
    compared with (``compared`` of its position: "so với cùng kỳ Tết năm 2016")."""
    out = set()
    for m in _tet_re(cycle).finditer(text):
        if compared(m.start()):
            continue
        year = int(m["y"]) if m["y"] else year_of(m["cc"]) if m["cc"] else None
        if year is not None:
            out.add(year)
    return out
