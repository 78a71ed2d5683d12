"""Table rows for date shapes found on a ninth reading of articles nobody tuned on (session 19,
seed 3333: 40 baomoi articles drawn five each from provincial portals, police and court
reports, economy, weather and disasters, sport, culture, health and education, then what
changed or stayed uncovered on 1,500 more baomoi articles, 600 VNTC and 500 VLSP articles;
gold articles excluded), with the readers' findings of sessions 26 and 27. Classes:

* lengths of smaller and smaller units joined by a comma are one length ("7 năm, 6 tháng tù"
  → ``P7Y6M``, as the gold writes "7 năm 6 tháng"), unless a word shares them out ("lần lượt");
* four digits after a word of an address ("hẻm 1959", "ngõ 1975", "số nhà 2010") number an
  alley or a house, no year;
* a year named in the cycle with the year in brackets after it ("năm Đinh Tỵ (năm 1077)") is
  that year, not the one of the name nearest the article's years;
* minutes in one digit after "h" ("16h5'", "0h5") read the clock;
* a dashed pair right after a word of a result ("chiến thắng 2-1 năm 1976") is a score;
* a day-month in words written in title case inside a sentence ("đường Ba Tháng Hai"), or a
  day-month right after the noun of a place ("công viên 29/3", "sân vận động 4 tháng 1"), is
  the place's name;
* a count of hours closing a line ("kéo dài 2 giờ" in a title) joins no clock to the next
  line's day;
* the hour 0 in a part of the night stays midnight ("0h đêm 7/2" → ``T00:00``), "12 giờ đêm"
  is the midnight closing the day (``T24:00``);
* a range of days of a lunar month ("ngày 11 đến 16 tháng Giêng năm Đinh Dậu") is read in the
  solar calendar once the lunar year is known, and has no value without it;
* a weekday with a word of which one ("Chủ nhật tới (30-4)") names the day in brackets;
* whole hours after "sau" and before a word naming what lasted them ("Sau 3 giờ họp kín") are
  a length of time;
* a time zone's code alone ("20 giờ 30 phút GMT hôm 7/5") joins the clock to its day.

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


# (phrase, [(text, value), ...]): a length, a comma, then a length of a smaller unit
COMMA_LENGTH_ROWS = [
    ("Tòa tuyên phạt bị cáo Hùng 7 năm, 6 tháng tù về tội tham ô.",
     [("7 năm, 6 tháng", "P7Y6M")]),
    ("Người phụ nữ lĩnh 3 năm, 5 tháng, 6 ngày tù giam.",
     [("3 năm, 5 tháng, 6 ngày", "P3Y5M6D")]),
    ("Ca mổ kéo dài 4 giờ, 30 phút mới xong.", [("4 giờ, 30 phút", "PT4H30M")]),
    ("Chuyến đi biển mất 1 tuần, 3 ngày vì sóng lớn.", [("1 tuần, 3 ngày", "P1W3D")]),
    # ... a modifier before the first length is the modifier of the whole
    ("Ông bị giam giữ hơn 2 năm, 3 tháng trước khi được trả tự do.",
     [("hơn 2 năm, 3 tháng", "P2Y3M")]),
    # ... and the length written without a comma stays one, as before
    ("Bị cáo nhận mức án 5 năm 6 tháng tù.", [("5 năm 6 tháng", "P5Y6M")]),
]


@pytest.mark.parametrize("text, expected", COMMA_LENGTH_ROWS)
def test_unseen9_comma_lengths(text, expected):
    assert _values(text) == expected


# ... not a unit as large as the one before, lengths of different persons, lengths shared out
COMMA_LENGTH_NEGATIVE_ROWS = [
    ("Bị cáo Tâm lĩnh 4 năm, bị cáo Nga 18 tháng tù.", [("4 năm", "P4Y"), ("18 tháng", "P18M")]),
    ("Hai bị cáo lần lượt nhận 7 năm, 6 tháng tù.", [("7 năm", "P7Y"), ("6 tháng", "P6M")]),
    ("Các bị cáo bị phạt tương ứng 3 năm, 9 tháng tù.", [("3 năm", "P3Y"), ("9 tháng", "P9M")]),
    ("Ba bị cáo lĩnh 3 năm, 3 năm và 2 năm tù.",
     [("3 năm", "P3Y"), ("3 năm", "P3Y"), ("2 năm", "P2Y")]),
    ("Anh chỉ học 6 tháng, 2 năm sau mới đi làm.", [("6 tháng", "P6M")]),
]


@pytest.mark.parametrize("text, expected", COMMA_LENGTH_NEGATIVE_ROWS)
def test_unseen9_comma_lengths_stay_apart(text, expected):
    assert _values(text) == expected


# four digits after a word of an address: the number of an alley, a lane or a house
@pytest.mark.parametrize("text", [
    "Quán ăn nằm cuối hẻm 1959 đường Lê Văn Lương.",
    "Gia đình chị sống ở ngõ 1975 phố Kim Ngưu nhiều năm nay.",
    "Vụ cháy xảy ra tại nhà số 2010 đường Láng.",
    "Nạn nhân trú ở kiệt 2004 Tôn Đức Thắng.",
    "Ông ký văn bản số 2016 gửi các xã.",
    "Cửa hàng ở ngách 1990 ngõ Quỳnh.",
])
def test_unseen9_address_numbers(text):
    assert _values(text) == []


# ... while a year elsewhere in the phrase, or a year after other words, stays a year
ADDRESS_YEAR_ROWS = [
    ("Ngõ 1975 phố Kim Ngưu được mở rộng từ năm 2010.", [("năm 2010", "2010")]),
    ("Căn nhà ở ngõ 12 phố Huế xây từ 2008, đến nay đã xuống cấp.", [("2008", "2008")]),
    ("Kế hoạch 2018 của hẻm phố được duyệt.", [("2018", "2018")]),
]


@pytest.mark.parametrize("text, expected", ADDRESS_YEAR_ROWS)
def test_unseen9_years_beside_addresses(text, expected):
    assert _values(text) == expected


# (phrase, reference date, [(text, value), ...]): a year named in the cycle, then in brackets
# the year of that name the writer means
CYCLE_GLOSS_ROWS = [
    ("Tương truyền, năm Đinh Tỵ (năm 1077) quân dân đã đánh tan giặc.", REF,
     [("năm Đinh Tỵ", "1077"), ("năm 1077", "1077")]),
    ("Ngôi chùa được dựng vào năm Giáp Tý (1804), nay đã được trùng tu.", REF,
     [("năm Giáp Tý", "1804"), ("1804", "1804")]),
    ("Năm Mậu Thân (1968), ông tham gia chiến dịch. Năm 1990, ông nghỉ hưu.", None,
     [("Năm Mậu Thân", "1968"), ("1968", "1968"), ("Năm 1990", "1990")]),
    # ... a bracketed year of another name leaves the nearest year of the name
    ("Lễ hội năm Đinh Dậu (2016) đông vui.", REF, [("năm Đinh Dậu", "2017"), ("2016", "2016")]),
]


@pytest.mark.parametrize("text, ref, expected", CYCLE_GLOSS_ROWS)
def test_unseen9_cycle_year_glossed(text, ref, expected):
    assert _values(text, ref) == expected


def test_unseen9_glossed_cycle_year_dates_no_lunar_day_far_from_it():
    # a lunar day of that distant year is no day of the year nearest the article
    text = ("Hội đền mở ngày 14 tháng Giêng âm lịch. Ngày 12 tháng Giêng năm Đinh Tỵ (năm 1077), "
            "bà mất. Năm 1989, đền được xếp hạng.")
    assert all(not v.startswith("1977") for _, v in _values(text, REF))


# (phrase, [(text, value), ...]): minutes in one digit after "h", with or without an apostrophe
# ("16h5'" is 16:05), as police reports write them, joined to the day after them
ONE_DIGIT_MINUTE_ROWS = [
    ("Vào khoảng 16h5' ngày 20-5, xe khách lật ở đèo.", [("Vào khoảng 16h5' ngày 20-5", "XXXX-05-20T16:05")]),
    ("Lúc 7h5 ngày 3/6, đám cháy bùng phát.", [("Lúc 7h5 ngày 3/6", "XXXX-06-03T07:05")]),
    ("khoảng 0h5 rạng sáng 30/5, chiếc xe tải lao vào nhà dân",
     [("khoảng 0h5 rạng sáng 30/5", "XXXX-05-30T00:05")]),
    ("Đến 9h05 ngày 3/6, lửa mới được dập tắt.", [("9h05 ngày 3/6", "XXXX-06-03T09:05")]),
]


@pytest.mark.parametrize("text, expected", ONE_DIGIT_MINUTE_ROWS)
def test_unseen9_one_digit_minutes(text, expected):
    assert _values(text) == expected


# ... never a strain of a virus, nor a count after the digits
@pytest.mark.parametrize("text", [
    "Virus cúm H5N1 lây lan ở nhiều tỉnh.",
    "Mỗi ca trực kéo dài 2h5 lần một tuần.",
])
def test_unseen9_one_digit_minutes_negatives(text):
    assert _values(text) == []


# (phrase, [(text, value), ...]): a dashed pair right after a word of a result is the score of
# a match, and the year after it dates the match alone; in the name of a day it stays a date
SCORE_YEAR_ROWS = [
    ("Lần gần nhất Scotland thắng Anh là ở chiến thắng 2-1 năm 1976.", [("năm 1976", "1976")]),
    ("Hai đội hòa 1-1 năm 2008 ở bán kết.", [("năm 2008", "2008")]),
    ("Đội tuyển từng thua 1-3 năm 2015 trên sân khách.", [("năm 2015", "2015")]),
    ("Trận đấu kết thúc với tỷ số 2-2 năm 2010.", [("năm 2010", "2010")]),
    # ... while a day word, a holiday's name or a date in brackets keeps the date
    ("Ngày 2-1 năm 1976, ông nhập ngũ.", [("Ngày 2-1 năm 1976", "1976-01-02")]),
    ("Tỉnh tổ chức lễ kỷ niệm chiến thắng 7-5 năm 1954 trọng thể.", [("7-5 năm 1954", "1954-05-07")]),
    ("Nhân dịp chiến thắng 30-4 năm 1975, thành phố bắn pháo hoa.", [("30-4 năm 1975", "1975-04-30")]),
    ("Đội nhà thắng 2-1 hôm 3-6.", [("hôm 3-6", "XXXX-06-03")]),
]


@pytest.mark.parametrize("text, expected", SCORE_YEAR_ROWS)
def test_unseen9_score_then_year(text, expected):
    assert _values(text) == expected


# a day-month in words written in title case inside a sentence names a street or a square
@pytest.mark.parametrize("text", [
    "Tấm vé được bán tại một đại lý trên đường Ba Tháng Hai, quận 10.",
    "Vụ cướp xảy ra ở giao lộ Lãnh Binh Thăng - Ba Tháng Hai (quận 11).",
    "Hàng nghìn người dự mít tinh ở quảng trường Hai Tháng Chín.",
])
def test_unseen9_title_case_day_names(text):
    assert _values(text) == []


# ... while a day word before it, a lower-case month word, or a sentence it opens keeps the date
TITLE_CASE_DATE_ROWS = [
    ("Ngày Ba Tháng Hai năm 1930, Đảng ra đời.", [("Ngày Ba Tháng Hai năm 1930", "1930-02-03")]),
    ("Ông về quê hôm mười Tháng Ba.", [("hôm mười Tháng Ba", "XXXX-03-10")]),
    ("Trong tháng Hai, giá hàng tăng.", [("tháng Hai", "XXXX-02")]),
    ("Tháng Hai, trời vẫn rét.", [("Tháng Hai", "XXXX-02")]),
]


@pytest.mark.parametrize("text, expected", TITLE_CASE_DATE_ROWS)
def test_unseen9_title_case_dates(text, expected):
    assert _values(text) == expected


# (text, [(text, value), ...]): a count of hours closing a title line is a length of time, not
# a clock time of the day that opens the next line; on one line the two are one moment
LINE_END_HOUR_ROWS = [
    ("Nước cuốn trôi xe máy trong cơn mưa kéo dài 2 giờ\nChiều 20/5, mưa lớn đổ xuống.",
     [("2 giờ", "PT2H"), ("Chiều 20/5", "XXXX-05-20")]),
    ("Họp báo lúc 14h\nNgày 20/5, đoàn công tác về tỉnh.", [("Ngày 20/5", "XXXX-05-20")]),
    ("Đoàn về lúc 9 giờ sáng 20/5 tại sân bay.", [("lúc 9 giờ sáng 20/5", "XXXX-05-20T09:00")]),
    ("Đoàn về lúc 2 giờ chiều ngày 20/5.", [("lúc 2 giờ chiều ngày 20/5", "XXXX-05-20T14:00")]),
]


@pytest.mark.parametrize("text, expected", LINE_END_HOUR_ROWS)
def test_unseen9_hours_at_a_line_end(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


# (phrase, [(text, value), ...]): the hour 0 in a part of the night stays the midnight it reads,
# and "12 giờ đêm" is the midnight closing the day, never noon
MIDNIGHT_ROWS = [
    ("Đoạn phim được tung ra vào đúng 0h đêm 7/2.", [("vào đúng 0h đêm 7/2", "XXXX-02-07T00:00")]),
    ("Lúc 0h30 đêm 7/2, lửa bùng lên.", [("Lúc 0h30 đêm 7/2", "XXXX-02-07T00:30")]),
    ("Cửa hàng mở đến 12 giờ đêm 7/2.", [("12 giờ đêm 7/2", "XXXX-02-07T24:00")]),
    # ... while noon stays noon and the other hours of the evening move on by twelve
    ("Khoảng 12 giờ trưa 7/2, đoàn đến nơi.", [("Khoảng 12 giờ trưa 7/2", "XXXX-02-07T12:00")]),
    ("Lúc 11 giờ đêm 7/2, xe bị lật.", [("Lúc 11 giờ đêm 7/2", "XXXX-02-07T23:00")]),
    ("Vào 3 giờ chiều 7/2, trận đấu bắt đầu.", [("3 giờ chiều 7/2", "XXXX-02-07T15:00")]),
]


@pytest.mark.parametrize("text, expected", MIDNIGHT_ROWS)
def test_unseen9_midnight(text, expected):
    assert _values(text) == expected


# (phrase, reference date, [(text, value), ...]): a range of days of a lunar month ("tháng
# Giêng", "tháng 3 âm lịch") is read in the solar calendar once its lunar year is known (the
# year named in the cycle, or the reference date), and has no value without it
LUNAR_RANGE_ROWS = [
    ("Lễ hội mở từ ngày 7 đến 12/2/2017 (tức ngày 11 đến 16 tháng Giêng năm Đinh Dậu).", None,
     [("từ ngày 7 đến 12/2/2017", "2017-02-07/2017-02-12"),
      ("ngày 11 đến 16 tháng Giêng", "2017-02-07/2017-02-12"), ("năm Đinh Dậu", "2017")]),
    ("Hội làng diễn ra từ ngày 10 đến 12 tháng Giêng.", REF.replace(month=2, day=1),
     [("từ ngày 10 đến 12 tháng Giêng", "2017-02-06/2017-02-08")]),
    ("Hội chùa kéo dài từ ngày 10 đến 12 tháng 3 âm lịch.", REF.replace(month=2, day=1),
     [("từ ngày 10 đến 12 tháng 3 âm lịch", "2017-04-06/2017-04-08")]),
    ("Hằng năm, lễ hội được mở từ ngày 13-18 tháng Giêng âm lịch.", None, []),
    # ... a solar month keeps its days
    ("Hội chợ diễn ra từ ngày 10 đến 12 tháng 3.", None,
     [("từ ngày 10 đến 12 tháng 3", "XXXX-03-10/XXXX-03-12")]),
]


@pytest.mark.parametrize("text, ref, expected", LUNAR_RANGE_ROWS)
def test_unseen9_lunar_day_ranges(text, ref, expected):
    assert _values(text, ref) == expected


# (phrase, [(text, value), ...]): a weekday with a word of which one ("tới", "này", "tuần
# này"), then the day in brackets with a dash or a dot, names that day, as with a slash
WEEKDAY_WHICH_BRACKET_ROWS = [
    ("Đội cần giữ sức cho vòng đấu vào Chủ nhật tới (30-4) ở giải quốc nội.",
     [("Chủ nhật tới (30-4)", "XXXX-04-30")]),
    ("Trận đấu diễn ra vào thứ Bảy tới (29.4) trên sân nhà.", [("thứ Bảy tới (29.4)", "XXXX-04-29")]),
    ("Lễ khai mạc vào thứ Bảy tuần này (29-4) tại nhà văn hóa.",
     [("thứ Bảy tuần này (29-4)", "XXXX-04-29")]),
    ("Hội nghị họp vào thứ Năm tới (1/6) ở tỉnh.", [("thứ Năm tới (1/6)", "XXXX-06-01")]),
]


@pytest.mark.parametrize("text, expected", WEEKDAY_WHICH_BRACKET_ROWS)
def test_unseen9_weekday_which_bracket(text, expected):
    assert _values(text) == expected


# ... never an amount or a score in the bracket
@pytest.mark.parametrize("text", [
    "Giá vé bán vào thứ Năm tới (1.5 triệu đồng) đã hết.",
    "Kết quả trận đấu Chủ nhật tới (3-1-2) sẽ quyết định ngôi đầu.",
])
def test_unseen9_weekday_which_bracket_negatives(text):
    assert _values(text) == []


# a day-month right after the noun of a place, with no day word, is the place's name
@pytest.mark.parametrize("text", [
    "Rác vẫn đổ trước công viên 29/3 dù đã có biển cấm.",
    "Hàng chục người bị giẫm đạp tại sân vận động 4 tháng 1 ở Luanda.",
    "Hàng nghìn người tập trung ở quảng trường 30/4 để xem pháo hoa.",
    "Dãy nhà trên đường 3/2, quận 10 bị cháy.",
])
def test_unseen9_places_named_by_a_day(text):
    assert _values(text) == []


# ... while a day word, or a place noun that names nothing, leaves the date
VENUE_DATE_ROWS = [
    ("Ngày 29/3, công viên mở cửa trở lại.", [("Ngày 29/3", "XXXX-03-29")]),
    ("Công viên mở cửa trở lại từ ngày 29/3.", [("ngày 29/3", "XXXX-03-29")]),
    ("Sân vận động được sửa xong trong tháng 1.", [("tháng 1", "XXXX-01")]),
]


@pytest.mark.parametrize("text, expected", VENUE_DATE_ROWS)
def test_unseen9_dates_beside_places(text, expected):
    assert _values(text) == expected


# (phrase, [(text, value), ...]): whole hours after "sau" and before a lower-case word that
# names what lasted them are a length of time; the clock reading stays the clock
HOURS_OF_ACTIVITY_ROWS = [
    ("Sau 3 giờ họp kín, hai bên đạt được thỏa thuận.", [("3 giờ", "PT3H")]),
    ("Sau 6 giờ chữa cháy, lửa mới được khống chế.", [("6 giờ", "PT6H")]),
    ("Sau 10 giờ đàm phán căng thẳng, hai bên ký kết.", [("10 giờ", "PT10H")]),
    ("Sau 8 giờ ngày 5/6 mới có kết quả.", [("8 giờ ngày 5/6", "XXXX-06-05T08:00")]),
]


@pytest.mark.parametrize("text, expected", HOURS_OF_ACTIVITY_ROWS)
def test_unseen9_hours_of_an_activity(text, expected):
    assert _values(text) == expected


# ... a part of the day, a comma, a word that goes on a clock reading: the clock, no length
@pytest.mark.parametrize("text", [
    "Sau 5 giờ chiều, đường phố vắng hẳn.",
    "Sau 22 giờ, các quán phải đóng cửa.",
    "Anh bảo sau 7 giờ thì về.",
    "Phải sau 8 giờ mới có kết quả.",
    "Sau 9 giờ tối, xe tải được vào phố.",
])
def test_unseen9_hours_after_sau_stay_the_clock(text):
    assert _values(text) == []


# (phrase, [(text, value), ...]): a clock time, a time zone's code alone (with its offset, in
# brackets or not), then the day: one moment, as with "giờ GMT"
ZONE_CODE_ROWS = [
    ("Đồng euro lên 1,10 USD vào khoảng 20 giờ 30 phút GMT hôm 7/5.",
     [("vào khoảng 20 giờ 30 phút GMT hôm 7/5", "XXXX-05-07T20:30")]),
    ("Vụ phóng diễn ra lúc 13h45 UTC ngày 7/7.", [("lúc 13h45 UTC ngày 7/7", "XXXX-07-07T13:45")]),
    ("Trận đấu bắt đầu lúc 9h (GMT+7) ngày 7/7.", [("lúc 9h (GMT+7) ngày 7/7", "XXXX-07-07T09:00")]),
]


@pytest.mark.parametrize("text, expected", ZONE_CODE_ROWS)
def test_unseen9_zone_codes(text, expected):
    assert _values(text) == expected


# ... a code in lower case or a word in capitals is no zone: the clock stays apart
def test_unseen9_no_zone_code():
    assert _values("Trận đấu lúc 9h VTV ngày 7/7.") == [("ngày 7/7", "XXXX-07-07")]
