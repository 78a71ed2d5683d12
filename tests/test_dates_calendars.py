"""Years that come from the article: a day and its reading in the other calendar, the Tết an
article names, years of birth, relative years of parts of a year, and counts of hours that no
clock reads (issue #17). Rows are phrases written for these tests, not gold sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates

REF = dt.date(2017, 6, 20)


def _values(text: str, ref: dt.date | None = None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, ref)]


# a solar day and its lunar reading ("tức", brackets) name one day: one year for both
GLOSSES = [
    # the lunar reading dated by the year the article writes, checked against the calendar
    ("Năm 2017, sáng 6/2 (tức mùng 10 tháng Giêng), lễ hội mở.",
     [("Năm 2017", "2017"), ("sáng 6/2", "2017-02-06"), ("mùng 10 tháng Giêng", "2017-02-06")]),
    ("Lễ hội năm 2016 khai mạc ngày 17/2, tức mùng 10 tháng Giêng.",
     [("năm 2016", "2016"), ("ngày 17/2", "2016-02-17"), ("mùng 10 tháng Giêng", "2016-02-17")]),
    # the lunar year named gives the solar day its year
    ("Ngày thơ diễn ra vào rằm tháng Giêng năm 2018 (ngày 2/3).",
     [("rằm tháng Giêng năm 2018", "2018-03-02"), ("ngày 2/3", "2018-03-02")]),
    # the solar year gives the lunar day its year
    ("Hội làng mở chiều 3/2/2017 (tức mùng 7 tháng Giêng).",
     [("chiều 3/2/2017", "2017-02-03"), ("mùng 7 tháng Giêng", "2017-02-03")]),
    # no year anywhere: the lunar day names the solar day it glosses
    ("Sáng 6/2 (tức mùng 10 tháng Giêng), du khách về dự hội.",
     [("Sáng 6/2", "XXXX-02-06"), ("mùng 10 tháng Giêng", "XXXX-02-06")]),
    # a written year in which the two readings disagree dates neither solar day
    ("Năm 2017, sáng 9/2 (tức mùng 10 tháng Giêng), hội mở.",
     [("Năm 2017", "2017"), ("sáng 9/2", "XXXX-02-09"), ("mùng 10 tháng Giêng", "2017-02-06")]),
    # no link between them ("và"): two days, no gloss
    ("Năm 2019 hội mở ngày 5/2 và mùng 9 tháng Giêng.",
     [("Năm 2019", "2019"), ("ngày 5/2", "XXXX-02-05"), ("mùng 9 tháng Giêng", "2019-02-13")]),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSES)
def test_glosses(text, expected):
    assert _values(text) == expected


# the Tết an article names dates its lunar days; "tháng Chạp" is the month before that Tết
TET = [
    ("Dịp Tết Nguyên đán 2017, ngày mùng 7 Tết các cơ quan làm việc.",
     [("2017", "2017"), ("mùng 7 Tết", "2017-02-03")]),
    ("Trong 7 ngày Tết Đinh Dậu 2017 (từ 23 tháng Chạp), chợ hoa đông.",
     [("7 ngày", "P7D"), ("2017", "2017"), ("23 tháng Chạp", "2017-01-20")]),
    ("Tết Kỷ Hợi năm 2019, mùng 1 Tết trời nắng, 23 tháng Chạp cúng ông Công.",
     [("năm 2019", "2019"), ("mùng 1 Tết", "2019-02-05"), ("23 tháng Chạp", "2019-01-28")]),
    # two Tết named: no one year for the lunar days
    # a Tết only compared with names no year: the other one dates the lunar days
    ("Tết Đinh Dậu 2017 (từ 29 tháng Chạp), chợ đông hơn cùng kỳ Tết 2016.",
     [("2017", "2017"), ("29 tháng Chạp", "2017-01-26"), ("2016", "2016")]),
    ("Tết năm 2016 và Tết năm 2017 đều đông. Mùng 3 Tết, chợ vắng.",
     [("năm 2016", "2016"), ("năm 2017", "2017")]),
]


@pytest.mark.parametrize(("text", "expected"), TET)
def test_tet_years(text, expected):
    assert _values(text) == expected


# a year of birth dates no event: it lends no year to the undated day beside it
BIRTH = [
    ("Sáng mùng 7 Tết, bà D (SN 1969) đi du lịch.", [("SN 1969", "1969")]),
    ("Ông A (sinh năm 1975) cho biết, trong quý II doanh thu tăng.",
     [("năm 1975", "1975"), ("quý II", "XXXX-Q2")]),
    ("Anh B, sinh năm 1990, kể về rằm tháng Giêng ở quê.", [("năm 1990", "1990")]),
    # a year that is no birth year still carries ("quý II năm 2016 ... quý III")
    ("Doanh thu quý II năm 2016 và quý III tăng.",
     [("quý II năm 2016", "2016-Q2"), ("quý III", "2016-Q3")]),
]


@pytest.mark.parametrize(("text", "expected"), BIRTH)
def test_birth_years_lend_no_year(text, expected):
    assert _values(text) == expected


# parts of a year and months with a relative year: the reference date's year moved, never a
# year written nearby; without a reference and nothing to count from, "năm ngoái" is left out
RELATIVE = [
    ("Lãi suất sẽ giảm trong nửa cuối năm nay, sau năm 2018.", None,
     [("nửa cuối năm nay", "XXXX-H2"), ("năm 2018", "2018")]),
    ("Lãi suất sẽ giảm trong nửa cuối năm nay, sau năm 2018.", REF,
     [("nửa cuối năm nay", "2017-H2"), ("năm 2018", "2018")]),
    ("Kế hoạch 6 tháng đầu năm nay và năm 2020.", None,
     [("6 tháng đầu năm nay", "XXXX-H1"), ("năm 2020", "2020")]),
    ("So với 6 tháng đầu năm ngoái, xuất khẩu tăng.", REF, [("6 tháng đầu năm ngoái", "2016-H1")]),
    ("Hồi tháng 7 năm ngoái, công ty cho biết.", None, []),
    ("Hồi tháng 7 năm ngoái, công ty cho biết.", REF, [("tháng 7 năm ngoái", "2016-07")]),
    # counted back from the year the sentence writes
    ("Tháng 5/2018 tăng so với tháng 12 năm trước.", None,
     [("Tháng 5/2018", "2018-05"), ("tháng 12 năm trước", "2017-12")]),
    # "tiếp" of "tiếp tục" is no modifier: "6 tháng đầu năm" takes the year written next to it
    ("6 tháng đầu năm tiếp tục tăng, cả năm 2017 đạt kế hoạch.", None,
     [("6 tháng đầu năm", "2017-H1"), ("năm 2017", "2017")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), RELATIVE)
def test_relative_years(text, ref, expected):
    assert _values(text, ref) == expected


# hours no clock reads are lengths of time even without "trong", "mất"; others stay clock times
HOURS = [
    ("Anh hoàn thành chặng đua với thời gian 35,5 giờ.", [("35,5 giờ", "PT35.5H")]),
    ("Chiến dịch diễn ra liên tục 72 giờ.", [("72 giờ", "PT72H")]),
    ("Chỉ sau 5 giờ đồng hồ, đội cứu hộ đã tới.", [("5 giờ đồng hồ", "PT5H")]),
    ("Sau 48 giờ kể từ khi nhận tin, đoàn lên đường.", [("48 giờ", "PT48H")]),
    # clock readings: no length of time
    ("Đến 17 giờ, mưa tạnh.", []),
    # ("24 giờ ngày 5/7" is the end of that day, ISO 8601 "T24:00": see test_dates_unseen4)
    ("Lúc 24 giờ ngày 5/7, tàu cập cảng.", [("Lúc 24 giờ ngày 5/7", "XXXX-07-05T24:00")]),
    ("Sau 22 giờ, khu phố yên tĩnh.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOURS)
def test_hours_no_clock_reads(text, expected):
    assert _values(text) == expected


# a part of a year without its year is the one the article dates elsewhere with one year
PARTS = [
    ("CPI 6 tháng đầu năm 2017 tăng 4%. Trong 6 tháng đầu năm, giá xăng giảm.",
     [("6 tháng đầu năm 2017", "2017-H1"), ("6 tháng đầu năm", "2017-H1")]),
    ("Lợi nhuận quý II/2018 tăng. Sang quý II, ngân hàng mở thêm chi nhánh.",
     [("quý II/2018", "2018-Q2"), ("quý II", "2018-Q2")]),
    # dated with two years: none chosen
    ("Quý III/2016 và quý III/2017 đều tăng. Riêng quý III, thu ngân sách giảm.",
     [("Quý III/2016", "2016-Q3"), ("quý III/2017", "2017-Q3"), ("quý III", "XXXX-Q3")]),
    # dated only in a comparison: not the year of the events
    ("Tăng 8 vụ so với 6 tháng đầu năm 2016.\nTrong 6 tháng đầu năm, có 33 vụ.",
     [("6 tháng đầu năm 2016", "2016-H1"), ("6 tháng đầu năm", "XXXX-H1")]),
    # another part of the year takes nothing
    ("CPI 6 tháng đầu năm 2017 tăng.\nDự báo 6 tháng cuối năm sẽ giảm.",
     [("6 tháng đầu năm 2017", "2017-H1"), ("6 tháng cuối năm", "XXXX-H2")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_parts_of_a_year_dated_elsewhere(text, expected):
    assert _values(text) == expected


# the year an article ties "năm nay" to dates its undated days (no reference date)
THIS_YEAR = [
    ("Kỳ thi THPT quốc gia năm 2018 có điểm mới. Kỳ thi năm nay bắt đầu ngày 25/6.",
     [("năm 2018", "2018"), ("ngày 25/6", "2018-06-25")]),
    ("Lễ hội hoa năm 2019 thu hút du khách. Lễ hội hoa năm nay kéo dài từ 3 - 9/1.",
     [("năm 2019", "2019"), ("từ 3 - 9/1", "2019-01-03/2019-01-09")]),
    # "năm nay" alone or after a count ties nothing
    ("Năm 2016 công ty lỗ. Năm nay, công ty có lãi từ ngày 12/3.",
     [("Năm 2016", "2016"), ("ngày 12/3", "XXXX-03-12")]),
    ("Nhiều năm nay, hội làng mở ngày 12/3. Năm 2015 hội lớn nhất.",
     [("ngày 12/3", "XXXX-03-12"), ("Năm 2015", "2015")]),
    # a place before "năm nay" is no thing of the year
    ("Hội chợ tại Hà Nội năm 2017 đông. Ở Hà Nội năm nay, hội chợ mở ngày 5/5.",
     [("năm 2017", "2017"), ("ngày 5/5", "XXXX-05-05")]),
    # tied to two years: none chosen
    ("Giải chạy năm 2016 và giải chạy năm 2017 đều đông. Giải chạy năm nay diễn ra ngày 8/10.",
     [("năm 2016", "2016"), ("năm 2017", "2017"), ("ngày 8/10", "XXXX-10-08")]),
    # only compared with: ties nothing
    ("Bắc Giang tổ chức tuần lễ vải sớm hơn năm 2016. Tuần lễ vải năm nay mở ngày 16/6.",
     [("năm 2016", "2016"), ("ngày 16/6", "XXXX-06-16")]),
]


@pytest.mark.parametrize(("text", "expected"), THIS_YEAR)
def test_this_year(text, expected):
    assert _values(text) == expected


# a bare "2/3" after a word of amount is a fraction; a lunar month has no calendar value
NOT_DATES = [
    ("Diện tích ớt đã thu hoạch ngót 2/3, giá càng giảm.", []),
    ("Số hộ nghèo giảm gần 1/2.", []),
    ("Lúa chiếm khoảng 3/4, còn lại là màu.", []),
    ("Giá ớt qua tháng 3 âm lịch tăng mạnh.", []),
    # a day word, a part of day or the end of a range keeps the date
    ("Đoàn về ngày 2/3, gặp dân.", [("ngày 2/3", "XXXX-03-02")]),
    ("Hội chợ mở từ 25/2 đến 1/3.", [("từ 25/2 đến 1/3", "XXXX-02-25/XXXX-03-01")]),
    ("Giá ớt tháng 3 tăng mạnh.", [("tháng 3", "XXXX-03")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_DATES)
def test_fractions_and_lunar_months(text, expected):
    assert _values(text) == expected


# "năm trước/ngoái" counts back only from the year of a written month or day; a light-year
# is a distance
COUNT_BACK = [
    ("Tháng 5 năm 2017 tăng so với tháng 12 năm trước.",
     [("Tháng 5 năm 2017", "2017-05"), ("tháng 12 năm trước", "2016-12")]),
    ("Ngày 3/4/2018, giá giảm so với tháng 12 năm ngoái.",
     [("Ngày 3/4/2018", "2018-04-03"), ("tháng 12 năm ngoái", "2017-12")]),
    # a year standing alone (a deadline) is no year to count back from
    ("Hồi tháng 11 năm ngoái, anh đã gia hạn hợp đồng tới năm 2021.", [("năm 2021", "2021")]),
    ("Hành tinh cách Trái Đất 39 năm ánh sáng.", []),
    ("Sau 39 năm, ông trở lại quê.", [("39 năm", "P39Y")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_BACK)
def test_count_back_and_light_years(text, expected):
    assert _values(text) == expected
