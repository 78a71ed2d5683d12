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
    # relative days without a reference date are left out (gold guidelines)
    "hôm qua",
    "tuần trước",
    "Chiều cùng ngày",
    "",
    "   \n ",
]

XFAIL = [
    ("bây giờ", REF, [("datetime", "2024-03-13T00:00")]),          # "now" is not read
    ("mùa hè năm nay", REF, [("period", "2024-06-21/2024-09-22")]),  # seasons are not read
    ("ngày đầu tiên của tháng 3", REF, [("date", "2024-03-01")]),
    ("Ngày 5/1 tới", REF, [("date", "2025-01-05")]),                 # "tới" is dropped
    ("tuần đầu tiên của tháng 9 năm 2017", None, [("period", "2017-09-04/2017-09-10")]),
    ("chấm giải (12-18/4)", None, [("period", "XXXX-04-12/XXXX-04-18")]),  # day ranges
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
    # every gold value of the dev set is found; a regression guard over real articles
    for row in gold_rows:
        norm = normalize(row["text"]).text
        ref = dt.date.fromisoformat(row["reference_date"]) if row.get("reference_date") else None
        values = {d.value for d in find_dates(norm, reference_date=ref)}
        missing = {g["value"] for g in row["dates"]} - values
        assert not missing, (row["id"], missing)


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
