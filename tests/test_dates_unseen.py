"""Table rows for date shapes found on articles nobody tuned on: years after a common noun,
seasons and lunar years that are no dates, numbers that measure something, "N tháng năm
YYYY", lists of days sharing their month, and parts of the current year or month."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REF = dt.date(2017, 2, 2)


def _values(text, ref=None):
    return [(d.text, d.value) for d in find_dates(normalize(text).text, reference_date=ref)]


# (phrase, reference date, [(text, value), ...] in text order)
ROWS = [
    # a year after a lower-case noun names the edition or the year of a thing
    ("Hội nghị tổng kết công tác 2017, triển khai nhiệm vụ 2018.", None,
     [("2017", "2017"), ("2018", "2018")]),
    ("Lễ trao giải báo chí 2016 diễn ra trang trọng.", None, [("2016", "2016")]),
    ("Đội tuyển dự World Cup nữ 2019 tại Pháp.", None, [("2019", "2019")]),
    ("so với cùng kỳ 2015, sản lượng tăng mạnh", None, [("2015", "2015")]),
    ("Tầm nhìn sau 2030 được thảo luận.", None, [("2030", "2030")]),
    # seasons: the time of year after a word of time or closing the phrase
    ("Giá điện tăng trong mùa hè, tạo áp lực lạm phát.", None, [("mùa hè", "XXXX-SU")]),
    ("Du khách đổ về Sa Pa vào mùa đông.", None, [("mùa đông", "XXXX-WI")]),
    ("Cuối mùa thu, đoàn về nước.", None, [("Cuối mùa thu", "XXXX-FA")]),
    ("mùa xuân năm 2014", None, [("mùa xuân năm 2014", "2014-SP")]),
    # a lunar year is one of the years up to the coming one, not the nearest either way
    ("Năm Tân Dậu 1981, ông nhập ngũ.", None, [("Năm Tân Dậu", "1981"), ("1981", "1981")]),
    ("Năm Bính Thân vừa qua, ngành nông nghiệp tăng trưởng.", REF, [("Năm Bính Thân", "2016")]),
    ("Cả nước đón năm Kỷ Hợi", dt.date(2018, 12, 30), [("năm Kỷ Hợi", "2019")]),
    ("Kỷ niệm chiến thắng năm Mậu Thân", REF, [("năm Mậu Thân", "1968")]),
    # "N tháng năm YYYY": the first N months of that year
    ("Sơ kết 6 tháng năm 2017, UBND tỉnh đánh giá cao.", None,
     [("6 tháng năm 2017", "2017-H1")]),
    ("Báo cáo kinh tế - xã hội 9 tháng năm 2018.", None, [("9 tháng năm 2018", "2018-01/2018-09")]),
    ("so với 5 tháng năm 2016", None, [("5 tháng năm 2016", "2016-01/2016-05")]),
    # days listed before one month (and year) share it
    ("Trong các ngày 3, 5 và 7/6, đoàn đi thăm các xã.", None,
     [("ngày 3", "XXXX-06-03"), ("5", "XXXX-06-05"), ("7/6", "XXXX-06-07")]),
    ("Các ngày 2, 9, 16 và 23/10/2018 lãnh đạo tiếp dân.", None,
     [("ngày 2", "2018-10-02"), ("9", "2018-10-09"), ("16", "2018-10-16"),
      ("23/10/2018", "2018-10-23")]),
    ("Vào các ngày 12, 13/8/2017, hội nghị diễn ra.", None,
     [("ngày 12", "2017-08-12"), ("13/8/2017", "2017-08-13")]),
    # a part of the current year or month, from the reference date
    ("Dự kiến đến cuối năm, tỉnh sẽ hoàn thành.", REF, [("cuối năm", "2017")]),
    ("Giữa tháng, giá xăng tăng.", REF, [("Giữa tháng", "2017-02")]),
    ("Đầu tháng tới, giá xăng tăng.", REF, [("tháng tới", "2017-03")]),
    ("Cuối tháng 3, đoàn sẽ về.", REF, [("Cuối tháng 3", "2017-03")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_unseen_shapes(text, ref, expected):
    assert _values(text, ref) == expected


# no date at all in these (with and without a reference date)
NEGATIVE = [
    # a number before a measure word counts or measures
    "Trẻ từ 3-5 tuổi được tiêm miễn phí.",
    "Mỗi hộ được hỗ trợ 10-15 con gà giống.",
    "Có tới 3/4 số phụ nữ mắc bệnh này.",
    "điểm chuẩn sẽ tăng từ 1-3 điểm",
    "Xã có 2016 hộ dân.",
    "gần 2000 người tham dự",
    "doanh thu đạt 2017 tỷ đồng",
    "Tỉnh xây 2010 căn nhà.",
    "độ phân giải 1080 x 1920 pixel",
    "trong danh sách 2000 công ty niêm yết",
    # seasons as figures of speech or words of another meaning
    "Chào đón mùa xuân mới, người dân vui vẻ.",
    "Ngày hội trở thành mùa xuân đáng nhớ đối với mỗi người.",
    "Trong mùa thu hoạch lúa, nông dân phấn khởi.",
    # a year of birth named in the cycle may be of any cycle
    "Người sinh năm Tân Dậu thường chăm chỉ.",
    "Cụ ông tuổi Giáp Ngọ vẫn minh mẫn.",
    # a part of another period, or no reference date to complete it
    "cuối năm học, nhà trường tổng kết",
    "Đầu năm tài chính, công ty lỗ.",
]


@pytest.mark.parametrize("text", NEGATIVE)
@pytest.mark.parametrize("ref", [None, REF])
def test_unseen_negatives(text, ref):
    assert _values(text, ref) == []


def test_part_of_period_needs_a_reference_date():
    assert _values("Dự kiến đến cuối năm, tỉnh sẽ hoàn thành.") == []
