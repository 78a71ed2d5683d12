"""Vietnamese temporal expressions.

Rows are phrases written for these tests in the shapes provincial and ministry portals use
("Chiều 22/9", "6 tháng đầu năm 2024", "giai đoạn 2021 - 2025"), plus the relative expressions
of Duckling's and dateparser's Vietnamese tests. Negative rows are numbers that are not dates
(units, counts, legal document numbers, scores, phones, money, congress numbers, percentages).
Known misses are ``xfail(strict=True)``: when one starts passing, move it to the table.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REF = dt.date(2024, 3, 13)   # a Wednesday

# (phrase, reference date, [(type, value), ...] in text order)
ROWS = [
    # day-first numbers and words
    ("Ngày 26/9/2019, UBND tỉnh tổ chức hội nghị.", None, [("date", "2019-09-26")]),
    ("Sáng 26-9-2019 tại hội trường", None, [("date", "2019-09-26")]),
    ("Chiều 26.9.2019, đoàn công tác đến thăm", None, [("date", "2019-09-26")]),
    ("Chiều 22/9, Bộ Quốc phòng họp", None, [("date", "XXXX-09-22")]),
    ("Chiều 22/9, Bộ Quốc phòng họp", dt.date(2017, 9, 23), [("date", "2017-09-22")]),
    ("Sáng 22-9, tỉnh tổ chức lễ", None, [("date", "XXXX-09-22")]),
    ("Sáng 22.9, tỉnh tổ chức lễ", None, [("date", "XXXX-09-22")]),
    ("Sáng nay 1/7, Hội nghị khai mạc", None, [("date", "XXXX-07-01")]),
    ("đêm hôm thứ ba (31/1) tại nhà máy", None, [("date", "XXXX-01-31")]),
    ("ngày 15 tháng 8 năm 2023", None, [("date", "2023-08-15")]),
    ("mồng 3 tháng ba", None, [("date", "XXXX-03-03")]),
    ("Thứ Năm, ngày 8 tháng 1 năm 2015", None, [("date", "2015-01-08")]),
    ("Chủ nhật 10/3/2024", None, [("date", "2024-03-10")]),
    ("3/9/91", None, [("date", "1991-09-03")]),
    ("Quyết định 601/QĐ-TTg ngày 24-2-2017", None, [("date", "2017-02-24")]),
    # months, years, quarters, halves
    ("tháng Mười Hai năm 2023", None, [("month", "2023-12")]),
    ("tháng 10/2016", None, [("month", "2016-10")]),
    ("từ tháng 1.2017", None, [("month", "2017-01")]),
    ("vào tháng 8 vừa qua", None, [("month", "XXXX-08")]),
    ("đầu tháng 10 năm nay", REF, [("month", "2024-10")]),
    ("Năm 2018 và những năm tiếp theo", None, [("year", "2018")]),
    ("Nguyễn Văn A (SN 1962, trú tại xã B)", None, [("year", "1962")]),
    ("đầu năm 2017, lực lượng phát hiện", None, [("year", "2017")]),
    ("quý III/2023", None, [("quarter", "2023-Q3")]),
    ("quý 4 của năm 2018", None, [("quarter", "2018-Q4")]),
    ("6 tháng đầu năm 2024", None, [("half", "2024-H1")]),
    ("sơ kết sáu tháng cuối năm", REF, [("half", "2024-H2")]),
    ("9 tháng đầu năm 2017 và phương hướng 3 tháng cuối năm", None,
     [("period", "2017-01/2017-09"), ("period", "2017-10/2017-12")]),
    # periods
    ("giai đoạn 2021-2025", None, [("period", "2021/2025")]),
    ("giai đoạn 2009 - 2019", None, [("period", "2009/2019")]),
    ("nhiệm kỳ 2020 - 2025", None, [("period", "2020/2025")]),
    ("kỷ niệm 60 năm (1957 - 2017)", None, [("duration", "P60Y"), ("period", "1957/2017")]),
    ("Từ năm 1995 đến năm 2016", None, [("period", "1995/2016")]),
    ("từ ngày 1/1 đến 31/3/2024", None, [("period", "2024-01-01/2024-03-31")]),
    ("Kế hoạch năm 2017 thực hiện từ 1.3 - 31.5", None,
     [("year", "2017"), ("period", "2017-03-01/2017-05-31")]),
    ("18/11/1930 - 18/11/2017", None, [("period", "1930-11-18/2017-11-18")]),
    ("24-6-1957/ 24-6-2017", None, [("period", "1957-06-24/2017-06-24")]),
    # durations
    ("sau 10 năm thực hiện", None, [("duration", "P10Y")]),
    ("trong một năm qua", None, [("duration", "P1Y")]),
    ("hai mươi năm xây dựng", None, [("duration", "P20Y")]),
    ("2 tuần 3 ngày", None, [("duration", "P2W3D")]),
    ("nên thay lõi lọc 6 tháng một lần", None, [("duration", "P6M")]),
    # times
    ("27/09/2019 09:13:55", None, [("datetime", "2019-09-27T09:13:55")]),
    ("lúc 9 giờ 30 ngày 26/9/2019", None, [("datetime", "2019-09-26T09:30")]),
    ("9 Tháng 1 2015 lúc 15:08", None, [("datetime", "2015-01-09T15:08")]),
    ("Thứ Tư, 07/01/2015 | 22:34", None, [("datetime", "2015-01-07T22:34")]),
    ("lúc 7:30 chiều ngày 20/4/2017", None, [("datetime", "2017-04-20T19:30")]),
    ("khai mạc vào 9h sáng nay 6/2", None, [("datetime", "XXXX-02-06T09:00")]),
    ("lúc 9 giờ 30", REF, [("datetime", "2024-03-13T09:30")]),
    ("3 giờ chiều ngày mai", REF, [("datetime", "2024-03-14T15:00")]),
    ("Hôm qua 08:16", REF, [("datetime", "2024-03-12T08:16")]),
    # relative expressions, resolved from the reference date
    ("hôm qua", REF, [("date", "2024-03-12")]),
    ("ngày mai", REF, [("date", "2024-03-14")]),
    ("năm ngoái", REF, [("year", "2023")]),
    ("tháng tới", REF, [("month", "2024-04")]),
    ("tuần trước", REF, [("period", "2024-03-04/2024-03-10")]),
    ("quý này", REF, [("quarter", "2024-Q1")]),
    ("3 tuần sau", REF, [("date", "2024-04-03")]),
    ("15 tháng trước", REF, [("date", "2022-12-13")]),
    ("thứ 5 tuần trước", REF, [("date", "2024-03-07")]),
    ("thứ năm tuần tới", REF, [("date", "2024-03-21")]),
    ("thứ Bảy tuần trước", REF, [("date", "2024-03-09")]),
    ("3 tháng tới", REF, [("period", "2024-04/2024-06")]),
    # day ranges sharing the month and year written after the last day
    ("Hội chợ diễn ra từ 3 - 9/6/2018 tại Hà Nội", None, [("period", "2018-06-03/2018-06-09")]),
    ("từ ngày 2 đến 12-8, tỉnh tổ chức", None, [("period", "XXXX-08-02/XXXX-08-12")]),
    ("Lễ hội diễn ra 7-8 tháng 3 hằng năm", None, [("period", "XXXX-03-07/XXXX-03-08")]),
    ("chấm giải (12-18/4)", None, [("period", "XXXX-04-12/XXXX-04-18")]),
    ("đợt cao điểm ngày 1-15/6 vừa", None, [("period", "XXXX-06-01/XXXX-06-15")]),
    ("thi từ ngày 22 đến ngày 24-6-2017 tại", None, [("period", "2017-06-22/2017-06-24")]),
    ("Từ ngày 2 đến ngày 12 tháng 8 năm 2019", None, [("period", "2019-08-02/2019-08-12")]),
    ("Sáng 7-8/3, đoàn làm việc", None, [("period", "XXXX-03-07/XXXX-03-08")]),
    ("kéo dài từ hôm nay (16/6) đến hết ngày 23/6", None, [("period", "XXXX-06-16/XXXX-06-23")]),
    ("từ 12-18/4", REF, [("period", "2024-04-12/2024-04-18")]),
    ("Tổng thu từ năm 2013 đến 2015 là", None, [("period", "2013/2015")]),
    ("từ cuối năm 2015 đến đầu 2016, xã", None, [("period", "2015/2016")]),
    ("Hội chợ 3 – 9/6/2018 tại Hà Nội", None, [("period", "2018-06-03/2018-06-09")]),
    ("từ 28/5 - 3/6/2018", None, [("period", "2018-05-28/2018-06-03")]),
    ("Hội chợ diễn ra từ ngày 8-3 đến 13-3, tại", None, [("period", "XXXX-03-08/XXXX-03-13")]),
    # a date in brackets after a day word, a relative day that names its date
    ("Trong sáng nay (8.2), đã có", None, [("date", "XXXX-02-08")]),
    # the lunar day names the solar day in brackets (gold: "mùng 6 tháng Giêng" XXXX-02-02)
    ("Chiều mùng 5 Tết (2.2), em đi", None, [("date", "XXXX-02-02"), ("date", "XXXX-02-02")]),
    ("Vào 18g00 ngày mai 07/02 trên sân", None, [("datetime", "XXXX-02-07T18:00")]),
    # months sharing the year, days sharing the month, lists sharing the year
    ("trong tháng 3-5/2018", None, [("period", "2018-03/2018-05")]),
    ("từ tháng 3 đến 5/2019, tỉnh", None, [("period", "2019-03/2019-05")]),
    ("diễn ra trong hai ngày 7 và 8/3", None, [("date", "XXXX-03-07"), ("date", "XXXX-03-08")]),
    ("các ngày 7, 8/3/2018", None, [("date", "2018-03-07"), ("date", "2018-03-08")]),
    ("quý I và quý II/2018", None, [("quarter", "2018-Q1"), ("quarter", "2018-Q2")]),
    ("tháng 3 và tháng 5/2018", None, [("month", "2018-03"), ("month", "2018-05")]),
    # clock times and parts of the day attached to their day
    ("5h sáng 20/4, lực lượng có mặt", None, [("datetime", "XXXX-04-20T05:00")]),
    ("9h sáng ngày 20/4", None, [("datetime", "XXXX-04-20T09:00")]),
    ("vào 7h30 ngày 3/5/2019", None, [("datetime", "2019-05-03T07:30")]),
    ("Sáng 3/5, lúc 7h30 đoàn xuất phát", None, [("datetime", "XXXX-05-03T07:30")]),
    ("21 giờ tối 30/5", None, [("datetime", "XXXX-05-30T21:00")]),
    ("lúc 5h sáng", REF, [("datetime", "2024-03-13T05:00")]),
    ("Ngày 22-6, đoàn đến. Lúc 12 giờ 45 cùng ngày, xe về.", None,
     [("date", "XXXX-06-22"), ("datetime", "XXXX-06-22T12:45")]),
    ("Ngày 5/7/2015 xảy ra vụ cháy, đến 17H cùng ngày mới dập tắt", None,
     [("date", "2015-07-05"), ("datetime", "2015-07-05T17:00")]),
    ("từ 7h30 đến 11h ngày 20/4", None, [("period", "XXXX-04-20T07:30/XXXX-04-20T11:00")]),
    ("7h30-11h ngày 20/4/2018", None, [("period", "2018-04-20T07:30/2018-04-20T11:00")]),
    ("từ 14h đến 16h30 chiều 20/4", None, [("period", "XXXX-04-20T14:00/XXXX-04-20T16:30")]),
    ("từ 7h30 đến 11h", REF, [("period", "2024-03-13T07:30/2024-03-13T11:00")]),
    # approximate, fractional and compound durations (TIMEX mod in test_duration_mods)
    ("suốt hơn 20 năm qua", None, [("duration", "P20Y")]),
    ("gần hai thập niên gắn bó", None, [("duration", "P20Y")]),
    ("sau nửa tháng triển khai", None, [("duration", "P15D")]),
    ("nửa năm nay", None, [("duration", "P6M")]),
    ("nửa giây", None, [("duration", "PT0.5S")]),
    ("diễn ra trong 45 phút", None, [("duration", "PT45M")]),
    ("kéo dài hơn hai giờ", None, [("duration", "PT2H")]),
    ("trong 2 giờ đồng hồ", None, [("duration", "PT2H")]),
    ("hơn 1 phút", None, [("duration", "PT1M")]),
    ("sau 2,5 năm thi công", None, [("duration", "P2.5Y")]),
    ("chỉ diễn ra trong 2 ngày rưỡi", None, [("duration", "P2.5D")]),
    ("đạt danh hiệu 3 năm liền", None, [("duration", "P3Y")]),
    ("5 năm liên tiếp", None, [("duration", "P5Y")]),
    ("1 tuần nay giá tăng", None, [("duration", "P1W")]),
    ("trong gần 1 năm qua", None, [("duration", "P1Y")]),
    ("chưa đầy 3 tháng qua", None, [("duration", "P3M")]),
    ("khi chỉ còn 4 ngày nữa", None, [("duration", "P4D")]),
    ("3 ngày trước khi xảy ra vụ việc", None, [("duration", "P3D")]),
    ("gần một thế kỷ", None, [("duration", "P100Y")]),
    ("4 ngày nữa", REF, [("date", "2024-03-17")]),
    # halves and quarters of the year
    ("hai quý cuối năm 2017", None, [("half", "2017-H2")]),
    ("ba quý đầu năm 2020", None, [("period", "2020-01/2020-09")]),
    # years written alone
    ("trong 20 năm kể từ ngày tái lập tỉnh (1997)", None, [("duration", "P20Y"), ("year", "1997")]),
    ("đoàn tham dự SEA Games 2017 gồm", None, [("year", "2017")]),
    ("các năm 2018, 2020 sẽ là", None, [("year", "2018"), ("year", "2020")]),
    ("phấn đấu đến 2030, tỉnh", None, [("year", "2030")]),
    # a year relative to the year written in the same sentence
    ("dư nợ tháng 5/2017 tăng so với tháng 12 năm trước", None,
     [("month", "2017-05"), ("month", "2016-12")]),
    # seasons and years of the sexagenary cycle
    ("mùa xuân năm 2014", None, [("season", "2014-SP")]),
    ("vào mùa hè", None, [("season", "XXXX-SU")]),
    ("mùa hè năm nay", REF, [("season", "2024-SU")]),
    ("cuối mùa thu năm 2019", None, [("season", "2019-FA")]),
    ("đón Tết năm 2017, mùng 4 Tết Đinh Dậu", None, [("year", "2017"), ("lunar", "2017-01-31")]),
    ("Xuân Giáp Thìn", REF, [("season", "2024-SP")]),
    # first and last days and weeks of a month, "now", a day "tới"
    ("bây giờ", REF, [("datetime", "2024-03-13T00:00")]),
    ("ngày đầu tiên của tháng 3", REF, [("date", "2024-03-01")]),
    ("ngày cuối cùng của tháng 2 năm 2024", None, [("date", "2024-02-29")]),
    ("tuần đầu tiên của tháng 9 năm 2017", None, [("period", "2017-09-04/2017-09-10")]),
    ("tuần cuối cùng của tháng 9 năm 2017", None, [("period", "2017-09-18/2017-09-24")]),
    ("Ngày 5/1 tới", REF, [("date", "2025-01-05")]),
    ("vào ngày 5/4 tới, đoàn sẽ", REF, [("date", "2024-04-05")]),
    # lunar dates (lunardate: Chinese calendar)
    ("rằm tháng Giêng năm 2024", None, [("lunar", "2024-02-24")]),
    ("mùng 1 Tết", REF, [("lunar", "2024-02-10")]),
    ("ngày 10/3 âm lịch", REF, [("lunar", "2024-04-18")]),
]

NEGATIVE = [
    "Phó Tư lệnh Quân khu 1",
    "trao Bằng khen cho 08 tập thể và 12 cá nhân",
    "theo Nghị định 100/2019/NĐ-CP",
    "Thông tư số 12/2023/TT-BTC",
    "đội chủ nhà thắng 2-1",
    "hotline 0912.345.678",
    "Điện thoại: 0203.3870.123",
    "hỗ trợ 500 triệu đồng",
    "mức thưởng 4 tháng lương",
    "Ban Chấp hành Trung ương khóa XI",
    "Nghị quyết Đại hội XII của Đảng",
    "tăng trưởng đạt 12,5%",
    "giảm 2-3%",
    "chỉ 1/3 số trường đạt chuẩn",
    "45/63 tỉnh, thành phố",
    "lần thứ hai tổ chức",
    "tặng 3 hạng nhì",
    "những năm tháng gian khổ",
    "vệ sinh mỗi tháng một lần",
    "ngày 32/1",
    "ngày 30/2",
    # ages, counts, ranges of counts and frequencies are no spans of time
    "bé 18 tháng tuổi",
    "trẻ từ 3 đến 5 tuổi",
    "trẻ từ 3 đến 5 tháng tuổi",
    "có luật ra 1-2 năm rồi phải sửa",
    "chỉ trong vòng 2 - 3 năm",
    "gửi kỳ hạn 15 -36 tháng",
    "bay tới đó từ 3 đến 4 lần trong 1 tuần",
    "Một ngày tuyệt vời",
    "sân bay một năm có thể đón 35 triệu khách",
    "kết thúc lúc 14 giờ",   # a clock time without its day and no reference date
    "mở cửa từ 7h30 đến 11h",
    # numbered units and amounts
    "Sư đoàn 3",
    "Quân đoàn 4 tiếp nhận",
    "Quân khu 7 tháng trước",
    "có 2016 hộ dân",
    "Quyết định 2017/QĐ-UBND",
    "Gần 2000 cổ động viên có mặt",
    "lãi suất giảm (2.5) điểm",
    "từ 1000 đến 2000 đồng",
    "giảm từ 1800 xuống 2000 người",
    # relative days without a reference date are left out (gold guidelines)
    "hôm qua",
    "tuần trước",
    "Chiều cùng ngày",
    "",
    "   \n ",
]

XFAIL = [
    ("đêm giao thừa", REF, [("datetime", "2024-02-09T24:00")]),   # feasts are not read
]


def _run(text, ref):
    norm = normalize(text).text
    return norm, find_dates(norm, reference_date=ref)


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_rows(text, ref, expected):
    _, found = _run(text, ref)
    assert [(d.type, d.value) for d in found] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_dates(text):
    assert _run(text, None)[1] == []


@pytest.mark.parametrize(("text", "ref", "expected"),
                         [pytest.param(*row, marks=pytest.mark.xfail(strict=True)) for row in XFAIL])
def test_known_misses(text, ref, expected):
    _, found = _run(text, ref)
    assert [(d.type, d.value) for d in found] == expected


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_offsets_round_trip(text, ref, expected):
    norm, found = _run(text, ref)
    for d in found:
        assert norm[d.start:d.end] == d.text
        assert d.text == d.text.strip()


# (article, [(text, value, inferred_year)]): the year an article establishes for its undated
# day-months when it has no reference date
YEAR_IN_CONTEXT = [
    # a day dated in full, same month, same paragraph
    ("Hội chợ diễn ra từ 3 - 9/6/2018 tại Hà Nội. Sáng 15/6, đoàn đến thăm.",
     [("từ 3 - 9/6/2018", "2018-06-03/2018-06-09", False), ("Sáng 15/6", "2018-06-15", True)]),
    # ... or in another paragraph when the article writes no other year
    ("Ngày 20/4/2019, tỉnh khai mạc lễ hội.\nChiều 21/4, đoàn về.",
     [("Ngày 20/4/2019", "2019-04-20", False), ("Chiều 21/4", "2019-04-21", True)]),
    # a month of the same dated day, and a day range
    ("Kỳ thi diễn ra từ ngày 22 đến ngày 24-6-2017. Trong tháng 6, các trường ôn tập từ 1-15/6.",
     [("từ ngày 22 đến ngày 24-6-2017", "2017-06-22/2017-06-24", False),
      ("tháng 6", "2017-06", True), ("từ 1-15/6", "2017-06-01/2017-06-15", True)]),
    # another month: a year merely written nearby does not carry
    ("Ngày 24-2-2017, Thủ tướng ký quyết định. Ngày 9-5, tỉnh triển khai.",
     [("Ngày 24-2-2017", "2017-02-24", False), ("Ngày 9-5", "XXXX-05-09", False)]),
    ("Kế hoạch năm 2017 được ban hành. Ngày 9-5, tỉnh triển khai.",
     [("năm 2017", "2017", False), ("Ngày 9-5", "XXXX-05-09", False)]),
    # conflicting years in the paragraph: none is chosen
    ("Ngày 2/6/2016 và ngày 5/6/2017 là hai mốc. Sáng 8/6, hội nghị họp.",
     [("Ngày 2/6/2016", "2016-06-02", False), ("ngày 5/6/2017", "2017-06-05", False),
      ("Sáng 8/6", "XXXX-06-08", False)]),
    # history in another paragraph of an article that writes another year dates nothing
    ("Ngày 6/6, kỷ niệm 60 năm thành lập (1957 - 2017).\nNgày 7/6/1957, Chính phủ ban hành.",
     [("Ngày 6/6", "XXXX-06-06", False), ("60 năm", "P60Y", False),
      ("1957 - 2017", "1957/2017", False), ("Ngày 7/6/1957", "1957-06-07", False)]),
    # an anniversary span dates no event
    ("Ngày 6/6, kỷ niệm (6/6/1957 - 6/6/2017).",
     [("Ngày 6/6", "XXXX-06-06", False), ("6/6/1957 - 6/6/2017", "1957-06-06/2017-06-06", False)]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_IN_CONTEXT)
def test_year_from_the_article(text, expected):
    _, found = _run(text, None)
    assert [(d.text, d.value, d.inferred_year) for d in found] == expected


def test_reference_date_wins_over_the_article_year():
    _, found = _run("Hội chợ diễn ra từ 3 - 9/6/2018. Sáng 15/6, đoàn đến.", dt.date(2019, 6, 16))
    assert [(d.value, d.inferred_year, d.resolved) for d in found] == [
        ("2018-06-03/2018-06-09", False, False), ("2019-06-15", False, True)]


DURATION_MODS = [
    ("hơn 20 năm", "P20Y", "MORE_THAN"),
    ("trên 10 năm", "P10Y", "MORE_THAN"),
    ("gần hai thập niên", "P20Y", "APPROX"),
    ("khoảng 3 tháng", "P3M", "APPROX"),
    ("chưa đầy 3 tháng", "P3M", "LESS_THAN"),
    ("hơn hai giờ", "PT2H", "MORE_THAN"),
    ("45 phút", "PT45M", None),
    ("nửa tháng", "P15D", None),
]


@pytest.mark.parametrize(("text", "value", "mod"), DURATION_MODS)
def test_duration_mods(text, value, mod):
    _, (found,) = _run(text, None)
    assert (found.text, found.value, found.mod) == (text, value, mod)


def test_new_fields_serialise():
    _, (found,) = _run("hơn 20 năm", None)
    assert found.to_dict()["mod"] == "MORE_THAN" and found.to_dict()["inferred_year"] is False


def test_spans_keep_the_day_word():
    _, found = _run("Chiều 22/9 và giai đoạn 2009 - 2019", None)
    assert [d.text for d in found] == ["Chiều 22/9", "giai đoạn 2009 - 2019"]


def test_resolved_flag():
    _, (given_year,) = _run("ngày 26/9/2019", REF)
    _, (completed,) = _run("ngày 26/9", REF)
    assert not given_year.resolved and completed.resolved


def test_weekday_in_words_needs_a_capital_or_a_week():
    assert _run("lần thứ hai", REF)[1] == []
    assert [d.value for d in _run("Thứ Hai", REF)[1]] == ["2024-03-11"]


def test_gold_shapes(gold_rows):
    # a regression guard over the real articles of the dev set: the share of gold values
    # found (0.95 when written; every value cannot be found by rule, as some years are given
    # by the annotators' reading of the event, see the gold notes)
    found = missing = 0
    misses = []
    for row in gold_rows:
        norm = normalize(row["text"]).text
        ref = dt.date.fromisoformat(row["reference_date"]) if row.get("reference_date") else None
        values = {d.value for d in find_dates(norm, reference_date=ref)}
        gold = {g["value"] for g in row["dates"]}
        found += len(gold & values)
        missing += len(gold - values)
        misses += [(row["id"], v) for v in gold - values]
    assert found / (found + missing) >= 0.94, misses


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/.-–: ,()hgTtháng năm ngày quý Giêng")),
               max_size=40))
def test_hostile_strings_never_crash(text):
    for ref in (None, REF):
        for d in find_dates(text, reference_date=ref):
            assert text[d.start:d.end] == d.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_text_never_crashes(text):
    for d in find_dates(text, reference_date=REF):
        assert text[d.start:d.end] == d.text
