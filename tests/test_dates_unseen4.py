"""Table rows for date shapes found on a fourth reading of articles nobody tuned on (session 14,
seed 1414: conferences, plans, court and police reports and world news from baomoi; gold
articles excluded), and for the classes the lead met on unseen text: the hour that closes a day
("đến 24h ngày 30/6" is the end of 30/6, ``T24:00``, never the midnight opening it); the year a
plan reaches after "tầm nhìn đến" even when words go on; four digits closing a firm's name
("Công ty Global 2000") or a model's after its noun ("mẫu xe SH 2017") are no year, while an event named with its year ("Ngày hội Sách 2024",
"Vision 2030") keeps it; a day-month among a list of street names names a street ("các tuyến
đường Lê Lợi, 3/2, Hùng Vương"); clock times after a day and a comma or "vào" fall on that day
("Ngày 3/6, từ 7h đến 11h", "Ngày 20/11 vào 17h30"); a range of days after a preposition of time
("diễn ra vào 10-15/4") is whole; a day word closing a title opens no date on the next line; whole hours before "sau"/"trước"
("khoảng 24 giờ sau lệnh ngừng bắn") are counted from a moment, no clock reading; every quarter
of a list without a year is one ("quý 3, 4"); spans opened by a preposition or an approximator ("vào khoảng 22h30
ngày 29/5") and durations as people write them ("Suốt 6 tiếng đồng hồ", "gần nửa thế kỷ") keep
their value. The scorer matches values only, so the rows assert values and the spans as the
grammar reads them. Every phrase is written for these tests; none is copied from an article."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REF = dt.date(2017, 6, 20)


def _values(text, ref=None):
    return [(d.text, d.value) for d in find_dates(normalize(text).text, reference_date=ref)]


# (phrase, reference date, [(text, value), ...] in text order)
ROWS = [
    # the hour 24 of a day is that day's end
    ("Hồ sơ nhận đến 24h ngày 30/6, quá hạn không nhận.", None, [("24h ngày 30/6", "XXXX-06-30T24:00")]),
    ("Chậm nhất 24 giờ ngày 31/12/2016, các xã phải nộp báo cáo.", None,
     [("24 giờ ngày 31/12/2016", "2016-12-31T24:00")]),
    ("Hạn chót là 24h00 ngày 15/8 tới.", REF, [("24h00 ngày 15/8", "2017-08-15T24:00")]),
    ("Xe tải được vào phố từ 22h đến 24h ngày 6/6.", None,
     [("từ 22h đến 24h ngày 6/6", "XXXX-06-06T22:00/XXXX-06-06T24:00")]),
    # ... past it, the clock starts again; "0h" opens the day
    ("Khoảng 24h30 ngày 6/6, kho hàng bốc cháy.", None, [("Khoảng 24h30 ngày 6/6", "XXXX-06-06T00:30")]),
    ("Từ 0h ngày 1/7, quy định mới có hiệu lực.", None, [("0h ngày 1/7", "XXXX-07-01T00:00")]),
    # a clock time followed by its own day is no end of a range of hours of the day before:
    # the two date-times are one interval (session 15, tests/test_dates_unseen5.py)
    ("Cấm xe từ 22h ngày 5/6 đến 24h ngày 6/6 trên cầu.", None,
     [("từ 22h ngày 5/6 đến 24h ngày 6/6", "XXXX-06-05T22:00/XXXX-06-06T24:00")]),
    ("Phong tỏa từ 21h ngày 8/3 đến 5h ngày 9/3.", None,
     [("từ 21h ngày 8/3 đến 5h ngày 9/3", "XXXX-03-08T21:00/XXXX-03-09T05:00")]),
    ("Từ 7h30 đến 11h ngày 20/4, khu phố cúp điện.", None,
     [("Từ 7h30 đến 11h ngày 20/4", "XXXX-04-20T07:30/XXXX-04-20T11:00")]),
    # whole hours before "sau"/"trước" are counted from a moment, no clock reading of the day
    ("Sáng 10/7, khoảng 24 giờ sau lệnh ngừng bắn, tiếng súng lại nổ.", None,
     [("Sáng 10/7", "XXXX-07-10"), ("khoảng 24 giờ", "PT24H")]),
    ("Ngày 5/6, khoảng 8 giờ trước khi bão đổ bộ, dân đã sơ tán.", None,
     [("Ngày 5/6", "XXXX-06-05"), ("khoảng 8 giờ", "PT8H")]),
    ("Khoảng 6 tiếng sau, đoàn cứu hộ tới nơi.", None, [("Khoảng 6 tiếng", "PT6H")]),
    # ... a reading with minutes or a part of the day stays the clock
    ("Ngày 5/6, lúc 8 giờ 30 sau khi họp, đoàn về xã.", None, [("Ngày 5/6, lúc 8 giờ 30", "XXXX-06-05T08:30")]),
    ("Ngày 5/6, 8h sáng, đoàn về xã.", None, [("Ngày 5/6, 8h sáng", "XXXX-06-05T08:00")]),
    # a range of clock times after a day and a comma falls on that day, not the reference day
    ("Ngày 3/6, từ 7h đến 11h, khu phố cúp điện.", None,
     [("Ngày 3/6, từ 7h đến 11h", "XXXX-06-03T07:00/XXXX-06-03T11:00")]),
    ("Sáng 3/6, từ 7h30 đến 9h, đoàn làm việc với xã.", REF,
     [("Sáng 3/6, từ 7h30 đến 9h", "2017-06-03T07:30/2017-06-03T09:00")]),
    ("Ngày 12/5/2016, từ 14h đến 16h30, hội đồng họp kín.", REF,
     [("Ngày 12/5/2016, từ 14h đến 16h30", "2016-05-12T14:00/2016-05-12T16:30")]),
    ("Chiều 3/6, vào khoảng 15h đến 16h, giông lốc quét qua.", None,
     [("Chiều 3/6, vào khoảng 15h đến 16h", "XXXX-06-03T15:00/XXXX-06-03T16:00")]),
    ("Hôm qua, từ 7h đến 9h, mưa lớn.", REF, [("Hôm qua, từ 7h đến 9h", "2017-06-19T07:00/2017-06-19T09:00")]),
    ("Hôm qua, từ 7h đến 9h, mưa lớn.", None, []),
    # ... not across a word joining two facts
    ("Ngày 3/6 và từ 7h đến 11h, khu phố cúp điện.", None, [("Ngày 3/6", "XXXX-06-03")]),
    # ... a day word or a comma list of days keeps the date beside a street's name
    ("Đường Lê Lợi, ngày 30/4 rợp cờ hoa.", None, [("ngày 30/4", "XXXX-04-30")]),
    ("Chiều 14/6, 15/6 và 16/6, đoàn đi qua nhiều tuyến đường.", None,
     [("Chiều 14/6", "XXXX-06-14"), ("15/6", "XXXX-06-15"), ("16/6", "XXXX-06-16")]),
    ("Trên tuyến đường Lê Lợi, sáng 3/2 xe cộ đông đúc.", None, [("sáng 3/2", "XXXX-02-03")]),
    # a day, "vào", then its clock time, with or without a comma
    ("Ngày 20/11 vào 17h30, đội tuyển gặp đội khách.", None, [("Ngày 20/11 vào 17h30", "XXXX-11-20T17:30")]),
    ("Ngày 20/11, vào 17h30, đội tuyển gặp đội khách.", None, [("Ngày 20/11, vào 17h30", "XXXX-11-20T17:30")]),
    ("Ngày 22/11 vào 8 giờ sáng, đoàn lên đường.", REF, [("Ngày 22/11 vào 8 giờ sáng", "2017-11-22T08:00")]),
    # a range of days sharing the month after a preposition of time, its last day past the month
    ("Liên hoan âm nhạc diễn ra vào 10-15/4 tại thủ đô.", None, [("10-15/4", "XXXX-04-10/XXXX-04-15")]),
    ("Hồ sơ nộp trước 20-25/6 tại xã.", None, [("20-25/6", "XXXX-06-20/XXXX-06-25")]),
    ("Hội chợ mở vào 12-18/5 năm nay.", REF, [("12-18/5", "2017-05-12/2017-05-18"), ("năm nay", "2017")]),
    # a day word ending a title does not open the date on the next line
    ("Bắt kẻ trộm xe trong đêm\nNgày 6/6, công an huyện cho biết.", None, [("Ngày 6/6", "XXXX-06-06")]),
    ("Mưa lớn suốt đêm\nSáng 9/3, nước sông dâng cao.", None, [("Sáng 9/3", "XXXX-03-09")]),
    # every quarter of a list without a year, the later ones too
    ("Tới quý 3, 4, cơ quan thuế triển khai tiếp.", None, [("quý 3", "XXXX-Q3"), ("4", "XXXX-Q4")]),
    ("Trong quý III và IV, tỉnh tập trung giải ngân.", REF, [("quý III", "2017-Q3"), ("IV", "2017-Q4")]),
    ("Các quý 1, 2, 3 đều tăng trưởng.", None, [("quý 1", "XXXX-Q1"), ("2", "XXXX-Q2"), ("3", "XXXX-Q3")]),
    # ... not a count after the list
    ("Quý 2, 3 lần tăng giá xăng.", None, [("Quý 2", "XXXX-Q2")]),
    ("Quý 3, 4 tháng qua giá tăng.", None, [("Quý 3", "XXXX-Q3"), ("4 tháng qua", "P4M")]),
    ("Quý 3 có 4 đợt kiểm tra.", None, [("Quý 3", "XXXX-Q3")]),
    # ... and with a year after the last, every one takes it
    ("Trong quý 1, 2 và 3 năm 2017, giá tăng.", None,
     [("quý 1", "2017-Q1"), ("2", "2017-Q2"), ("3 năm 2017", "2017-Q3")]),
    # the year a plan reaches, after "tầm nhìn đến/tới" and its kin, words going on after it
    ("Quy hoạch đến năm 2030, tầm nhìn đến 2045 vừa được phê duyệt.", None,
     [("năm 2030", "2030"), ("2045", "2045")]),
    ("Đề án có tầm nhìn tới 2035 và nhiều mục tiêu lớn.", None, [("2035", "2035")]),
    ("Chiến lược đến 2030 của ngành được ban hành.", None, [("2030", "2030")]),
    ("Lộ trình tới 2025 gồm ba bước.", None, [("2025", "2025")]),
    ("Tầm nhìn 2030 của ngành là trở thành trung tâm khu vực.", None, [("2030", "2030")]),
    # an event or a strategy named with its year keeps the year
    ("Ngày hội Sách 2024 khai mạc tại công viên.", None, [("2024", "2024")]),
    ("Tập đoàn công bố chiến lược Vision 2030 tại hội nghị.", None, [("2030", "2030")]),
    ("Công ty Sài Gòn tham gia Vietnam Expo 2017.", None, [("2017", "2017")]),
    ("Công ty đã tham dự Hội chợ Quốc tế 2017.", None, [("2017", "2017")]),
    ("Công ty Toyota Mekong Cup 2017 khởi tranh.", None, [("2017", "2017")]),
    ("Cô từng giành giải Bạc Siêu mẫu Việt Nam 2013.", None, [("2013", "2013")]),
    ("Đây là phiên bản mới 2017 của giải chạy.", None, [("2017", "2017")]),
    # a preposition or an approximator opening the span: the value is the day and the clock
    ("Vào khoảng 22h30 ngày 29/5, người dân thấy khói bốc lên.", None,
     [("Vào khoảng 22h30 ngày 29/5", "XXXX-05-29T22:30")]),
    ("Vào lúc 7h sáng 29/5, xe khách rời bến.", REF, [("Vào lúc 7h sáng 29/5", "2017-05-29T07:00")]),
    ("Vào lúc 7h sáng nay, đoàn xuất phát.", REF, [("Vào lúc 7h sáng nay", "2017-06-20T07:00")]),
    # durations as people write them
    ("Suốt 6 tiếng đồng hồ, lực lượng cứu hộ không nghỉ.", None, [("6 tiếng", "PT6H")]),
    ("Gần nửa thế kỷ qua, làng vẫn giữ nghề dệt.", None, [("Gần nửa thế kỷ qua", "P50Y")]),
    ("Hơn một tuần sau, anh mới trở về.", None, [("Hơn một tuần", "P1W")]),
    ("Sau một năm rưỡi thi công, cây cầu thông xe.", None, [("một năm rưỡi", "P1.5Y")]),
    ("Ca mổ kéo dài 2 tiếng rưỡi.", None, [("2 tiếng rưỡi", "PT2.5H")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_unseen4_shapes(text, ref, expected):
    assert _values(text, ref) == expected


# phrases that must give no date at all
NEGATIVE = [
    # four digits closing a firm's name
    "Công ty Global 2000 là đơn vị tư vấn của dự án.",
    "Công ty TNHH Thương mại Global 2000 bị xử phạt.",
    "Khách sạn Century 2000 có 120 phòng.",
    "Công ty cổ phần Sao Mai 2000 bị kiểm tra.",
    "Cty Hoàng Long 2010 trúng thầu gói số 3.",
    # four digits closing a model's name after its noun
    "Giá của mẫu xe SH 2017 không thống nhất giữa các đại lý.",
    "Giá bán cho phiên bản Tucson 2017 chưa được công bố.",
    "Trên dòng xe Fortuner 2017 có nhiều trang bị mới.",
    "Phiên bản CBR250R 2017 nổi bật hơn bản cũ.",
    # "đến" then four digits after a plain word still reaches an amount
    "Lượng khách tăng từ 1500 đến 2000 người.",
    "Mỗi hộ nuôi từ 1000 đến 2000 con gà.",
    # a day-month among a list of street names names a street
    "Nâng cấp vỉa hè các tuyến đường Lê Lợi, 3/2, Hùng Vương.",
    "Thảm nhựa các tuyến đường Trần Phú, Hùng Vương, 30/4.",
    "Thông xe các đường Quang Trung, 30/4, 2/9, Phan Chu Trinh.",
    "Cây xanh trên đại lộ Hùng Vương, 2/9, Lê Duẩn được cắt tỉa.",
    # two fractions after a preposition, or a day-month range that would end inside its month
    "Diện tích lúa vào 1-2/3 số xã bị ngập.",
    # the round-the-clock shapes are no dates
    "Lực lượng cứu hộ trực 24/24 giờ.",
    "Tổng đài phục vụ 24/7 cho khách hàng.",
    # durations that count no length of calendar time
    "Ông đã có 35 năm tuổi Đảng.",
    "Mười mấy năm nay, ông vẫn bán báo.",
]


@pytest.mark.parametrize("text", NEGATIVE)
@pytest.mark.parametrize("ref", [None, REF])
def test_unseen4_negatives(text, ref):
    assert _values(text, ref) == []
