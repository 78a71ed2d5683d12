"""Table rows for the date shapes found reading ``analyze(...).dates`` on unseen Báo Mới
articles (session 9): counts of years around an event, lists of day-months and of months
without a year, the first or last month of a year, a year in brackets after a day, the minutes
of an angle, hours written like a clock reading that are a length of time, decades written
"những năm 1950", years of vehicle models, and years that are only compared with."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REF = dt.date(2017, 5, 10)


def _values(text, ref=None):
    return [(d.text, d.value) for d in find_dates(normalize(text).text, reference_date=ref)]


# (phrase, reference date, [(text, value), ...] in text order)
ROWS = [
    # a count of years or months before "sau/trước đó", "sau/trước khi" is a length of time
    # around an event, never "next year"
    ("Lễ cưới chỉ diễn ra vào 4 năm sau đó, khi bà 21 tuổi.", None, [("4 năm", "P4Y")]),
    ("Ông cho biết 10 năm sau khi ông qua đời, tài sản sẽ được hiến tặng.", None,
     [("10 năm", "P10Y")]),
    ("Ba tháng trước khi khởi công, dự án đã được phê duyệt.", REF, [("Ba tháng", "P3M")]),
    ("Dự án sẽ khởi công vào năm sau.", REF, [("năm sau", "2018")]),
    ("Tháng 5 năm sau, đoàn sẽ trở lại.", REF, [("Tháng 5 năm sau", "2018-05")]),
    # a day-month listed after a dated day-month is a date too
    ("Chương trình diễn ra vào ngày 23/6 và 24/6 tại Cung Văn hóa.", None,
     [("ngày 23/6", "XXXX-06-23"), ("24/6", "XXXX-06-24")]),
    ("Sáng 5.2, 6.2 và 7.2 đoàn đi thăm các xã.", None,
     [("Sáng 5.2", "XXXX-02-05"), ("6.2", "XXXX-02-06"), ("7.2", "XXXX-02-07")]),
    ("Hội nghị họp các ngày 12/7, 13/7 tại Hà Nội.", REF,
     [("ngày 12/7", "2017-07-12"), ("13/7", "2017-07-13")]),
    # months listed without a year: each is a month
    ("Thông thường, tháng 6 và 7 là thời điểm nắng nóng nhất.", None,
     [("tháng 6", "XXXX-06"), ("7", "XXXX-07")]),
    ("Lúa được gieo vào tháng 3, 4 và 5 hằng năm.", REF,
     [("tháng 3", "2017-03"), ("4", "2017-04"), ("5", "2017-05")]),
    # ... but a number counting something after the list is no month
    ("Trong tháng 6 và 7 người bị thương được đưa đi cấp cứu.", None, [("tháng 6", "XXXX-06")]),
    ("Đợt nắng kéo dài trong tháng 6 và 7 ngày đầu tháng 7.", None,
     [("tháng 6", "XXXX-06"), ("đầu tháng 7", "XXXX-07")]),
    # "tháng đầu năm" is the first month, "tháng cuối năm" the last
    ("Trong tháng đầu năm 2017, thu ngân sách đạt 97.400 tỷ đồng.", None,
     [("tháng đầu năm 2017", "2017-01")]),
    ("Kế hoạch tháng cuối năm 2018 được giao cho các sở.", None,
     [("tháng cuối năm 2018", "2018-12")]),
    ("Tháng đầu năm, xuất khẩu tăng mạnh.", REF, [("Tháng đầu năm", "2017-01")]),
    ("Những tháng đầu năm 2017 kinh tế phục hồi.", None, [("đầu năm 2017", "2017")]),
    ("6 tháng đầu năm 2017", None, [("6 tháng đầu năm 2017", "2017-H1")]),
    # a year in brackets right after a day or a month is its year
    ("Lễ trao giải nhân dịp kỷ niệm Ngày thành lập Đảng 3/2 (năm 2018).", None,
     [("3/2 (năm 2018)", "2018-02-03")]),
    ("Công trình khởi công vào tháng 9 (2017) và hoàn thành sau hai năm.", None,
     [("tháng 9 (2017)", "2017-09"), ("hai năm", "P2Y")]),
    ("Chiều 22/9 (2016), đoàn đến thăm tỉnh.", None, [("Chiều 22/9 (2016)", "2016-09-22")]),
    # hours written like a clock reading after a word of length are a length of time
    ("Cập nhật kết quả xổ số mới nhất trong 24h qua.", None, [("24h qua", "PT24H")]),
    ("Mưa lớn kéo dài suốt 48h tại các tỉnh miền Trung.", None, [("48h", "PT48H")]),
    ("Cuộc họp kéo dài 3h.", None, [("3h", "PT3H")]),
    ("Lễ khai mạc bắt đầu lúc 14h.", REF, [("lúc 14h", "2017-05-10T14:00")]),
    ("Sau 22h đêm, đường phố vắng vẻ.", REF, [("22h đêm", "2017-05-10T22:00")]),
    ("Ông tới trụ sở trong 7h sáng nay.", REF, [("7h sáng nay", "2017-05-10T07:00")]),
    # a word of length before "khoảng/hơn/gần" makes the hours a length, not a clock reading
    ("Sau khoảng 2 giờ mới có người đầu tiên đến.", REF, [("khoảng 2 giờ", "PT2H")]),
    ("Đám cháy được dập tắt trong khoảng 3 giờ.", REF, [("khoảng 3 giờ", "PT3H")]),
    ("Cuộc họp kéo dài gần 4 giờ.", None, [("gần 4 giờ", "PT4H")]),
    ("Vụ việc xảy ra vào khoảng 2 giờ sáng.", REF, [("vào khoảng 2 giờ sáng", "2017-05-10T02:00")]),
    ("Đoàn đến lúc khoảng 9 giờ.", REF, [("khoảng 9 giờ", "2017-05-10T09:00")]),
    # "những năm 1950" is the decade, and so is the round year listed after it
    ("Số vàng được mua trong những năm 1950 và 1960.", None,
     [("những năm 1950", "195"), ("1960", "196")]),
    ("Vào đầu những năm 80, nhà máy được xây dựng.", None, [("đầu những năm 80", "198")]),
    ("Giai đoạn những năm 2016 - 2020 có nhiều thay đổi.", None,
     [("năm 2016 - 2020", "2016/2020")]),
    ("Trong những năm 2010, 2011, tỉnh đầu tư mạnh.", None,
     [("năm 2010", "2010"), ("2011", "2011")]),
    # a note of the time zone in brackets between a clock time and its day
    ("Kẻ tấn công nổ súng vào khoảng 22h30 (giờ địa phương) ngày 2/7 khi mọi người ra về.", None,
     [("vào khoảng 22h30 (giờ địa phương) ngày 2/7", "XXXX-07-02T22:30")]),
    ("Hội nghị khai mạc lúc 8h (theo giờ Hà Nội) ngày 5/3.", None,
     [("lúc 8h (theo giờ Hà Nội) ngày 5/3", "XXXX-03-05T08:00")]),
    ("Lúc 9h (ảnh) ngày 5/3, đoàn đến.", None, [("ngày 5/3", "XXXX-03-05")]),
    # "16h40 phút": the minute word after minutes written close to the hour
    ("Ngày 9/2/2017 cháu đi học. Vào khoảng 16h40 phút cùng ngày, bà nội đến đón.", None,
     [("Ngày 9/2/2017", "2017-02-09"), ("Vào khoảng 16h40 phút cùng ngày", "2017-02-09T16:40")]),
    ("Lúc 7h15 phút sáng 3/4, xe khởi hành.", None, [("Lúc 7h15 phút sáng 3/4", "XXXX-04-03T07:15")]),
    # a day listed before a day-month with its own day word: "Đêm 15 và ngày 16/6"
    ("Đêm 15 và ngày 16/6, rãnh áp thấp tiếp tục bị nén.", None,
     [("Đêm 15", "XXXX-06-15"), ("ngày 16/6", "XXXX-06-16")]),
    ("Ngày 15 và sáng 16/6/2017 đoàn làm việc tại tỉnh.", None,
     [("Ngày 15", "2017-06-15"), ("sáng 16/6/2017", "2017-06-16")]),
    ("Điều 15 và ngày 16/6 được sửa đổi.", None, [("ngày 16/6", "XXXX-06-16")]),
    # some units of an untold number are no last year or this month
    ("Những năm qua, tỉnh đã đầu tư mạnh cho giáo dục.", REF, []),
    ("Nhiều năm nay người dân mong chờ con đường.", REF, []),
    ("Mấy tháng nay giá lợn giảm sâu.", REF, []),
    ("Trong vài tuần tới, thời tiết còn nắng nóng.", REF, []),
    ("Năm qua, tỉnh đã đầu tư mạnh cho giáo dục.", REF, [("Năm qua", "2016")]),
    ("Cả năm nay giá lợn giảm sâu.", REF, [("năm nay", "2017")]),
    # a compound length runs from the larger unit to the smaller
    ("Việc sửa chữa mất 2 tuần một ngày.", None, [("2 tuần một ngày", "P2W1D")]),
    ("Thời gian thử việc là 1 tháng 12 ngày.", None, [("1 tháng 12 ngày", "P1M12D")]),
    # a count after "top" is a rank
    ("Ca sĩ lọt top 10 năm nay của Forbes.", REF, [("năm nay", "2017")]),
    ("Lọt Top 10 năm 2017 của tạp chí.", None, [("năm 2017", "2017")]),
    # a year after a vehicle maker's model name is the model's, no date; events keep theirs
    ("Mẫu SUV Ford Expedition 2018 được trưng bày tại triển lãm Chicago 2017.", None,
     [("2017", "2017")]),
    ("Mercedes Benz E 300 AMG Line 2017 có giá 2,5 tỷ đồng từ tháng 10/2016.", None,
     [("tháng 10/2016", "2016-10")]),
    ("Giải bóng đá Toyota Mekong Cup 2017 khởi tranh.", None, [("2017", "2017")]),
    ("Đội tuyển dự SEA Games 2017 tại Malaysia.", None, [("2017", "2017")]),
]

# phrases that hold no date at all
NEGATIVES = [
    "Tàu mắc cạn tại vị trí 10 độ 02 phút 40 giây vĩ độ Bắc; 108 độ 58 phút 50 giây kinh độ Đông.",
    "Tọa độ 21°02 phút vĩ Bắc được ghi nhận.",
    "Mẫu xe Honda SH 2018 vừa ra mắt.",
    "Giá xe Toyota Vios 2018 giảm mạnh.",
    "tỷ lệ 1/2 và 1/3 số hộ",
    # a count per unit is a rate, no length of time
    "Công ty dành 1 ngày/tuần để đưa thịt lợn vào thực đơn.",
    "Công nhân làm việc 5 ngày mỗi tuần.",
    "Mỗi người được nghỉ 2 ngày một tháng.",
]


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_reader_rows(text, ref, expected):
    assert _values(text, ref) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_reader_negatives(text):
    assert _values(text) == []


def test_angle_keeps_real_durations():
    # an angle's minutes are no length of time, a clip's are
    assert _values("Clip dài 2 phút 24 giây, ghi ở vị trí 10 độ 02 phút.") == [
        ("2 phút 24 giây", "PT2M24S")]


@pytest.mark.parametrize(("text", "expected"), [
    # the year compared with is not the year of the events told around it
    ("6 tháng đầu năm, sản lượng tăng 10% so với cùng kỳ năm 2016.",
     [("6 tháng đầu năm", "XXXX-H1", False), ("năm 2016", "2016", False)]),
    ("Sản lượng 6 tháng đầu năm bằng năm 2015.",
     [("6 tháng đầu năm", "XXXX-H1", False), ("năm 2015", "2015", False)]),
    ("Sản lượng năm 2017 tăng 5% so với năm 2016. 3 tháng cuối năm sẽ tăng tốc.",
     [("năm 2017", "2017", False), ("năm 2016", "2016", False),
      ("3 tháng cuối năm", "2017-10/2017-12", True)]),
])
def test_compared_year_is_not_carried(text, expected):
    got = [(d.text, d.value, d.inferred_year) for d in find_dates(normalize(text).text)]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that places its events in "năm nay" takes no year written nearby
    ("Festival được tổ chức lần đầu vào năm 2003. Lần thứ 8 diễn ra vào mùa hè năm nay "
     "(từ ngày 10-13/6).",
     [("năm 2003", "2003", False), ("mùa hè năm nay", "XXXX-SU", False),
      ("từ ngày 10-13/6", "XXXX-06-10/XXXX-06-13", False)]),
    ("Năm 2016 sản lượng đạt kỷ lục. Năm nay, 6 tháng đầu năm sản lượng giảm.",
     [("Năm 2016", "2016", False), ("6 tháng đầu năm", "XXXX-H1", False)]),
    # "so với" may name what is compared before its year: that year carries to nothing
    ("Tính từ ngày 26 - 31/1/2017, có 27 website bị tấn công. Tính từ 13/1 tới 30/1, tin nhắn "
     "rác giảm gần 54% so với Tết Bính Thân 2016.",
     [("từ ngày 26 - 31/1/2017", "2017-01-26/2017-01-31", False),
      ("từ 13/1 tới 30/1", "2017-01-13/2017-01-30", True), ("2016", "2016", False)]),
    # a quarter in brackets after a dated day is that day's quarter
    ("Số dư tại thời điểm 31/3/2016 (quý I) là 3.787 tỷ đồng.",
     [("31/3/2016", "2016-03-31", False), ("quý I", "2016-Q1", True)]),
    ("Văn bản ngày 5/4/2015 (quý I) đã bị thu hồi.",
     [("ngày 5/4/2015", "2015-04-05", False), ("quý I", "XXXX-Q1", False)]),
    # the date of a document dates its signing, not the events told around it
    ("Tỉnh thực hiện Kết luận số 24-KL/TW ngày 5.6.2012 của Bộ Chính trị và báo cáo trước ngày 30.6.",
     [("ngày 5.6.2012", "2012-06-05", False), ("ngày 30.6", "XXXX-06-30", False)]),
    ("Quyết định số 1193/QĐ-UBND ngày 6/4/2015 bị làm giả.\nNgày 9/4, tỉnh họp.",
     [("ngày 6/4/2015", "2015-04-06", False), ("Ngày 9/4", "XXXX-04-09", False)]),
    ("Ngày 4/4/2015, tỉnh ban hành quyết định.\nNgày 9/4, tỉnh họp.",
     [("Ngày 4/4/2015", "2015-04-04", False), ("Ngày 9/4", "2015-04-09", True)]),
    # ... but "so với cùng kỳ năm trước" only compares, and the year written carries
    ("CPI tháng 5/2017 tăng 3,19% so với cùng kỳ năm trước và 0,37% so với tháng 12 năm trước.",
     [("tháng 5/2017", "2017-05", False), ("tháng 12 năm trước", "2016-12", True)]),
    ("Kế hoạch năm 2017. Theo đó, từ 1.3 - 31.5 các đơn vị ra quân.",
     [("năm 2017", "2017", False), ("từ 1.3 - 31.5", "2017-03-01/2017-05-31", True)]),
])
def test_this_year_sentence_takes_no_written_year(text, expected):
    got = [(d.text, d.value, d.inferred_year) for d in find_dates(normalize(text).text)]
    assert got == expected


@pytest.mark.parametrize("ref", [None, REF])
def test_now_before_a_bracketed_day(ref):
    # "bây giờ" has no hour before the reference date gives it: it never joins the day after it
    # (this raised a TypeError on an unseen article)
    found = _values("Gia đình cho hay: “Đến bây giờ (sáng 6/2 khi PV phỏng vấn) tôi mới biết”.", ref)
    assert found[-1] == ("sáng 6/2", "XXXX-02-06" if ref is None else "2017-02-06")
