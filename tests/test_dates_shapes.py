"""Table rows for the date shapes of issue 17: ranges sharing their month, seasons written
with two years, centuries, weekly sets, the year an article establishes ("năm đó"),
durations, and numbers that are no dates (rounds, amounts, ranges of durations)."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize


def _run(text, ref=None):
    return find_dates(normalize(text).text, reference_date=ref)


# (phrase, reference date, [(type, value), ...] in text order)
ROWS = [
    # day ranges sharing the month and year, each end with its part of the day
    ("Lễ hội kéo dài từ tối 25 đến tối 26/6 tại quảng trường.", None,
     [("period", "XXXX-06-25/XXXX-06-26")]),
    ("Đợt cao điểm diễn ra từ sáng 3 đến chiều 5/7/2018.", None,
     [("period", "2018-07-03/2018-07-05")]),
    ("từ đêm 1 đến sáng 2/9, mưa lớn kéo dài", None, [("period", "XXXX-09-01/XXXX-09-02")]),
    ("Đoàn kiểm tra làm việc từ chiều 12 đến trưa 14/3.", dt.date(2019, 3, 20),
     [("period", "2019-03-12/2019-03-14")]),
    ("từ 3 - 9/6/2018", None, [("period", "2018-06-03/2018-06-09")]),
    ("từ ngày 2 đến 12-8", None, [("period", "XXXX-08-02/XXXX-08-12")]),
    ("Từ 12-8, tỉnh triển khai.", None, [("date", "XXXX-08-12")]),
    ("Ngày 1/8 triệu người xuống đường", None, [("date", "XXXX-08-01")]),
    ("7-8 tháng 3", None, [("period", "XXXX-03-07/XXXX-03-08")]),
    ("Hội chợ mở cửa từ ngày 10 đến hết ngày 15-8.", None, [("period", "XXXX-08-10/XXXX-08-15")]),
    # a season or a school year written with two digits for the second year
    ("Anh vô địch giải hạng nặng (2007-08).", None, [("period", "2007/2008")]),
    ("mùa giải 2016-17 khép lại", None, [("period", "2016/2017")]),
    ("Trong năm học 2019–20, nhà trường tuyển 500 học sinh.", None, [("period", "2019/2020")]),
    # centuries: TIMEX "19" is the twentieth century
    ("trong hơn nửa thế kỉ XX./.", None, [("century", "19")]),
    ("Vào thế kỷ 21, công nghệ phát triển", None, [("century", "20")]),
    ("Ngôi đình được xây từ cuối thế kỷ XIX", None, [("century", "18")]),
    # a weekday every week: a TIMEX set, with or without a reference date
    ("Chương trình phát sóng vào thứ Bảy hàng tuần.", None, [("set", "XXXX-WXX-6")]),
    ("chợ phiên họp vào chủ nhật hằng tuần", None, [("set", "XXXX-WXX-7")]),
    ("Lãnh đạo tiếp dân vào thứ 5 hàng tuần", dt.date(2019, 3, 20), [("set", "XXXX-WXX-4")]),
    # clock times and parts of the day on their date
    ("9h sáng ngày 20/4", None, [("datetime", "XXXX-04-20T09:00")]),
    ("Lúc 7h30 ngày 2/9/2018, đoàn xuất phát.", None, [("datetime", "2018-09-02T07:30")]),
    ("khoảng 21 giờ tối 30/5", None, [("datetime", "XXXX-05-30T21:00")]),
    # durations, approximate or not
    ("hơn 20 năm", None, [("duration", "P20Y")]),
    ("gần hai thập niên", None, [("duration", "P20Y")]),
    ("nửa tháng", None, [("duration", "P15D")]),
    ("45 phút", None, [("duration", "PT45M")]),
    ("đạt danh hiệu 3 năm liền", None, [("duration", "P3Y")]),
    ("Đoàn lưu lại 12 ngày tới 20 tháng 6 mới về", None,
     [("duration", "P12D"), ("date", "XXXX-06-20")]),
]

NEGATIVE = [
    "thứ hai trong tuần này",          # an ordinal, no weekday
    "thế kỷ IIX",                      # not a Roman numeral
    "kỷ lục thế kỷ 3 lần",             # no century in range
    "doanh thu 2015-30 triệu đồng",    # a year and an amount
    "cháu bé 18 tháng tuổi",
    "trẻ từ 3 đến 5 tuổi",
    "Sư đoàn 3 đóng quân",
    # a round of a tournament, an amount
    "Các trận vòng 1/8, tứ kết",
    "nhận mức lương khởi điểm từ 8-12 triệu đồng mỗi tháng.",
    "giá dao động từ 5-7 nghìn đồng/kg",
    "mỗi nhóm từ 3-5 người",
    "khi có từ 2/3 tổng số đại biểu tán thành",
    # a range of durations, each end with its unit, is left out as a range of counts is
    "bị phạt tù từ 2 năm đến 7 năm",
    "thì bị phạt tù từ bảy năm đến mười lăm năm.",
    "phạt tù từ 6 tháng đến 3 năm",
    "thời gian thi công 3 tháng - 5 tháng",
]

# no reference date: (article, [(text, value, inferred_year)])
YEAR_IN_CONTEXT = [
    # the sentence before writes two years: none is carried to the range
    ("Năm 2016 tỉnh đón 2 triệu khách, năm 2017 đón 3 triệu. "
     "Lễ hội kéo dài từ hôm nay (16/6) đến hết ngày 23/6.",
     [("Năm 2016", "2016", False), ("năm 2017", "2017", False),
      ("từ hôm nay (16/6) đến hết ngày 23/6", "XXXX-06-16/XXXX-06-23", False)]),
    # ... unless one is only the year compared with ("sớm hơn năm 2016"): the other carries
    ("Lễ hội năm 2017 tổ chức sớm hơn năm 2016. "
     "Lễ hội kéo dài từ hôm nay (16/6) đến hết ngày 23/6.",
     [("năm 2017", "2017", False), ("năm 2016", "2016", False),
      ("từ hôm nay (16/6) đến hết ngày 23/6", "2017-06-16/2017-06-23", True)]),
    # the year compared with is never carried, even alone
    ("Năm nay lễ hội tổ chức sớm hơn năm 2016. Lễ hội kéo dài từ 16-23/6.",
     [("năm 2016", "2016", False), ("từ 16-23/6", "XXXX-06-16/XXXX-06-23", False)]),
    # a year two sentences back is not carried
    ("Năm 2016, tỉnh đón 2 triệu khách. Năm nay tỉnh chuẩn bị kỹ. "
     "Lễ hội kéo dài từ 16-23/6.",
     [("Năm 2016", "2016", False), ("từ 16-23/6", "XXXX-06-16/XXXX-06-23", False)]),
    # the sentence right before writes one year: carried, marked inferred
    ("Lễ hội năm 2017 do tỉnh tổ chức. Lễ hội kéo dài từ 16-23/6.",
     [("năm 2017", "2017", False), ("từ 16-23/6", "2017-06-16/2017-06-23", True)]),
    # one year in the paragraph: carried to the range, marked inferred
    ("Kế hoạch năm 2017 được ban hành. Theo đó, chiến dịch diễn ra từ 1.3 - 31.5.",
     [("năm 2017", "2017", False), ("từ 1.3 - 31.5", "2017-03-01/2017-05-31", True)]),
    # "năm đó", "năm ấy", "cùng năm" after a month: the year the text wrote last
    ("Năm 2017, khi đang là sinh viên, anh nhận học bổng. Tháng 10 năm đó, anh đến Nhật.",
     [("Năm 2017", "2017", False), ("Tháng 10 năm đó", "2017-10", True)]),
    ("Ông nhập ngũ tháng 2/1968, đến tháng 5 cùng năm thì được kết nạp Đảng.",
     [("tháng 2/1968", "1968-02", False), ("tháng 5 cùng năm", "1968-05", True)]),
    ("Năm 1975 đất nước thống nhất; tháng 9 năm ấy ông về quê.",
     [("Năm 1975", "1975", False), ("tháng 9 năm ấy", "1975-09", True)]),
    ("Tháng 10 năm đó, anh đến Nhật.", [("Tháng 10 năm đó", "XXXX-10", False)]),
    # a dated day of the same month carries its year to the undated days around it
    ("Hội chợ diễn ra từ 3 - 9/6/2018 tại Hà Nội. Sáng 15/6, đoàn đến thăm.",
     [("từ 3 - 9/6/2018", "2018-06-03/2018-06-09", False), ("Sáng 15/6", "2018-06-15", True)]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_rows(text, ref, expected):
    assert [(d.type, d.value) for d in _run(text, ref)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_dates(text):
    assert _run(text) == []


@pytest.mark.parametrize(("text", "expected"), YEAR_IN_CONTEXT)
def test_year_from_the_article(text, expected):
    assert [(d.text, d.value, d.inferred_year) for d in _run(text)] == expected
