"""Vietnamese temporal expressions with ISO 8601 / TIMEX3 values.

The engine works in three passes over the normalised text:

1. *rules* (:func:`_rules`): named regular expressions built from ``data/date_words.yaml``,
   each reading one kind of expression into an :class:`_Atom` (a day, a month, a year, a clock
   time, a count of units...);
2. *selection*: overlapping atoms are resolved longest first, so ``"ngày 15 tháng 8 năm 2023"``
   is one date and not a date plus the duration ``"8 năm"``;
3. *composition*: neighbouring atoms join ("Thứ Năm, ngày 8/1/2015", "27/09/2019 09:13:55",
   "từ 1/1 đến 31/3/2024", "từ 13h30 ngày 5/6 đến 13h ngày 6/6"), years carry to periods in the same sentence ("9 tháng đầu năm
   2017 và 3 tháng cuối năm"), and partial or relative expressions are completed from the
   reference date. Without a reference date a day without a year is written ``XXXX-09-26``
   and purely relative expressions ("hôm qua", "tuần trước") are left out, as the gold
   guidelines ask. A weekday joins its date first ("từ 9 giờ đến 21 giờ ngày Chủ nhật
   (24/9)"), and a count of days opening a sentence ("Một ngày sau, ...") counts from the
   day dated last before it.

Numbers that count or measure ("từ 3-5 tuổi", "có 2016 hộ", "3/4 số hộ") are no dates: the
words after them (``measure_words``) and before them (``quantity_before``) decide. Nor are the
minutes of an angle ("10 độ 02 phút"), a rate ("1 ngày/tuần"), a rank ("top 10 năm nay") or the
year of a vehicle model ("Ford Expedition 2018").

A year carries to a period or quarter without one only from its sentence (or the sentence
before), never when it is only compared with ("so với cùng kỳ năm 2016") nor into a sentence
that places its events in "năm nay": without a reference date that year is unknown.

Conventions (documented choices, not facts of the language): a day without a year takes the
reference date's year; a bare weekday is the most recent such day on or before the reference
date (news report the past), ``tới`` makes it the next one; "N tháng đầu năm" is a half-year
when N = 6, a quarter when N = 3 and a month range otherwise.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from ..numbers import NUMBER_WORDS_PATTERN
from ..types import DateMention
from . import _dates_current as C
from . import _dates_lunar as L
from . import _dates_values as V
from ._dates_lexicon import NUM, alt, kw, links, lookup, month_number, month_pattern, number, words

__all__ = ["find_dates"]

_B = r"(?<!\w)"   # word start
_E = r"(?!\w)"    # word end
_YEAR_DIGITS = r"(?:1[89]\d\d|2[01]\d\d)(?!\w|[.,/]\d)"
_YEAR = r"(?<![\w.,/])" + _YEAR_DIGITS
_YEAR_IN_DATE = r"(?<![\w,])" + _YEAR_DIGITS   # also the year of "tháng 5/2017", "24-6-2017"
_OLD_YEAR = r"(?<![\w.,/])1[0-7]\d\d(?!\w|[.,/]\d)"   # "Năm 1255": only after "năm"


@cache
def _words_right_before(key: str) -> re.Pattern[str]:
    """A word of the date-word list ``key`` ending right before the end of the searched window:
    "công viên" + "29/3" (``venue_words``), "ngày" + "20/4" (``day_words``)."""
    return re.compile(rf"(?i:{_B}{alt(key)}\s+)$")


@dataclasses.dataclass
class _Atom:
    start: int
    end: int
    kind: str          # D day, T time, M month, Y year, Q quarter, H half, R month range,
    #                    P period (value given), U duration, W weekday, L lunar, X relative
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    n: int | None = None            # quarter, half, weekday, count
    n2: int | None = None           # last month of a month range
    value: str | None = None        # already formatted (periods, durations)
    needs_ref: Callable[[dt.datetime], _Atom | None] | None = None
    sep: str = "/"                  # separator of a numeric day ("/", "-", ".")
    context: bool = False           # a day word ("ngày", "Chiều") opened the expression
    pod: int = 0                    # hours a part of day adds to a clock reading ("chiều")
    night: bool | None = None       # the part of day makes the hour 12 midnight ("đêm 5/6")
    resolved: bool = False
    typ: str | None = None
    mod: str | None = None          # TIMEX3 mod of a duration ("hơn 20 năm": MORE_THAN)
    inferred: bool = False          # the year was taken from the rest of the article
    year_offset: int | None = None  # "năm trước": years from the year in context
    cycle: int | None = None        # the year named in the sexagenary cycle ("Đinh Dậu")
    shift: int | None = None        # "Một ngày sau": days counted from a moment (+ after, - before)
    shift_end: int | None = None    # where that reading ends ("Một ngày sau đó" ends after "đó")
    until: _Atom | None = None      # the end of an interval of two date-times

    @property
    def length(self) -> int:
        return self.end - self.start


# ---------------------------------------------------------------- rules

def _g(m: re.Match, name: str) -> str | None:
    return m.groupdict().get(name)


@cache
def _count_event_words() -> str:
    """The words after a count's modifier that tie it to an event ("khi", "đó") or name one
    ("cuộc họp"), as one alternation."""
    return alt(words()["count_event_links"] + words()["count_event_nouns"])


@cache
def _quarter_word() -> str:
    """"quý" and its older spelling "quí" ("quí 2-2017"), as one alternation."""
    return alt([words()["quarter_word"], *words()["quarter_spellings"]])


def _day_prefix() -> str:
    pod = alt(list(words()["part_of_day"]))
    link = alt("part_of_day_links")
    day = alt("day_words")
    rel = alt(list(words()["relative_days"]))
    part_rel = alt(list(words()["relative_part_days"]))
    # "Sáng nay 1/7", "ngày 26/9", and a relative day that names the date it is
    # ("ngày mai 07/02", "hôm qua 7/2", "chiều qua 22.9"); on the date's own line (a title
    # ending "... trong đêm" does not open the next line's "Ngày 6/6")
    sp = r"[^\S\n]+"
    return rf"(?:(?:{pod}(?:{sp}{link}|{sp}{part_rel})?|(?:{pod}{sp})?{rel}|{day}){sp})"


@cache
def _rules() -> list[tuple[str, re.Pattern[str], Callable[[re.Match], _Atom | None]]]:
    w = words()
    pre = _day_prefix()
    mon = month_pattern()
    part = alt("part_of_period")
    year_intro = alt("year_intro")
    dash = _dash()
    sep = "[/." + re.escape(w["range_dashes"]) + "]"   # any separator of a day-month
    pod = alt(list(w["part_of_day"]))
    rel_mod = alt(list(w["relative_modifiers"]))
    to = alt("range_to")
    qn = r"(?:[1-4]|(?-i:IV|I{1,3}))"
    qlink = rf"\s*(?:,|\s{alt('year_list_links')})\s*"
    # "tháng 6 tiếp tục giảm": "tiếp" is the verb "continue", no "next"
    not_rel = rf"(?!\s+{alt('relative_not_before')}{_E})"
    cycle = _cycle_pattern()
    count_mods = alt(list(w["count_shift"]) + list(w["count_span"]) + w["count_keep"])
    mo, yr, day, wk, hr, mi, of = (kw(k) for k in ("month", "year", "day", "week", "hour", "minute", "of"))
    thu = w["rule_words"]["weekday"]   # "thứ", or "Thứ" opening a sentence (group cap)
    weekday_word = rf"(?:(?-i:(?P<cap>{re.escape(thu[0].upper())}))|{re.escape(thu[0])}){re.escape(thu[1:])}"
    not_after = "".join("(?<!" + re.escape(x) + " )" for x in w["count_not_after"])
    hour_letters = "[" + "".join(re.escape(x) for x in w["hour_words"] if len(x) == 1) + "]"   # "10h45"
    rules = [
        # ... also with a space around the second separator, as typed in haste ("ngày 26-7- 2016",
        # "ngày 15/5/ 2017", "(1-1 - 2005)"): then only after a day word or a bracket
        ("numeric_date_year",
         r"(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?:(?P=s)|(?P<sp>\s+(?P=s)\s*|(?P=s)\s+))"
         r"(?P<y>\d{4}|\d{2})(?!\w|/\w|[.,]\d)",
         _numeric_date),
        ("numeric_date",
         r"(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?!\w|[/.,-]?\d|/\w)", _numeric_date),
        # a day word, then the day and month with spaces around the separator: "Ngày 15 – 5,",
        # "Chiều ngày 22 - 5.", "Sáng 3 - 7 - 2017" (closing its phrase: "ngày 3 - 4 trận" counts)
        ("spaced_date",
         rf"(?i:(?P<pre>{pre})(?P<d>\d{{1,2}})(?:\s+{sep}\s*|{sep}\s+)(?P<m>\d{{1,2}})"
         rf"(?:\s*{sep}\s*(?P<y>{_YEAR_DIGITS}))?(?!\w|\s*{sep}\s*\d)(?=\s*(?:[,.;:)!?]|$)|\s+{to}\s))",
         _spaced_date),
        # ISO 8601 as pages and live reports write it: "2017-06-04", "2017-06-04 12:40"
        ("iso_date",
         r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
         r"(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?(?![\w/-]|[.:]\d)", _iso_date),
        # a month and year without "tháng" after a word of time: "khởi công từ 6-2016",
        # "hoàn thành vào 12/2017", "(6/2016)"
        ("numeric_month", rf"(?P<m>\d{{1,2}})(?P<s>[/-])(?P<y>{_YEAR_DIGITS})(?![/-]\d)", _numeric_month),
        ("word_date",
         rf"(?i:(?P<pre>{pre})?(?P<dw>{alt('day_words')}\s+)?(?P<d>{NUM})\s+{mo}\s+(?P<m>{mon})"
         rf"(?:\s+{yr}\s+(?P<y>{_YEAR})|\s*[,/]?\s*(?P<y2>{_YEAR}))?)", _word_date),
        # months sharing the year written after the last: "tháng 7, 8 năm 2017", "tháng 7 và
        # 8/2017" (every month of the list is one mention)
        ("month_list",
         rf"(?i:(?P<m1>\d{{1,2}})(?:\s*[/.-]\s*(?P<y>{_YEAR_DIGITS})|\s+{yr}\s+(?P<y2>{_YEAR})"
         rf"|(?=(?:\s*(?:,|\s{alt('year_list_links')})\s*\d{{1,2}}{_E})*"
         rf"\s*(?:,|\s{alt('year_list_links')})\s*\d{{1,2}}(?:\s*[/.-]\s*(?P<ly>{_YEAR_DIGITS})|\s+{yr}\s+(?P<ly2>{_YEAR})))))",
         _month_list),
        # a later month of a list with no year at all: "tháng 6 và 7", "tháng 3, 4", "các tháng 5, 6, 7"
        ("month_list_later",
         rf"(?i:(?P<m1>\d{{1,2}})(?![\w/-]|[.,]\d|\s*[/.-]\s*\d|\s+{alt(_unit_words() + w['measure_words'])}{_E}))",
         _month_list_later),
        ("month",
         rf"(?i:(?:{part}\s+)?{_B}{mo}\s+(?P<m>{mon})"
         rf"(?:\s*[/.-]\s*(?P<y>{_YEAR_DIGITS})|\s+{yr}\s+(?P<y2>{_YEAR})"
         rf"|\s+{yr}\s+(?P<yrel>{rel_mod}){_E}|\s+(?P<rel>{rel_mod}){_E}{not_rel}"
         rf"|\s+(?:{yr}\s+{alt('year_anaphora')}|{alt([w['same_year']])}){_E}(?P<ana>))?)", _month),
        ("year",
         rf"(?i:(?:{part}\s+)?{_B}(?:{year_intro})\s+(?P<y>{_YEAR}|{_OLD_YEAR}))", _year),
        ("year_range",
         rf"(?i:(?P<a>(?:1[89]\d\d|2[01]\d\d))(?!\w)\s*(?:{dash}|/|\s{to}\s)\s*(?:{yr}\s+)?(?P<b>{_YEAR_IN_DATE}"
         rf"|(?<=[{re.escape(w['range_dashes'])}/])\d\d(?!\w|[.,/-]?\d)))",
         _year_range),
        # a day range sharing its month (and year): "từ 3 - 9/6/2018", "ngày 1-15/6",
        # "từ ngày 22 đến ngày 24-6-2017", "(12-18/4)", "từ tối 25 đến tối 26/6"
        ("day_range",
         rf"(?i:(?P<d1>\d{{1,2}})\s*(?:{dash}|\s{to}\s+(?:(?:{day}|{pod})\s+)?)\s*(?P<d2>\d{{1,2}})"
         rf"(?P<s>[/.-])(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>\d{{4}}))?(?!\w|/\w|[/.,-]?\d))",
         _day_range),
        # two day-months joined by a dash with no spaces: "từ ngày 28/6-1/7", "15/3-19/3/2017"
        ("day_month_range",
         rf"(?P<d1>\d{{1,2}})(?P<s>[/.])(?P<m1>\d{{1,2}}){dash}(?P<d2>\d{{1,2}})(?P=s)(?P<m2>\d{{1,2}})"
         rf"(?:(?P=s)(?P<y>\d{{4}}))?(?!\w|/\w|[/.,-]?\d)", _day_month_range),
        # the same in words: "7-8 tháng 3", "từ ngày 2 đến 12 tháng 8 năm 2017"
        ("day_range_words",
         rf"(?i:(?:{alt('range_from')}\s+)?(?P<pre>{pre})?(?P<d1>{NUM})\s*(?:{dash}|\s{to}\s+"
         rf"(?:(?:{day}|{pod})\s+)?)\s*(?P<d2>{NUM})\s+{mo}\s+(?P<m>{mon})"
         rf"(?:\s+{yr}\s+(?P<y>{_YEAR})|\s*[,/]?\s*(?P<y2>{_YEAR}))?{_E})", _day_range),
        # months sharing the year: "tháng 3-5/2018", "từ tháng 3 đến 5/2018"
        # ... or no year at all, closing the phrase ("trong tháng 5-6, sẽ kiểm kê"): XXXX-05/XXXX-06
        ("month_range",
         rf"(?i:(?:{alt('range_from')}\s+)?{_B}{mo}\s+(?P<m1>\d{{1,2}})\s*(?:{dash}|\s{to}\s+)\s*"
         rf"(?:{mo}\s+)?(?P<m2>\d{{1,2}})(?:\s*[/.-]\s*(?P<y>{_YEAR_DIGITS})"
         rf"|(?!\w|[/.,-]\d|\s*[/.-]\s*\d)(?=\s*(?:[,.;:)]|$)|\s+(?:{alt('month_range_followers')}){_E})))", _month_range),
        # days sharing the month: "hai ngày 7 và 8/3", "ngày 7, 8/3/2018" (the first day; the
        # second is the date after it)
        ("day_list",
         rf"(?P<d1>\d{{1,2}})(?=(?:\s*(?:,|\s{alt('year_list_links')})\s*\d{{1,2}}(?![\d/.-]))*"
         rf"\s*(?:,|\s{alt('year_list_links')}|,?\s+{alt('night_links')})\s*(?:(?:{day}|{pod})\s+)?\d{{1,2}}(?P<s>[/.-])"
         rf"(?P<m>\d{{1,2}})(?:(?P=s)(?P<y>\d{{4}}))?(?!\w|/\w|[.,]?\d))", _day_list),
        ("day_list_words",
         rf"(?i:(?P<d1>\d{{1,2}})(?=(?:\s*(?:,|\s{alt('year_list_links')})\s*\d{{1,2}}{_E})*"
         rf"\s*(?:,|\s{alt('year_list_links')})\s*\d{{1,2}}\s+{mo}\s+(?P<m>{mon})"
         rf"(?:\s+{yr}\s+(?P<y>{_YEAR})|\s*[,/]?\s*(?P<y2>{_YEAR}))?))", _day_list),
        ("quarter",
         rf"(?i:{_B}{_quarter_word()}\s+(?:(?P<q>[1-4](?!\d)|{NUM})|(?-i:(?P<r>IV|I{{1,3}}))"
         rf"|(?P<qe>{alt(list(w['quarter_ends']))})(?=\s+(?:{of}\s+)?{yr}{_E}))"
         rf"{_E}(?:\s*[/.-]\s*(?P<y>\d{{4}})|\s+(?:{of}\s+)?{yr}\s+(?P<y2>{_YEAR}))?)", _quarter),
        # the short form of business news: "Q1/2017", "Q2-2017"
        ("quarter_short", rf"(?-i:{_B}Q(?P<q>[1-4])\s*[/-]\s*(?P<y>{_YEAR_DIGITS}))", _quarter),
        # quarters sharing the year written after the last: "quý II, III/2017", "quý 1 và 2 năm 2018"
        ("quarter_list",
         rf"(?i:(?P<q>{qn})(?!\w)(?:\s*[/.-]\s*(?P<y>\d{{4}})|\s+(?:{of}\s+)?{yr}\s+(?P<y2>{_YEAR})"
         rf"|(?=(?:{qlink}{qn}(?!\w))*{qlink}{qn}(?!\w)"
         rf"(?:\s*[/.-]\s*(?P<ly>\d{{4}})|\s+(?:{of}\s+)?{yr}\s+(?P<ly2>{_YEAR})))))", _quarter_list),
        # a later quarter of a list with no year at all: "quý 3, 4", "quý III và IV"
        ("quarter_list_later",
         rf"(?-i:(?P<q>[1-4]|IV|I{{1,3}}))(?![\w/-]|[.,]\d|\s*[/.-]\s*\d"
         rf"|(?i:\s+{alt(_unit_words() + w['measure_words'] + w['rate_count_words'])}){_E})",
         _quarter_list_later),
        ("quarter_relative",
         rf"(?i:{_B}{_quarter_word()}\s+(?P<rel>{rel_mod}){_E})", _unit_relative),
        ("year_part",
         rf"(?i:{_B}(?:(?P<n>{NUM})\s+{mo}|(?P<nq>{NUM})\s+{_quarter_word()}"
         rf"|(?P<half>{alt('half_words')})|(?P<one>{mo}))\s+"
         rf"(?P<which>{alt(list(w['year_part']))})\s+{yr}(?:\s+(?P<y>{_YEAR})|\s+(?P<yrel>{rel_mod}){_E}{not_rel})?{_E})",
         _year_part),
        # "6 tháng năm 2017", "9 tháng năm 2018": the first months of the year (written out
        # with "ngày" before it, "ngày 6 tháng năm 2017" is 6 May)
        ("months_of_year",
         rf"(?i:(?P<pre>{pre})?{_B}(?P<n>{NUM})\s+{mo}\s+(?-i:{yr})\s+(?P<y>{_YEAR}))", _months_of_year),
        # "trong 24h qua", "suốt 48h": hours written like a clock reading after a word that
        # makes them a length of time ("sau 22h" stays a clock reading: after 10 p.m.)
        # ... a modifier between ("kéo dài khoảng 1h", "mất hơn 2h30"), minutes after the
        # hours; never the start of a range of clock readings ("trong khoảng 9h đến 10h")
        ("hour_span",
         rf"(?i:{alt('hour_span_intro')}\s+(?:(?P<mod>{alt(list(w['duration_mods']))})\s+)?"
         rf"(?P<n>\d{{1,3}}){hour_letters}(?:(?P<mi>[0-5]\d)(?:\s*{mi})?)?{_E}(?!\s+{pod}{_E})"
         rf"(?!\s*(?:{dash}|{to}\s)\s*\d|\s+(?:{day}|{alt(list(w['relative_days']))}){_E}|\s+\d)"
         rf"(?:\s+{alt('hour_length_after')}{_E})?"
         rf"(?:\s+{alt(w['count_keep'] + list(w['count_span']))}{_E})?)", _hour_span),
        # "hơn 4h đồng hồ": hours written like a clock reading, then "đồng hồ" (by the clock)
        ("hour_length",
         rf"(?i:(?P<n>\d{{1,3}}){hour_letters}\s+{alt('hour_length_after')}{_E})", _hour_length),
        ("clock",
         rf"(?i:(?:(?P<intro>{alt('time_intro')})\s+)?(?:{_B}(?P<h>\d{{1,2}})(?:\s*:\s*(?P<mi>\d{{2}})"
         rf"(?::(?P<s>\d{{2}}))?|{hour_letters}(?:(?P<mi3>\d{{1,2}}['’]?)(?:\s*{mi})?|\s+(?P<mi4>\d{{1,2}})\s+{mi})?)(?!\w|:\d)|(?P<h2>{NUM})\s+{hr}(?:\s+(?P<half>{w['half_hour']})"
         rf"|\s+{w['minus_minutes']}\s+(?P<minus>{NUM})|\s+(?P<mi2>{NUM})(?:\s+{mi}|['’](?!\w))?)?{_E})"
         rf"(?:[^\S\n]+(?P<pod>{pod}){_E}"
         rf"(?!\s+(?:{alt('part_of_day_links')}\s+)?\d|\s+{alt(list(w['relative_days']) + list(w['next_days']))}{_E})"
         rf"(?:\s+(?P<podrel>{alt(list(w['relative_part_days']))}))?{_E})?)",
         _clock),
        ("weekday",
         rf"(?i:{_B}(?:{weekday_word}\s+(?P<wd>[2-7](?!\d)|{NUM})|(?P<sun>{alt('sunday')}))"
         rf"(?:\s+(?:{of}\s+)?{wk}\s+(?P<week>{rel_mod})|\s+(?P<rel>{rel_mod})"
         rf"|\s+(?P<every>{alt('weekly_words')}))?{_E})", _weekday),
        ("relative_day",
         rf"(?i:{_B}(?:(?P<pod>{pod})\s+)?(?P<rel>{alt(list(w['relative_days']))}){_E})",
         _relative_day),
        # "Sáng hôm sau", "ngày hôm sau": the day after the one told last (see _after_event)
        ("next_day",
         rf"(?i:{_B}(?:(?P<pod>{pod})\s+)?(?P<rel>{alt(list(w['next_days']))}){_E})",
         _next_day),
        ("part_of_day_relative",
         rf"(?i:{_B}(?P<pod>{pod})\s+(?P<rel>{alt(list(w['relative_part_days']))}){_E})",
         _relative_day),
        # "đến cuối năm", "giữa tháng": the part of the current year or month (reference date)
        ("period_part",
         rf"(?i:{_B}{part}\s+(?P<unit>{mo}|{yr}){_E}"
         rf"(?!\s*\d|\s+(?:{rel_mod}|{NUM}|{yr}|{alt('period_part_not_before')}){_E}))", _period_part),
        ("unit_relative",
         rf"(?i:{_B}(?P<unit>{wk}|{mo}|{yr})\s+(?P<rel>{rel_mod}){_E}{not_rel})", _unit_relative),
        ("count",
         rf"(?i:{not_after}"
         rf"(?:(?P<after>{kw('after')})\s+)?"
         rf"(?P<parts>{_count_parts()}){_E}"
         rf"(?!\s*\d|\s+(?-i:[IVX]+)(?!\w)|\s+{alt('duration_blockers')}{_E}|\s+{part}\s+(?:{mo}|{yr})\s*\d)(?:\s+(?P<mod>{count_mods})"
         rf"(?:\s+(?P<event>{_count_event_words()}))?{_E})?)", _count),
        ("lunar_full_moon",
         rf"(?i:{_B}{w['lunar_full_moon']}\s+{mo}\s+(?P<m>{mon})"
         rf"(?:\s+{alt('lunar_markers')})?(?:\s+{yr}\s+(?P<y>{_YEAR}))?{_E})", _lunar_full_moon),
        ("lunar_tet",
         rf"(?i:{_B}{alt('lunar_day_words')}\s+(?P<d>{NUM})\s+{w['lunar_new_year']}"
         rf"(?:\s+(?:{kw('new_year_name')}\s+)?(?P<y>{_YEAR})|\s+(?P<cc>{cycle}))?{_E})", _lunar_tet),
        # "Chiều 30 Tết", "ngày 28 Tết", "(tức 28 Tết Âm lịch)": a day of the last month before Tết
        ("lunar_tet_eve",
         rf"(?i:(?P<pre>{pre})?(?P<d>2[0-9]|30)\s+{w['lunar_new_year']}"
         rf"(?:\s+{alt('lunar_markers')})?{_E}(?!\s+{alt('tet_names')}))", _lunar_tet_eve),
        ("bare_year", rf"(?P<y>{_YEAR_DIGITS})(?!/|-\d)", _bare_year),
        ("season",
         rf"(?i:(?:{part}\s+)?(?:{w['season_word']}\s+(?P<s>{alt(list(w['seasons']))}){_E}(?!\s+{alt('season_not_before')}{_E})"
         rf"|(?P<spring>{w['spring_word']})(?=\s+{cycle})"
         # "Xuân 1969,", "hè 2017": a season without "mùa", right before a year
         rf"|{_B}(?P<bare>{alt('bare_seasons')})(?=\s+{_YEAR}))"
         rf"(?:\s+{yr}\s+(?P<y>{_YEAR})|\s+(?P<y2>{_YEAR})|\s+{yr}\s+(?P<rel>{rel_mod})"
         rf"|\s+(?:{yr}\s+)?(?P<cc>{cycle})|\s+(?P<rel2>{rel_mod}))?{_E})", _season),
        ("cycle_year", rf"(?i:{_B}{yr}\s+(?P<cc>{cycle}){_E})", _cycle_year),
        # "Festival Di sản Quảng Nam lần thứ VI - 2017", "Hội nghị … lần thứ 4-2017": the year
        # of an edition, after its number and a dash
        ("edition_year",
         rf"(?i:{_B}{alt('edition_words')}\s+(?:(?-i:[IVXLC]+)|\d{{1,3}})\s*{dash}\s*(?P<y>{_YEAR}))",
         _edition_year),
        # "thế kỷ XX", "đầu thế kỉ 21", "thế kỷ thứ XIII": the century, TIMEX "19", "20", "12"
        ("century",
         rf"(?i:(?:{part}\s+)?{_B}{alt('century_words')}\s+(?P<th>{alt('century_ordinal')}\s+)?"
         rf"(?:(?-i:(?P<r>[IVX]+))|(?P<n>\d{{1,2}})){_E}(?!\s+{alt('before_common_era')}{_E}))",
         _century),
        # "thập niên 90", "cuối thập kỷ 1980": the decade, TIMEX "199", "198"
        ("decade",
         rf"(?i:(?:{part}\s+)?{_B}{alt(w['decade_words'] + w['decade_year_words'])}\s+(?P<d>(?:1[89]|20)?\d0)"
         rf"(?!\w|[.,/]\d|\s*(?:{dash}|/)\s*\d|\s+{to}\s|{qlink}(?:1[89]|20)\d[1-9]))", _decade),
        ("now", rf"(?i:{_B}(?:{kw('right')}\s+)?{alt('now_words')}{_E})", _now),
        # "ngày đầu tiên của tháng 3", "tuần đầu tiên của tháng 9 năm 2017"
        ("month_end_day",
         rf"(?i:{_B}(?P<unit>{alt(list(w['month_day_units']))})\s+(?P<end>{alt(list(w['month_day_ends']))})\s+(?:{of}\s+)?"
         rf"{mo}\s+(?P<m>{mon})(?:\s+{yr}\s+(?P<y>{_YEAR})|\s*[/.-]\s*(?P<y2>{_YEAR_DIGITS}))?{_E})",
         _month_end_day),
    ]
    # every expression starts a word: the cheap look-behind first spares the engine trying
    # the optional prefixes at every character (long texts stay fast)
    # rules that start with a digit scan fast as they are (the engine skips to digits) and
    # check the start of the number in their handler
    return [(name, re.compile(src if name in _DIGIT_FIRST else r"(?<!\w)" + src), fn)
            for name, src, fn in rules]


_DIGIT_FIRST = frozenset({"numeric_date_year", "numeric_date", "day_month_range", "numeric_month", "iso_date", "year_range", "day_range",
                          "bare_year", "day_list", "day_list_words", "month_list",
                          "month_list_later"})


@cache
def _prefix_res() -> dict[str, re.Pattern[str]]:
    """What may stand before a digit-first expression and belongs to it."""
    return {
        "day": re.compile(rf"(?i:(?:{_B}(?P<pre>{_day_prefix()}))?)"),
        "period": re.compile(rf"(?i:(?:{_B}{alt('range_from')}\s+)?"
                             rf"(?:{_B}(?P<intro>{alt('period_intro')})\s*:?\s*)?"
                             rf"(?:{_B}{kw('year')}\s+)?)"),
        "range": re.compile(rf"(?i:(?:{_B}{alt('range_from')}\s+)?(?:{_B}(?P<pre>{_day_prefix()}))?)"),
    }


def _prefix(m: re.Match, kind: str) -> re.Match | None:
    """The prefix of ``kind`` ending right where ``m`` starts (longest), or ``None``.

    Also ``None`` when the number does not start a token ("123/4", "x1/2")."""
    text, start = m.string, m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/.,"):
        return None
    rx = _prefix_res()[kind]
    for lo in range(max(0, start - 40), start + 1):
        pm = rx.fullmatch(text, lo, start)
        if pm is not None:
            return pm
    return None


def _context(m: re.Match) -> bool:
    return bool(_g(m, "pre"))


def _pod(m: re.Match) -> int:
    word = _pod_word(m)
    return 0 if word is None else lookup("part_of_day", word)


def _pod_word(m: re.Match) -> str | None:
    pre = _g(m, "pre")
    if not pre:
        return None
    for size in (2, 1):
        word = " ".join(pre.split()[:size])
        if lookup("part_of_day", word) is not None:
            return word
    return None


def _night(m: re.Match | None) -> bool | None:
    """Whether the part of the day opening ``m`` is one where the hour 12 is midnight ("đêm",
    "tối"); ``None`` when no part of the day opens it."""
    word = None if m is None else _pod_word(m) if "pre" in m.re.groupindex else _g(m, "pod")
    return None if not word else " ".join(word.lower().split()) in words()["midnight_parts_of_day"]


def _numeric_year(m: re.Match, pm: re.Match) -> int | None | bool:
    """The year written after a numeric day-month (``None`` when there is none), or ``False``
    when what follows is no year of it."""
    y = _g(m, "y")
    if y is None:
        return None
    if _g(m, "sp") and (len(y) != 4 or not (_context(pm) or m.string[pm.start() - 1:pm.start()] == "(")):
        return False   # "tỷ số 2-1 - 2017": no day word to make it one date
    if len(y) == 2 and m["s"] != "/":
        return False
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    return year if 1800 <= year <= 2199 else False


def _numeric_date(m: re.Match) -> _Atom | None:
    pm = _prefix(m, "day")
    if pm is None:
        return None
    d, mo = int(m["d"]), int(m["m"])
    year = _numeric_year(m, pm)
    if year is False or not V.valid_date(year, mo, d):
        return None
    named = year is None and _after_named_day(m.string, m.start(), strict=m["s"] != "/")
    if year is None and not _context(pm) and not named and \
            (not _stands_as_date(m) or _numbered_unit(m) or _street_list_item(m.string, m.start())
             or _amount_after().match(m.string, m.end())
             or _pair_count_after().match(m.string, m.end())):
        return None   # "vòng 1/8" is a round, "từ 8-12 triệu đồng" an amount, "từ 2-3 lần" a count
    if year is None and not _context(pm) and m["s"] == "-" and _match_score(m.string, m.start()):
        return None   # "ở chiến thắng 2-1 năm 1976": the score of a match, then its year
    if year is None and not _context(pm) and _venue_before(m.string, m.start()):
        return None   # "trước công viên 29/3": a park named by a day
    return _Atom(pm.start(), m.end(), "D", year=year, month=mo, day=d, sep=m["s"],
                 context=_context(pm), pod=_pod(pm), night=_night(pm))


@cache
def _match_score_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = words()
    return (re.compile(rf"(?i:{_B}{alt('score_words')}\s+)$"),
            re.compile(rf"(?i:{_B}{alt(w['named_day_words'] + w['occasion_words'])}\s+(?:[^\W\d_]+\s+)?$)"))


@cache
def _venue_day_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_B}{alt('venue_words')}\s+{NUM}\s+)$")


def _venue_before(text: str, start: int) -> bool:
    """Whether a day-month at ``start`` names a place after its noun ("công viên 29/3")."""
    return _words_right_before("venue_words").search(text, max(0, start - 20), start) is not None


def _match_score(text: str, start: int) -> bool:
    """Whether the dashed pair at ``start`` is a score: right after a word of a result
    ("thắng 2-1 năm 1976", "hòa 1-1"), not in the name of a day ("lễ chiến thắng 30-4")."""
    score, occasion = _match_score_res()
    sm = score.search(text, max(0, start - 16), start)
    return sm is not None and occasion.search(text, max(0, sm.start() - 24), sm.start()) is None


def _spaced_date(m: re.Match) -> _Atom | None:
    """"Ngày 15 – 5", "Sáng 3 - 7 - 2017": a day-month written with spaced separators after a
    day word (without one, "15 - 5" is a score or a range of counts)."""
    d, mo = int(m["d"]), int(m["m"])
    year = int(m["y"]) if _g(m, "y") else None
    if not V.valid_date(year, mo, d):
        return None
    return _Atom(m.start(), m.end(), "D", year=year, month=mo, day=d, sep="-",
                 context=True, pod=_pod(m), night=_night(m))


def _iso_date(m: re.Match) -> _Atom | None:
    pm = _prefix(m, "day")
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if pm is None or m.string[m.start() - 1:m.start()] == "-" or not V.valid_date(y, mo, d):
        return None
    start = pm.start()
    if _g(m, "h") is None:
        return _Atom(start, m.end(), "D", year=y, month=mo, day=d, context=True)
    return _Atom(start, m.end(), "T", year=y, month=mo, day=d, hour=int(m["h"]), minute=int(m["mi"]),
                 second=int(m["s"]) if _g(m, "s") else None)


@cache
def _month_year_before() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:{_B}{alt('month_year_before')}\s+|\()$)")


@cache
def _month_range_before() -> re.Pattern[str]:
    """A month and its year, then a range word: "Từ tháng 2/2012 – 9/2015" (the second end
    is a month of another year)."""
    return re.compile(rf"(?i:{_B}{kw('month')}\s+\d{{1,2}}\s*[/.-]\s*{_YEAR_DIGITS}"
                      rf"\s*(?:{_dash()}|\s{alt('range_to')})\s*)$")


def _numeric_month(m: re.Match) -> _Atom | None:
    text, start = m.string, m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/.,-"):
        return None
    mo = int(m["m"])
    closed = _words_right_before("month_year_closed_before").search(text, max(0, start - 8), start) is not None and \
        re.match(r"\s*(?:[,.;:)]|$)", text[m.end():m.end() + 2]) is not None
    if not 1 <= mo <= 12 or not (closed or _month_year_before().search(text, max(0, start - 12), start)
                                 or _month_range_before().search(text, max(0, start - 24), start)):
        return None
    if text[start - 1:start] == "(" and text[m.end():m.end() + 1] != ")":
        return None   # "(6/2016)" alone in its brackets
    return _Atom(start, m.end(), "M", year=int(m["y"]), month=mo)


def _stands_as_date(m: re.Match) -> bool:
    """Whether a day-month with no year and no day word before it is a date."""
    text, start, end = m.string, m.start(), m.end()
    if m["s"] in "-." and re.search(r"\d[-.]$", text[max(0, start - 2):start]):
        return False  # "3-4-3": a chain of numbers (a formation, a score)
    lo = max(0, start - 40)
    pair = _pair_before().search(text, lo, start)
    if pair and _words_right_before("fraction_before").search(text, max(0, pair.start() - 24), pair.start()):
        return False  # "chiếm 1/3-1/2 diện tích": the second of two fractions
    if _set_score(text, start) or re.search(r"\d\s*%\s*\($", text[max(0, start - 8):start]):
        return False  # "thua 0-3 (9/11, 3/11, 6/11)": the scores of the sets; "83% (10/12)" a ratio
    if _fraction_to_before().search(text, lo, start):
        return False  # "chiếm đến 1/10 dân số", "mất tới 1/4 giá trị": "đến" reaches an amount
    if _range_before().search(text, lo, start) or _day_before_words().search(text, lo, start) \
            or _list_before().search(text, lo, start) or _date_list_before().search(text, lo, start):
        # "từ 1.3 - 31.5", "đến 12-8", "dịp 2-9", "thứ Ba 7/2", "ngày 10 và 11/2", "ngày 23/6 và 24/6"
        return True
    if _closed_as_date(m, lo):
        return True
    if m["s"] != "/":
        # "2-1" is a score and "1.5" a decimal; "sáng nay (8.2)": the date in brackets after
        # a day word names it
        return m["s"] in ".-" and text[end:end + 1] == ")" and \
            _day_before_bracket().search(text, max(0, start - 28), start) is not None
    # a bare "1/3" or "3/4-inch" is a fraction: a date stands alone ("(31/1)", "... 7/3."),
    # and not after a word of amount ("thu hoạch đã ngót 2/3,", "gần 1/2.")
    if _words_right_before("fraction_before").search(text, lo, start):
        return False
    return text[start - 1:start] == "(" or re.match(r"\s*(?:[,.;:)]|$)", text[end:end + 2]) is not None


def _closed_as_date(m: re.Match, lo: int) -> bool:
    """Whether what follows a bare day-month, or a preposition of time before a day past its
    month, makes it a date (``lo``: where the look back starts)."""
    text, start, end = m.string, m.start(), m.end()
    if _words_right_before("fraction_before").search(text, lo, start):
        return False
    if _year_word_after().match(text, end):
        return True   # "vào 15/8 năm 2016": its year follows
    # "iOS 10.3 tới đây": a version after a name with a capital inside is no day
    closed = _date_close_after().match(text, end) and not (m["s"] == "." and _version_before().search(text, lo, start))
    if m["s"] in "/." and (_date_after().match(text, end) or closed):
        # "Thời gian: 30/4 – 2/5/2018", "12/6 - 15/6/2017", "kỳ nghỉ 30/4 và 1/5/2018": the
        # first day of a range or list whose other end is plainly a date; "vào 8/6 tới"
        return True
    # "trước 30/6 để ...": no fraction is improper
    return m["s"] == "/" and int(m["d"]) > int(m["m"]) and _words_right_before("date_preposition_words").search(text, lo, start) is not None


@cache
def _dash() -> str:
    """The character class of the range dashes of ``date_words.yaml`` ("-", "–", …)."""
    return "[" + re.escape(words()["range_dashes"]) + "]"


@cache
def _year_word_after() -> re.Pattern[str]:
    return re.compile(rf"(?i:\s+{kw('year')}\s+{_YEAR_DIGITS})")


@cache
def _pair_before() -> re.Pattern[str]:
    dash = _dash()
    return re.compile(rf"(?<![\w/.,])\d{{1,2}}[/.]\d{{1,2}}\s*{dash}\s*$")


@cache
def _date_after() -> re.Pattern[str]:
    """A day-month after a range dash that closes its phrase or has its year, or after a list
    link with its year ("– 2/5/2018", "- 1/5.", "và 1/5/2018"); same separator as the first."""
    dash = _dash()
    links = rf"(?:,|\s{alt('year_list_links')})"
    return re.compile(rf"(?i:\s*(?:{dash}\s*\d{{1,2}}(?P<s>[/.])\d{{1,2}}"
                      rf"(?:(?P=s){_YEAR_DIGITS}|(?![/.]?\d)(?=\s*(?:[,.;:)]|$)))"
                      rf"|{links}\s*\d{{1,2}}(?P<t>[/.])\d{{1,2}}(?P=t){_YEAR_DIGITS}))")


@cache
def _set_score_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    pairs = r"\(\s*(?:\d{1,2}/\d{1,2}\s*,\s*)*$"
    # no word of time between the score and the bracket: "thắng 2-1 trong hai ngày (12/6, 13/6)"
    timeless = rf"(?:(?!{_B}(?:{alt(_unit_words())}|{alt('day_words')}|{alt(list(words()['relative_days']))}){_E})[^.;:!?()\n])"
    score = (rf"(?i:{_B}{alt('score_words')}{_E}[^.;:!?()\n]{{0,40}}?(?<![\d/.-])\d{{1,2}}\s*-\s*\d{{1,2}}"
             rf"(?![\d/.-]){timeless}{{0,30}}$)")
    return re.compile(pairs), re.compile(score)


def _set_score(text: str, start: int) -> bool:
    """Whether the pair at ``start`` is in a bracket of two pairs or more after a result and
    its score ("thua 0-3 (9/11, 3/11, 6/11)"; "thắng 2-1 hôm qua (12/6)" is a date)."""
    pairs, score = _set_score_res()
    pm = pairs.search(text, max(0, start - 40), start)
    return pm is not None and _SET_LIST.match(text, pm.start()) is not None and \
        score.search(text, max(0, pm.start() - 90), pm.start()) is not None


_SET_LIST = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:\s*,\s*\d{1,2}/\d{1,2})+\s*\)")


@cache
def _fraction_to_before() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_B}{alt('fraction_before')}\s+{alt('range_to')}\s+)$")


@cache
def _day_before_bracket() -> re.Pattern[str]:
    w = words()
    # "cùng ngày (8.6)": the day told of again, named in brackets
    days = list(w["part_of_day"]) + list(w["relative_days"]) + list(w["relative_part_days"]) + [w["same_day"]]
    # "thứ Sáu (12.5)", "Chủ nhật (2-6)": a weekday names the day in brackets too
    # ... also with a word of which one ("Chủ nhật tới (30-4)", "thứ Bảy tuần này (29.4)")
    weekday = rf"(?:{kw('weekday')}\s+(?:[2-7]|{alt(w['weekday_names'])})|{alt('sunday')})" \
              rf"(?:\s+(?:{kw('week')}\s+)?{alt(list(w['relative_modifiers']))})?"
    return re.compile(rf"(?i:{_B}(?:{alt(days + [w['lunar_new_year']])}|{weekday})\s*\()$")


@cache
def _named_day_res() -> dict[str, re.Pattern[str]]:
    return {"name": re.compile(rf"(?i:{_B}(?P<day>{alt('named_day_words')})(?P<name>(?:\s+[^\W\d_][\w-]*"
                               r"|\s+[-–]|\s+\d{1,2}[/.-]\d{1,2})+)\s*\(?$)"),
            "stop": re.compile(r"[.,;:!?\n]"),
            "occasion": re.compile(rf"{_B}{alt('occasion_words')}{_E}")}


def _after_named_day(text: str, start: int, strict: bool) -> bool:
    """Whether a day-month closes the name of a day ("Ngày Nhà giáo Việt Nam 20/11", "ngày
    Quốc tế Phụ nữ 8/3"): a word for a day, then words of which one is capitalised, in the
    same clause. With a dash or a dot ("Quốc khánh 2-9") the day word opens with a capital:
    "ngày ... thắng Sài Gòn 2-1" is a score."""
    lo = max(0, start - 60)
    stops = list(_named_day_res()["stop"].finditer(text, lo, start))
    lo = stops[-1].end() if stops else lo
    nm = _named_day_res()["name"].search(text, lo, start)
    if nm is None:
        return False
    if not any(w[:1].isupper() for w in nm["name"].split()):
        # "ngày lễ chiến thắng 9/5": a word of celebration names the day too
        said = f"{nm['day']} {nm['name']}".lower()
        return not strict and _named_day_res()["occasion"].search(said) is not None
    if not strict or nm["day"][:1].isupper():
        return True
    # "lễ mít tinh kỷ niệm Ngày Quốc tế Lao động (1-5)": a later day word opens with a capital
    day_words = {x.lower() for x in words()["named_day_words"]}
    return any(x[:1].isupper() and x.lower() in day_words for x in nm["name"].split())


@cache
def _day_before_words() -> re.Pattern[str]:
    w = words()
    weekday = rf"{kw('weekday')}\s+(?:[2-7]|{alt(w['weekday_names'])})|{alt('sunday')}"
    # "hôm nay, 6/7", "chiều qua, 22/9": a relative day, then the date it names
    rel = rf"{alt(list(w['relative_days']))}|{alt(list(w['part_of_day']))}\s+{alt(list(w['relative_part_days']))}"
    return re.compile(rf"(?i:{_B}(?:{alt('day_before_words')}|{weekday}|{rel})\s*,?\s+)$")


@cache
def _range_before() -> re.Pattern[str]:
    dash = _dash()
    return re.compile(rf"(?i:(?:{_B}{alt('range_from')}|{_B}{alt('range_to')}|{dash})\s*)$")


@cache
def _pair_count_after() -> re.Pattern[str]:
    """A count word after a pair of numbers ("2-3 lần", "1.5 lần", "2-3 độ C"), or after the
    plain number closing its range ("từ 1.5 tới 2 lần"), not followed by a year or a word of
    "this/last" ("15-3 năm 2017", "15-3 năm nay" are dates)."""
    other_end = rf"(?:\s*(?:{alt('range_to')}{_E}|{_dash()})\s*\d+(?:[.,]\d+)?(?![\d/.-]))?"
    return re.compile(rf"(?i:{other_end}[^\S\n]*{alt('pair_count_words')}{_E}"
                      rf"(?!\s*(?:\d|{alt('pair_date_after')}{_E})))")


@cache
def _version_before() -> re.Pattern[str]:
    return re.compile(r"(?<!\S)\S*(?:[a-zđ]\S*[A-ZĐ]|[A-ZĐ]\S*[A-ZĐ0-9])\S*\s+$")


@cache
def _date_close_after() -> re.Pattern[str]:
    """A word of time closing a day-month ("vào 8/6 tới", "lễ 20/11 này"), no number after it
    ("tăng 1.5 tới 2 lần" is a range of counts)."""
    return re.compile(rf"(?i:\s+{alt('date_close_words')}{_E}(?!\s*\d))")


@cache
def _amount_after() -> re.Pattern[str]:
    w = words()
    # on the same line: a heading "... từ 14/6" is no amount of the next line's first word
    return re.compile(rf"(?i:[^\S\n]*{alt(w['amount_words'] + w['measure_words'])}{_E})")


@cache
def _street_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_B}{alt('street_words')}\s+)")


def _street_list_item(text: str, start: int) -> bool:
    """Whether the day-month at ``start`` is an item of a list of street names after a street
    word ("các tuyến đường Lê Lợi, 3/2, Hùng Vương"): every item back to that word is a
    capitalised name or another day-month."""
    before = text[max(0, start - 80):start].rsplit("\n", 1)[-1].rstrip()
    if not before.endswith(","):
        return False

    def named(tokens: list[str]) -> bool:
        return bool(tokens) and all(t[:1].isupper() or re.fullmatch(r"\d{1,2}/\d{1,2}", t) for t in tokens)

    for item in reversed(before[:-1].split(",")):
        streets = list(_street_re().finditer(item))
        if streets:
            return named(item[streets[-1].end():].split())
        if not named(item.split()):
            return False
    return False


def _numbered_unit(m: re.Match) -> bool:
    """Whether the number starting ``m`` numbers a unit ("Quân đoàn 4 tháng 5")."""
    return _words_right_before("numbered_unit_words").search(m.string, max(0, m.start() - 12), m.start()) is not None


@cache
def _title_day_re() -> re.Pattern[str]:
    # a number word and "Tháng" both capitalised, then the month: "Ba Tháng Hai"
    tháng = kw("month")
    return re.compile(rf"(?-i:(?P<d>[A-ZĐ][^\W\d_]*(?:\s+[a-zà-ỹđ]+)*)\s+{tháng[0].upper()}{tháng[1:]}\s+[A-ZĐ\d])")


def _title_day(text: str, start: int) -> bool:
    """Whether a day-month in words at ``start`` is written in title case inside a sentence
    ("trên đường Ba Tháng Hai", "giao lộ Lãnh Binh Thăng - Ba Tháng Hai"): the name of a street
    or a square, no date ("Ngày Ba Tháng Hai" has its day word; a sentence may open with it)."""
    tm = _title_day_re().match(text, start)
    if tm is None or number(tm["d"]) is None:
        return False
    before = text[max(0, start - 3):start].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"“(" and \
        _words_right_before("day_words").search(text, max(0, start - 12), start) is None


def _title_month(text: str, month_at: int) -> bool:
    """Whether "Tháng …" at ``month_at`` closes a title-case day-month name ("Ba Tháng Hai")."""
    wm = re.search(r"(?:[A-ZĐ][^\W\d_]*\s+)+$", text[max(0, month_at - 24):month_at])
    if wm is None:
        return False
    start = max(0, month_at - 24) + wm.start()
    return any(_title_day(text, start + k.start()) for k in re.finditer(r"\S+", wm.group()))


def _word_date(m: re.Match) -> _Atom | None:
    if not _g(m, "pre") and not _g(m, "dw") and (_numbered_unit(m) or _title_day(m.string, m.start())
                                                 or _venue_before(m.string, m.start())) \
            or _rate_date(m):
        return None
    d, mo = number(m["d"]), month_number(m["m"])
    y = _g(m, "y") or _g(m, "y2")
    year = int(y) if y else None
    if d is None or mo is None or not V.valid_date(year, mo, d):
        return None
    if lookup("month_words", m["m"]) is not None:   # Giêng, Chạp: lunar month names
        return _Atom(m.start(), m.end(), "L", year=year, month=mo, day=d)
    return _Atom(m.start(), m.end(), "D", year=year, month=mo, day=d, context=True, pod=_pod(m),
                  night=_night(m))


@cache
def _rate_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word of times after a month number, and the count or "mỗi" before "tháng", of a
    rate ("mỗi tháng 2 lần", "6 tháng 1 lần")."""
    return (re.compile(rf"(?i:\s+{alt('rate_count_words')}{_E}(?!\s+{alt('rate_not_after')}{_E}))"),
            re.compile(rf"(?i:(?:{NUM}|{_B}{alt('rate_before')})\s+$)"))


def _rate(text: str, month_at: int, end: int) -> bool:
    """Whether "tháng N" from ``month_at`` to ``end`` counts times in a period."""
    after, before = _rate_res()
    return after.match(text, end) is not None and before.search(text, max(0, month_at - 16), month_at) is not None


def _rate_date(m: re.Match) -> bool:
    """"6 tháng 1 lần" read as a day and a month: once every six months."""
    return not _g(m, "pre") and not _g(m, "dw") and not _g(m, "y") and not _g(m, "y2") and \
        _rate_res()[0].match(m.string, m.end()) is not None


def _month(m: re.Match) -> _Atom | None:
    mo = month_number(m["m"])
    if mo is None:
        return None
    if not _g(m, "y") and not _g(m, "y2") and _rate(m.string, m.start(), m.end()):
        return None   # "mỗi tháng 2 lần": twice a month
    y = _g(m, "y") or _g(m, "y2")
    if lookup("month_words", m["m"]) is not None:
        return None   # "tháng Giêng" alone names a lunar month, not a calendar month
    if not y and _words_right_before("month_name_before").search(m.string, max(0, m.start() - 12), m.start()):
        return None   # "Cách mạng tháng Tám": the name of an event
    if not y and (_title_month(m.string, m.start()) or _venue_day_re().search(m.string, max(0, m.start() - 28), m.start())):
        return None   # "đường Ba Tháng Hai", "sân vận động 4 tháng 1": the month of a place's name
    if _lunar_after().match(m.string, m.end()):
        return None   # "tháng 3 âm lịch": a lunar month, no calendar month
    atom = _Atom(m.start(), m.end(), "M", year=int(y) if y else None, month=mo)
    if _g(m, "ana") is not None:   # "tháng 10 năm đó": the year the text wrote last
        atom.year = _last_year(m.string, m.start())
        atom.inferred = atom.year is not None
    elif _g(m, "rel"):
        off = lookup("relative_modifiers", m["rel"])

        def resolve(ref: dt.datetime, atom=atom, off=off) -> _Atom:
            year = ref.year
            if off > 0 and mo <= ref.month:
                year += 1
            elif off < 0 and mo >= ref.month:
                year -= 1
            return dataclasses.replace(atom, year=year, resolved=True, needs_ref=None)

        atom.needs_ref = resolve
        atom.typ = "optional"   # "tháng 8 vừa qua" without a reference date is still August
    return _relative_year(m, atom)


@cache
def _dated_year() -> str:
    """The year of a written month or day ("tháng 5/2017", "ngày 3-4-2017", "tháng 5 năm
    2017"): what "năm trước" counts back from, never a year standing alone ("gia hạn tới năm
    2021")."""
    yr = re.escape(words()["rule_words"]["year"])
    return rf"(?:(?<=\d[/.-])|(?<=\d\s{yr}\s))" + _YEAR_DIGITS


@cache
def _lunar_after() -> re.Pattern[str]:
    return re.compile(rf"(?i:\s+{alt('lunar_markers')}{_E})")


def _last_year(text: str, start: int) -> int | None:
    """The last year written before ``start`` in its paragraph ("Năm 2017, ... Tháng 10 năm
    đó"), ``None`` when there is none."""
    para = max(text.rfind("\n", 0, start) + 1, start - _WINDOW)
    years = list(re.finditer(_YEAR_IN_DATE, text[para:start]))
    return int(years[-1].group()) if years else None


def _year(m: re.Match) -> _Atom | None:
    year = int(m["y"])
    if year < 1800 and _amount_after().match(m.string, m.end()):
        return None   # "năm 1500 người": five, then a count
    return _Atom(m.start(), m.end(), "Y", year=year)


def _year_range(m: re.Match) -> _Atom | None:
    pm = _prefix(m, "period")
    a, b = int(m["a"]), int(m["b"])
    if len(m["b"]) == 2:   # a season or school year: "(2007-08)", "mùa giải 2016-17"
        b += a - a % 100
        if b != a + 1:
            return None
    if pm is None or not 0 < b - a <= 100:
        return None
    return _Atom(pm.start(), m.end(), "P", value=f"{a}/{b}", year=a, n2=b)


def _day_range(m: re.Match) -> _Atom | None:
    """Two days sharing the month and year written after the second: one interval."""
    if m.string[max(0, m.start() - 1):m.start()] in ("-", "–", "—"):
        return None   # "8-3 đến 13-3": "3" is a month, not the first day
    if "s" in m.groupdict():   # digits: the prefix is found looking back
        pm = _prefix(m, "range")
        if pm is None:
            return None
        start, context = pm.start(), bool(pm.group())
        mo = int(m["m"])
    else:
        start, context = m.start(), True
        mo = month_number(m["m"])
    d1, d2 = number(m["d1"]), number(m["d2"])
    y = _g(m, "y") or _g(m, "y2")
    year = int(y) if y else None
    if d1 is None or d2 is None or mo is None or not d1 < d2 or \
            not V.valid_date(year, mo, d2) or (year is not None and not 1800 <= year <= 2199):
        return None
    if not context and year is None and not _bare_day_range(m, start):
        return None
    end = _lunar_range_end(m)
    return _Atom(start, end or m.end(), "P", year=year, month=mo, day=d1, hour=mo, minute=d2,
                 n=year, typ="lunar_range" if end else "day_range", context=True)


def _lunar_range_end(m: re.Match) -> int | None:
    """Where a range of days in words ends when its month is lunar ("từ ngày 13-18 tháng
    Giêng", "… tháng 3 âm lịch"): read in the solar calendar once the lunar year is known
    (see _lunar_days), else no value; ``None`` for a solar month."""
    if "s" in m.groupdict():
        return None
    lunar = _lunar_after().match(m.string, m.end())
    if lunar is not None:
        return lunar.end()
    return m.end() if lookup("month_words", m["m"]) is not None else None


def _bare_day_range(m: re.Match, start: int) -> bool:
    """Whether "12-18/4" with no "từ"/"ngày" and no year is a range of days: in brackets or
    before punctuation, and not a chain of dashed numbers ("(4-5-1)" is a formation)."""
    if m["s"] == "-" and re.fullmatch(r"\d+-\d+-\d+", m.group()):
        return False
    # "diễn ra vào 10-15/4 tại ...": after a preposition of time, a last day past its month
    # (no fraction "vào 1-2/3 số hộ")
    after_prep = int(m["d2"]) > int(m["m"]) and \
        _words_right_before("date_preposition_words").search(m.string, max(0, start - 24), start) is not None
    return after_prep or m.string[max(0, start - 1):start] == "(" or \
        re.match(r"\s*(?:[,.;:)]|$)", m.string[m.end():m.end() + 2]) is not None


def _day_month_range(m: re.Match) -> _Atom | None:
    """"từ ngày 28/6-1/7", "(27/4-13/5)", "15/3-19/3/2017": two days of their own months, the
    year written after the second (a range across New Year starts the year before)."""
    pm = _prefix(m, "range")
    if pm is None:
        return None
    d1, m1, d2, m2 = (int(m[k]) for k in ("d1", "m1", "d2", "m2"))
    y = int(m["y"]) if _g(m, "y") else None
    y1 = y - 1 if y is not None and (m1, d1) > (m2, d2) else y
    if not (V.valid_date(y1, m1, d1) and V.valid_date(y, m2, d2)) or (y is not None and not 1800 <= y <= 2199):
        return None
    if y is None and (m1, d1) >= (m2, d2):
        return None
    start, text = pm.start(), m.string
    if _amount_after().match(text, m.end()) or _words_right_before("fraction_before").search(text, max(0, start - 24), start):
        return None   # "khoảng 1/2-2/3 số hộ", "chiếm 1/3-1/2 diện tích"
    if not pm.group() and y is None and not (text[start - 1:start] == "(" or
                                             re.match(r"\s*(?:[,.;:)]|$)", text[m.end():m.end() + 2])):
        return None   # a bare "1/2-2/3" is a pair of fractions
    return _Atom(start, m.end(), "P", year=y1, month=m1, day=d1, hour=m2, minute=d2, n=y,
                 typ="day_range", context=True)


def _month_range(m: re.Match) -> _Atom | None:
    m1, m2, year = int(m["m1"]), int(m["m2"]), int(m["y"]) if m["y"] else None
    if not 1 <= m1 < m2 <= 12:
        return None
    return _Atom(m.start(), m.end(), "P", year=year, month=m1, n2=m2, n=year, typ="month_range")


@cache
def _list_before() -> re.Pattern[str]:
    links = rf"\s*(?:,|\s{alt('year_list_links')})\s*"
    return re.compile(rf"(?i:{_B}{_day_prefix()}(?:\d{{1,2}}{links})+)$")


@cache
def _date_list_before() -> re.Pattern[str]:
    """A dated day-month and a list link before a day-month: "ngày 23/6 và ", "sáng 5/2, ",
    "dịp lễ 30-4 và "."""
    links = rf"\s*(?:,|\s{alt('year_list_links')})\s*"
    day = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
    return re.compile(rf"(?i:{_B}(?:{_day_prefix()}|{alt('day_before_words')}\s+){day}(?:{links}{day})*{links})$")


def _day_list(m: re.Match) -> _Atom | None:
    """A day listed before the day that writes the month: "3" and "5" of "các ngày 3, 5 và
    7/6", "20" of "ngày 20 và 21 tháng 7 năm 2017"."""
    pm = _prefix(m, "day")
    y = _g(m, "y") or _g(m, "y2")
    if pm is not None and not _context(pm) and \
            _list_before().search(m.string, max(0, m.start() - 40), m.start()):
        pm = None   # a later day of "các ngày 3, 5 và 7/6": no prefix of its own
    elif pm is None or not (_context(pm) or y or m.string[m.start() - 1:m.start()] == "("):
        return None   # "Điều 7, 8/3": a list of days needs "ngày", its year or brackets
    d, mo = int(m["d1"]), month_number(m["m"])
    year = int(y) if y else None
    if mo is None or not V.valid_date(year, mo, d):
        return None
    return _Atom(m.start() if pm is None else pm.start(), m.end("d1"), "D", year=year, month=mo,
                 day=d, context=True, pod=0 if pm is None else _pod(pm),
                 night=_night(pm))


@cache
def _month_list_res() -> dict[str, re.Pattern[str]]:
    links = rf"\s*(?:,|\s{alt('year_list_links')})\s*"
    return {"first": re.compile(rf"(?i:{_B}{kw('month')}\s+)$"),
            "later": re.compile(rf"(?i:{_B}{kw('month')}\s+(?:\d{{1,2}}{links})+)$")}


def _month_list(m: re.Match) -> _Atom | None:
    """A month of a list sharing the year written after its last month."""
    text, start = m.string, m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/.,-"):
        return None
    res = _month_list_res()
    first = res["first"].search(text, max(0, start - 8), start)
    if first is not None and not (_g(m, "y") or _g(m, "y2")):   # "tháng 7" of "tháng 7, 8 năm 2017"
        start = first.start()
    elif not res["later"].search(text, max(0, start - 40), start):
        return None
    mo = int(m["m1"])
    if not 1 <= mo <= 12:
        return None
    year = next(int(y) for y in (_g(m, k) for k in ("y", "y2", "ly", "ly2")) if y)
    return _Atom(start, m.end(), "M", year=year, month=mo)


def _month_list_later(m: re.Match) -> _Atom | None:
    """A later month of a list written without a year ("7" of "tháng 6 và 7")."""
    text, start = m.string, m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/.,-"):
        return None
    mo = int(m["m1"])
    if not 1 <= mo <= 12 or not _month_list_res()["later"].search(text, max(0, start - 40), start):
        return None
    return _Atom(start, m.end(), "M", month=mo)


def _quarter(m: re.Match) -> _Atom | None:
    if m.string[max(0, m.start() - 8):m.start()].lower().split()[-1:] == words()["quarter_not_after"]:
        return None   # "tứ quý 3": four of a kind, a name
    if _g(m, "qe"):   # "quý đầu năm 2017", "quý cuối năm"
        q = lookup("quarter_ends", m["qe"])
    else:
        q = words()["roman_quarters"].get(m["r"]) if _g(m, "r") else number(m["q"])
    if q is None or not 1 <= q <= 4:
        return None
    y = _g(m, "y") or _g(m, "y2")
    return _Atom(m.start(), m.end(), "Q", year=int(y) if y else None, n=q)


@cache
def _quarter_list_res() -> dict[str, re.Pattern[str]]:
    qn = r"(?:[1-4]|IV|I{1,3})"
    links = rf"\s*(?:,|\s{alt('year_list_links')})\s*"
    quarter = _quarter_word()
    return {"first": re.compile(rf"(?i:{_B}{quarter}\s+)$"),
            "later": re.compile(rf"(?i:{_B}{quarter}\s+(?:{qn}{links})+)$")}


def _quarter_list(m: re.Match) -> _Atom | None:
    """A quarter of a list sharing the year written after its last: "quý II, III/2017"."""
    text, start = m.string, m.start()
    res = _quarter_list_res()
    first = res["first"].search(text, max(0, start - 8), start)
    if first is not None and not (_g(m, "y") or _g(m, "y2")):
        start = first.start()
    elif not res["later"].search(text, max(0, start - 30), start):
        return None
    q = int(m["q"]) if m["q"].isdigit() else words()["roman_quarters"].get(m["q"])
    year = next(int(y) for y in (_g(m, k) for k in ("y", "y2", "ly", "ly2")) if y)
    return _Atom(start, m.end(), "Q", year=year, n=q)


def _quarter_list_later(m: re.Match) -> _Atom | None:
    """A later quarter of a list written without a year ("4" of "quý 3, 4")."""
    text, start = m.string, m.start()
    if start and text[start - 1] in "_/.,-":
        return None
    if not _quarter_list_res()["later"].search(text, max(0, start - 30), start):
        return None
    return _Atom(start, m.end(), "Q", n=int(m["q"]) if m["q"].isdigit() else words()["roman_quarters"][m["q"]])


def _year_part(m: re.Match) -> _Atom | None:
    which = lookup("year_part", m["which"])
    y = _g(m, "y")
    if _g(m, "one"):
        # "tháng đầu năm 2017" is its first month; "những tháng đầu năm" (plural) stays vague
        if _words_right_before("plural_before").search(m.string, max(0, m.start() - 12), m.start()):
            return None
        return _Atom(m.start(), m.end(), "M", year=int(y) if y else None, month=1 if which == "first" else 12)
    nq = number(_g(m, "nq")) if _g(m, "nq") else None
    n = 6 if _g(m, "half") else 3 * nq if nq else number(m["n"])
    if n is None or not 1 <= n <= 11:
        return None
    first, last = (1, n) if which == "first" else (13 - n, 12)
    return _relative_year(m, _Atom(m.start(), m.end(), "R", year=int(y) if y else None, month=first, n2=last))


def _relative_year(m: re.Match, atom: _Atom) -> _Atom:
    """"6 tháng đầu năm nay", "tháng 7 năm ngoái": the year is the reference date's, moved by
    the modifier. Without a reference date "năm nay" leaves the year unknown (never one written
    nearby), and "năm trước" counts back from the year its sentence writes ("tháng 12 năm
    trước" beside "tháng 5/2017")."""
    if not _g(m, "yrel"):
        return atom
    off = lookup("relative_modifiers", m["yrel"])
    atom.needs_ref = lambda ref: dataclasses.replace(
        atom, year=ref.year + off, resolved=True, needs_ref=None, year_offset=None)
    atom.typ = "optional" if off == 0 else None
    atom.year_offset = off or None
    return atom


def _months_of_year(m: re.Match) -> _Atom | None:
    n = number(m["n"])
    if _g(m, "pre") or n is None or not 2 <= n <= 11 or _numbered_unit(m):
        return None
    return _Atom(m.start(), m.end(), "R", year=int(m["y"]), month=1, n2=n)


def _clock_digits(m: re.Match) -> tuple[int | None, int | None, int | None]:
    """Hour, minute and second of a clock time in digits ("7h30", "14:05:10")."""
    h, mi = int(m["h"]), int((_g(m, "mi") or _g(m, "mi3") or _g(m, "mi4") or "0").rstrip("'’"))
    return h, mi, int(m["s"]) if _g(m, "s") else None


def _clock_words(m: re.Match) -> tuple[int | None, int | None, None]:
    """Hour and minute of a clock time in words ("bảy giờ rưỡi", "tám giờ kém mười lăm")."""
    h = number(m["h2"])
    mi = 30 if _g(m, "half") else number(_g(m, "mi2")) if _g(m, "mi2") else 0
    if _g(m, "minus"):
        minus = number(m["minus"])
        if h is None or minus is None or not 0 < minus < 60:
            return None, None, None
        h, mi = h - 1, 60 - minus
    return h, mi, None


def _hour_span(m: re.Match) -> _Atom | None:
    n, mi = int(m["n"]), int(m["mi"]) if _g(m, "mi") else 0
    if not (n or mi):
        return None
    parts = [(n, "H")] if n else []
    mod = None
    if _g(m, "mod"):
        mod = lookup("duration_mods", m["mod"])
    return _Atom(m.start("mod") if mod else m.start(), m.end(), "U",
                 value=V.duration(parts + ([(mi, "MIN")] if mi else [])), mod=mod)


def _hour_length(m: re.Match) -> _Atom | None:
    n = int(m["n"])
    if not n:
        return None
    am = _count_res()["mod_before"].search(m.string, max(0, m.start() - 24), m.start())
    return _Atom(am.start() if am else m.start(), m.end(), "U", value=V.duration([(n, "H")]),
                 mod=lookup("duration_mods", am["mod"]) if am else None)


@cache
def _shift_after() -> re.Pattern[str]:
    return re.compile(rf"(?i:\s+{alt(list(words()['count_shift']))}{_E})")


def _clock(m: re.Match) -> _Atom | None:
    h, mi, s = _clock_digits(m) if _g(m, "h") is not None else _clock_words(m)
    if h is None or mi is None:
        return None
    if not mi and not _g(m, "pod") and _shift_after().match(m.string, m.end()):
        return None   # "khoảng 24 giờ sau lệnh ngừng bắn": hours counted from a moment
    if _g(m, "pod"):
        h = _in_part_of_day(h, mi, lookup("part_of_day", m["pod"]),
                            night=_night(m))
    if not (0 <= h <= 24 and 0 <= mi < 60 and (s is None or 0 <= s < 60)):
        return None
    # "đến 24h ngày 30/6": the end of that day, ISO 8601 "T24:00" (not the midnight opening it)
    end_of_day = h == 24 and mi == 0 and not s
    # "khoảng 21 giờ 35": a reading of the clock given as approximate (TIMEX3 mod APPROX)
    mod = lookup("duration_mods", m["intro"].split()[-1]) if _g(m, "intro") else None
    atom = _Atom(m.start(), m.end(), "T", hour=h if end_of_day else h % 24, minute=mi, second=s,
                 mod=mod)
    off = lookup("relative_part_days", m["podrel"]) if _g(m, "podrel") else 0
    atom.needs_ref = lambda ref, atom=atom, off=off: _on_day(atom, ref.date() + dt.timedelta(off))
    return atom


def _in_part_of_day(h: int, mi: int, add: int | None, night: bool | None = None) -> int:
    """The hour of a reading ``h`` in a part of the day that adds ``add`` hours ("3 giờ chiều"
    15); "0h đêm" stays the midnight it reads, "12 giờ đêm" is the midnight closing the day
    (``T24:00``), never noon. When the part of the day is known to be the night or not
    (``night``), "12h30 đêm" is half past midnight and "12 giờ chiều" noon."""
    if h == 12 and night:
        return 24 if mi == 0 else 0
    if not add or h == 0:
        return h
    if h == 12 and night is not None:
        return h
    if h == 12:
        return 24 if mi == 0 else h
    return h + add if h < 12 else h


def _on_day(atom: _Atom, day: dt.date) -> _Atom:
    return dataclasses.replace(atom, year=day.year, month=day.month, day=day.day,
                               resolved=True, needs_ref=None)


def _weekday(m: re.Match) -> _Atom | None:
    if _g(m, "sun"):
        iso, weak = 7, False
    else:
        n = number(m["wd"])
        if n is None or not 2 <= n <= 7:
            return None
        iso = n + words()["weekday_numbers"]["offset"]
        # "thứ hai" is also the ordinal "second": a bare weekday in words needs a capital
        # "Thứ", a week or a modifier
        weak = not m["wd"][0].isdigit() and not (_g(m, "cap") or _g(m, "week") or _g(m, "rel"))
    if _g(m, "every"):   # "thứ Bảy hàng tuần": every Saturday, a TIMEX set
        return _Atom(m.start(), m.end(), "E", n=iso, value=f"XXXX-WXX-{iso}")
    atom = _Atom(m.start(), m.end(), "W", n=iso, typ="weak" if weak else None)
    week = lookup("relative_modifiers", m["week"]) if _g(m, "week") else None
    rel = lookup("relative_modifiers", m["rel"]) if _g(m, "rel") else None

    def resolve(ref: dt.datetime) -> _Atom:
        today = ref.date()
        if week is not None:
            monday = today - dt.timedelta(today.isoweekday() - 1) + dt.timedelta(7 * week)
            day = monday + dt.timedelta(iso - 1)
        elif rel is not None and rel > 0:
            day = today + dt.timedelta((iso - today.isoweekday()) % 7 or 7)
        else:
            day = today - dt.timedelta((today.isoweekday() - iso) % 7)
            if rel is not None and rel < 0 and day == today:
                day -= dt.timedelta(7)
        return dataclasses.replace(_on_day(atom, day), kind="D")

    atom.needs_ref = resolve
    return atom


def _relative_day(m: re.Match) -> _Atom | None:
    rel = m["rel"]
    off = lookup("relative_days", rel)
    if off is None:
        off = lookup("relative_part_days", rel)
    if off is None:
        return None
    pod = lookup("part_of_day", m["pod"]) if _g(m, "pod") else 0
    atom = _Atom(m.start(), m.end(), "D", pod=pod or 0, night=_night(m))
    atom.needs_ref = lambda ref: _on_day(atom, ref.date() + dt.timedelta(off))
    return atom


def _next_day(m: re.Match) -> _Atom | None:
    """"Sáng hôm sau": dated only from the day told before it; left out otherwise. Not after a
    count ("vài hôm sau": a few days later), a gloss ("25/1 (tức ngày hôm sau ...)") or the end
    of a span of hours across midnight ("từ 23h đêm đến 5h sáng hôm sau": every night)."""
    text, start = m.string, m.start()
    if _next_day_not_after().search(text, max(0, start - 60), start):
        return None
    # "2 giờ sáng hôm sau", "8 giờ tối hôm sau": the part of the day sets the clock time before it
    pod = lookup("part_of_day", m["pod"]) if _g(m, "pod") else 0
    atom = _Atom(m.start(), m.end(), "D", shift=lookup("next_days", m["rel"]), typ="anaphoric", pod=pod or 0,
                 night=_night(m))
    atom.shift_end = atom.end
    atom.needs_ref = lambda ref: None
    return atom


@cache
def _next_day_not_after() -> re.Pattern[str]:
    w = words()
    hours = alt(w["hour_words"])
    return re.compile(rf"(?i:(?:{_B}(?:\d+|{NUMBER_WORDS_PATTERN}|{alt('vague_counts')})"
                      rf"|\(\s*|{_B}{alt('lunar_gloss_links')}"
                      rf"|{_B}{alt('range_from')}\s+\d{{1,2}}\s*{hours}.*{_B}{alt('range_to')}\s+\d{{1,2}}\s*{hours}\w*"
                      rf"(?:\s+{alt(list(w['part_of_day']))})?)\s+)$")


def _period_part(m: re.Match) -> _Atom | None:
    unit = words()["units"][m["unit"].lower()]
    atom = _Atom(m.start(), m.end(), unit)
    atom.needs_ref = lambda ref: dataclasses.replace(
        atom, year=ref.year, month=ref.month if unit == "M" else None, resolved=True, needs_ref=None)
    return atom


@cache
def _count_event_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"(?i:(?:(?<![\w.,/])\d+|{NUMBER_WORDS_PATTERN})\s+)$"),
            re.compile(rf"(?i:\s+{_count_event_words()}{_E})"),
            re.compile(rf"(?i:{_B}{alt('vague_counts')}\s+)$"))


def _unit_relative(m: re.Match) -> _Atom | None:
    before, event, vague = _count_event_res()
    text, lo = m.string, max(0, m.start() - 16)
    if before.search(text, lo, m.start()) and event.match(text, m.end()):
        return None   # "4 năm sau đó", "10 năm sau khi": a count of years, not next year
    if vague.search(text, lo, m.start()):
        return None   # "những năm qua", "mấy tháng nay": the past years, no one year
    unit = words()["units"][(_g(m, "unit") or words()["quarter_word"]).lower()]
    off = lookup("relative_modifiers", m["rel"])
    atom = _Atom(m.start(), m.end(), {"Y": "Y", "Q": "Q", "M": "M", "W": "K"}[unit])

    def resolve(ref: dt.datetime) -> _Atom:
        day = V.shift(ref, unit, off).date()
        if unit == "W":
            monday = day - dt.timedelta(day.isoweekday() - 1)
            sunday = monday + dt.timedelta(6)
            value = f"{monday.isoformat()}/{sunday.isoformat()}"
            return dataclasses.replace(atom, kind="P", value=value, resolved=True, needs_ref=None)
        q = (day.month - 1) // 3 + 1
        return dataclasses.replace(atom, year=day.year, month=day.month, n=q, resolved=True,
                                   needs_ref=None)

    atom.needs_ref = resolve
    return atom


@cache
def _unit_words() -> list[str]:
    w = words()
    return list(w["units"]) + list(w["unit_multiples"])


@cache
def _count_parts() -> str:
    """One or more "<number> <unit>" parts of a duration ("2 tuần 3 ngày", "2,5 năm",
    "2 ngày rưỡi", "nửa tháng", "hai thập niên")."""
    w = words()
    units, rest = alt(_unit_words()), alt([w["half_after"]])
    part = rf"(?:{_DECIMAL}|{_BIG}|{NUM})\s+{units}(?:\s+{rest})?"
    return rf"(?:{part}(?:\s+{part})*|{w['half_word']}\s+{units})"


_DECIMAL = r"(?<![\w.,/])\d{1,3},\d{1,2}(?![\w]|[.,]\d)"
# a count of a hundred or more ("100 năm", "1.000 năm", "1000 năm Thăng Long"), never a year
_BIG = (r"(?<![\w.,/])(?:[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d\d|(?!1[89]\d\d|2[01]\d\d)[1-9]\d{3})"
        r"(?![\w]|[.,/]\d)")


@cache
def _count_res() -> dict[str, re.Pattern[str]]:
    w = words()
    dash = _dash()
    return {
        "part": re.compile(rf"(?i:(?P<n>{_DECIMAL}|{_BIG}|{NUM}|{w['half_word']})\s+"
                           rf"(?P<u>{alt(_unit_words())})(?P<half>\s+{w['half_after']})?)"),
        # "1-2 năm", "từ 2 đến 3 tuần": a range of counts; "3 lần trong 1 tuần": a frequency
        # "từ 2 năm đến 7 năm": both ends written with their unit, a range too
        "range_before": re.compile(rf"(?i:(?:(?:\d+|{NUM})(?:\s+{alt(_unit_words())})?\s*"
                                   rf"(?:{dash}|\s{alt('count_range_links')})"
                                   rf"|{alt('frequency_before')})\s*)$"),
        "range_after": re.compile(rf"(?i:\s*(?:{dash}|\s{alt('count_range_links')}\s)\s*"
                                  rf"(?:\d+|{NUM})\s+{alt(_unit_words())}{_E}(?!\s*\d))"),
        "intro_before": re.compile(rf"(?i:{_B}{alt('duration_intro')}\s+)$"),
        "angle_before": re.compile(rf"(?i:\d\s*(?:{alt('angle_words')}{_E}|°)\s*)$"),
        # "76 tuổi 4 tháng": the months go on with the age ("35 tuổi sau 6 tháng" is no age)
        "age_before": re.compile(rf"(?i:\d\s+{alt('age_words')}\s+)$"),
        "label_before": re.compile(rf"(?i:{_B}{alt('count_labels')}\s+)$"),
        # "1 ngày/tuần", "5 ngày mỗi tuần", "2 ngày một tháng": a rate, not a length of time
        "rate_after": re.compile(rf"(?i:\s*(?:/|{alt('rate_links')}\s)\s*{alt(_unit_words())}{_E})"),
        # "gần 8 giờ cùng ngày", "hơn 8 giờ sáng": a reading of the clock, no length of time
        # on the same line: "kéo dài 2 giờ" closing a title is no "2 giờ chiều" of the next line
        "clock_after": re.compile(rf"(?i:[^\S\n]+(?:{words()['same_day']}|{alt(list(w['part_of_day']))}){_E})"),
        # "từ 17 giờ 30 đến gần 20 giờ": the end of a range of clock times
        "clock_range_before": re.compile(rf"(?i:{_B}{alt('range_from')}\s+\d{{1,2}}\s*(?:{alt(w['hour_words'])}){_E}"
                                         rf"[^,.;:!?\n]{{0,16}}?\s{alt('range_to')}\s+"
                                         rf"(?:{alt(list(w['duration_mods']))}\s+)?$)"),
        # "trẻ từ 24 tháng đến 5 tuổi": one end of a range of ages
        "age_after": re.compile(rf"(?i:\s*(?:{dash}|\s{alt('count_range_links')}\s)\s*(?:\d+|{NUM})\s+"
                                rf"{alt('age_words')}{_E})"),
        # found looking back from the count, so that the rule itself stays cheap to scan
        "mod_before": re.compile(rf"(?i:{_B}(?P<mod>{alt(list(w['duration_mods']))})\s+)$"),
    }


def _count_value(n_text: str, unit_text: str, half: bool) -> tuple[float, str] | None:
    """(count, TIMEX unit) of one part: "2,5 năm" → (2.5, "Y"), "nửa tháng" → (15, "D")."""
    w = words()
    unit_key = " ".join(unit_text.lower().split())
    if n_text.lower() == w["half_word"]:
        n, u = w["half_units"].get(unit_key, (None, None))
        return None if n is None else (n, u)
    if re.fullmatch(r"[\d.]+", n_text):
        n = int(n_text.replace(".", ""))
    else:
        n = float(n_text.replace(",", ".")) if "," in n_text else number(n_text)
    if n is None:
        return None
    if half:
        n += 0.5
    if unit_key in w["unit_multiples"]:
        k, u = w["unit_multiples"][unit_key]
        return n * k, u
    return n, w["units"][unit_key]


def _count_parts_of(m: re.Match) -> list[tuple[float, str]] | None:
    parts = []
    for p in _count_res()["part"].finditer(m["parts"]):
        part = _count_value(p["n"], p["u"], bool(p["half"]))
        if part is None:
            return None
        parts.append(part)
    ranks = [_UNIT_RANK.index(u) for _, u in parts]
    if ranks != sorted(ranks):
        return None   # "2 ngày một tháng": the larger unit after is a rate, no compound length
    return parts or None


_UNIT_RANK = ("Y", "Q", "M", "W", "D", "H", "MIN", "S")


def _count(m: re.Match) -> _Atom | None:
    w = words()
    parts = _count_parts_of(m)
    if not parts or _no_count(m):
        return None
    res = _count_res()
    text, lo = m.string, max(0, m.start() - 24)
    mod = " ".join(m["mod"].lower().split()) if _g(m, "mod") else None
    am = None if _g(m, "after") else res["mod_before"].search(text, lo, m.start())
    atom = _Atom(am.start() if am else m.start(), m.end(), "U", value=V.duration(parts),
                 mod=lookup("duration_mods", am["mod"]) if am else None)
    if _event_word(m, atom, mod) or (mod in w["count_shift"] and am):
        return _count_event(m, atom, parts, mod if not am else None)
    if mod in w["count_shift"] or (_g(m, "after") and mod == w["rule_words"]["more"]):
        return _count_shift(m, atom, parts, w["count_shift"][mod])
    if _g(m, "after"):
        atom.start = m.start("parts")   # "sau 10 năm" is "after ten years": keep the duration
    if mod in w["count_span"] and len(parts) == 1:
        return _count_span_atom(atom, parts[0], w["count_span"][mod])
    return _count_alone(m, atom, parts, bool(am or mod or _g(m, "after")))


def _event_word(m: re.Match, atom: _Atom, mod: str | None) -> str | None:
    """The word after a count's modifier that ties it to an event ("khi", "đó", "vụ"), if any;
    a noun after a modifier that moves nothing opens no event ("2 tháng qua cuộc sống ..."),
    and the count then ends at its modifier."""
    event = _g(m, "event")
    if event and event.lower() in words()["count_event_nouns"] and mod not in words()["count_shift"]:
        atom.end = m.end("mod")
        return None
    return event


def _count_event(m: re.Match, atom: _Atom, parts: list[tuple[float, str]], mod: str | None) -> _Atom:
    """"3 ngày trước khi ...", "hơn 2 năm sau": a length of time around an event; "Một ngày
    sau đó" opening a sentence may count from the day told before (see _after_event)."""
    w = words()
    event = " ".join(m["event"].lower().split()) if _g(m, "event") else None
    if mod in w["count_shift"] and event in w["count_then"] + w["count_event_nouns"]:
        _set_shift(atom, parts, w["count_shift"][mod])
        # "Hai ngày sau cuộc họp": the day is "Hai ngày sau", the event is no part of it
        atom.shift_end = m.end() if event in w["count_then"] else m.end("mod")
    atom.end = m.end("parts")
    return atom


def _no_count(m: re.Match) -> bool:
    """Whether a count is no length of time: an idiom ("những năm tháng"), one end of a range
    of counts ("1-2 năm"), the end of a name ("Global 200 năm nay"), the minutes of an angle
    ("10 độ 02 phút 40 giây vĩ độ Bắc"), the months of an age ("76 tuổi 4 tháng"), a number that
    labels a thing ("lớp 10 năm nay": grade ten this year), a rate
    ("1 ngày/tuần"), a name that takes a unit word with a capital ("bộ phim 49 Ngày", "đạt giải
    ba Quý", "mỗi năm Tuần duyên Mỹ")."""
    res, text = _count_res(), m.string
    units = [p["u"] for p in res["part"].finditer(m["parts"])]
    return " ".join(m["parts"].lower().split()) in words()["not_counts"] or \
        any(u[:1].isupper() and not u.isupper() for u in units) or \
        res["range_before"].search(text, max(0, m.start() - 24), m.start()) is not None or \
        res["range_after"].match(text, m.end()) is not None or _after_name(text, m.start("parts")) or \
        res["angle_before"].search(text, max(0, m.start() - 12), m.start()) is not None or \
        (m.start("parts") == m.start() and
         res["age_before"].search(text, max(0, m.start() - 12), m.start()) is not None) or \
        res["label_before"].search(text, max(0, m.start("parts") - 12), m.start("parts")) is not None or \
        res["rate_after"].match(text, m.end("parts")) is not None or \
        res["age_after"].match(text, m.end("parts")) is not None or \
        (m["parts"].split()[-1].lower() == words()["rule_words"]["hour"] and
         res["clock_range_before"].search(text, max(0, m.start() - 40), m.start()) is not None) or \
        (m["parts"].split()[-1].lower() == words()["rule_words"]["hour"] and res["clock_after"].match(text, m.end("parts")) is not None)


def _after_name(text: str, start: int) -> bool:
    """Whether the number of a hundred or more at ``start`` ends a name: "Global 200 năm
    nay", "Forbes 400" (a name before a smaller count is its subject: "phạt Lê Duy Tú 36
    tháng tù")."""
    wm = _bare_year_res()["word"].search(text, max(0, start - 24), start)
    if wm is None or not wm["w"][:1].isupper() or not re.match(r"\d{3}", text[start:start + 3]):
        return False
    if text[:wm.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n", "\"", "“", "(", "-", "–"):
        return False   # the capital of a sentence's first word ("Hơn 100 năm", "Gần 20 năm")
    low = wm["w"].lower()
    return low not in words()["duration_mods"] and low not in words()["duration_intro"]


def _count_span_atom(atom: _Atom, part: tuple[float, str], sign: int) -> _Atom:
    """"3 tháng tới", "2 ngày vừa rồi": the span from the reference date; a duration
    without one."""
    n, u = part
    if u in ("Y", "M", "W", "D") and float(n).is_integer():
        def span(ref: dt.datetime) -> _Atom:
            return _count_span(atom, ref, int(n), u, sign)
        atom.needs_ref = span
        atom.typ = "optional"
    return atom


def _count_alone(m: re.Match, atom: _Atom, parts: list[tuple[float, str]],
                 framed: bool) -> _Atom | None:
    """A count with no modifier after it: the words before it decide whether it is a span."""
    text = m.string
    intro = _count_res()["intro_before"].search(text, max(0, m.start() - 24), m.start())
    if not (framed or intro) and len(parts) == 1 and parts[0][0] == 1 and \
            m["parts"].split()[0].lower() == words()["indefinite_one"] and \
            not any(k in " ".join(m["parts"].lower().split()) for k in words()["unit_multiples"]):
        # "một ngày" alone is "one day", "a day" ("Một ngày tuyệt vời"); "một năm rưỡi"
        # and "một thế kỷ" are lengths of time
        return None
    hours = any(u == "H" for _, u in parts) and words()["rule_words"]["hour_spoken"] not in m["parts"].lower()
    if hours:
        # "thời gian 35,5 giờ", "5 giờ đồng hồ": no clock reads so
        atom.end = max(atom.end, _hour_length_re().match(text, m.end()).end())
    if hours and atom.mod is None:
        if intro is None:
            if _hours_of_activity(m):
                # "Sau 3 giờ họp kín": the hours of what follows; "Sau" kept in the span, so
                # that the length wins over the clock reading "3 giờ"
                atom.start = m.start()
                return atom
            return atom if _no_clock(m, parts) else None   # "14 giờ" alone is a clock reading
        # "trong 2 giờ": the intro makes it a length of time, and wins over the clock reading
        atom.start = intro.start()
    elif hours:
        # "trong khoảng 3 giờ", "Sau khoảng 2 giờ": the intro before the modifier wins over the
        # clock reading "khoảng 3 giờ" (3 o'clock)
        before = _count_res()["intro_before"].search(text, max(0, atom.start - 16), atom.start)
        if before is not None:
            atom.start = before.start()
    return atom


@cache
def _hour_length_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:\s+{alt('hour_length_after')}{_E})?)")


@cache
def _activity_after_re() -> re.Pattern[str]:
    w = words()
    clockish = list(w["part_of_day"]) + list(w["relative_days"]) + list(w["relative_part_days"]) + \
        [w["same_day"]] + w["day_words"] + w["range_to"] + [w["rule_words"]["minute"]] + \
        w["hours_not_of_activity"]
    return re.compile(rf"(?-i:[^\S\n]+(?!(?i:{alt(clockish)}){_E})[a-zà-ỹđ]{{2,}}{_E})")


def _hours_of_activity(m: re.Match) -> bool:
    """Whether hours after "sau" count the length of what the lower-case word after them names
    ("Sau 3 giờ họp kín", "sau 5 giờ phẫu thuật"), not the clock ("sau 22 giờ, quán đóng cửa",
    "sau 5 giờ chiều")."""
    return bool(_g(m, "after")) and _activity_after_re().match(m.string, m.end("parts")) is not None


def _no_clock(m: re.Match, parts: list[tuple[float, str]]) -> bool:
    """Whether a count of hours can be no clock reading: more than 24 of them, a fraction
    ("35,5 giờ") or hours "đồng hồ" (by the clock: "5 giờ đồng hồ")."""
    n = sum(k for k, u in parts if u == "H")
    return n > 24 or not float(n).is_integer() or _hour_length_re().match(m.string, m.end()).end() > m.end()


def _count_shift(m: re.Match, atom: _Atom, parts: list[tuple[float, str]], sign: int) -> _Atom:
    """"3 tuần sau", "21 giờ trước", "4 ngày nữa": a moment counted from the reference date;
    without one, "nữa" ("4 ngày nữa") stays the duration."""
    if not all(float(n).is_integer() for n, _ in parts):
        atom.end = m.end("parts")
        return atom

    def resolve(ref: dt.datetime) -> _Atom:
        moment = ref
        for n, u in parts:
            moment = V.shift(moment, u, sign * int(n))
        fine = any(u in ("H", "MIN", "S") for _, u in parts)
        kind = "T" if fine else "D"
        return dataclasses.replace(atom, kind=kind, year=moment.year, month=moment.month,
                                   day=moment.day, hour=moment.hour, minute=moment.minute,
                                   resolved=True, needs_ref=None, mod=None)

    atom.needs_ref = resolve
    _set_shift(atom, parts, sign)
    if words()["count_shift"].get(" ".join(m["mod"].lower().split())) == 1 and \
            m["mod"].lower() != words()["rule_words"]["after"]:
        atom.typ = "optional"
    return atom


def _set_shift(atom: _Atom, parts: list[tuple[float, str]], sign: int) -> None:
    """Record the days a count of days or weeks moves a moment by ("Hai tuần sau": +14)."""
    if all(u in ("D", "W") and float(n).is_integer() for n, u in parts):
        atom.shift = sign * sum(int(n) * (7 if u == "W" else 1) for n, u in parts)
        atom.shift_end = atom.end


def _count_span(atom: _Atom, ref: dt.datetime, n: int, unit: str, sign: int) -> _Atom:
    def step(k: int) -> dt.date:
        return V.shift(ref, unit, k).date()

    if unit == "Y":
        first, last = (ref.year + 1, ref.year + n) if sign > 0 else (ref.year - n, ref.year - 1)
        value = f"{first}/{last}"
    elif unit == "M":
        a, b = (step(1), step(n)) if sign > 0 else (step(-n), step(-1))
        value = f"{V.fmt_month(a.year, a.month)}/{V.fmt_month(b.year, b.month)}"
    else:
        days = n * (7 if unit == "W" else 1)
        today = ref.date()
        a, b = ((today + dt.timedelta(1), today + dt.timedelta(days)) if sign > 0
                else (today - dt.timedelta(days), today - dt.timedelta(1)))
        value = f"{a.isoformat()}/{b.isoformat()}"
    return dataclasses.replace(atom, kind="P", value=value, resolved=True, needs_ref=None)


def _lunar_full_moon(m: re.Match) -> _Atom | None:
    mo = month_number(m["m"])
    if mo is None:
        return None
    return _Atom(m.start(), m.end(), "L", year=int(m["y"]) if _g(m, "y") else None,
                 month=mo, day=15)


def _lunar_tet(m: re.Match) -> _Atom | None:
    d = number(m["d"])
    if d is None or not 1 <= d <= 10:
        return None
    return _Atom(m.start(), m.end(), "L", year=int(m["y"]) if _g(m, "y") else None,
                 month=1, day=d, cycle=_cycle(_g(m, "cc")))


def _lunar_tet_eve(m: re.Match) -> _Atom | None:
    """"30 Tết": day 30 of the last lunar month (Chạp), in the lunar year before the Tết named
    (see :func:`_chap_before_tet`). A day word or a gloss opens it: "trải qua 30 Tết" counts."""
    if not _g(m, "pre") and not _gloss_before().search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return _Atom(m.start(), m.end(), "L", month=12, day=int(m["d"]), typ="tet_eve")


@cache
def _gloss_before() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:\(|{_B}{alt('lunar_gloss_links')}\s+))$")


@cache
def _cycle_pattern() -> str:
    w = words()
    stems = alt(w["heavenly_stems"] + [k for k, v in w["cycle_variants"].items()
                                        if v in w["heavenly_stems"]])
    branches = alt(w["earthly_branches"] + [k for k, v in w["cycle_variants"].items()
                                             if v in w["earthly_branches"]])
    return rf"(?-i:{_B}(?i:{stems})\s+(?i:{branches}){_E})"


def _cycle(text: str | None) -> int | None:
    """The position (0..59) of a year in the sexagenary cycle: "Đinh Dậu" → 33 (2017 - 4
    ≡ 33 mod 60); ``None`` for no name."""
    if not text:
        return None
    w = words()
    stem, branch = (w["cycle_variants"].get(x, x) for x in text.lower().split())
    s, b = w["heavenly_stems"].index(stem), w["earthly_branches"].index(branch)
    return next(k for k in range(60) if k % 10 == s and k % 12 == b)


def _cycle_year(m: re.Match) -> _Atom | None:
    if _words_right_before("cycle_birth").search(m.string, max(0, m.start() - 12), m.start()):
        return None   # "sinh năm Tân Dậu": a year of birth, of any cycle back
    return _Atom(m.start(), m.end(), "Y", cycle=_cycle(m["cc"]))


@cache
def _bare_year_res() -> dict[str, re.Pattern[str]]:
    return {
        # a dot inside a word keeps it whole: "V.League 2017" is a name, not "League" after a stop
        "word": re.compile(r"(?P<w>[^\W\d_](?:[\w-]|\.(?=\w))*)\s+$"),
        "list": re.compile(rf"(?i:{_YEAR_DIGITS}\s*(?:{alt('year_list_links')})\s*)$"),
        "before": re.compile(rf"(?i:{alt('bare_year_before')})"),
        # "ly hôn từ 2015”", "từ 2010 đến nay": the year closes its phrase
        # or the end of a period that runs on to a dated month: "(từ 2007 đến tháng 8/2013)"
        "close": re.compile(rf"(?i:\s*(?:[,.;:)”\"]|$)|\s+{alt('bare_year_close_after')}{_E}"
                            rf"|\s+{alt('range_to')}\s+{kw('month')}\s+\d{{1,2}}\s*[/.-]\s*{_YEAR_DIGITS})"),
        "quantity": re.compile(rf"(?i:{_B}{alt('quantity_before')}\s+)$"),
        "period_noun": re.compile(rf"(?i:{_B}{alt('year_period_nouns')}\s+)$"),
        # "mang số hiệu HD 2043": a registration code, no year
        "code": re.compile(rf"(?i:{_B}{alt('code_before')}\s+(?:[^\W_]*[-.]?)\s*$)"),
        # "2017 là năm bản lề", "2018 sẽ là năm ...": the year is the subject
        "subject": re.compile(rf"(?i:\s+{alt('year_subject_after')}{_E})"),
        # a year as one item of a bracket of words: "(1976, trú P. Hòa Thọ)", "(sang Chelsea, 2006)"
        "item_first": re.compile(r"\s*,\s*[^\W\d_]"),
        "item_last": re.compile(r"\([^()\n]*[^\W\d_][^()\n]*,\s*$"),
        # a name's short form in brackets, then the edition: "Đại hội thể thao (AIMAG) 2017"
        "bracket_name": re.compile(r"\((?-i:[^\W\d_][\w.&-]*[A-ZĐ][\w.&-]*|[A-ZĐ][\w.&-]*(?:\s+[A-ZĐ][\w.&-]*)+)"
                                   r"(?:\s+[\w.&-]+){0,3}\)\s+$"),
        # "kể từ 2017 và ...": a year after these even when words go on
        "strong": re.compile(rf"(?i:{_B}{alt('bare_year_strong_before')}\s+)$"),
        # "xây từ 2007 và ...", "đến 2020 sẽ ...": a word of a span, then a lower-case word that
        # counts nothing (see _year_goes_on)
        "open": re.compile(rf"(?i:(?:(?P<prev>[^\W\d_]+)\s+)?{_B}{alt('bare_year_open_before')}\s+)$"),
        "open_after": re.compile(rf"(?i:\s+(?!{alt(words()['amount_words'] + words()['measure_words'] + words()['pair_count_words'] + words()['range_to'])}{_E})"
                                 rf"(?-i:[a-zà-ỹđ]))"),
        "address": re.compile(rf"(?i:{_B}{alt('address_before_number')}\s+)$"),
        # "CDMA 2000 1X": a code of digits and capitals after it, a standard's or model's name
        "code_after": re.compile(r"\s+\d+[A-Z]{1,3}(?!\w)"),
        # "tầm nhìn đến 2045 được phê duyệt": the year a plan reaches
        "horizon": re.compile(rf"(?i:{_B}{alt('year_horizon_before')}\s+{alt('range_to')}\s+)$"),
        # "mẫu xe SH 2017": capitalised words of a model's name, then the digits
        "model": re.compile(rf"(?i:{_B}{alt('model_nouns')}(?:\s+(?-i:[A-ZĐ0-9][\w&.-]*)){{1,4}}\s+)$"),
        # "Công ty Global 2000": capitalised words of a firm's name, then the digits
        "firm": re.compile(rf"(?i:{_B}{alt('firm_heads_before_year')}"
                           rf"(?:\s+(?:{alt('firm_name_words')}{_E}|(?-i:[A-ZĐ0-9][\w&.-]*)))+\s+)$"),
    }


def _year_after_noun(text: str, start: int, end: int, word: str) -> bool:
    """Whether a four-digit number after a lower-case word is a year: "kế hoạch 2018",
    "Giải báo chí 2017", "World Cup nữ 2019"; not a quantity ("có 2016 hộ", "gần 2000
    người", "2017 tỷ đồng")."""
    if not word[:1].islower() or not word.isalpha() or len(word) < 2 or not 1900 <= int(text[start:end]) <= 2099:
        return False
    if _bare_year_res()["quantity"].search(text, max(0, start - 16), start) and \
            not _bare_year_res()["period_noun"].search(text, max(0, start - 20), start):
        return False   # "khóa 12" counts, "tài khóa 2017" is a year
    return not (_amount_after().match(text, end) or re.match(r"\s*[\d.,]*\d", text[end:end + 4]))


def _model_year(text: str, start: int) -> bool:
    """Whether the year at ``start`` closes the name of a vehicle model ("Ford Expedition
    2018", "Toyota Camry 2019", "Honda SH 2018"): a maker among the few capitalised words
    right before it, and no word of an event ("Toyota Mekong Cup 2017" is a year); or of a
    firm's name after its head ("Công ty Global 2000", "Khách sạn Century 2000"), or a model's
    after its noun ("mẫu xe SH 2017", "phiên bản Tucson 2017")."""
    w = words()
    name = []
    for token in reversed(text[max(0, start - 48):start].split()):
        if not (token[:1].isupper() or any(c.isdigit() for c in token)) or len(name) == 6:
            break
        name.append(token.lower())
    if any(t in w["event_name_words"] for t in name):
        return False
    return any(t in w["model_makers"] for t in name) or \
        any(_bare_year_res()[k].search(text, max(0, start - 64), start) for k in ("firm", "model"))


@cache
def _decade_list_before() -> re.Pattern[str]:
    w = words()
    return re.compile(rf"(?i:{_B}{alt(w['decade_words'] + w['decade_year_words'])}\s+(?:1[89]|20)\d0"
                      rf"\s*(?:{alt('year_list_links')})\s*)$")


def _bare_year_stands(text: str, start: int, end: int, wm: re.Match | None) -> bool:
    """Whether the four digits at ``start`` stand as a year (``wm``: the word before them)."""
    res = _bare_year_res()
    word = wm["w"] if wm is not None else ""
    # after "đến"/"từ" a number may be an amount ("từ 1000 đến 2000 đồng"): the year must
    # close the phrase there ("đến 2020, tỉnh phấn đấu")
    closes = res["close"].match(text, end) is not None
    return _bracketed_year(text, start, end) or \
        res["list"].search(text, max(0, start - 24), start) is not None or _named_year(text, start, end, wm) or \
        (wm is not None and _year_after_noun(text, start, end, word)) or \
        (res["before"].fullmatch(word) is not None and
         (closes or word.lower() in words()["part_of_period"] or
          (res["strong"].search(text, max(0, start - 16), start) is not None and
           not _amount_after().match(text, end)))) or \
        (res["subject"].match(text, end) is not None and not wm) or \
        res["horizon"].search(text, max(0, start - 24), start) is not None or \
        _year_goes_on(text, start, end) or \
        (res["bracket_name"].search(text, max(0, start - 48), start) is not None and
         not _amount_after().match(text, end))


def _year_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start`` after a word of a span goes on with a lower-case word that
    counts nothing ("được xây từ 2007 và khai trương", "đến 2020 sẽ ..."); not after a word of
    amount ("lên đến 2000 học sinh") nor before a unit or count ("tới 2000 năm")."""
    res = _bare_year_res()
    om = res["open"].search(text, max(0, start - 24), start)
    if om is None or res["open_after"].match(text, end) is None:
        return False
    return not om["prev"] or om["prev"].lower() not in words()["bare_year_open_not_after"]


def _named_year(text: str, start: int, end: int, wm: re.Match | None) -> bool:
    """Whether the four digits at ``start`` close a capitalised name ("SEA Games 2017"): not the
    capital of a sentence's first word ("Gần 2000 fan", "Khoảng 2000 người"), a vehicle model
    ("Ford Expedition 2018") nor a standard with its code ("CDMA 2000 1X"). An acronym or a
    name with inner capitals ("APEC 2017:", "V-League 2017") names a thing even at a
    sentence's start."""
    if wm is None or not wm["w"][:1].isupper():
        return False
    word = wm["w"]
    return (text[:wm.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n", "\"", "“") or
            (sum(c.isupper() for c in word) >= 2 and not _amount_after().match(text, end))) and \
        not _model_year(text, start) and not _bare_year_res()["code_after"].match(text, end)


def _bracketed_year(text: str, start: int, end: int) -> bool:
    """"(1997)", and a year as the first or last item of a bracket of words: a person's year
    of birth ("(1976, trú P. Hòa Thọ)"), the year of a move ("(Tottenham sang Arsenal, 2001)")."""
    res = _bare_year_res()
    before, after = text[start - 1:start] == "(", text[end:end + 1] == ")"
    return (before and after) or (before and res["item_first"].match(text, end) is not None) or \
        (after and res["item_last"].search(text, max(0, start - 80), start) is not None)


def _bare_year(m: re.Match) -> _Atom | None:
    """A year written alone: "(1997)", "SEA Games 2017", "đến 2020", "các năm 2018, 2020"."""
    text, start, end = m.string, m.start(), m.end()
    if start and (text[start - 1].isalnum() or text[start - 1] in "_/.,-"):
        return None
    res = _bare_year_res()
    lo = max(0, start - 24)
    wm = res["word"].search(text, lo, start)
    if not _bare_year_stands(text, start, end, wm) or res["code"].search(text, lo, start):
        return None
    if wm is not None and wm["w"].lower() in words()["rank_before_number"] or \
            res["address"].search(text, lo, start):
        return None   # "Top 2000 doanh nghiệp": a rank; "hẻm 1959": an alley's number
    if _decade_list_before().search(text, lo, start) and m["y"].endswith("0"):
        return _Atom(start, end, "E", value=m["y"][:3], typ="decade")   # "những năm 1950 và 1960"
    if wm is not None and wm["w"].lower() in words()["part_of_period"]:
        start = wm.start()   # "đầu 2016" as "đầu năm 2016"
    # "phấn đấu đến 2020 ...": a year aimed at, which dates no event told (see _carry_year)
    target = wm is not None and wm["w"].lower() in words()["range_to"]
    return _Atom(start, end, "Y", year=int(m["y"]), typ="target" if target else None)


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int | None:
    """The value of a Roman numeral ("XXI" 21, "XIX" 19), ``None`` if it is not one."""
    values = [_ROMAN[c] for c in text]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                for i, v in enumerate(values))
    return total if 0 < total and _to_roman(total) == text else None


def _to_roman(n: int) -> str:
    out = ""
    for v, r in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + r, n - v
    return out


def _century(m: re.Match) -> _Atom | None:
    # a Roman numeral or the ordinal word names a century of any age ("thế kỷ XIII", "thế kỷ
    # thứ 2"); bare digits do from the tenth on ("thế kỷ 14"): "kỷ lục thế kỷ 3 lần" counts times
    named = bool(_g(m, "r") or _g(m, "th"))
    n = _roman(m["r"]) if _g(m, "r") else int(m["n"])
    if n is None or not (1 if named else 10) <= n <= 22:
        return None
    return _Atom(m.start(), m.end(), "E", value=f"{n - 1:02d}", typ="century")


def _decade(m: re.Match) -> _Atom | None:
    d = m["d"]
    if len(d) == 2:   # "thập niên 90" is the 1990s; "thập niên 10" the 2010s
        d = ("20" if int(d) <= 20 else "19") + d
    return _Atom(m.start(), m.end(), "E", value=d[:3], typ="decade")


def _now(m: re.Match) -> _Atom | None:
    atom = _Atom(m.start(), m.end(), "T")
    atom.needs_ref = lambda ref: dataclasses.replace(
        atom, year=ref.year, month=ref.month, day=ref.day, hour=ref.hour, minute=ref.minute,
        resolved=True, needs_ref=None)
    return atom


def _month_end_day(m: re.Match) -> _Atom | None:
    """The first or last day (or week, Monday to Sunday) of a month."""
    mo = month_number(m["m"])
    if mo is None:
        return None
    y = _g(m, "y") or _g(m, "y2")
    first = lookup("month_day_ends", m["end"]) == "first"
    atom = _Atom(m.start(), m.end(), "D", year=int(y) if y else None, month=mo, context=True)

    def on(year: int) -> _Atom:
        last = V.month_end(year, mo)
        if lookup("month_day_units", m["unit"]) == "D":
            return dataclasses.replace(atom, year=year, day=1 if first else last, needs_ref=None)
        # the first week that starts in the month, the last one that ends in it
        day = dt.date(year, mo, 1 if first else last)
        monday = day + dt.timedelta((7 - day.weekday()) % 7) if first else \
            day - dt.timedelta((day.weekday() + 1) % 7 + 6)
        value = f"{monday.isoformat()}/{(monday + dt.timedelta(6)).isoformat()}"
        return dataclasses.replace(atom, kind="P", year=year, value=value, needs_ref=None)

    if atom.year is not None:
        return on(atom.year)
    if lookup("month_day_units", m["unit"]) == "D" and first:
        atom.day = 1
        atom.needs_ref = lambda ref: dataclasses.replace(on(ref.year), resolved=True)
        atom.typ = "optional"
        return atom
    atom.needs_ref = lambda ref: dataclasses.replace(on(ref.year), resolved=True)
    return atom


@cache
def _season_res() -> dict[str, re.Pattern[str]]:
    return {"before": re.compile(rf"(?i:{_B}(?:{alt('season_before')}|{alt('part_of_period')})\s+)$"),
            "close": re.compile(r"\s*(?:[,.;:)!?]|$)"),
            # the word right before, when nothing but spaces stands between
            "prev": re.compile(r"(?P<w>\w+)[ \t]+$")}


def _calendar_season(m: re.Match) -> bool:
    """Whether a season written without a year is the time of year ("trong mùa hè", "vào
    mùa thu.") and not a figure of speech ("trở thành mùa xuân đáng nhớ")."""
    res = _season_res()
    if m.group().split()[0].lower() in words()["part_of_period"]:
        return True   # "đầu mùa hè"
    return res["before"].search(m.string, max(0, m.start() - 12), m.start()) is not None or \
        res["close"].match(m.string, m.end()) is not None


def _bare_season_ok(m: re.Match) -> bool:
    """Whether a season written without "mùa" before a year is a time ("Xuân 1969, Bác …",
    "kỳ chuyển nhượng hè 2017") and no part of a word or a name ("cổ đông 2017", "doanh thu
    2017", "Biển Đông 2017", "vụ đông xuân 2016-2017", "bộ sưu tập Xuân Hè 2017")."""
    if m.group().split()[0].lower() in words()["part_of_period"]:
        return True   # "cuối xuân 1975"
    if m.string[max(0, m.start() - 3):m.start()].rstrip()[-1:] in ("-", "/", "–"):
        return False   # "Thu-Đông 2016", "Xuân - Hè 2017": two seasons of fashion
    prev = _season_res()["prev"].search(m.string, max(0, m.start() - 24), m.start())
    if prev is None:
        return True   # at the start of a text, a sentence or a bracket
    word = prev["w"]
    return not word[0].isupper() and word.lower() not in words()["bare_season_not_after"]


def _edition_year(m: re.Match) -> _Atom | None:
    """The year of an edition written after its number: "lần thứ VI – 2017" → 2017 (the
    span is the year alone); "lần thứ 2 - 2000 đồng" is an amount."""
    if _amount_after().match(m.string, m.end()):
        return None
    return _Atom(m.start("y"), m.end("y"), "Y", year=int(m["y"]))


def _season(m: re.Match) -> _Atom | None:
    if _g(m, "bare") and not _bare_season_ok(m):
        return None
    code = "SP" if _g(m, "spring") else lookup("seasons", _g(m, "s") or m["bare"])
    y = _g(m, "y") or _g(m, "y2")
    rel = _g(m, "rel") or _g(m, "rel2")
    if not (y or rel or _g(m, "cc") or _g(m, "spring")) and not _calendar_season(m):
        return None
    atom = _Atom(m.start(), m.end(), "S", year=int(y) if y else None, value=code,
                 cycle=_cycle(_g(m, "cc")))
    # "mùa hè năm tới" is next year's; "mùa hè tới" the next summer, this year's or the next
    off = lookup("relative_modifiers", rel) if rel else None
    if off is not None and (_g(m, "rel") or off == 0):
        atom.needs_ref = lambda ref, atom=atom, off=off: dataclasses.replace(
            atom, year=ref.year + off, resolved=True, needs_ref=None)
        atom.typ = "optional"
    return atom


# ---------------------------------------------------------------- selection, composition

@cache
def _sentence_re() -> re.Pattern[str]:
    return re.compile(r"[.!?…;]+(?=\s)|\n")


@cache
def _triggers() -> dict[str, re.Pattern[str]]:
    """For each rule, what every one of its matches contains (a digit or a key word).

    Rules only run in windows around these, so that long texts without dates cost little.
    """
    w = words()
    digit = r"\d+"
    table = {
        "numeric_date_year": digit, "numeric_date": digit, "spaced_date": digit, "numeric_month": digit, "iso_date": digit, "year_range": digit,
        "day_range": digit, "day_month_range": digit, "day_range_words": kw("month"), "bare_year": digit,
        "month_range": kw("month"), "day_list": digit, "day_list_words": kw("month"), "month_list": kw("month"),
        "month_list_later": kw("month"),
        "season": rf"{w['season_word']}|{w['spring_word']}|{alt('bare_seasons')}",
        "edition_year": alt("edition_words"), "cycle_year": kw("year"), "now": alt("now_words"),
        "month_end_day": alt(list(w["month_day_ends"])),
        "word_date": kw("month"), "month": kw("month"),
        "year_part": rf"{kw('month')}|{_quarter_word()}|{alt('half_words')}",
        "months_of_year": kw("month"),
        "lunar_full_moon": kw("month"), "year": alt("year_intro"),
        "quarter": _quarter_word(), "quarter_relative": _quarter_word(),
        "quarter_list": _quarter_word(), "quarter_list_later": _quarter_word(), "quarter_short": r"q[1-4]",
        "clock": rf"{digit}|{kw('hour')}", "hour_span": digit, "hour_length": digit, "weekday": rf"{kw('weekday')}|{alt('sunday')}",
        "relative_day": alt(list(w["relative_days"])),
        "part_of_day_relative": rf"{alt(list(w['part_of_day']))}\s+{alt(list(w['relative_part_days']))}",
        "next_day": alt(list(w["next_days"])),
        "unit_relative": rf"{kw('week')}|{kw('month')}|{kw('year')}",
        "period_part": alt("part_of_period"),
        "count": alt(_unit_words()), "lunar_tet": w["lunar_new_year"], "lunar_tet_eve": w["lunar_new_year"],
        "century": alt("century_words"), "decade": alt(w["decade_words"] + w["decade_year_words"]),
    }
    # matched against the lower-cased text: a case-sensitive scan of lower-case words is many
    # times faster than an IGNORECASE one over Vietnamese letters
    return {name: re.compile(src.lower()) for name, src in table.items()}


@cache
def _triggers_ignorecase() -> dict[str, re.Pattern[str]]:
    return {name: re.compile(rx.pattern, re.I) for name, rx in _triggers().items()}


_BEFORE, _AFTER = 48, 64   # the longest reach of an expression before/after its trigger
# rules whose trigger sits at a known place in every match reach less far ("N <unit>": the
# number and "sau" stand at most ~30 characters before the unit)
_REACH = {"count": (32, 40), "relative_day": (16, 8), "part_of_day_relative": (4, 8)}


def _windows(text: str, trigger: re.Pattern[str], reach: tuple[int, int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    before, after = reach
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def _candidates(text: str) -> list[_Atom]:
    atoms = []
    windows: dict[tuple, list[tuple[int, int]]] = {}
    triggers = _triggers()
    low = text.lower()
    if len(low) != len(text):   # a letter whose lower case is longer: scan the text itself
        low, triggers = text, _triggers_ignorecase()
    for name, rx, fn in _rules():
        trig = triggers[name]
        reach = _REACH.get(name, (_BEFORE, _AFTER))
        key = (trig.pattern, reach)
        if key not in windows:
            windows[key] = _windows(low, trig, reach)
        for lo, hi in windows[key]:
            for m in rx.finditer(text, lo, hi):
                atom = fn(m)
                if atom is not None:
                    atoms.append(atom)
    return atoms


def _select(atoms: list[_Atom]) -> list[_Atom]:
    starts: list[int] = []          # taken spans, kept sorted and disjoint
    taken: list[_Atom] = []
    for atom in sorted(atoms, key=lambda a: (-a.length, a.start)):
        i = bisect.bisect_left(starts, atom.start)
        if i < len(starts) and starts[i] < atom.end:
            continue
        if i and taken[i - 1].end > atom.start:
            continue
        starts.insert(i, atom.start)
        taken.insert(i, atom)
    return taken


@cache
def _gaps() -> dict[str, re.Pattern[str]]:
    dash = _dash()
    intro = alt("time_intro")
    return {
        "weekday_day": re.compile(rf"(?i:\s*[,(]?\s*(?:{links('weekday_day_links')})?)"),
        # "27/09/2019 - 09:13", "Cập nhật: 09:13 | 27/09/2019": a page's date line
        # "Ngày 5/6, tầm 9 giờ sáng": an approximator before the clock time ("gần", "tầm")
        "day_time": re.compile(rf"(?i:\s*(?:[,|]|{dash})?\s*(?:(?:{intro}|{alt('day_time_links')})\s*)?"
                               rf"(?P<near>(?:{alt(_approx_words())})\s+)?)"),
        # "22h30 (giờ địa phương) ngày 2/7": a note of the time zone between time and day
        # or without the bracket, a name or "địa phương" closing it: "13h45 giờ GMT ngày 7/7"
        "time_day": re.compile(rf"(?i:(?:\s*\(\s*{alt('time_zone_notes')}\s[^()\d]{{1,24}}\)"
                               rf"|\s+{alt('time_zone_notes')}\s+(?:{alt('time_zone_local')}"
                               rf"|(?-i:[A-ZĐ]\w*)(?:\s+(?-i:[A-ZĐ]\w*)){{0,2}}){_E}"
                               rf"|\s*\(?\s*(?-i:{alt('time_zone_codes')})(?:\s*[+-]\s*\d{{1,2}})?\s*\)?)?"
                               rf"\s*[,|(]?\s*(?:{links('time_day_links')})?)"),
        # "từ 17 giờ 30 đến gần 20 giờ": an approximator may open the end
        "range": re.compile(rf"(?i:\s*\)?\s*(?:{dash}|{alt('range_to')})\s*(?:{links('range_end_links')})?"
                            rf"(?:{alt(_approx_words())}\s+)?)"),
        "range_slash": re.compile(r"\s*/\s*"),
        "list": re.compile(rf"(?i:\s*(?:,|\s{alt('year_list_links')})\s*)"),
        # "Ngày 5/1 tới": the next 5 January ("tới" closes the phrase, else it is the verb)
        "future": re.compile(rf"(?i:(?P<m>\s+{alt('future_markers')}){_E}"
                             rf"(?=\s*(?:[,.;:)]|$)|\s+{alt('future_followers')}{_E}))"),
        "lunar": re.compile(rf"(?i:\s*\(?\s*{alt('lunar_markers')}{_E})"),
        "count": re.compile(rf"(?i:{_count_parts()})"),
        # "lần lượt 7 năm, 6 tháng tù": one length each, no compound one
        "shared_out": re.compile(rf"(?i:{_B}{alt('duration_shared_out')}\s+(?:[^\s,.;]+\s+){{0,2}}$)"),
        "from": re.compile(rf"(?i:{_B}{alt('range_from')}\s+(?:{links('range_end_links')})?"
                           rf"(?:{alt(list(words()['relative_days']))}\s*)?)$"),
    }


def _join(text: str, atoms: list[_Atom]) -> list[_Atom]:
    g = _gaps()
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = text[a.end:b.start] if b else ""
        a = _marked(text, a, b, g)
        if b is not None and a.kind == "L":
            out.append(a)
            i += 1
            continue
        if b is not None:
            joined = _join_pair(text, a, b, gap, g)
            if joined is not None:
                on_day = _time_range_on_day(text, out[-1], joined, g) if out else None
                if on_day is not None:
                    joined = on_day
                    out.pop()
                atoms[i + 1] = joined
                i += 1
                continue
            atoms[i + 1] = _bracket_quarter(text, a, b, gap)
        out.append(a)
        i += 1
    return out


def _bracket_quarter(text: str, a: _Atom, b: _Atom, gap: str) -> _Atom:
    """"tại thời điểm 31/3/2016 (quý I)": the quarter in brackets after a dated day is the
    quarter of that day, in its year."""
    if a.kind == "D" and a.year is not None and b.kind == "Q" and b.year is None and \
            re.fullmatch(r"\s*\(\s*", gap) and text[b.end:b.end + 1] == ")" and \
            b.n == (a.month - 1) // 3 + 1:
        return dataclasses.replace(b, year=a.year, inferred=True)
    return b


def _marked(text: str, a: _Atom, b: _Atom | None, g) -> _Atom:
    """A day read with the words right after it: "10/3 âm lịch" (lunar), "Ngày 5/1 tới"
    (the next one), and a year shared with the next item of a list ("quý I và quý II/2018")."""
    limit = b.start if b is not None else len(text)
    if a.kind == "D" and a.needs_ref is None:
        lm = g["lunar"].match(text, a.end)
        if lm and a.end < lm.end() <= limit:
            return dataclasses.replace(a, kind="L", end=lm.end())
    if a.kind == "D" and a.year is None and a.needs_ref is None:
        fm = g["future"].match(text, a.end)
        if fm and fm.end("m") <= limit:
            a = dataclasses.replace(a, end=fm.end("m"), typ="future")
    if b is not None and a.kind == b.kind and a.kind in ("D", "M", "Q") and \
            a.year is None and b.year is not None and not a.needs_ref and \
            g["list"].fullmatch(text, a.end, b.start):
        a = dataclasses.replace(a, year=b.year)
    return a


def _join_pair(text: str, a: _Atom, b: _Atom, gap: str, g) -> _Atom | None:
    """Two neighbouring expressions read as one, or ``None``."""
    for join in (_join_day_time, _join_time_range, _join_range, _join_bracket_year, _join_day_year,
                 _join_durations):
        joined = join(text, a, b, gap, g)
        if joined is not None:
            return joined
    return None


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")


def _duration_parts(value: str) -> list[tuple[float, str]]:
    """``P7Y6M`` → ``[(7, "Y"), (6, "M")]``; ``PT3H30M`` → ``[(3, "H"), (30, "MIN")]``."""
    date_part, _, time_part = value[1:].partition("T")
    parts = [(float(n), u) for n, u in _DURATION_PART.findall(date_part)]
    return parts + [(float(n), "MIN" if u == "M" else u) for n, u in _DURATION_PART.findall(time_part)]


def _join_durations(text: str, a: _Atom, b: _Atom, gap: str, g) -> _Atom | None:
    """"7 năm, 6 tháng", "3 năm, 5 tháng, 6 ngày": lengths of smaller and smaller units joined
    by a comma are one length (``P7Y6M``), as "7 năm 6 tháng" is; not after a word that shares
    them out ("lần lượt 7 năm, 6 tháng": one each), nor a unit as large as the one before."""
    if a.kind != "U" or b.kind != "U" or not re.fullmatch(r"\s*,\s*", gap) or \
            any(x.shift is not None or x.typ is not None or not (x.value or "").startswith("P")
                for x in (a, b)) or b.mod is not None or \
            g["shared_out"].search(text, max(0, a.start - 24), a.start) or \
            not g["count"].fullmatch(text, b.start, b.end):
        return None
    first, second = _duration_parts(a.value), _duration_parts(b.value)
    if not first or not second or _UNIT_RANK.index(first[-1][1]) >= _UNIT_RANK.index(second[0][1]):
        return None
    return dataclasses.replace(a, end=b.end, value=V.duration(first + second))


def _join_day_time(text: str, a: _Atom, b: _Atom, gap: str, g) -> _Atom | None:
    """"Thứ Năm, ngày 8/1/2015", "Sáng 3/5, lúc 7h30", "9h sáng ngày 20/4"."""
    # "Chủ nhật (24/9)": the bracket closes the phrase
    end = b.end + 1 if "(" in gap and text[b.end:b.end + 1] == ")" else b.end
    if a.kind == "W" and b.kind == "D" and g["weekday_day"].fullmatch(gap):
        return dataclasses.replace(b, start=a.start, end=end, context=True)
    # a clock time has its hour; "bây giờ" (now) has none until the reference date gives it
    dm = g["day_time"].fullmatch(gap)
    if a.kind == "D" and b.kind == "T" and dm and b.day is None and b.hour is not None:
        if dm["near"]:
            b = dataclasses.replace(b, mod="APPROX")
        return _with_time(a, b, a.start, b.end)
    # a clock time closing a line (a title's "kéo dài 2 giờ") is no time of the next line's day
    if a.kind == "T" and b.kind == "D" and g["time_day"].fullmatch(gap) and a.day is None \
            and a.hour is not None and "\n" not in gap:
        return _with_time(b, a, a.start, end)
    return None


def _join_bracket_year(text: str, a: _Atom, b: _Atom, gap: str, g) -> _Atom | None:
    """"Ngày thành lập Đảng 3/2 (năm 2018)", "tháng 9 (2017)": the year in brackets right
    after a day or a month is its year."""
    if a.kind in ("D", "M") and a.year is None and not a.needs_ref and b.kind == "Y" and \
            b.year is not None and b.cycle is None and re.fullmatch(r"\s*\(\s*", gap) and \
            text[b.end:b.end + 1] == ")":
        return dataclasses.replace(a, end=b.end + 1, year=b.year)
    return None


def _join_day_year(text: str, a: _Atom, b: _Atom, gap: str, g) -> _Atom | None:
    """"sinh ngày 31-1 năm 2017", "Ngày 12.7 năm 2016": a numeric day-month, then its year
    written with "năm"."""
    if a.kind == "D" and a.year is None and not a.needs_ref and a.day is not None and \
            b.kind == "Y" and b.year is not None and b.cycle is None and gap.isspace() and \
            _year_word_re().match(text, b.start) and V.valid_date(b.year, a.month, a.day):
        return dataclasses.replace(a, end=b.end, year=b.year)
    return None


@cache
def _year_word_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{kw('year')}\s+\d)")


def _join_weekdays(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A weekday and the date after it first ("từ 9 giờ đến 21 giờ ngày Chủ nhật (24/9)":
    the clock times then fall on that date)."""
    g = _gaps()
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if a is not None and a.kind == "W" and b.kind == "D":
            joined = _join_day_time(text, a, b, text[a.end:b.start], g)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(b)
    return out


@cache
def _day_after_time() -> re.Pattern[str]:
    """A day-month right after a clock time: the time is on that day ("từ 22h ngày 5/6 đến
    24h ngày 6/6" is no range of hours of 5/6)."""
    return re.compile(rf"(?i:\s+{_day_prefix()}?\d{{1,2}}[/.-]\d)")


def _time_range_on_day(text: str, day: _Atom, span: _Atom, g) -> _Atom | None:
    """"Ngày 3/6, từ 7h đến 11h": a range of clock times after a day and a comma falls on that
    day (not on the reference day), as one clock time does ("Ngày 6/2, vào khoảng 8h12")."""
    if not (day.kind == "D" and span.kind == "P" and span.typ == "time_range" and span.day is None
            and g["day_time"].fullmatch(text, day.end, span.start)):
        return None

    def on(d: _Atom | None) -> _Atom | None:
        return None if d is None else dataclasses.replace(
            span, start=day.start, year=d.year, month=d.month, day=d.day, inferred=d.inferred,
            resolved=d.resolved, needs_ref=None)

    if day.needs_ref is None:
        return on(day)
    inner = day.needs_ref   # "Hôm qua, từ 7h đến 9h": the day the reference date gives
    return dataclasses.replace(span, start=day.start, needs_ref=lambda ref: on(inner(ref)))


def _join_time_range(text: str, a: _Atom, b: _Atom, gap: str, g) -> _Atom | None:
    """"từ 7h30 đến 11h ngày 20/4": two clock times of one day, one interval."""
    if a.kind == "T" and b.kind == "T" and (a.day is None or b.day is None) and \
            g["range"].fullmatch(gap) and (b.hour, b.minute) > (a.hour, a.minute) and \
            not (a.day is not None and _day_after_time().match(text, b.end)):
        start = a.start
        fm = g["from"].search(text, max(0, a.start - 20), a.start)
        if fm:
            start = fm.start()
        day = a if a.day is not None else b
        span = dataclasses.replace(day, start=start, end=b.end, kind="P", typ="time_range",
                                   hour=b.hour, minute=b.minute, second=b.second,
                                   n=a.hour, n2=a.minute, needs_ref=None, mod=a.mod)
        if span.day is None:   # on the reference day, or on the date written after it
            span.needs_ref = lambda ref: dataclasses.replace(
                span, year=ref.year, month=ref.month, day=ref.day, resolved=True, needs_ref=None)
        return span
    if a.kind == "P" and a.typ == "time_range" and a.day is None and b.kind == "D" and \
            not b.needs_ref and g["time_day"].fullmatch(gap):
        return dataclasses.replace(a, end=b.end, year=b.year, month=b.month, day=b.day,
                                   needs_ref=None)
    return None


def _join_datetimes(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"từ 13h30 ngày 5/6 đến 13h ngày 6/6": two clock times each on its day, joined by a
    range word, are one interval (as "từ ngày 1/1 đến 31/3" is), not two moments."""
    g = _gaps()
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if a is not None and a.kind == b.kind == "T" and a.day is not None and b.day is not None \
                and a.needs_ref is None and b.needs_ref is None and g["range"].fullmatch(text, a.end, b.start):
            # the end's year is the start's too when only the end writes one ("từ 8h ngày 30/6
            # đến 17h ngày 2/7/2016"); each keeps its own when both do (across a new year)
            year = a.year if a.year is not None else b.year
            end = dataclasses.replace(b, year=b.year if b.year is not None else year)
            if (year or 0, a.month, a.day, a.hour, a.minute) < (end.year or 0, b.month, b.day, b.hour, b.minute):
                fm = g["from"].search(text, max(0, a.start - 20), a.start)
                out[-1] = dataclasses.replace(a, start=fm.start() if fm else a.start, end=b.end, kind="P",
                                              typ="datetime_range", year=year, until=end)
                continue
        out.append(b)
    return out


def _join_range(text: str, a: _Atom, b: _Atom, gap: str, g) -> _Atom | None:
    same = a.kind == b.kind and a.kind in ("D", "M", "Y") and not a.needs_ref and not b.needs_ref
    if same and (g["range"].fullmatch(gap) or
                 (g["range_slash"].fullmatch(gap) and a.year and b.year and a.kind == "D")):
        return _range(text, a, b)
    if {a.kind, b.kind} == {"Y", "M"} and a.year and b.year and g["range"].fullmatch(gap):
        return _year_month_range(text, a, b, g)
    return None


def _year_month_range(text: str, a: _Atom, b: _Atom, g) -> _Atom | None:
    """"từ năm 2007 đến tháng 8/2013", "từ tháng 3/2010 đến năm 2015": a period whose ends are
    a year and a month, each with its year; only after "từ" (a bare "2007 - tháng 8/2013" is
    no period written out)."""
    fm = g["from"].search(text, max(0, a.start - 20), a.start)
    if fm is None or a.year > b.year or (a.year == b.year and a.kind == "Y"):
        return None
    ends = [f"{x.year}" if x.kind == "Y" else f"{x.year}-{x.month:02d}" for x in (a, b)]
    return _Atom(fm.start(), b.end, "P", value="/".join(ends), year=a.year)


def _with_time(day: _Atom, time: _Atom, start: int, end: int) -> _Atom:
    if day.pod and time.hour <= 12 and time.end <= day.start:   # "9h sáng nay 6/2"
        time = dataclasses.replace(time, hour=_in_part_of_day(time.hour, time.minute or 0, day.pod,
                                                              night=day.night))
    merged = dataclasses.replace(day, start=start, end=end, kind="T", hour=time.hour,
                                 minute=time.minute, second=time.second, mod=time.mod)
    if day.needs_ref is not None:
        inner = day.needs_ref
        merged.needs_ref = lambda ref: dataclasses.replace(
            inner(ref), start=start, end=end, kind="T", hour=time.hour, minute=time.minute,
            second=time.second, mod=time.mod)
    return merged


def _range(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    start = a.start
    if text[a.start - 1:a.start] == "(" and text[a.end:a.end + 1] == ")":
        start -= 1   # "từ hôm nay (16/6) đến hết ngày 23/6"
    fm = _gaps()["from"].search(text, max(0, start - 20), start)
    if fm:
        start = fm.start()
    year_a = a.year if a.year is not None else b.year
    if a.kind == "Y":
        if not 0 < b.year - a.year <= 100:
            return None
        return _Atom(start, b.end, "P", value=f"{a.year}/{b.year}", year=a.year, n2=b.year)
    if a.kind == "M":
        if a.year is not None and b.year is not None and (a.year, a.month) >= (b.year, b.month):
            return None
        return _Atom(start, b.end, "P", year=year_a, month=a.month, n2=b.month, n=b.year,
                     typ="month_range")
    if (b.year is None) != (a.year is None) and a.year is not None:
        return None
    if year_a is not None and b.year is not None and \
            (year_a, a.month, a.day) >= (b.year, b.month, b.day):
        return None
    return _Atom(start, b.end, "P", year=year_a, month=a.month, day=a.day,
                 hour=b.month, minute=b.day, n=b.year, typ="day_range")


_WINDOW = 1000   # how far a year may carry, in characters (keeps long texts linear)


def _sentence_year(text: str, bounds: list[int], atom: _Atom, pattern: str = _YEAR,
                   floor: int = 0) -> int | None:
    """The year written nearest to ``atom`` in its sentence, else the one year the sentence
    before it writes in its paragraph ("Kế hoạch ... năm 2017. Theo đó, ... từ 1.3 - 31.5");
    none when that sentence writes several, or one before ``floor`` (the latest year the
    article dates a day or month in: "Ngày 30/4/2002 ... trong năm 2001, ... Phiên xử tiến
    hành từ ngày 12 đến 20/7" is no trial of 2001)."""
    i = bisect.bisect_right(bounds, atom.start)
    lo, hi = bounds[i - 1] if i else 0, bounds[i] if i < len(bounds) else len(text)
    lo, hi = max(lo, atom.start - _WINDOW), min(hi, atom.end + _WINDOW)
    if any(not _compared(text, r.start()) for r in _relative_year_re().finditer(text, lo, hi)
           if not atom.start <= r.start() < atom.end):
        # "Lần đầu vào năm 2003 ... Năm nay, lễ hội diễn ra từ ngày 10-13/6": the sentence puts
        # its events in the year of the (unknown) reference date, not in a year written nearby
        # ("so với cùng kỳ năm trước" only compares)
        return None
    best = None
    for m in re.finditer(pattern, text[lo:hi]):
        pos = lo + m.start()
        if atom.start <= pos < atom.end or _compared(text, pos):
            continue
        dist = abs(pos - atom.start)
        if best is None or dist < best[0]:
            best = (dist, int(m.group()))
    if best:
        return best[1]
    # the sentence before, in the same paragraph ("Kế hoạch năm 2017. Theo đó, ..."); never
    # one chosen among conflicting years ("Năm 2017 sớm hơn năm 2016. Từ 16/6 ...")
    para = max(text.rfind("\n", 0, atom.start) + 1, atom.start - _WINDOW)
    prev = max(bounds[i - 2] if i >= 2 else 0, para)
    before = {int(m.group()) for m in re.finditer(pattern, text[prev:lo])
              if not _compared(text, prev + m.start())}
    return before.pop() if len(before) == 1 and min(before) >= floor else None


@cache
def _relative_year_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_B}{kw('year')}\s+{alt(list(words()['relative_modifiers']))}{_E}"
                      rf"(?!\s+{alt('relative_not_before')}{_E}))")


@cache
def _compared_re() -> re.Pattern[str]:
    # "so với Tết Bính Thân 2016", "so với kế hoạch năm 2016": a few words may name what is compared
    return re.compile(rf"(?i:(?:{_B}{alt('comparison_before')}\s+(?:{alt('comparison_before')}\s+)?"
                      rf"|{_B}{alt('comparison_named')}(?:\s+[^\W\d_]+){{1,3}}\s+)(?:{kw('year')}\s+)?)$")


def _compared(text: str, pos: int) -> bool:
    """Whether the year at ``pos`` is the one compared with ("tăng 5% so với năm 2016",
    "sớm hơn năm 2016", "cùng kỳ 2016") or someone's year of birth ("(SN 1969)"): not the
    year the events told around it are in."""
    return _compared_re().search(text, max(0, pos - 40), pos) is not None or \
        _birth_year_re().search(text, max(0, pos - 16), pos) is not None


@cache
def _birth_year_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_B}{alt('birth_year_before')}\s*:?\s*)$")


def _born(text: str, a: _Atom) -> bool:
    """Whether ``a`` is a year of birth ("SN 1969", "sinh năm 1970")."""
    head = re.match(r"\D*", text[a.start:a.end]).end()
    return _birth_year_re().search(text, max(0, a.start + head - 16), a.start + head) is not None


def _finish(text: str, atom: _Atom, ref: dt.datetime | None, bounds: list[int], latest: int = 0) -> _Atom | None:
    if atom.needs_ref is not None:
        if ref is None and atom.year_offset is not None:
            # "tháng 12 năm trước" beside "tháng 5/2017": the year before the one written
            # without a year to count from, "tháng 7 năm ngoái" is relative: left out
            year = _sentence_year(text, bounds, atom, _dated_year())
            return None if year is None else dataclasses.replace(
                atom, year=year + atom.year_offset, inferred=True, needs_ref=None)
        if ref is None:
            return atom if atom.typ == "optional" else None
        atom = atom.needs_ref(ref)
        if atom is None:
            return None
    carries = atom.kind in ("R", "Q", "L") or (atom.kind == "P" and atom.typ == "day_range")
    if atom.year is None and carries:
        year = _sentence_year(text, bounds, atom, floor=latest)
        if year is not None:
            atom = dataclasses.replace(atom, year=year, inferred=True)
    if atom.year is None and ref is not None and atom.kind in ("D", "T", "M", "Q", "R", "L", "P"):
        year = ref.year
        if atom.typ == "future" and (atom.month, atom.day) < (ref.month, ref.day):
            year += 1
        atom = dataclasses.replace(atom, year=year, resolved=True)
    return atom


def _cycle_years(text: str, atoms: list[_Atom], ref: dt.datetime | None) -> list[_Atom]:
    """Years named in the sexagenary cycle ("Tết Đinh Dậu"): the one of the 60 years up to
    four after the reference year ("năm Tân Dậu" in 2017 is 1981, "Tết Mậu Tuất" in
    December 2017 is 2018), else the one nearest the latest year the article writes; none
    without."""
    if not any(a.cycle is not None or a.kind == "L" for a in atoms):
        return atoms
    written = [a.year for a in atoms if a.year is not None and a.cycle is None]
    base = ref.year if ref is not None else max(written, default=None)
    out: list[_Atom] = []
    for i, a in enumerate(atoms):
        glossed = _glossed_cycle_year(text, a, atoms[i + 1] if i + 1 < len(atoms) else None)
        if glossed is not None:
            a = dataclasses.replace(a, year=glossed)
        if a.cycle is not None and a.year is None:
            if base is None:
                if not _cycle_without_base(text, a, out):
                    continue
            else:
                # news name the current lunar year, the coming one or one in living memory; the
                # latest year an article writes may be long before it was written
                a = dataclasses.replace(a, year=_cycle_in(a.cycle, base, ref), inferred=ref is None,
                                        resolved=ref is not None)
        out.append(a)
    return _lunar_days(text, out, base, ref)


def _cycle_without_base(text: str, a: _Atom, out: list[_Atom]) -> bool:
    """A year named in the cycle with no year to place it by: it names the lunar day right
    before it (``out[-1]`` takes its cycle); whether it stays itself (a season or lunar day)."""
    prev = out[-1] if out else None
    if a.kind == "Y" and prev is not None and prev.kind == "L" and prev.cycle is None and \
            not text[prev.end:a.start].strip():
        # "rằm tháng Giêng năm Đinh Dậu": the lunar day of that year
        out[-1] = dataclasses.replace(prev, end=a.end, cycle=a.cycle)
    return a.kind in ("S", "L")   # a lunar day keeps its cycle: the solar day it glosses may date it


def _glossed_cycle_year(text: str, a: _Atom, b: _Atom | None) -> int | None:
    """The year in brackets right after a year named in the cycle, when it is one of that name:
    "năm Đinh Tỵ (năm 1077)", "năm Canh Tý (1960)" — the writer's own reading wins over the
    nearest year of the name."""
    if a.cycle is None or a.year is not None or a.kind != "Y" or b is None or b.kind != "Y" or \
            b.year is None or b.cycle is not None or not re.fullmatch(r"\s*\(\s*", text[a.end:b.start]):
        return None
    return b.year if (b.year - a.cycle - 4) % 60 == 0 else None


def _lunar_days(text: str, atoms: list[_Atom], base: int | None, ref: dt.datetime | None) -> list[_Atom]:
    """A lunar day without a year ("ngày 13 tháng Giêng", "mùng 7 Tết") is in the lunar year
    the article names ("năm Đinh Dậu", "Tết Nguyên đán 2017"); the last month before a Tết
    ("29 tháng Chạp") is in the lunar year before it."""
    tet = L.tet_years(text, _cycle_pattern(), lambda name: _cycle_in(_cycle(name), base, ref),
                      lambda pos: _compared(text, pos))
    named = {a.year for a in atoms if a.cycle is not None and a.year is not None} | tet
    if len(named) != 1:
        return atoms
    year = named.pop()
    # the last month ("29 tháng Chạp") is moved to the lunar year before by _chap_before_tet
    return [dataclasses.replace(a, year=year, n=year if a.typ == "lunar_range" else a.n, inferred=True)
            if (a.kind == "L" or a.typ == "lunar_range") and a.year is None else a for a in atoms]


def _cycle_in(cycle: int, base: int | None, ref: dt.datetime | None) -> int | None:
    """The year of position ``cycle`` nearest ``base`` (see :func:`_cycle_years`)."""
    if base is None:
        return None
    first = base - 55 if ref is not None else base - 30
    return first + (cycle + 4 - first) % 60


@cache
def _same_day_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:\s*,?\s*{alt([words()['same_day']])}{_E})")


def _same_day(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"12 giờ 45 cùng ngày", "từ 10h đến 15h cùng ngày": a clock time, or a range of clock
    times, on the day written last before it, or on the day named in brackets right after
    ("18 giờ cùng ngày (30.5)")."""
    last = None
    out: list[_Atom] = []
    named = None
    for i, a in enumerate(atoms):
        if a is named:
            continue
        if a.day is None and (a.kind == "T" or (a.kind == "P" and a.typ == "time_range")):
            sm = _same_day_re().match(text, a.end)
            named = _bracket_day(text, sm.end(), atoms[i + 1] if i + 1 < len(atoms) else None) if sm else None
            if named is not None:
                a = dataclasses.replace(a, end=named.end + 1, year=named.year, month=named.month,
                                        day=named.day, needs_ref=None)
                last = named
            elif sm and last is not None:
                a = dataclasses.replace(a, end=sm.end(), year=last.year, month=last.month,
                                        day=last.day, needs_ref=None, inferred=last.inferred)
        elif a.kind in ("D", "T") and a.day is not None and a.needs_ref is None:
            last = a
        out.append(a)
    return out


def _bracket_day(text: str, at: int, d: _Atom | None) -> _Atom | None:
    """``d`` when it is a day in brackets right at ``at`` ("cùng ngày (30.5)"), else ``None``."""
    if d is None or d.kind != "D" or d.day is None or d.needs_ref is not None or \
            text[d.end:d.end + 1] != ")" or re.fullmatch(r"\s*\(\s*", text[at:d.start]) is None:
        return None
    return d


def _after_event(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """"Ngày 17/12/2016 ... Một ngày sau, ...", "Hai ngày sau đó": a count of days after,
    opening a sentence, counts from the day the article dated last before it, not from the
    reference date."""
    last = None
    out = []
    for a in atoms:
        # "10 ngày trước" opening a sentence is ten days ago, from the reference date
        if a.shift is not None and a.shift > 0 and last is not None and a.start - last.end <= _WINDOW and \
                (a.typ == "anaphoric" or text[:a.start].rstrip()[-1:] in ("", ".", "!", "?", "\n")):
            # a day without a year moves within a leap year, and stays without one
            day = dt.date(last.year or 2000, last.month, last.day) + dt.timedelta(a.shift)
            timed = a.kind == "T" and a.typ == "anaphoric"   # "khoảng 2 giờ ngày hôm sau"
            a = dataclasses.replace(a, kind="T" if timed else "D", year=day.year if last.year else None,
                                    month=day.month, day=day.day, end=a.end if timed else a.shift_end or a.end,
                                    needs_ref=None, mod=None, typ=None, inferred=last.inferred)
        elif a.kind in ("D", "T") and a.day is not None and a.month is not None and a.needs_ref is None \
                and not _born(text, a):   # "(SN 9/4/2000)" dates a birth, no event told before
            last = a
        out.append(a)
    return out


_YEARLESS = frozenset({"D", "T", "M"})


def _anchors(text: str, atoms: list[_Atom]) -> list[tuple[int, int, int]]:
    """(position, year, month) of every day the article dates in full: "9/6/2018",
    "từ 3 - 9/6/2018", "ngày 24-6-2017". A span over several years ("6/6/1957 - 6/6/2017",
    an anniversary) dates no event and anchors nothing, nor does the date of a document
    ("Kết luận số 24-KL/TW ngày 5.6.2012": when it was signed, not when things happen)."""
    out = []
    for a in atoms:
        if a.year is None or a.resolved or a.inferred or _document_date(text, a.start):
            continue
        if a.kind in ("D", "T") or (a.kind == "P" and a.typ == "day_range"
                                    and a.n in (None, a.year) and a.hour == a.month):
            out.append((a.start, a.year, a.month))
        elif a.kind == "P" and a.typ == "datetime_range":   # both ends are days of that year
            out.extend({(a.start, a.year, a.month), (a.start, a.year, a.until.month)})
    return out


@cache
def _document_re() -> re.Pattern[str]:
    # a document's number right before its date: "số 24-KL/TW ngày", "1193/QĐ-UBND ngày"
    return re.compile(rf"(?i:\S*\d\S*/\S*[^\W\d_]\S*[\s,]+(?:{alt('day_words')}\s+)?)$")


def _document_date(text: str, start: int) -> bool:
    return _document_re().search(text, max(0, start - 48), start) is not None


def _carry_year(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Give undated day-months the year the article establishes, when it has no reference
    date ("từ 3 - 9/6/2018 … Sáng 15/6" → 2018-06-15); such values are marked ``inferred``.

    The year comes from a day dated in full in the same month (an event told day by day):
    first from those in the same paragraph, else from those in the whole article when it
    writes no other year ("Ngày 7/6/1957" in the history of an institution that also writes
    2017 dates nothing). When they disagree no year is given: never one chosen among
    conflicting years, nor one earlier than the latest year of a day or month the article dates
    (the undated day may be in that later year), unless the same day is dated in full with it.
    A year merely written nearby ("Kế hoạch năm 2017 ... Ngày 9-5") is not
    carried: the gold guidelines keep such days ``XXXX`` (dev: F1 0.953 with this rule,
    0.940 when the paragraph's or the article's only year is carried too).
    """
    anchors = _anchors(text, atoms)
    if not anchors:
        return atoms
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    one_year = len({y for a in atoms if a.typ != "target" for y in _written(a)}) == 1
    days = {(a.year, a.month, a.day) for a in atoms if a.kind in ("D", "T") and a.year is not None
            and not (a.resolved or a.inferred)}
    guard = (_latest_dated_year(text, atoms), days)
    return [_carried(a, anchors, breaks, one_year, guard) if _undated(a) else a for a in atoms]


def _carried(a: _Atom, anchors: list[tuple[int, int, int]], breaks: list[int], one_year: bool,
             guard: tuple[int, set[tuple]]) -> _Atom:
    """``a`` with the year its month's anchors give it (see :func:`_carry_year`)."""
    para = bisect.bisect_left(breaks, a.start)
    same = [(bisect.bisect_left(breaks, pos) == para, y) for pos, y, mo in anchors if mo == a.month]
    pool = {y for near, y in same if near} or ({y for _, y in same} if one_year else set())
    if len(pool) != 1:
        return a
    year = pool.pop()
    latest, days = guard
    # "đêm ngày 15/1/2011 ... Ngày 15/1": the same day dated in full is safe in any year
    if year >= latest or (year, a.month, a.day) in days:
        return dataclasses.replace(a, year=year, inferred=True)
    return a


def _latest_dated_year(text: str, atoms: list[_Atom]) -> int:
    """The latest year of a day or month the article dates in full ("tháng 4-2016"): an
    undated day may be in that year or after it, so an earlier year of the same month
    ("ngày 10-5-2015") is no safe guess for it ("Ngày 15-5, tòa xử phúc thẩm")."""
    return max((a.year for a in atoms if (a.kind in ("D", "T", "M") or a.typ == "datetime_range")
                and a.year is not None
                and not (a.resolved or a.inferred) and not _born(text, a)
                and not _document_date(text, a.start) and not _compared(text, a.start)), default=0)


def _part_key(a: _Atom) -> tuple | None:
    """Which part of a year ``a`` is ("6 tháng đầu năm": months 1-6; "quý II": quarter 2)."""
    if a.kind == "R":
        return ("R", a.month, a.n2)
    if a.kind == "Q":
        return ("Q", a.n if a.n is not None else (a.month - 1) // 3 + 1)
    return None


def _carry_part(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A part of a year written without its year ("6 tháng đầu năm", "quý II") is the one the
    article dates elsewhere with one year ("CPI 6 tháng đầu năm 2017 ... trong 6 tháng đầu
    năm"); none when it dates it with several, or only in a comparison ("so với 6 tháng đầu
    năm 2016"). Such values are marked ``inferred``."""
    years: dict[tuple, set[int]] = {}
    for a in atoms:
        key = _part_key(a)
        if key and a.year is not None and not (a.inferred or a.resolved) and not _compared(text, a.start):
            years.setdefault(key, set()).add(a.year)
    if not years:
        return atoms
    out = []
    for a in atoms:
        pool = years.get(_part_key(a), set()) if a.year is None and a.needs_ref is None else set()
        out.append(dataclasses.replace(a, year=next(iter(pool)), inferred=True) if len(pool) == 1 else a)
    return out


def _carry_this_year(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Undated days and months take the year the article ties "năm nay" to ("Tuần lễ vải thiều
    năm 2017 ... tuần lễ vải thiều năm nay ... từ ngày 16/6"); see :mod:`._dates_current`."""
    if not any(_undated(a) for a in atoms):
        return atoms
    year = C.this_year(text, lambda pos: _compared(text, pos))
    if year is None:
        return atoms
    return [dataclasses.replace(a, year=year, inferred=True) if _undated(a) else a for a in atoms]


def _chap_before_tet(text: str, atoms: list[_Atom], ref: dt.datetime | None) -> list[_Atom]:
    """"Tết Đinh Dậu 2017 (từ 29 tháng Chạp ...)": a last-month day that took the year of a Tết
    the article names is in the lunar year before that Tết."""
    atoms = [_eve_year(a, ref) for a in atoms]
    chap = [a for a in atoms if a.kind == "L" and a.month == 12 and a.inferred and a.typ != "tet_eve"]
    if not chap:
        return atoms
    base = ref.year if ref is not None else max((a.year for a in atoms if a.year), default=None)
    tet = L.tet_years(text, _cycle_pattern(), lambda name: _cycle_in(_cycle(name), base, ref),
                      lambda pos: _compared(text, pos))
    return [dataclasses.replace(a, year=a.year - 1) if a in chap and a.year in tet else a
            for a in atoms]


def _eve_year(a: _Atom, ref: dt.datetime | None) -> _Atom:
    """"30 Tết" given the year of its context is in the lunar year before that year's Tết;
    given the reference date, it is the one of the two nearest that date."""
    if a.typ != "tet_eve" or a.year is None:
        return a
    if a.inferred:
        return dataclasses.replace(a, year=a.year - 1, typ=None)
    if a.resolved and ref is not None:
        def gap(year: int) -> int:
            day = V.lunar_to_solar(year, a.month, a.day)
            return abs((day - ref.date()).days) if day is not None else 10 ** 6
        return dataclasses.replace(a, year=min((a.year - 1, a.year), key=gap), typ=None)
    return a


@cache
def _month_part_link() -> re.Pattern[str]:
    return re.compile(rf"(?i:\s*(?:{alt('year_list_links')})?\s*)")


def _month_before_part(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """A month joined to the first months of a year that end with it shares their year:
    "Tháng 5 và 5 tháng đầu năm 2017" (May 2017, and January to May 2017), as reports of a
    month and of the year so far write them."""
    link = _month_part_link()
    out = list(atoms)
    for i, (a, b) in enumerate(zip(atoms, atoms[1:], strict=False)):
        if a.kind == "M" and a.year is None and a.needs_ref is None and b.kind == "R" and \
                b.year is not None and b.month == 1 and b.n2 == a.month and link.fullmatch(text, a.end, b.start):
            out[i] = dataclasses.replace(a, year=b.year)
    return out


def _article_years(text: str, atoms: list[_Atom], ref: dt.datetime | None) -> list[_Atom]:
    """The passes over the whole article: years carried to undated days (no reference date),
    then a day and its reading in the other calendar given one year."""
    if ref is None:
        atoms = _carry_this_year(text, _carry_part(text, _carry_year(text, atoms)))
    atoms = _chap_before_tet(text, atoms, ref)
    return L.date_glosses(text, atoms, {y for a in atoms if not _born(text, a) for y in _written(a)})


def _written(a: _Atom) -> set[int]:
    """The years an expression writes ("giai đoạn 2021 - 2025" writes two)."""
    if a.year is None or a.resolved or a.inferred:
        return set()
    years = {a.year}
    if a.kind == "P" and a.n:
        years.add(a.n)
    if a.kind == "P" and a.typ is None and a.n2:
        years.add(a.n2)
    return years


def _undated(a: _Atom) -> bool:
    return a.year is None and a.month is not None and (
        a.kind in _YEARLESS or (a.kind == "P" and a.typ in ("day_range", "month_range",
                                                             "time_range", "datetime_range")))


def _render(atom: _Atom) -> tuple[str, str] | None:
    k = atom.kind
    if k == "D":
        return "date", V.fmt_date(atom.year, atom.month, atom.day)
    if k == "T":
        return "datetime", (V.fmt_date(atom.year, atom.month, atom.day) + "T"
                            + V.fmt_time(atom.hour, atom.minute, atom.second))
    if k == "M":
        return "month", V.fmt_month(atom.year, atom.month)
    if k == "Y":
        return "year", str(atom.year)
    if k == "Q":
        q = atom.n if atom.n is not None else (atom.month - 1) // 3 + 1
        return "quarter", f"{V.fmt_year(atom.year)}-Q{q}"
    if k == "R":
        first, last = atom.month, atom.n2
        if (first, last) in ((1, 6), (7, 12)):
            return "half", f"{V.fmt_year(atom.year)}-H{1 if first == 1 else 2}"
        return "period", f"{V.fmt_month(atom.year, first)}/{V.fmt_month(atom.year, last)}"
    if k == "P" and atom.typ == "lunar_range":
        return _lunar_range_value(atom)
    if k == "P":
        return "period", _period_value(atom)
    if k == "U":
        return "duration", atom.value
    if k == "E":   # a set ("XXXX-WXX-6") or a century ("19")
        return (atom.typ if atom.typ in ("century", "decade") else "set"), atom.value
    if k == "S":
        return "season", f"{V.fmt_year(atom.year)}-{atom.value}"
    if k == "L":
        if atom.year is None:
            return None
        solar = V.lunar_to_solar(atom.year, atom.month, atom.day)
        return None if solar is None else ("lunar", solar.isoformat())
    return None


def _lunar_range_value(atom: _Atom) -> tuple[str, str] | None:
    """The solar days of a range of lunar days ("ngày 11 đến 16 tháng Giêng năm Đinh Dậu" →
    ``2017-02-07/2017-02-12``); none without the lunar year."""
    if atom.year is None:
        return None
    first = V.lunar_to_solar(atom.year, atom.month, atom.day)
    last = V.lunar_to_solar(atom.year, atom.hour, atom.minute)
    return None if first is None or last is None else ("period", f"{first.isoformat()}/{last.isoformat()}")


def _period_value(atom: _Atom) -> str:
    if atom.typ == "month_range":
        end_year = atom.n if atom.n is not None else atom.year
        return f"{V.fmt_month(atom.year, atom.month)}/{V.fmt_month(end_year, atom.n2)}"
    if atom.typ == "day_range":
        end_year = atom.n if atom.n is not None else atom.year
        return (f"{V.fmt_date(atom.year, atom.month, atom.day)}/"
                f"{V.fmt_date(end_year, atom.hour, atom.minute)}")
    if atom.typ == "datetime_range":
        end = atom.until
        end_year = end.year if end.year is not None else atom.year
        return (f"{V.fmt_date(atom.year, atom.month, atom.day)}T{V.fmt_time(atom.hour, atom.minute, atom.second)}/"
                f"{V.fmt_date(end_year, end.month, end.day)}T{V.fmt_time(end.hour, end.minute, end.second)}")
    if atom.typ == "time_range":
        day = V.fmt_date(atom.year, atom.month, atom.day)
        return (f"{day}T{V.fmt_time(atom.n, atom.n2, None)}/"
                f"{day}T{V.fmt_time(atom.hour, atom.minute, atom.second)}")
    return atom.value


@cache
def _lead_res() -> dict[str, re.Pattern[str]]:
    """Words that open an expression's reading but are no part of its text, as the gold spans
    write them: the preposition of a clock time ("vào khoảng 16h ngày 9/7" → "16h ngày 9/7"),
    the verb before a length of hours ("kéo dài gần 12 giờ" → "gần 12 giờ"), "sinh" before a
    year of birth ("sinh năm 1983" → "năm 1983")."""
    w = words()
    return {
        "U": re.compile(rf"(?i:(?:{alt([x for x in w['duration_intro'] if x not in w['duration_mods']])})\s+)"),
        "Y": re.compile(rf"(?i:(?:{alt('birth_lead_words')})\s+(?=\S+\s+\d))"),
    }


def _approx_words() -> list[str]:
    """The words before a count that make it approximate ("gần", "khoảng", "tầm")."""
    return [w for w, mod in words()["duration_mods"].items() if mod == "APPROX"]


@cache
def _near_before() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_B}(?P<w>{alt(_approx_words())})\s+)$")


def _near_clock(text: str, atom: _Atom) -> _Atom:
    """"gần 8h cùng ngày", "tầm 9 giờ sáng": an approximator right before a clock reading
    belongs to it and makes it approximate (TIMEX3 mod APPROX), as "khoảng" does."""
    if atom.kind != "T" or atom.mod is not None:
        return atom
    nm = _near_before().search(text, max(0, atom.start - 16), atom.start)
    return atom if nm is None else dataclasses.replace(atom, start=nm.start(), mod="APPROX")


def _trimmed(text: str, atom: _Atom) -> _Atom:
    rx = _lead_res().get(atom.kind)
    lm = rx.match(text, atom.start, atom.end) if rx is not None else None
    if lm is None or lm.end() >= atom.end:
        return atom
    return dataclasses.replace(atom, start=lm.end())


def find_dates(text: str, reference_date: dt.date | None = None) -> list[DateMention]:
    """Find temporal expressions and give their ISO 8601 / TIMEX3 values.

    Parameters
    ----------
    text : str
        Normalised text (see :func:`vngovnlp.normalize.normalize`).
    reference_date : datetime.date or None
        The date relative and partial expressions are completed from (in the pipeline, the
        article's published date). Without it a day without a year is ``XXXX-MM-DD`` and
        purely relative expressions ("hôm qua") are left out.

    Returns
    -------
    list of DateMention
        In text order; ``text == source[start:end]``.

    Examples
    --------
    >>> [(d.text, d.value) for d in find_dates("Chiều 22/9, tổng kết giai đoạn 2009 - 2019.")]
    [('Chiều 22/9', 'XXXX-09-22'), ('giai đoạn 2009 - 2019', '2009/2019')]
    >>> import datetime
    >>> [d.value for d in find_dates("thứ 5 tuần trước", datetime.date(2024, 3, 13))]
    ['2024-03-07']
    >>> [(d.value, d.inferred_year) for d in find_dates("Từ 3 - 9/6/2018. Sáng 15/6, đoàn về.")]
    [('2018-06-03/2018-06-09', False), ('2018-06-15', True)]
    >>> [(d.value, d.mod) for d in find_dates("suốt hơn 20 năm qua")]
    [('P20Y', 'MORE_THAN')]
    >>> [(d.value, d.mod) for d in find_dates("Vụ cháy (từ khoảng 13h30 ngày 5/6 đến 13h ngày 6/6).")]
    [('XXXX-06-05T13:30/XXXX-06-06T13:00', 'APPROX')]
    """
    if not text or text.isspace():
        return []
    ref = None
    if reference_date is not None:
        ref = dt.datetime.combine(reference_date, dt.time()) \
            if not isinstance(reference_date, dt.datetime) else reference_date
    atoms = _join_datetimes(text, _join(text, _join_weekdays(text, _select(_candidates(text)))))
    atoms = _after_event(text, _same_day(text, _cycle_years(text, atoms, ref)))
    atoms = _month_before_part(text, atoms)
    bounds = [m.end() for m in _sentence_re().finditer(text)]
    latest = _latest_dated_year(text, atoms)
    done = []
    for atom in atoms:
        if atom.kind == "W" and (ref is None or atom.typ == "weak"):
            continue
        if (atom.kind == "T" or atom.typ == "time_range") and atom.day is None and ref is None:
            continue
        finished = _finish(text, atom, ref, bounds, latest)
        if finished is not None:
            done.append(finished)
    done = _article_years(text, done, ref)
    out = []
    for atom in done:
        rendered = _render(atom)
        if rendered is None:
            continue
        typ, value = rendered
        atom = _near_clock(text, _trimmed(text, atom))
        out.append(DateMention(text=text[atom.start:atom.end], start=atom.start, end=atom.end,
                               type=typ, value=value, resolved=atom.resolved,
                               inferred_year=atom.inferred, mod=atom.mod))
    return out
