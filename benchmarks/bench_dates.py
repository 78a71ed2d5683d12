"""vngovnlp's dates against dateparser on public Vietnamese date corpora, in one run.

Corpora (``../shared/corpus/dates/``, research data, not shipped):

* ``duckling_vi.tsv``: Duckling's Vietnamese corpus. ``Time`` rows are positives, with
  Duckling's expected value at reference time 2017-02-02 03:55 (a Thursday); ``Numeral`` and
  ``AmountOfMoney`` rows are negatives (no date must be found in "100k" or "10 đô").
* ``dateparser_vi_params.tsv``: the Vietnamese strings of dateparser's own tests. Their expected
  values are written below (``DATEPARSER_EXPECTED``) from the translations in that file.

What counts as right (the same rule for both systems):

* positive: the system gives exactly one reading of the *whole* phrase (vngovnlp: one mention
  spanning the phrase; dateparser: ``dateparser.parse`` on the phrase, which always reads the
  whole string) and the start of that reading, truncated to the expected grain (second, minute,
  hour, day, ISO week, month, quarter, year), equals the expected start. For intervals the
  expected start is the interval's start. A vngovnlp value without a start (a duration ``P3D``,
  ``XXXX-09-26``) is wrong;
* search rows (dateparser's ``search_dates`` tests): the list of (text, start at the expected
  grain) found in the sentence equals the expected list (vngovnlp: ``find_dates``);
* negative: no date at all.

Usage: python benchmarks/bench_dates.py [--shared ../shared] [--misses]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import warnings
from pathlib import Path

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
DUCKLING_REF = dt.datetime(2017, 2, 2, 3, 55)
GRAINS = ("Second", "Minute", "Hour", "Day", "Week", "Month", "Quarter", "Year")

# dateparser's Vietnamese test strings: expected start and grain, from the English
# translations in dateparser_vi_params.tsv, read against DUCKLING_REF ("21 giờ trước" =
# "21 hour ago"). "2 tuần 3 ngày" is a length of time: dateparser's tests read it as
# "17 days ago", vngovnlp as the duration P2W3D; either reading counts as right.
_R = DUCKLING_REF
DATEPARSER_EXPECTED = {
    "Thứ Năm, ngày 8 tháng 1 năm 2015": (dt.datetime(2015, 1, 8), "Day"),
    "Thứ Tư, 07/01/2015 | 22:34": (dt.datetime(2015, 1, 7, 22, 34), "Minute"),
    "9 Tháng 1 2015 lúc 15:08": (dt.datetime(2015, 1, 9, 15, 8), "Minute"),
    "2 tuần 3 ngày": (_R - dt.timedelta(days=17), "Day"),
    "21 giờ trước": (_R - dt.timedelta(hours=21), "Hour"),
    "Hôm qua 08:16": (dt.datetime(2017, 2, 1, 8, 16), "Minute"),
    "Hôm nay 15:39": (dt.datetime(2017, 2, 2, 15, 39), "Minute"),
    "sau 22 giờ nữa": (_R + dt.timedelta(hours=22), "Hour"),
    "15 tháng trước": (dt.datetime(2015, 11, 2), "Day"),
    "tuần sau": (dt.datetime(2017, 2, 9), "Week"),
}
DURATION_OK = {"2 tuần 3 ngày": "P2W3D"}


def truncate(moment: dt.datetime, grain: str) -> dt.datetime:
    if grain == "Second":
        return moment.replace(microsecond=0)
    if grain == "Minute":
        return moment.replace(second=0, microsecond=0)
    if grain == "Hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = dt.datetime(moment.year, moment.month, moment.day)
    if grain == "Day":
        return day
    if grain == "Week":
        return day - dt.timedelta(days=day.weekday())
    if grain == "Month":
        return day.replace(day=1)
    if grain == "Quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def value_start(value: str) -> dt.datetime | None:
    """The first instant of a vngovnlp value; ``None`` for durations and unknown years."""
    value = value.split("/")[0]
    if value.startswith(("P", "X")):
        return None
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return dt.datetime(int(m[1]), 3 * int(m[2]) - 2, 1)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return dt.datetime(int(m[1]), 6 * int(m[2]) - 5, 1)
    if re.fullmatch(r"\d{4}", value):
        return dt.datetime(int(value), 1, 1)
    if re.fullmatch(r"\d{4}-\d\d", value):
        return dt.datetime.fromisoformat(value + "-01")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def parse_duckling(expected: str) -> tuple[dt.datetime, str]:
    nums = [int(x) for x in re.findall(r"-?\d+", expected)]
    grain = expected.split()[-1]
    return dt.datetime(*nums[:6]), grain


def vngovnlp_reading(phrase: str, ref: dt.datetime) -> tuple[str, dt.datetime | None] | None:
    text = normalize(phrase).text
    found = find_dates(text, reference_date=ref)
    if len(found) != 1 or found[0].text != text.strip():
        return None
    return found[0].value, value_start(found[0].value)


def dateparser_reading(phrase: str, ref: dt.datetime):
    import dateparser

    return dateparser.parse(phrase, languages=["vi"], settings={"RELATIVE_BASE": ref})


def right(start: dt.datetime | None, expected: dt.datetime, grain: str) -> bool:
    return start is not None and truncate(start, grain) == truncate(expected, grain)


def search_grain(text: str) -> str:
    low = text.lower()
    if re.search(r"\d+/\d+/\d+|ngày", low):
        return "Day"
    return "Month" if "tháng" in low else "Year"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--misses", action="store_true", help="print the phrases each misses")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    import dateparser.search

    folder = args.shared / "corpus" / "dates"
    with (folder / "duckling_vi.tsv").open(encoding="utf-8") as f:
        duckling = list(csv.DictReader(f, delimiter="\t"))
    with (folder / "dateparser_vi_params.tsv").open(encoding="utf-8") as f:
        params = list(csv.DictReader(f, delimiter="\t"))

    print(__doc__.split("What counts as right", 1)[1].split("Usage:")[0].strip()
          .join(("What counts as right ", "")))
    score = {"vngovnlp": {}, "dateparser": {}}
    misses = {"vngovnlp": [], "dateparser": []}

    def tally(group: str, system: str, ok: bool, phrase: str) -> None:
        hit, total = score[system].get(group, (0, 0))
        score[system][group] = (hit + ok, total + 1)
        if not ok:
            misses[system].append(f"{group}: {phrase}")

    for row in duckling:
        phrase = row["text"]
        if row["dimension"] == "Time":
            expected, grain = parse_duckling(row["expected(haskell)"])
            ours = vngovnlp_reading(phrase, DUCKLING_REF)
            tally("duckling positives", "vngovnlp", bool(ours) and right(ours[1], expected, grain),
                  phrase)
            theirs = dateparser_reading(phrase, DUCKLING_REF)
            tally("duckling positives", "dateparser", right(theirs, expected, grain), phrase)
        else:
            tally("duckling negatives", "vngovnlp",
                  not find_dates(normalize(phrase).text, DUCKLING_REF), phrase)
            tally("duckling negatives", "dateparser",
                  dateparser_reading(phrase, DUCKLING_REF) is None, phrase)

    seen = set()
    for row in params:
        call = row["param_call"]
        if call.lstrip().startswith("#") or "'vi'" not in call:
            continue
        phrase = re.search(r"param\('vi',\s*'([^']*)'", call)[1]
        if phrase in seen:
            continue
        seen.add(phrase)
        if row["test_function"] == "test_search_and_parse" or \
                row["test_function"] == "test_relative_base_setting":
            pairs = re.findall(r"\('([^']*)', datetime\.datetime\(([\d, ]+)\)\)", call)
            expected = [(t, dt.datetime(*[int(x) for x in d.split(",")][:3])) for t, d in pairs]
            base = dt.datetime(2000, 1, 1) if "RELATIVE_BASE" in call else None
            found = find_dates(normalize(phrase).text, base.date() if base else None)
            ours = [(m.text, value_start(m.value)) for m in found]
            ok = len(ours) == len(expected) and all(
                t == et and right(s, e, search_grain(et)) for (t, s), (et, e) in zip(ours, expected, strict=True))
            tally("dateparser search rows", "vngovnlp", ok, phrase)
            settings = {"RELATIVE_BASE": base} if base else None
            theirs = dateparser.search.search_dates(phrase, languages=["vi"], settings=settings)
            theirs = theirs or []
            ok = len(theirs) == len(expected) and all(
                t == et and right(s, e, search_grain(et)) for (t, s), (et, e) in zip(theirs, expected, strict=True))
            tally("dateparser search rows", "dateparser", ok, phrase)
        elif phrase in DATEPARSER_EXPECTED:
            expected, grain = DATEPARSER_EXPECTED[phrase]
            ours = vngovnlp_reading(phrase, DUCKLING_REF)
            ok = bool(ours) and (right(ours[1], expected, grain) or ours[0] == DURATION_OK.get(phrase))
            tally("dateparser phrases", "vngovnlp", ok, phrase)
            theirs = dateparser_reading(phrase, DUCKLING_REF)
            tally("dateparser phrases", "dateparser", right(theirs, expected, grain), phrase)

    print()
    groups = list(score["vngovnlp"])
    print(f"{'':26}" + "".join(f"{g:>26}" for g in groups) + f"{'total':>12}")
    for system in ("vngovnlp", "dateparser"):
        cells = [score[system][g] for g in groups]
        hit, total = sum(c[0] for c in cells), sum(c[1] for c in cells)
        print(f"{system:26}" + "".join(f"{f'{h}/{t}':>26}" for h, t in cells)
              + f"{f'{hit}/{total}':>12}")
    if args.misses:
        for system in misses:
            print(f"\n== {system} misses ({len(misses[system])})")
            print("\n".join(misses[system]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
