"""Table rows for date shapes found on a second reading of articles nobody tuned on (session 11,
baomoi and VNTC news drawn at random, gold articles excluded): day-months with spaced
separators after a day word, a weekday before a date in brackets, a year closing a phrase after
a word of time, ranges whose first day is plain only from the date after it, and two day-months
joined by a tight dash. Every phrase is written for these tests; none is copied from an
article."""
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
    # a numeric day-month, then its year written with "năm"
    ("Bé trai sinh ngày 31-1 năm 2017 tại bệnh viện tỉnh.", None, [("ngày 31-1 năm 2017", "2017-01-31")]),
    ("Ngày 12.7 năm 2016, hội đồng họp.", None, [("Ngày 12.7 năm 2016", "2016-07-12")]),
    ("Công trình khánh thành vào 15/8 năm 2016.", None, [("15/8 năm 2016", "2016-08-15")]),
    ("Ngày 29/2 năm 2017 không có thật.", None, [("Ngày 29/2", "XXXX-02-29"), ("năm 2017", "2017")]),
    ("Số hộ nghèo chiếm 3/4 năm 2017.", None, [("năm 2017", "2017")]),   # a fraction, then the year
    ("Cháu bé 2 tuổi, sau 3 tháng điều trị đã khỏi.", None, [("3 tháng", "P3M")]),   # no age goes on
    ("tay vợt 35 tuổi trở lại sau 6 tháng nghỉ thi đấu", None, [("6 tháng", "P6M")]),
    ("vận động viên 30 tuổi sau 2 năm vắng bóng", None, [("2 năm", "P2Y")]),
    # a solar day glossed by a lunar day named in the cycle: the one year the calendars agree
    ("Khoảng 22h ngày 28/1 (tức ngày mồng 1 Tết Đinh Dậu), đối tượng đột nhập.", None,
     [("Khoảng 22h ngày 28/1", "2017-01-28T22:00"), ("mồng 1 Tết Đinh Dậu", "2017-01-28")]),
    ("Tính tới ngày 6.2 (tức mùng 10 Tết Đinh Dậu), công nhân đã trở lại.", None,
     [("ngày 6.2", "2017-02-06"), ("mùng 10 Tết Đinh Dậu", "2017-02-06")]),
    ("Lễ hội mở vào rằm tháng Giêng năm Đinh Dậu (ngày 11/2).", None,
     [("rằm tháng Giêng năm Đinh Dậu", "2017-02-11"), ("ngày 11/2", "2017-02-11")]),
    # ... and stays without a year when the calendars never agree in a year of that name
    ("ngày 6.2 (tức mùng 10 Tết Bính Thân)", None,
     [("ngày 6.2", "XXXX-02-06"), ("mùng 10 Tết Bính Thân", "XXXX-02-06")]),
    # "30 Tết", "28 Tết": a day of the last lunar month, before the Tết the article names
    ("Tết Đinh Dậu 2017 đã cận kề. Chiều 30 Tết, chợ hoa vẫn đông.", None,
     [("2017", "2017"), ("Chiều 30 Tết", "2017-01-27")]),
    ("Tết Đinh Dậu 2017 đến gần. Ngày 28 Tết, nhiều nhà gói bánh chưng.", None,
     [("2017", "2017"), ("Ngày 28 Tết", "2017-01-25")]),
    ("Vụ việc xảy ra ngày 25/1 (tức 28 Tết Âm lịch) tại xóm 3.", None,
     [("ngày 25/1", "XXXX-01-25"), ("28 Tết Âm lịch", "XXXX-01-25")]),
    # "hôm sau": the day after the one told last, never counted from the reference date
    ("Chiều ngày 19/11/2011, hai bên gặp nhau. Tối hôm sau, Thành về nhà.", None,
     [("Chiều ngày 19/11/2011", "2011-11-19"), ("Tối hôm sau", "2011-11-20")]),
    ("Chiều 10.5, cháu nói ngày hôm sau thi môn tiếng Anh.", None,
     [("Chiều 10.5", "XXXX-05-10"), ("ngày hôm sau", "XXXX-05-11")]),
    ("Ngày 30/6, đoàn đến. Hôm sau, đoàn về.", REF, [("Ngày 30/6", "2017-06-30"), ("Hôm sau", "2017-07-01")]),
    ("Sáng hôm sau, mọi người trở lại làm việc.", REF, []),
    ("Ngày 15/12/2016, khách ngủ lại. Đến khoảng 2 giờ ngày hôm sau, khách rời đi.", None,
     [("Ngày 15/12/2016", "2016-12-15"), ("khoảng 2 giờ ngày hôm sau", "2016-12-16T02:00")]),
    # ... not after a count, a gloss, or a span of hours across midnight (every night)
    ("Đêm 22/11/2015, chị hẹn vài hôm sau sẽ trả.", None, [("Đêm 22/11/2015", "2015-11-22")]),
    ("Ngày 14/6, tổ bảo vệ trực từ 23h đêm đến 5h sáng hôm sau.", None, [("Ngày 14/6", "XXXX-06-14")]),
    ("khoảng 17h, ngày 25/1 (tức ngày hôm sau khi vụ việc xảy ra)", None,
     [("khoảng 17h, ngày 25/1", "XXXX-01-25T17:00")]),
    # "30 Tết" with the reference date: the last month nearest to it
    ("Chiều 30 Tết, chợ hoa vẫn đông.", dt.date(2017, 2, 3), [("Chiều 30 Tết", "2017-01-27")]),
    ("Chiều 30 Tết, chợ hoa vẫn đông.", dt.date(2017, 12, 20), [("Chiều 30 Tết", "2018-02-15")]),
    ("Người dân cho hay hôm 24 Tết năm 2017 có thấy xe lạ.", None,
     [("hôm 24 Tết", "2017-01-21"), ("năm 2017", "2017")]),
    # every month of a list without a year, the middle ones too
    ("Mưa lớn kéo dài trong các tháng 5, 6, 7.", None,
     [("tháng 5", "XXXX-05"), ("6", "XXXX-06"), ("7", "XXXX-07")]),
    ("Các tháng 3, 4, 5 và 6 thường khô hạn.", None,
     [("tháng 3", "XXXX-03"), ("4", "XXXX-04"), ("5", "XXXX-05"), ("6", "XXXX-06")]),
    # a day word, then the day and month with spaces around the separator, closing the phrase
    ("Ngày 15 – 5, đoàn công tác về thăm xã.", None, [("Ngày 15 – 5", "XXXX-05-15")]),
    ("Chiều ngày 22 - 5, đại diện công an cho biết.", None, [("Chiều ngày 22 - 5", "XXXX-05-22")]),
    ("Sáng 3 - 7 - 2017, hội nghị khai mạc.", None, [("Sáng 3 - 7 - 2017", "2017-07-03")]),
    ("Ngày 7- 2, phòng cảnh sát kinh tế kiểm tra.", None, [("Ngày 7- 2", "XXXX-02-07")]),
    ("Sáng 11/ 5, ban tổ chức họp báo.", None, [("Sáng 11/ 5", "XXXX-05-11")]),
    ("Tối 9 - 6, lễ hội bắt đầu.", REF, [("Tối 9 - 6", "2017-06-09")]),
    ("từ ngày 26 -1 đến ngày 1-2, chợ hoa mở cửa", None,
     [("từ ngày 26 -1 đến ngày 1-2", "XXXX-01-26/XXXX-02-01")]),
    # a weekday names the day-month in brackets after it, with a dot or a dash too
    ("Cuộc gặp diễn ra vào ngày thứ Sáu (12.5) tại thủ đô.", None, [("thứ Sáu (12.5)", "XXXX-05-12")]),
    ("Tối thứ Bảy (13.5), đội bay trở về.", None, [("thứ Bảy (13.5)", "XXXX-05-13")]),
    ("chiều thứ 6 (2-6), sở có văn bản báo cáo", None, [("thứ 6 (2-6)", "XXXX-06-02")]),
    ("Hôm Chủ nhật (4.6), hàng nghìn người xuống đường.", None, [("Chủ nhật (4.6)", "XXXX-06-04")]),
    # a year closing its phrase after a word of time, at the start of a sentence too
    ("Trong 2016, thành phố thu ngân sách vượt dự toán.", None, [("2016", "2016")]),
    ("dự án chưa được thông qua trong 2017, theo ủy ban", None, [("2017", "2017")]),
    ("Sau 1975, ngôi nhà được dùng làm trụ sở.", None, [("1975", "1975")]),
    ("Trước 2010. Kể từ đó, giá tăng mạnh.", None, [("2010", "2010")]),
    ("Doanh số tăng gấp đôi so với 2015, đạt kỷ lục.", None, [("2015", "2015")]),
    # a year as the subject of a sentence about it
    ("Kết quả khả quan. 2016 là năm đầy dấu ấn của ngành du lịch.", None, [("2016", "2016")]),
    ("2018 sẽ là năm bản lề của kế hoạch.", None, [("2018", "2018")]),
    # a name's short form in brackets, then its edition
    ("Đại hội thể thao trong nhà châu Á (AIMAG) 2017 khai mạc.", None, [("2017", "2017")]),
    ("Triển lãm Ô tô Tokyo (Tokyo Motor Show) 2017 kéo dài 10 ngày.", None,
     [("2017", "2017"), ("10 ngày", "P10D")]),
    # an acronym or a name with inner capitals names its edition even opening a sentence
    ("APEC 2017: các bộ trưởng thảo luận về thương mại.", None, [("2017", "2017")]),
    ("Hết lượt đi. V-League 2017 còn nhiều bất ngờ.", None, [("2017", "2017")]),
    # a year as the first or last item of a bracket of words: a year of birth, a year of a move
    ("Đối tượng Trần Văn B (1976, trú phường Hòa Minh) bị bắt.", None, [("1976", "1976")]),
    ("Tiền vệ này (Everton sang Chelsea, 2006) từng vô địch.", None, [("2006", "2006")]),
    # the first day of a range or list is a date when the other end plainly is one
    ("Thời gian: 30/4 – 2/5/2018", None, [("30/4 – 2/5/2018", "2018-04-30/2018-05-02")]),
    ("Chương trình giảm giá 30/4 – 2/5.", None, [("30/4 – 2/5", "XXXX-04-30/XXXX-05-02")]),
    ("Triển lãm diễn ra 12/6 - 15/6/2017 tại Hà Nội.", None,
     [("12/6 - 15/6/2017", "2017-06-12/2017-06-15")]),
    ("Khách đông dịp nghỉ 30/4 và 1/5/2018.", None, [("30/4", "2018-04-30"), ("1/5/2018", "2018-05-01")]),
    ("giá vé áp dụng 30.4 - 1.5.2018", None, [("30.4 - 1.5.2018", "2018-04-30/2018-05-01")]),
    # two day-months joined by a dash with no spaces: one interval
    ("Đoàn công tác thăm Pháp từ ngày 26/6-1/7, trao đổi kinh nghiệm.", None,
     [("từ ngày 26/6-1/7", "XXXX-06-26/XXXX-07-01")]),
    ("Hội chợ diễn ra từ ngày 15/3-19/3/2017 với 500 gian hàng.", None,
     [("từ ngày 15/3-19/3/2017", "2017-03-15/2017-03-19")]),
    ("Trong hai tuần (từ 27/4-13/5), dịch bệnh lan rộng.", None,
     [("hai tuần", "P2W"), ("từ 27/4-13/5", "XXXX-04-27/XXXX-05-13")]),
    ("Trại hè kéo dài từ ngày 28/12-2/1/2018.", None,
     [("từ ngày 28/12-2/1/2018", "2017-12-28/2018-01-02")]),
    ("Ưu đãi áp dụng 1/7-31/12/2017.", None, [("1/7-31/12/2017", "2017-07-01/2017-12-31")]),
    ("tập huấn ở nước ngoài từ ngày 1/8-12/8.", REF, [("từ ngày 1/8-12/8", "2017-08-01/2017-08-12")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_unseen2_shapes(text, ref, expected):
    assert _values(text, ref) == expected


# phrases that must give no date at all
NEGATIVE = [
    # a count per day or a range of counts after a day word, no day-month
    "Ngày nào anh cũng uống, ngày 3 - 4 trận.",
    "mỗi đêm phải dậy 2 – 3 lần",
    "tỷ số chung cuộc 2 - 1, đội khách thắng",
    "ngày 15 - 13 cây số",
    # a year-like count after a word of time that does not close the phrase
    "trong 2016 hộ dân được hỗ trợ",
    "Trong 2000 người tham dự có nhiều em nhỏ.",
    "sau 1500 người đến dự",
    # the months or days after an age go on with the age
    "Nam giới sống trung bình 76 tuổi 4 tháng.",
    "bé gái 2 tuổi 3 tháng đã biết đọc",
    # a count of Tết holidays is no day
    "Anh đã trải qua 30 Tết xa quê.",
    "Ông đã ăn 25 Tết ở làng này.",
    # a decimal after a month is an amount
    "trong tháng 6,5 triệu khách đến",
    # four digits that count after an acronym, in a bracket of numbers, or before a noun
    "ĐBSCL 2000 ha lúa bị ngập.",
    "tốc độ quay (2000, 3000 vòng)",
    "Gần 2000 người đến dự.",
    "với 2000 người tham gia",
    "Bộ Y tế (BYT) 2000 tỷ đồng",
    "ông A (Hà Nội) 1500 người",
    # fractions joined by a dash are no range of days
    "chiếm 1/3 - 1/2 số hộ.",
    "tỷ lệ 3/4 - 4/5 số hộ dân",
    "khoảng 1/2-2/3 số hộ",
    "chiếm 1/3-1/2 diện tích canh tác",
    # numbers of documents stay no dates
    "theo Nghị định 15/2020/NĐ-CP của Chính phủ",
    "Công văn 12/2017 của Sở hướng dẫn",
]


@pytest.mark.parametrize("text", NEGATIVE)
@pytest.mark.parametrize("ref", [None, REF])
def test_unseen2_negatives(text, ref):
    assert _values(text, ref) == []
