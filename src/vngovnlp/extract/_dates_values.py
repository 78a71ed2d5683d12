"""Calendar arithmetic and ISO 8601 / TIMEX3 formatting for the dates extractor.

Lunar dates are converted with :mod:`lunardate`, which implements the *Chinese* calendar
(computed for UTC+8). The Vietnamese calendar is computed for UTC+7, and the two differ on
rare years when a new moon falls between 16:00 and 17:00 UTC (Tết 2007 came one day earlier in
Viet Nam; in 1985 the leap month differed and Tết came a month apart); conversions for such
years may be a day or a month off.
"""
from __future__ import annotations

import datetime as dt

__all__ = ["add_months", "fmt_date", "fmt_month", "lunar_to_solar", "month_end", "shift"]


def fmt_year(year: int | None) -> str:
    return "XXXX" if year is None else f"{year:04d}"


def fmt_date(year: int | None, month: int, day: int) -> str:
    """``2019-09-26`` or ``XXXX-09-26`` when the year is unknown."""
    return f"{fmt_year(year)}-{month:02d}-{day:02d}"


def fmt_month(year: int | None, month: int) -> str:
    return f"{fmt_year(year)}-{month:02d}"


def fmt_time(hour: int, minute: int, second: int | None) -> str:
    return f"{hour:02d}:{minute:02d}" + ("" if second is None else f":{second:02d}")


def valid_date(year: int | None, month: int, day: int) -> bool:
    """Whether the day exists (29 February is accepted when the year is unknown)."""
    try:
        dt.date(2000 if year is None else year, month, day)
    except ValueError:
        return False
    return True


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of the month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, month_end(year, month + 1)))


def month_end(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def shift(ref: dt.datetime, unit: str, n: int) -> dt.datetime:
    """``ref`` moved by ``n`` units (``Y``, ``Q``, ``M``, ``W``, ``D``, ``H``, ``MIN``, ``S``)."""
    if unit in ("Y", "Q", "M"):
        months = n * {"Y": 12, "Q": 3, "M": 1}[unit]
        day = add_months(ref.date(), months)
        return ref.replace(year=day.year, month=day.month, day=day.day)
    seconds = {"W": 7 * 86400, "D": 86400, "H": 3600, "MIN": 60, "S": 1}[unit]
    return ref + dt.timedelta(seconds=n * seconds)


def _num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration(parts: list[tuple[float, str]]) -> str:
    """TIMEX duration of ``[(2, "W"), (3, "D")]`` → ``P2W3D``; hours and below after ``T``.

    Counts may be fractions (``[(2.5, "Y")]`` → ``P2.5Y``); quarters are written as months.
    """
    quarters = sum(n for n, u in parts if u == "Q")
    date_part = (f"{_num(quarters * 3)}M" if quarters else "") + "".join(
        f"{_num(n)}{u}" for n, u in parts if u in ("Y", "M", "W", "D"))
    time_part = "".join(f"{_num(n)}{'M' if u == 'MIN' else u}" for n, u in parts
                        if u in ("H", "MIN", "S"))
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def lunar_to_solar(year: int, month: int, day: int) -> dt.date | None:
    """The solar date of a lunar day (non-leap month); ``None`` when it does not exist.

    Examples
    --------
    >>> lunar_to_solar(2024, 1, 15)  # rằm tháng Giêng 2024
    datetime.date(2024, 2, 24)
    """
    from lunardate import LunarDate

    try:
        return LunarDate(year, month, day).toSolarDate()
    except (ValueError, IndexError, OverflowError):
        return None
