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
    ("ngày 20 và 21 tháng 7 năm 2017", None,
     [("ngày 20", "2017-07-20"), ("21 tháng 7 năm 2017", "2017-07-21")]),
    ("Trong các ngày 3, 5 và 7 tháng 6, đoàn đi thăm các xã.", None,
     [("ngày 3", "XXXX-06-03"), ("5", "XXXX-06-05"), ("7 tháng 6", "XXXX-06-07")]),
    # months listed before one year share it
    ("Công trình hoàn thành vào tháng 8, 9/2017.", None,
     [("tháng 8", "2017-08"), ("9/2017", "2017-09")]),
    ("Các báo cáo công bố vào tháng 4, 7, 10/2018.", None,
     [("tháng 4", "2018-04"), ("7", "2018-07"), ("10/2018", "2018-10")]),
    ("Cuộc diễn tập vào tháng 6 và 11 năm 2016.", None,
     [("tháng 6", "2016-06"), ("11 năm 2016", "2016-11")]),
    ("Trong tháng 7 và tháng 8/2017, tỉnh triển khai.", None,
     [("tháng 7", "2017-07"), ("tháng 8/2017", "2017-08")]),
    # a day-month after a word of occasion, even with a dash
    ("Người lao động được nghỉ 3 ngày dịp 2-9.", None, [("3 ngày", "P3D"), ("2-9", "XXXX-09-02")]),
    ("Dịp Quốc khánh 2.9 năm nay, người lao động được nghỉ.", None, [("2.9", "XXXX-09-02")]),
    # the name of an event is no month, a month with its year is
    ("Kỷ niệm Cách mạng tháng Tám và Quốc khánh 2/9.", None, [("2/9", "XXXX-09-02")]),
    ("Cách mạng tháng Tám năm 1945 thành công", None, [("tháng Tám năm 1945", "1945-08")]),
    # a season with a modifier of its own
    ("kỳ chuyển nhượng mùa hè này", REF, [("mùa hè này", "2017-SU")]),
    ("Mùa xuân năm sau đem cây ra trồng.", REF, [("Mùa xuân năm sau", "2018-SP")]),
    # a lunar year without a reference date: the one nearest the latest year written
    ("Năm 2009 ông đi xa. Ngày mồng 1 Tết Đinh Dậu, ông về.", None,
     [("Năm 2009", "2009"), ("mồng 1 Tết Đinh Dậu", "2017-01-28")]),
    # a count of days opening a sentence counts from the day dated last
    ("Tối ngày 17/12/2016, công an phục kích. Một ngày sau, công an đột kích xưởng.", None,
     [("Tối ngày 17/12/2016", "2016-12-17"), ("Một ngày sau", "2016-12-18")]),
    ("Ngày 3/5/2018 đoàn đi. Hai tuần sau, đoàn trở về.", dt.date(2018, 6, 1),
     [("Ngày 3/5/2018", "2018-05-03"), ("Hai tuần sau", "2018-05-17")]),
    ("Ngày 3/5/2018 đoàn đi. Hai ngày sau đó, đoàn về.", None,
     [("Ngày 3/5/2018", "2018-05-03"), ("Hai ngày sau đó", "2018-05-05")]),
    ("Sáng 1/7, công ty đặt cơm. Một ngày sau đó, công nhân được xuất viện.", None,
     [("Sáng 1/7", "XXXX-07-01"), ("Một ngày sau đó", "XXXX-07-02")]),
    ("Ngày 31/12 ông đi. Một ngày sau, ông về.", None,
     [("Ngày 31/12", "XXXX-12-31"), ("Một ngày sau", "XXXX-01-01")]),
    # "N ngày trước" is N days ago; "sau khi" counts from an event the text tells, not a day
    ("Đến ngày 12.7, giá tăng. 10 ngày trước giá chỉ ở mức 22 nghìn đồng/kg.", None,
     [("ngày 12.7", "XXXX-07-12")]),
    ("Ngày 3/5 đoàn đi. Một ngày sau khi đến nơi, đoàn họp.", None,
     [("Ngày 3/5", "XXXX-05-03"), ("Một ngày", "P1D")]),
    # a day-month after a weekday, or closing a list of days, is a date wherever it stands
    ("Ông Kelly nói tại Hạ viện hôm thứ Ba 7/2 rằng", None, [("thứ Ba 7/2", "XXXX-02-07")]),
    ("Trong hai ngày 10 và 11/2 ở Bắc Bộ có rét đậm.", None,
     [("ngày 10", "XXXX-02-10"), ("11/2", "XXXX-02-11")]),
    # minutes marked with an apostrophe
    ("vào khoảng 19h30’ ngày 8/1, ở ngõ 250", None,
     [("vào khoảng 19h30’ ngày 8/1", "XXXX-01-08T19:30")]),
    ("Khoảng 7h30' ngày 8/01/2016, bị cáo đến", None,
     [("Khoảng 7h30' ngày 8/01/2016", "2016-01-08T07:30")]),
    # a month and year without "tháng" after a word of time, or alone in brackets
    ("Dự án khởi công từ 6-2016 và hoàn thành vào 12/2017.", None,
     [("6-2016", "2016-06"), ("12/2017", "2017-12")]),
    ("cử Đại biện thường trú tại Hà Nội (12/2013)", None, [("12/2013", "2013-12")]),
    ("từ 1/2017 đến 6/2017", None, [("từ 1/2017 đến 6/2017", "2017-01/2017-06")]),
    # quarters named by their end, and quarters sharing the year written after the last
    ("Trong quý đầu năm 2017, doanh thu tăng.", None, [("quý đầu năm 2017", "2017-Q1")]),
    ("quý đầu tiên của năm 2017", None, [("quý đầu tiên của năm 2017", "2017-Q1")]),
    ("Kế hoạch quý II, III/2017 được thông qua.", None,
     [("quý II", "2017-Q2"), ("III/2017", "2017-Q3")]),
    ("quý I, II và III năm 2017", None,
     [("quý I", "2017-Q1"), ("II", "2017-Q2"), ("III năm 2017", "2017-Q3")]),
    ("quý 1 và 2 năm 2018", None, [("quý 1", "2018-Q1"), ("2 năm 2018", "2018-Q2")]),
    ("lợi nhuận Q1/2017 tăng mạnh so với Q4-2016", None,
     [("Q1/2017", "2017-Q1"), ("Q4-2016", "2016-Q4")]),
    # minutes in words marked with an apostrophe
    ("vào 9 giờ 30’ ngày 5/7", None, [("9 giờ 30’ ngày 5/7", "XXXX-07-05T09:30")]),
    # half of a decade or a century, one century, one and a half years
    ("Hơn nửa thế kỷ qua, ngôi trường đã đào tạo hàng vạn học sinh.", None,
     [("Hơn nửa thế kỷ qua", "P50Y")]),
    ("sau một thế kỷ tồn tại", None, [("một thế kỷ", "P100Y")]),
    ("Dự án chậm tiến độ một năm rưỡi.", None, [("một năm rưỡi", "P1.5Y")]),   # no "độ" mod
    ("trong hơn nửa thế kỉ XX, đất nước chịu chiến tranh", None, [("thế kỉ XX", "19")]),
    # a relative day, a comma, then the date it names; hours and minutes apart
    ("Hải quân Hàn Quốc hôm nay, 6/7 đã tiến hành tập trận", None, [("6/7", "XXXX-07-06")]),
    ("vào khoảng 13h 20 phút ngày 1/2, trên cầu Rộ", None,
     [("vào khoảng 13h 20 phút ngày 1/2", "XXXX-02-01T13:20")]),
    # a day-month closing the name of a day
    ("kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ 27/7 tại nghĩa trang", None,
     [("70 năm", "P70Y"), ("27/7", "XXXX-07-27")]),
    ("nhân dịp Ngày Phụ nữ Việt Nam 20/10 tỉnh tổ chức gặp mặt", None, [("20/10", "XXXX-10-20")]),
    ("mừng ngày Quốc tế Phụ nữ 8/3 chi hội tặng hoa", None, [("8/3", "XXXX-03-08")]),
    ("Kỷ niệm Ngày giải phóng miền Nam 30/4 và Quốc tế Lao động 1/5 diễn ra", None,
     [("30/4", "XXXX-04-30"), ("1/5", "XXXX-05-01")]),
    ("Ngày Thương binh - Liệt sĩ (27-7) năm nay", None, [("27-7", "XXXX-07-27")]),
    # parts of the day in two words, and the two days of one night
    ("Rạng sáng 14/6/2016, hai đối tượng đến khu vực quận", None,
     [("Rạng sáng 14/6/2016", "2016-06-14")]),
    ("Chiều tối 9/7, theo giờ địa phương, tại La Hay", None, [("Chiều tối 9/7", "XXXX-07-09")]),
    ("Vụ cháy xảy ra đêm 14 rạng sáng 15/7 tại quận 5.", None,
     [("đêm 14", "XXXX-07-14"), ("rạng sáng 15/7", "XXXX-07-15")]),
    ("Khoảng 1h rạng sáng 15/7, vụ cháy xảy ra.", None,
     [("Khoảng 1h rạng sáng 15/7", "XXXX-07-15T01:00")]),
    ("T-90 vắng mặt trong ngày lễ mừng chiến thắng 9/5 của Nga", None, [("9/5", "XXXX-05-09")]),
    # a part of the day and "qua"/"mai" before the date it names
    ("Báo đăng tải vào chiều qua 22.9. Đại diện nhà trường cho biết", None,
     [("chiều qua 22.9", "XXXX-09-22")]),
    ("Tối qua 7/2, đội tuyển thắng", dt.date(2017, 2, 8), [("Tối qua 7/2", "2017-02-07")]),
    # two days in brackets
    ("Hội nghị kéo dài trong 2 ngày (12 và 13/7).", None,
     [("2 ngày", "P2D"), ("12", "XXXX-07-12"), ("13/7", "XXXX-07-13")]),
    # ISO 8601 dates and date-times, never a season or a range of years
    ("Ngày 2017-08-15 là ngày thứ Ba.", None, [("Ngày 2017-08-15", "2017-08-15")]),
    ("• 2017-06-04 12:40 Đội hình ra sân của hai đội", None,
     [("2017-06-04 12:40", "2017-06-04T12:40")]),
    ("cập nhật 2019-09-27T09:13:55", None, [("2019-09-27T09:13:55", "2019-09-27T09:13:55")]),
    # a page's date line: the clock time after a dash or before a bar
    ("27/09/2019 - 09:13", None, [("27/09/2019 - 09:13", "2019-09-27T09:13")]),
    ("Cập nhật: 09:13 | 27/09/2019", None, [("09:13 | 27/09/2019", "2019-09-27T09:13")]),
    # a weekday or a clock time with its date in brackets
    ("Hội chợ diễn ra từ 9 giờ đến 21 giờ ngày Chủ nhật (24/9), tại Cung", None,
     [("từ 9 giờ đến 21 giờ ngày Chủ nhật (24/9)", "XXXX-09-24T09:00/XXXX-09-24T21:00")]),
    ("Bà gặp ông Trump vào tối thứ Năm (6/7), nỗ lực", None, [("thứ Năm (6/7)", "XXXX-07-06")]),
    ("15h chiều nay (22-9), U16 Việt Nam bước vào trận", None,
     [("15h chiều nay (22-9)", "XXXX-09-22T15:00")]),
    # seasons and school years written with a slash
    ("Cầu thủ nữ hay nhất châu Âu mùa giải 2016/17.", None, [("2016/17", "2016/2017")]),
    ("Tổng kết năm học 2016/2017", None, [("năm học 2016/2017", "2016/2017")]),
    # counts of a hundred or more
    ("Đại lễ kỷ niệm 1000 năm Thăng Long - Hà Nội", None, [("1000 năm", "P1000Y")]),
    ("hơn 1.000 năm Bắc thuộc", None, [("hơn 1.000 năm", "P1000Y")]),
    ("đình chỉ chương trình trong 120 ngày", None, [("120 ngày", "P120D")]),
    ("Hơn 100 năm qua, ngôi đình vẫn đứng vững.", None, [("Hơn 100 năm qua", "P100Y")]),
    ("Theo Forbes, Global 200 năm nay có nhiều công ty mới.", REF, [("năm nay", "2017")]),
    ("Tòa tuyên phạt Lê Duy Tú 36 tháng tù.", None, [("36 tháng", "P36M")]),
    ("Mưa xuất hiện ở Hà Nội sau 1 tuần nắng nóng", None, [("1 tuần", "P1W")]),
    # a count before a part of a month is the part, not a length of time
    ("Lãi suất diễn biến 2 tuần đầu tháng 6 tiếp tục giảm", None, [("đầu tháng 6", "XXXX-06")]),
    ("10 ngày cuối tháng 5/2017, giá tăng", None, [("cuối tháng 5/2017", "2017-05")]),
    # years before 1800 after "năm", decades
    ("Năm 1255, Nguyễn Hiền lâm bệnh nặng", None, [("Năm 1255", "1255")]),
    ("từ năm 1428 đến năm 1527", None, [("từ năm 1428 đến năm 1527", "1428/1527")]),
    ("trong thập niên 80, một tòa nhà 18 tầng", None, [("thập niên 80", "198")]),
    ("Cuối thập niên 1990 do quá khó khăn", None, [("Cuối thập niên 1990", "199")]),
    ("hai thập niên qua", None, [("hai thập niên qua", "P20Y")]),
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
    "siêu xe Phantom tứ quý 3 rước dâu",
    # "some day", not a length of time
    "điều kỳ vọng sẽ trở thành sự thật trong một ngày rất gần.",
    "Trong một ngày không xa, tuyến đường sẽ hoàn thành.",
    "Một ngày nào đó anh sẽ trở về.",
    # chains of numbers (formations, scores), sizes
    "Đội bóng chơi sơ đồ 3-4-3 cho tới 4-2-3-1.",
    "màn hình từ 6.3 inch nâng lên 7 inch",
    "có tới 4/10 công ty xổ số báo lỗ",
    "Trong ngày, đội Hà Nội thắng Sài Gòn 2-1 và vào bán kết.",
    "Dân số Việt Nam 1/3 sống ở đô thị",
    "Bản đồ tỷ lệ 1, 2 và 3/2017 số",
    "chỉ số IQ1/2017 và Q5/2017",
    "ngày hội có 3/4 số hộ tham gia",
    # a number ending a name, a year-like count
    "Nghị định 12/2016/NĐ-CP quy định",
    "năm 1500 người dân đổ về",
    # numbers of documents and ratios are no months
    "theo Chỉ thị 11/2016 của Thủ tướng",
    "Thông tư 15/2017/TT-BTC hướng dẫn",
    "xổ số Mega 6/45 ra mắt",
    # seasons as figures of speech or words of another meaning
    "Chào đón mùa xuân mới, người dân vui vẻ.",
    "Ngày hội trở thành mùa xuân đáng nhớ đối với mỗi người.",
    "Trong mùa thu hoạch lúa, nông dân phấn khởi.",
    "do ảnh hưởng của gió mùa Đông Bắc",
    "Tuyến phố Cách Mạng Tháng Tám đông đúc.",
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
