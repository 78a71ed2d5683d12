"""Table rows for date shapes found on a fifth reading of articles nobody tuned on (session 15:
the reader's findings of session 14 and a new draw, seed 1616, of baomoi news; gold articles
excluded): two clock times each on its own day joined by "từ … đến" are one interval ("từ 13h
ngày 4/6 đến 9h ngày 5/6"), as a range of days is; a range of clock times closed by "cùng ngày"
falls on the day written last before it; hours written like a clock reading then "đồng hồ"
("hơn 3h đồng hồ") are a length of time; a month range whose ends are in different years ("Từ
tháng 3/2011 – 8/2014") or with none ("trong tháng 8-9"); a year alone after "từ" closed by
"đến nay" (the gold writes "từ năm 2001 đến nay" as 2001); and two numbers that are no date:
"Top 2000" (a ranking) and "(bậc 4/7)" (a grade). The scorer matches values only, so the rows assert values and the
spans as the grammar reads them. Every phrase is written for these tests; none is copied from
an article.

The verb before a length of hours ("kéo dài gần 12 giờ") and "sinh" before a year of birth are
left out of the span, as the gold writes spans. A clock time after "khoảng", or right after "gần" or
"tầm" (kept in its span: "gần 8h cùng ngày"), is approximate (TIMEX3 mod APPROX), as a length after it is."""
from __future__ import annotations

import datetime as dt

import pytest

from vngovnlp.extract.dates import find_dates
from vngovnlp.normalize import normalize

REF = dt.date(2017, 6, 20)


def _values(text, ref=None):
    return [(d.text, d.value) for d in find_dates(normalize(text).text, reference_date=ref)]


def _mods(text, ref=None):
    return [(d.text, d.mod) for d in find_dates(normalize(text).text, reference_date=ref)]


# (phrase, reference date, [(text, value), ...] in text order)
ROWS = [
    # two date-times joined by a range word: one interval
    ("Đám cháy kéo dài từ 13h ngày 4/6 đến 9h ngày 5/6 mới được khống chế.", None,
     [("từ 13h ngày 4/6 đến 9h ngày 5/6", "XXXX-06-04T13:00/XXXX-06-05T09:00")]),
    ("Đường bị phong tỏa (từ 20h30 ngày 7/8 đến khoảng 6h ngày 8/8).", None,
     [("từ 20h30 ngày 7/8 đến khoảng 6h ngày 8/8", "XXXX-08-07T20:30/XXXX-08-08T06:00")]),
    ("Cúp điện từ 8h sáng 29/6 đến 17h chiều 1/7 tại hai phường.", None,
     [("từ 8h sáng 29/6 đến 17h chiều 1/7", "XXXX-06-29T08:00/XXXX-07-01T17:00")]),
    ("Triển lãm mở cửa từ 9h ngày 2/9/2016 – 21h ngày 4/9/2016.", None,
     [("từ 9h ngày 2/9/2016 – 21h ngày 4/9/2016", "2016-09-02T09:00/2016-09-04T21:00")]),
    ("Xe tải bị cấm từ 6h ngày 30/4 đến 22h ngày 3/5/2016.", None,
     [("từ 6h ngày 30/4 đến 22h ngày 3/5/2016", "2016-04-30T06:00/2016-05-03T22:00")]),
    ("Pháo hoa bắn từ 23h ngày 31/12/2016 đến 1h ngày 1/1/2017.", None,
     [("từ 23h ngày 31/12/2016 đến 1h ngày 1/1/2017", "2016-12-31T23:00/2017-01-01T01:00")]),
    ("Hồ sơ lưu từ 7h ngày 3/5/2015 đến 9h ngày 4/5/2016.", None,
     [("từ 7h ngày 3/5/2015 đến 9h ngày 4/5/2016", "2015-05-03T07:00/2016-05-04T09:00")]),
    ("Cấm xe từ 8h ngày 5/6/2016 đến 17h ngày 6/6.", None,
     [("từ 8h ngày 5/6/2016 đến 17h ngày 6/6", "2016-06-05T08:00/2016-06-06T17:00")]),
    ("Trạm thu phí ngừng thu từ 0h ngày 1/7 đến 24h ngày 2/7.", REF,
     [("từ 0h ngày 1/7 đến 24h ngày 2/7", "2017-07-01T00:00/2017-07-02T24:00")]),
    # ... whose days, dated in full, lend their year to a later day of the month
    ("Đợt 1 từ 0h ngày 13/3 đến 23h59 ngày 14/4/2017. Đợt 2 bắt đầu từ 0h ngày 15/4.", None,
     [("từ 0h ngày 13/3 đến 23h59 ngày 14/4/2017", "2017-03-13T00:00/2017-04-14T23:59"),
      ("0h ngày 15/4", "2017-04-15T00:00")]),
    # ... a clock time after its day, a comma and an approximator is on that day
    ("Ngày 11/4, tầm 9 giờ sáng, đoàn về xã.", None, [("Ngày 11/4, tầm 9 giờ sáng", "XXXX-04-11T09:00")]),
    ("Ngày 11/4, gần 8h, xe tới.", None, [("Ngày 11/4, gần 8h", "XXXX-04-11T08:00")]),
    # ... but "gần 8 giờ" alone is a length of time
    ("Ngày 11/4, gần 8 giờ, xe mới tới.", None, [("Ngày 11/4", "XXXX-04-11"), ("gần 8 giờ", "PT8H")]),
    # ... an approximator may open the end of a range of clock times
    ("Mưa lớn từ 16 giờ 30 đến gần 19 giờ ngày 8/8.", None,
     [("từ 16 giờ 30 đến gần 19 giờ ngày 8/8", "XXXX-08-08T16:30/XXXX-08-08T19:00")]),
    # ... not two moments joined by "và", nor an end before the start
    ("Mưa lớn lúc 8h ngày 5/6 và 17h ngày 6/6.", None,
     [("lúc 8h ngày 5/6", "XXXX-06-05T08:00"), ("17h ngày 6/6", "XXXX-06-06T17:00")]),
    ("Tàu rời bến 9h ngày 6/6 - 7h ngày 5/6 thì cập cảng.", None,
     [("9h ngày 6/6", "XXXX-06-06T09:00"), ("7h ngày 5/6", "XXXX-06-05T07:00")]),
    ("Pháo hoa bắn từ 23h ngày 31/12 đến 1h ngày 1/1.", None,
     [("23h ngày 31/12", "XXXX-12-31T23:00"), ("1h ngày 1/1", "XXXX-01-01T01:00")]),

    # a range of clock times closed by "cùng ngày" is on the day written last before it
    ("Sáng 12/4, đường ống vỡ (từ 9h đến 14h30 cùng ngày).", None,
     [("Sáng 12/4", "XXXX-04-12"), ("từ 9h đến 14h30 cùng ngày", "XXXX-04-12T09:00/XXXX-04-12T14:30")]),
    ("Ngày 3/8 mất điện. Từ 10h trưa đến 16h chiều cùng ngày, thợ sửa chữa.", None,
     [("Ngày 3/8", "XXXX-08-03"), ("Từ 10h trưa đến 16h chiều cùng ngày", "XXXX-08-03T10:00/XXXX-08-03T16:00")]),
    ("Chiều 9/2/2016 có lễ. Từ 14h đến 15h cùng ngày, đoàn dâng hương.", None,
     [("Chiều 9/2/2016", "2016-02-09"), ("Từ 14h đến 15h cùng ngày", "2016-02-09T14:00/2016-02-09T15:00")]),
    # ... with no day before it, nothing to fall on (no reference date)
    ("Từ 14h đến 16h cùng ngày, đoàn làm việc.", None, []),
    # hours glued to "h", then "đồng hồ": a length of time, never the clock
    ("Quốc lộ 1 ách tắc hơn 3h đồng hồ.", None, [("hơn 3h đồng hồ", "PT3H")]),
    ("Ca mổ kéo dài 5h đồng hồ.", REF, [("5h đồng hồ", "PT5H")]),
    ("Đội cứu hộ mất gần 2h đồng hồ mới tiếp cận hiện trường.", REF, [("gần 2h đồng hồ", "PT2H")]),
    ("Ngày 4/9 mưa suốt 6h đồng hồ.", None, [("Ngày 4/9", "XXXX-09-04"), ("6h đồng hồ", "PT6H")]),
    # ... a clock reading stays one ("chiếc đồng hồ" before the hour is the object)
    ("Ngày 4/9, lúc 6h sáng, chuông đồng hồ reo.", None, [("Ngày 4/9, lúc 6h sáng", "XXXX-09-04T06:00")]),
    ("Chiếc đồng hồ 4h sáng đổ chuông.", None, []),
    # a month range across years: the second end is a month and year after a range word
    ("Từ tháng 3/2011 – 8/2014, công trình thi công.", None, [("Từ tháng 3/2011 – 8/2014", "2011-03/2014-08")]),
    ("Trong tháng 11/2016 - 2/2017, giá thép giảm.", None, [("tháng 11/2016 - 2/2017", "2016-11/2017-02")]),
    ("Ông làm giám đốc từ tháng 6/2009 đến 12/2013.", None, [("từ tháng 6/2009 đến 12/2013", "2009-06/2013-12")]),
    # ... never an amount, a fraction or an end before the start
    ("Sản lượng tháng 5/2017 - 3/4 số hộ đạt chuẩn.", None, [("tháng 5/2017", "2017-05")]),
    ("Doanh thu tháng 9/2016 – 6,5 tỷ đồng.", None, [("tháng 9/2016", "2016-09")]),
    ("Từ tháng 9/2016 – 2/2016, số liệu nhập nhầm.", None, [("tháng 9/2016", "2016-09"), ("2/2016", "2016-02")]),
    # a month range with no year closing its phrase: both months, the year unknown
    ("Dự kiến trong tháng 8-9, xã sẽ giải phóng mặt bằng.", None, [("tháng 8-9", "XXXX-08/XXXX-09")]),
    ("Lũ thường về vào tháng 10 - 11 hằng năm.", None, [("tháng 10 - 11", "XXXX-10/XXXX-11")]),
    ("Từ tháng 4 đến tháng 6, giá lúa tăng.", None, [("Từ tháng 4 đến tháng 6", "XXXX-04/XXXX-06")]),
    ("Trong tháng 7 - 8 tới, tỉnh tổ chức hội chợ.", REF, [("tháng 7 - 8", "2017-07/2017-08")]),
    # ... not an amount after a month, a decimal, nor a range that runs backwards
    ("Lương tháng 6 - 7 triệu đồng mỗi người.", None, [("tháng 6", "XXXX-06")]),
    ("Tháng 3-4,5 tỷ đồng được giải ngân.", None, [("Tháng 3", "XXXX-03")]),
    ("Tháng 12-1 trời rét đậm.", None, [("Tháng 12", "XXXX-12")]),
    # a year alone after "từ" closed by "đến nay" or a closing quote starts the span: its year
    ("Ông làm giám đốc từ 2011 đến nay.", None, [("2011", "2011")]),
    ("Anh nói: “Tôi nghỉ việc từ 2014”.", None, [("2014", "2014")]),
    ("Giá dao động từ 1500 đến nay vẫn vậy.", None, []),
    # ... or after "kể từ", "tính từ" even when words go on, never before an amount
    ("Mẫu xe bị ngừng sản xuất kể từ 2016 và hãng chuyển sang mẫu mới.", None, [("2016", "2016")]),
    ("Tính từ 2012 tới nay tỉnh thu hút 40 dự án.", None, [("2012", "2012")]),
    ("Giá tăng từ 1200 đến 1500 đồng mỗi ký.", None, []),
    ("Số hộ nghèo giảm kể từ 1200 hộ xuống còn 900 hộ.", None, []),
    # four digits after "Top" are the size of a ranking, no year
    ("Tạp chí vừa công bố Top 2000 doanh nghiệp lớn nhất thế giới 2017.", None, [("2017", "2017")]),
    ("Công ty lọt Top 1000 thương hiệu mạnh.", None, []),
    ("Giải SEA Games 2017 khép lại.", None, [("2017", "2017")]),
    # four digits closing a standard's name with its code are no year
    ("Mạng CDMA 2000 1X sẽ phủ sóng vào quý IV/2004.", None, [("quý IV/2004", "2004-Q4")]),
    ("Giải Vietnam Open 2016 khởi tranh.", None, [("2016", "2016")]),
    # a grade of a scale after "bậc" is no day-month
    ("Thợ điện Tuấn (bậc 4/7) bị đình chỉ.", None, []),
    ("Kỹ sư Hùng, bậc 3/7, được nâng lương.", None, []),
    ("Hội nghị tổng kết (20/6) diễn ra tại xã.", None, [("20/6", "XXXX-06-20")]),
    # a day without a year takes the year of a day dated in full in its month only when no day or
    # month of a later year is dated: the appeal after a first trial of 2016 is no day of 2015
    ("Ngày 12-5, tòa phúc thẩm xử lại vụ án. Tháng 3-2016, tòa sơ thẩm tuyên án. "
     "Đến ngày 20-5-2015, bị cáo bị bắt.", None,
     [("Ngày 12-5", "XXXX-05-12"), ("Tháng 3-2016", "2016-03"), ("ngày 20-5-2015", "2015-05-20")]),
    ("Ngày 3/4/1999, ông bị bắt. Ngày 9/4, ông được thả. Ngày 2/1/2017, tòa xin lỗi.", None,
     [("Ngày 3/4/1999", "1999-04-03"), ("Ngày 9/4", "XXXX-04-09"), ("Ngày 2/1/2017", "2017-01-02")]),
    # ... the latest year dated, or the same day dated in full, still lends its year
    ("Ngày 3/4/2016, ông bị bắt. Ngày 9/4, ông được thả.", None,
     [("Ngày 3/4/2016", "2016-04-03"), ("Ngày 9/4", "2016-04-09")]),
    ("Vụ việc xảy ra đêm 15/1/2011. Ngày 15/1, hai người cãi nhau. Ngày 8/7/2017, tòa xử.", None,
     [("đêm 15/1/2011", "2011-01-15"), ("Ngày 15/1", "2011-01-15"), ("Ngày 8/7/2017", "2017-07-08")]),
    # ... nor does the one year of the sentence before lend it to a range of days then
    ("Ngày 30/4/2012, công an phá án. Riêng năm 2011, nhóm này bán 9 bánh heroin. "
     "Phiên xử dự kiến từ ngày 12 đến 20/7.", None,
     [("Ngày 30/4/2012", "2012-04-30"), ("năm 2011", "2011"), ("từ ngày 12 đến 20/7", "XXXX-07-12/XXXX-07-20")]),
    ("Kế hoạch năm 2018 của huyện. Theo đó, hội thi diễn ra từ 2.4 - 30.5 ở các xã.", None,
     [("năm 2018", "2018"), ("từ 2.4 - 30.5", "2018-04-02/2018-05-30")]),
    ("Ngày 5/6/2016 khởi công. Kế hoạch năm 2017 đã duyệt. Theo đó, hội chợ diễn ra từ 1.3 - 31.5.", None,
     [("Ngày 5/6/2016", "2016-06-05"), ("năm 2017", "2017"), ("từ 1.3 - 31.5", "2017-03-01/2017-05-31")]),
    # ... a document's date is no later event
    ("Ngày 3/4/2016, ông bị bắt theo Lệnh số 12/LB-CA ngày 5/1/2017. Ngày 9/4, ông được thả.", None,
     [("Ngày 3/4/2016", "2016-04-03"), ("ngày 5/1/2017", "2017-01-05"), ("Ngày 9/4", "2016-04-09")]),
]


# (phrase, [(text, value), ...]): the verb before a length of hours and "sinh" before a year of
# birth are no part of its text, as the gold spans write them ("sinh năm 1983" → "năm 1983"); a
# clock time keeps its preposition, as the readers of bench_dates.py want the whole phrase
SPAN_ROWS = [
    ("Cuộc giải cứu kéo dài gần 9 giờ mới xong.", [("gần 9 giờ", "PT9H")]),
    ("Các đội thay nhau bơm nước suốt gần 7 giờ.", [("gần 7 giờ", "PT7H")]),
    ("Đám cháy được khống chế trong vòng 3 giờ.", [("3 giờ", "PT3H")]),
    ("Bị cáo Trần Văn B, sinh năm 1966, trú tại phường 2.", [("năm 1966", "1966")]),
    ("Ông C sinh ngày 4/5/1950 tại Huế.", [("ngày 4/5/1950", "1950-05-04")]),
    # ... what belongs to the reading stays: "SN", a modifier of a length, "từ" of a range, the day
    # before its clock time
    ("Bị cáo Lê Văn D (SN 1971) bị tuyên 5 năm tù.", [("SN 1971", "1971"), ("5 năm", "P5Y")]),
    ("Cuộc họp kéo dài hơn 2 giờ.", [("hơn 2 giờ", "PT2H")]),
    ("Khoảng 40 phút sau, xe cứu thương tới.", [("Khoảng 40 phút", "PT40M")]),
    ("Bà cụ qua đời lúc 21h ngày 4/8.", [("lúc 21h ngày 4/8", "XXXX-08-04T21:00")]),
    ("Ngày 7/9, từ 8h đến 10h, đường cấm xe.", [("Ngày 7/9, từ 8h đến 10h", "XXXX-09-07T08:00/XXXX-09-07T10:00")]),
    ("Ngày 7/9, lúc 8 giờ 15, tàu rời bến.", [("Ngày 7/9, lúc 8 giờ 15", "XXXX-09-07T08:15")]),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_ROWS)
def test_unseen5_spans(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_unseen5_shapes(text, ref, expected):
    assert _values(text, ref) == expected


# (phrase, [(text, mod), ...]): how exact a length of hours, or a reading of the clock, is
MOD_ROWS = [
    # "khoảng" before a clock time makes it approximate, also once joined to its day
    ("Khoảng 7h45 ngày 12/3, xe khách lật.", [("Khoảng 7h45 ngày 12/3", "APPROX")]),
    ("Vào khoảng 23 giờ 10 đêm 4-9, kho cháy.", [("Vào khoảng 23 giờ 10 đêm 4-9", "APPROX")]),
    ("Sáng 14/2, vào khoảng 9h20, đoàn tới xã.", [("Sáng 14/2, vào khoảng 9h20", "APPROX")]),
    ("Chiều 8/5, khoảng 14h đến 15h, trời mưa đá.", [("Chiều 8/5, khoảng 14h đến 15h", "APPROX")]),
    ("Ngày 8/5 mưa lớn. Khoảng 14 giờ 20 cùng ngày, xe đến.",
     [("Ngày 8/5", None), ("Khoảng 14 giờ 20 cùng ngày", "APPROX")]),
    # ... as does an approximator right before it ("gần 8h cùng ngày"), and the end of a range
    ("Ngày 9/3 cháy. Đến gần 7h cùng ngày, lửa tắt.", [("Ngày 9/3", None), ("gần 7h cùng ngày", "APPROX")]),
    ("Tầm 10h ngày 9/3, đoàn tới xã.", [("Tầm 10h ngày 9/3", "APPROX")]),
    ("Ngày 9/3, tầm 10 giờ sáng, đoàn tới xã.", [("Ngày 9/3, tầm 10 giờ sáng", "APPROX")]),
    ("Ngày 9/3, từ 7h đến gần 9h, đường ngập.", [("Ngày 9/3, từ 7h đến gần 9h", None)]),
    ("Cuộc họp kéo dài gần 3 giờ.", [("gần 3 giờ", "APPROX")]),
    # ... "lúc", "vào lúc", "vào đúng" read it exactly
    ("Vào lúc 6h30 ngày 2/10, tàu cập cảng.", [("Vào lúc 6h30 ngày 2/10", None)]),
    ("Vào đúng 10h ngày 2/10, lễ khai mạc.", [("Vào đúng 10h ngày 2/10", None)]),
    ("Lúc 16h ngày 9/7 trời tạnh.", [("Lúc 16h ngày 9/7", None)]),
    ("Quốc lộ 1 ách tắc hơn 3h đồng hồ.", [("hơn 3h đồng hồ", "MORE_THAN")]),
    ("Đội cứu hộ mất gần 2h đồng hồ.", [("gần 2h đồng hồ", "APPROX")]),
    ("Ca mổ kéo dài 5h đồng hồ.", [("5h đồng hồ", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MOD_ROWS)
def test_unseen5_mods(text, expected):
    assert _mods(text) == expected
