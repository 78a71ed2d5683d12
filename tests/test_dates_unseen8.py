"""Table rows for date shapes found on an eighth reading of articles nobody tuned on (session 18,
seed 3030; gold articles excluded), with the readers' findings of sessions 23–25. Class: a
period written from a year to a month, or from a month to a year, each end with its own year
("từ năm 2007 đến tháng 8/2013", "từ tháng 3/2010 đến năm 2015") is one period, as the gold
writes "Từ năm 1995 đến năm 2016" → ``1995/2016``; without "từ" the two stay apart, and a
period that would run backwards is none. Class: the older spelling "quí" of the quarter word
("quí 2-2017", "quí III/2017") reads as "quý" does; "quí" of "quí khách", "quí vị" is no
quarter. The scorer matches values only, so the rows assert
values and the spans as the grammar reads them. Every phrase is written for these tests; none
is copied from an article."""
from __future__ import annotations

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize


def _values(text, ref=None):
    return [(d.text, d.value) for d in find_dates(normalize(text).text, reference_date=ref)]


# (phrase, [(text, value), ...]): "từ" + a year or a month with its year + "đến" + the other
YEAR_MONTH_ROWS = [
    ("Bà làm kế toán ở xã từ năm 2004 đến tháng 5/2011 rồi lên huyện.",
     [("từ năm 2004 đến tháng 5/2011", "2004/2011-05")]),
    ("Từ năm 1999 đến tháng 12 năm 2008, ông là hiệu trưởng nhà trường.",
     [("Từ năm 1999 đến tháng 12 năm 2008", "1999/2008-12")]),
    ("Từ tháng 7/2012 đến năm 2016, anh công tác ở đồn biên phòng.",
     [("Từ tháng 7/2012 đến năm 2016", "2012-07/2016")]),
    ("Dự án được thi công từ tháng 4/2015 đến hết năm 2018.",
     [("từ tháng 4/2015 đến hết năm 2018", "2015-04/2018")]),
    ("Từ cuối năm 2011 đến tháng 3/2014, công ty thua lỗ liên tiếp.",
     [("Từ cuối năm 2011 đến tháng 3/2014", "2011/2014-03")]),
    # a year written alone after "từ", when the period runs on to a dated month
    ("Anh làm phó giám đốc sở (từ 2006 đến tháng 11/2012) rồi nghỉ hưu.",
     [("từ 2006 đến tháng 11/2012", "2006/2012-11")]),
    ("Trong 4 năm từ 2009 đến tháng 6.2013, doanh nghiệp lỗ lũy kế lớn.",
     [("4 năm", "P4Y"), ("từ 2009 đến tháng 6.2013", "2009/2013-06")]),
    ("Hợp đồng có hiệu lực từ tháng 2/2016 đến hết năm 2016.",
     [("từ tháng 2/2016 đến hết năm 2016", "2016-02/2016")]),
]


@pytest.mark.parametrize("text, expected", YEAR_MONTH_ROWS)
def test_unseen8_year_to_month_periods(text, expected):
    assert _values(text) == expected


# without "từ", or running backwards, the year and the month stay two expressions
YEAR_MONTH_NEGATIVE_ROWS = [
    ("Năm 2009, đến tháng 6/2012 ông mới được bổ nhiệm.",
     [("Năm 2009", "2009"), ("tháng 6/2012", "2012-06")]),
    ("Năm 2003 - tháng 10/2010 là giai đoạn khó khăn nhất.",
     [("Năm 2003", "2003"), ("tháng 10/2010", "2010-10")]),
    ("Số liệu tính từ năm 2015 đến tháng 2/2013 bị ghi nhầm.",
     [("năm 2015", "2015"), ("tháng 2/2013", "2013-02")]),
    ("Từ năm 2014 đến tháng 9/2014 là số liệu gộp.",
     [("năm 2014", "2014"), ("tháng 9/2014", "2014-09")]),
    # an amount after "từ", with its unit or before a second amount, is no year
    ("Đàn bò tăng từ 2000 con đến tháng 4/2016 đã gấp đôi.", [("tháng 4/2016", "2016-04")]),
    ("Giá vé dao động từ 1500 đến 2000 đồng trong tháng 3/2017.", [("tháng 3/2017", "2017-03")]),
]


@pytest.mark.parametrize("text, expected", YEAR_MONTH_NEGATIVE_ROWS)
def test_unseen8_year_and_month_stay_apart(text, expected):
    assert _values(text) == expected


# (phrase, [(text, value), ...]): "quí" with a quarter number or a Roman numeral
OLD_QUARTER_ROWS = [
    ("Nhà máy dự kiến chạy thử trong quí 3-2018.", [("quí 3-2018", "2018-Q3")]),
    ("Lợi nhuận quí 1/2017 của ngân hàng tăng mạnh.", [("quí 1/2017", "2017-Q1")]),
    ("Cổng dịch vụ công sẽ vận hành trong quí IV/2016.", [("quí IV/2016", "2016-Q4")]),
    ("Báo cáo quí II năm 2015 cho thấy doanh thu giảm.", [("quí II năm 2015", "2015-Q2")]),
    ("Kết quả kinh doanh quí 2 và quí 3/2017 đều khả quan.",
     [("quí 2", "2017-Q2"), ("quí 3/2017", "2017-Q3")]),
    # the number after "quí" is the quarter, never a count of years
    ("Doanh thu quí 3 năm nay giảm nhẹ.", [("quí 3", "XXXX-Q3")]),
]


@pytest.mark.parametrize("text, expected", OLD_QUARTER_ROWS)
def test_unseen8_old_spelling_quarters(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "Kính thưa quí vị đại biểu và quí khách.",
    "Những kỷ vật quí giá được trưng bày tại bảo tàng.",
    "Ông Nguyễn Văn Quí, trú tại thôn 2, xã Hòa Phú.",
])
def test_unseen8_quí_without_a_quarter(text):
    assert _values(text) == []
