"""Table rows for date shapes found on a seventh reading of articles nobody tuned on (session 17,
seed 2727: 36 baomoi articles drawn six each from provincial portals, police and court reports,
economy, weather and disasters, sport and culture; gold articles excluded), with the readers'
findings of session 16. Classes: a season written without "mùa" right before a year ("Xuân
1969,", "kỳ chuyển nhượng hè 2017") is that season of that year, unless the word before makes
it part of another word, a name, a crop or a fashion season ("cổ đông 2017", "doanh thu 2017",
"Biển Đông 2017", "vụ đông xuân", "bộ sưu tập xuân hè 2017"); a count of units before
"sau/trước ngày" and an event ("20 năm sau ngày mất", "3 ngày trước ngày bầu cử") is a length
of time counted from that event, not a moment counted from the publication date. The scorer
matches values only, so the rows assert values and the spans as the grammar reads them. Every
phrase is written for these tests; none is copied from an article."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REF = dt.date(2017, 6, 20)


def _values(text, ref=None):
    return [(d.text, d.value) for d in find_dates(normalize(text).text, reference_date=ref)]


# (phrase, [(text, value), ...]): a season without "mùa" before a year, at the start of a
# sentence, after a lower-case word or after a word of the part of a period
BARE_SEASON_ROWS = [
    ("Xuân 1969, dù sức đã yếu, ông vẫn về thăm quê.", [("Xuân 1969", "1969-SP")]),
    ("Hè 2016, đội tuyển trẻ tập huấn ở Đức.", [("Hè 2016", "2016-SU")]),
    ("Thu 1945, ông theo đoàn quân Nam tiến.", [("Thu 1945", "1945-FA")]),
    ("Đông 1946, cả gia đình tản cư lên Việt Bắc.", [("Đông 1946", "1946-WI")]),
    ("Câu lạc bộ muốn mua thêm hai tiền vệ trong kỳ chuyển nhượng hè 2017.",
     [("hè 2017", "2017-SU")]),
    ("Anh gia nhập đội bóng thủ đô từ hè 2014 với giá kỷ lục.", [("hè 2014", "2014-SU")]),
    ("Các em học sinh được nghỉ hè 2017 sớm hơn mọi năm.", [("hè 2017", "2017-SU")]),
    ("Giống lúa mới được gieo thử từ cuối xuân 1998.", [("cuối xuân 1998", "1998-SP")]),
    ("(Ảnh chụp xuân 1975)", [("xuân 1975", "1975-SP")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SEASON_ROWS)
def test_unseen7_bare_seasons(text, expected):
    assert _values(text) == expected


# ... and the same words before a year that are part of another word, of a name, of a crop or
# a fashion season: the year alone, as before, or nothing
BARE_SEASON_NOT = [
    ("Đại hội đồng cổ đông 2017 sẽ bầu lại hội đồng quản trị.", [("2017", "2017")]),
    ("Tổng doanh thu 2016 của hãng giảm mạnh.", []),
    ("Hội thảo Biển Đông 2017 quy tụ nhiều học giả.", [("2017", "2017")]),
    ("Tình hình Trung Đông 2016 vẫn căng thẳng.", [("2016", "2016")]),
    ("Vụ đông xuân 2016-2017, nông dân gieo cấy sớm.", [("2016-2017", "2016/2017")]),
    ("Bộ sưu tập xuân hè 2017 ra mắt tại Hà Nội.", [("2017", "2017")]),
    ("Nhà thiết kế trình diễn BST Thu Đông 2016 tại Paris.", [("2016", "2016")]),
    ("Nông dân thu 1500 tấn lúa mỗi năm.", []),
    ("Lễ hội thu hút rất đông 1200 người dân.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SEASON_NOT)
def test_unseen7_bare_season_negatives(text, expected):
    assert _values(text) == expected


# (phrase, reference date, [(text, value), ...]): a count before "sau/trước ngày" and an event
# is a length of time from the day of that event, with a reference date or without one
EVENT_DAY_ROWS = [
    ("20 năm sau ngày mất của ông, gia đình mới tìm được mộ.", None, [("20 năm", "P20Y")]),
    ("20 năm sau ngày mất của ông, gia đình mới tìm được mộ.", REF, [("20 năm", "P20Y")]),
    ("Hai năm sau ngày giải phóng, ông trở về làng.", REF, [("Hai năm", "P2Y")]),
    ("Ba ngày trước ngày bầu cử, tổ bầu cử niêm yết danh sách.", REF, [("Ba ngày", "P3D")]),
    ("Đúng một tháng sau ngày khởi công, cây cầu đã hợp long.", None, [("một tháng", "P1M")]),
    # ... and with a day written after "ngày", the day is read too
    ("Hai tuần trước ngày 5/6, ban tổ chức đã gửi giấy mời.", None,
     [("Hai tuần", "P2W"), ("ngày 5/6", "XXXX-06-05")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), EVENT_DAY_ROWS)
def test_unseen7_counts_from_an_event_day(text, ref, expected):
    assert _values(text, ref) == expected


# ... while "N năm sau" closed by punctuation still counts from the publication date, and a
# comma before "ngày" leaves the day on its own
EVENT_DAY_NOT = [
    ("Ông mất năm 1990, 2 năm sau, bà cũng qua đời.", REF,
     [("năm 1990", "1990"), ("2 năm sau", "2019-06-20")]),
    ("2 ngày sau, ngày 7/6, đoàn về tới Hà Nội.", None, [("ngày 7/6", "XXXX-06-07")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), EVENT_DAY_NOT)
def test_unseen7_counts_from_publication(text, ref, expected):
    assert _values(text, ref) == expected


# (phrase, [(text, value), ...]): a year after a name written with a dot inside it ("V.League")
# closes that name, as after "V-League"; the word is whole, not the part after a full stop
DOTTED_NAME_ROWS = [
    ("Ở vòng 5 V.League 2017, đội khách thắng đậm.", [("2017", "2017")]),
    ("V.League 2016 khép lại với nhiều bất ngờ.", [("2016", "2016")]),
    ("Anh từng dự giải Marathon TP.HCM 2015 cùng bạn bè.", [("2015", "2015")]),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_NAME_ROWS)
def test_unseen7_dotted_names(text, expected):
    assert _values(text) == expected


# ... while after a real full stop, the capital of a new sentence names nothing
DOTTED_NAME_NOT = [
    "Đoàn đã về quê. 2000 người ra đón.",
    "Cả xã góp sức. Gần 2000 hộ đã đóng góp.",
]


@pytest.mark.parametrize("text", DOTTED_NAME_NOT)
def test_unseen7_full_stop_is_no_name(text):
    assert _values(text) == []


# (phrase, [(text, value), ...]): a clock time, its time zone written without a bracket and
# closed by a name or "địa phương", then its day: one moment, as with the zone in brackets
ZONE_ROWS = [
    ("Trận chung kết bắt đầu lúc 9h00 giờ Đức ngày 5/6.",
     [("lúc 9h00 giờ Đức ngày 5/6", "XXXX-06-05T09:00")]),
    ("Phiên họp khai mạc vào 14h giờ GMT ngày 3/4.", [("14h giờ GMT ngày 3/4", "XXXX-04-03T14:00")]),
    ("Lệnh ngừng bắn có hiệu lực từ 12h theo giờ Damascus ngày 9/7.",
     [("12h theo giờ Damascus ngày 9/7", "XXXX-07-09T12:00")]),
    ("Vào 15h giờ địa phương ngày 5/6, trận động đất xảy ra.",
     [("15h giờ địa phương ngày 5/6", "XXXX-06-05T15:00")]),
    ("Buổi lễ diễn ra lúc 20h giờ Việt Nam ngày 1/9.",
     [("lúc 20h giờ Việt Nam ngày 1/9", "XXXX-09-01T20:00")]),
]


@pytest.mark.parametrize(("text", "expected"), ZONE_ROWS)
def test_unseen7_time_zones(text, expected):
    assert _values(text) == expected


# ... and a clock time whose zone is not closed by a name stays apart from the day
ZONE_NOT = [
    ("Ngày 5/6, lúc 9h00 giờ Đức, trận đấu bắt đầu.", [("Ngày 5/6, lúc 9h00", "XXXX-06-05T09:00")]),
    ("Đội bóng tập lúc 8 giờ giờ ngày 5/6.", [("ngày 5/6", "XXXX-06-05")]),
]


@pytest.mark.parametrize(("text", "expected"), ZONE_NOT)
def test_unseen7_time_zone_negatives(text, expected):
    assert _values(text) == expected


# (phrase, [(text, value), ...]): "&" between days sharing a month, or between years, lists
# them as "và" does
AMPERSAND_ROWS = [
    ("Đêm nhạc diễn ra vào tối 12 & 13/8 tại nhà hát.", [("tối 12", "XXXX-08-12"), ("13/8", "XXXX-08-13")]),
    ("Hội chợ mở cửa các ngày 05 & 06/10 ở quảng trường.",
     [("ngày 05", "XXXX-10-05"), ("06/10", "XXXX-10-06")]),
    ("Đội bóng vô địch hai mùa 2015 & 2016 liên tiếp.", [("2015", "2015"), ("2016", "2016")]),
]


@pytest.mark.parametrize(("text", "expected"), AMPERSAND_ROWS)
def test_unseen7_ampersand_lists(text, expected):
    assert _values(text) == expected


AMPERSAND_NOT = [
    "Lợi nhuận hai công ty đạt 3 & 4 tỷ đồng.",
    "Đề án được 2 & 3/4 số đại biểu tán thành.",
]


@pytest.mark.parametrize("text", AMPERSAND_NOT)
def test_unseen7_ampersand_amounts(text):
    assert _values(text) == []


# (phrase, [(text, value), ...]): the year of an edition written after its number and a dash
# ("lần thứ VI - 2017"), the year alone in its span
EDITION_ROWS = [
    ("Khai mạc Festival Biển lần thứ VI-2017 tại quảng trường.", [("2017", "2017")]),
    ("Lễ hội Trà lần thứ 3 – 2016 thu hút đông du khách.", [("2016", "2016")]),
    ("Giải báo chí tỉnh lần thứ XII - 2018 nhận hơn 200 tác phẩm.", [("2018", "2018")]),
    ("Liên hoan phim lần thứ 20-2017 diễn ra từ 9-12/3/2017.",
     [("2017", "2017"), ("từ 9-12/3/2017", "2017-03-09/2017-03-12")]),
]


@pytest.mark.parametrize(("text", "expected"), EDITION_ROWS)
def test_unseen7_edition_years(text, expected):
    assert _values(text) == expected


# ... but not an amount after the dash, nor a number with no dash
EDITION_NOT = [
    "Giá xăng tăng lần thứ 2 - 2000 đồng mỗi lít.",
    "Đợt giảm lần thứ 3 – 1500 người được hỗ trợ.",
    "Đây là lần thứ 2 đội vô địch.",
]


@pytest.mark.parametrize("text", EDITION_NOT)
def test_unseen7_edition_amounts(text):
    assert _values(text) == []


def test_unseen7_fashion_pair_is_no_season():
    # two seasons joined by a hyphen or a slash name a fashion collection: the year alone
    assert _values("Bộ đầm nằm trong BST Thu-Đông 2016 của nhà mốt.") == [("2016", "2016")]
    assert _values("Xu hướng Xuân/Hè 2017 lên ngôi.") == [("2017", "2017")]
    assert _values("Show diễn Xuân - Hè 2018 của nhà thiết kế.") == [("2018", "2018")]


# (phrase, reference date, [(text, value), ...]): a count before "sau/trước" and a noun that
# opens an event ("vụ", "cuộc", "trận", "sự", "lễ", "phiên" …) is a length of time from that
# event; opening a sentence after a dated day, a count of days still dates the day after it
EVENT_NOUN_ROWS = [
    ("Sáu tuần sau vụ tai nạn, hãng xe mới lên tiếng.", REF, [("Sáu tuần", "P6W")]),
    ("Ông trở lại sân cỏ hơn 2 năm sau cuộc phẫu thuật.", None, [("hơn 2 năm", "P2Y")]),
    ("Đội tuyển tập kín một ngày trước trận giao hữu.", REF, [("một ngày", "P1D")]),
    ("Sáu tháng sau sự cố, nhà máy hoạt động trở lại.", None, [("Sáu tháng", "P6M")]),
    ("Tượng đài được dựng 10 năm sau lễ khánh thành cây cầu.", REF, [("10 năm", "P10Y")]),
    ("Ngày 21/9/2016, tòa hoãn xử. Một ngày sau phiên xử, bị cáo xin lỗi.", None,
     [("Ngày 21/9/2016", "2016-09-21"), ("Một ngày sau", "2016-09-22")]),
    # ... while "qua" or "liền" before such a noun moves nothing: the count keeps its word
    ("Trong gần 2 tháng qua cuộc sống ở bản đã đổi khác.", None, [("gần 2 tháng qua", "P2M")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), EVENT_NOUN_ROWS)
def test_unseen7_counts_from_an_event(text, ref, expected):
    assert _values(text, ref) == expected
