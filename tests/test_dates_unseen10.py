"""Table rows for date shapes found on a tenth reading of articles nobody tuned on (session 19,
seed 3636: baomoi and VNTC articles, gold articles excluded), with the leftovers of the first
dates helper of the session. Classes:

* the hour 12 with minutes in a part of the night ("12h30 đêm 5/6", "12 giờ 15 phút tối") is
  after midnight (``T00:30``), and "12 giờ chiều" is noon, not the midnight closing the day;
* hours written like a clock reading after a word of lasting ("kéo dài", "mất", "trong") with a
  modifier between ("kéo dài khoảng 1h", "mất hơn 2h30") are a length of time with that
  modifier; never the first end of a range of readings or a reading of a given day ("trong
  khoảng 9h đến 10h", "trong khoảng 21h ngày 5/6");
* a dashed day-month after the name of a day opened by a capitalised day word that follows a
  lower-case one ("lễ mít tinh kỷ niệm Ngày Quốc tế Lao động (1-5)") is that day, as after
  "Ngày ..." alone; the score after a team's name stays a score.

The scorer matches values only, so the rows assert values and the spans as the grammar reads
them. Every phrase is written for these tests; none is copied from an article."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REF = dt.date(2017, 6, 20)


def _values(text, ref=None):
    return [(d.text, d.value) for d in find_dates(normalize(text).text, reference_date=ref)]


# (phrase, reference date, [(text, value), ...]): the hour 12 and its minutes at night
NIGHT_TWELVE_ROWS = [
    ("Vụ cháy bùng phát lúc 12h30 đêm 5/6.", None, [("lúc 12h30 đêm 5/6", "XXXX-06-05T00:30")]),
    ("Khoảng 12 giờ 15 phút tối 4/5, chiếc xe lao xuống mương.", None,
     [("Khoảng 12 giờ 15 phút tối 4/5", "XXXX-05-04T00:15")]),
    ("Lúc 12h40 tối ngày 9/3, hai nhóm xô xát.", None,
     [("Lúc 12h40 tối ngày 9/3", "XXXX-03-09T00:40")]),
    ("Đến 12h20 đêm qua, đám cháy mới được dập tắt.", REF,
     [("12h20 đêm qua", "2017-06-19T00:20")]),
    ("Nhóm thanh niên tụ tập từ 12h10 khuya.", REF, [("12h10 khuya", "2017-06-20T00:10")]),
    # ... the whole hour at night stays the midnight closing the day, as before
    ("Quán phải đóng cửa trước 12 giờ đêm 7/2.", None, [("12 giờ đêm 7/2", "XXXX-02-07T24:00")]),
    # ... noon stays noon, in the afternoon too, and other night hours move on by twelve
    ("Đúng 12 giờ chiều 7/2, đoàn xe xuất phát.", None,
     [("12 giờ chiều 7/2", "XXXX-02-07T12:00")]),
    ("Khoảng 12h30 trưa 8/2, mưa đá bắt đầu rơi.", None,
     [("Khoảng 12h30 trưa 8/2", "XXXX-02-08T12:30")]),
    ("Lúc 11h30 đêm 8/2, nước sông dâng cao.", None, [("Lúc 11h30 đêm 8/2", "XXXX-02-08T23:30")]),
    ("Vào 8 giờ tối 4/5, buổi diễn mở màn.", None, [("8 giờ tối 4/5", "XXXX-05-04T20:00")]),
]


@pytest.mark.parametrize("text, ref, expected", NIGHT_TWELVE_ROWS)
def test_unseen10_twelve_at_night(text, ref, expected):
    assert _values(text, ref) == expected


# (phrase, [(text, value, mod), ...]): a word of lasting, a modifier, hours like a clock
HOUR_SPAN_MOD_ROWS = [
    ("Trận mưa kéo dài khoảng 1h khiến nhiều phố ngập sâu.", [("khoảng 1h", "PT1H", "APPROX")]),
    ("Lực lượng cứu hỏa mất hơn 2h30 mới khống chế được đám cháy.",
     [("hơn 2h30", "PT2H30M", "MORE_THAN")]),
    ("Cuộc đàm phán kéo dài gần 4h mà chưa ngã ngũ.", [("gần 4h", "PT4H", "APPROX")]),
    ("Đoàn xe phải chờ trong khoảng 2h để qua phà.", [("khoảng 2h", "PT2H", "APPROX")]),
    # ... and without a modifier, as before
    ("Quốc lộ bị tắc suốt 5h liền.", [("5h liền", "PT5H", None)]),
]


@pytest.mark.parametrize("text, expected", HOUR_SPAN_MOD_ROWS)
def test_unseen10_hour_spans_with_a_modifier(text, expected):
    got = [(d.text, d.value, d.mod) for d in find_dates(normalize(text).text)]
    assert got == expected


# (phrase, [(text, value), ...]): the same words before a clock reading of a day or a range
HOUR_SPAN_MOD_NEGATIVE_ROWS = [
    ("Vụ việc xảy ra trong khoảng 21h ngày 5/6 tại bến xe.",
     [("khoảng 21h ngày 5/6", "XXXX-06-05T21:00")]),
    # ... (the range of readings itself is not asserted here: no length of time is the point)
    ("Cửa hàng mở trong khoảng 9h đến 11h mỗi sáng.", None),
    ("Điện bị cắt trong khoảng 8h-10h.", None),
]


@pytest.mark.parametrize("text, expected", HOUR_SPAN_MOD_NEGATIVE_ROWS)
def test_unseen10_hour_spans_stay_clock_readings(text, expected):
    assert not any(v.startswith("PT") for _, v in _values(text))
    if expected is not None:
        assert _values(text) == expected


# (phrase, [(text, value), ...]): a lower-case word of celebration, then "Ngày ..." and its day
NAMED_DAY_LATER_CAPITAL_ROWS = [
    ("Lễ mít tinh kỷ niệm Ngày Quốc tế Lao động (1-5) diễn ra sáng nay.", [("1-5", "XXXX-05-01")]),
    ("Nhân dịp kỷ niệm Ngày Giải phóng miền Nam 30-4, tỉnh tổ chức diễu hành.",
     [("30-4", "XXXX-04-30")]),
    ("Buổi lễ chào mừng Ngày Nhà giáo Việt Nam 20-11 có 300 thầy cô dự.", [("20-11", "XXXX-11-20")]),
    ("Hoạt động hưởng ứng Ngày Môi trường thế giới (5-6) thu hút đông đảo học sinh.",
     [("5-6", "XXXX-06-05")]),
]


@pytest.mark.parametrize("text, expected", NAMED_DAY_LATER_CAPITAL_ROWS)
def test_unseen10_named_day_after_a_lower_case_word(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "Trong ngày thi đấu thứ hai, Hà Nội thắng Sài Gòn 2-1.",
    "Ở lễ bế mạc, đội Thanh Hóa thắng Sài Gòn 2-1.",
    "Trận đấu trong ngày khai mạc, Hà Nội hòa Bình Dương 1-1.",
])
def test_unseen10_scores_after_a_team_stay_scores(text):
    assert _values(text) == []
