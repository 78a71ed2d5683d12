"""Table rows for date shapes found on a third reading of articles nobody tuned on (session 12,
seed 1212: court and police reports, weather, crop seasons, school years, budget reports from
baomoi, and VNTC news of 2006; gold articles excluded): a pair of numbers before a word of a
count is a range of counts, not a day-month ("từ 2-3 lần", "cao hơn 2-3 độ C"); a bare
day-month closed by a word of time ("vào 8/6 tới") or, past its month, after a preposition of
time ("nộp trước 30/6 để") is a date; a fiscal or crop year after its noun ("tài khóa 2017")
is a year; "mỗi tháng 2 lần", "6 tháng 1 lần" count times in a period (a rate), no month or
date; chains of dashed numbers, set scores after a match score, versions, ratios after a
percentage and registration codes are no dates; "gần 8 giờ cùng ngày" reads the clock;
"Tháng 5 và 5 tháng đầu năm 2017": the month shares the year of the months ending with it. Every
phrase is written for these tests; none is copied from an article."""
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
    # a pair after "từ" is still a day-month when no word of a count follows it
    ("Từ 15-3, giá vé tàu tăng thêm một lần.", None, [("15-3", "XXXX-03-15")]),
    ("Lễ hội khai mạc từ 2-3 tại sân vận động tỉnh.", None, [("2-3", "XXXX-03-02")]),
    # ... or when a year or "năm nay" follows the unit word
    ("Từ 15-3 năm 2017, bảng giá mới được áp dụng.", None, [("15-3 năm 2017", "2017-03-15")]),
    ("Từ 10-4 năm nay, xe tải không vào nội đô.", None, [("10-4", "XXXX-04-10")]),
    # a count after the pair goes with a real date beside it
    ("Ngày 5/7, nhiệt độ cao hơn từ 2-3 độ C so với hôm trước.", None, [("Ngày 5/7", "XXXX-07-05")]),
    # a bare day-month closed by a word of time
    ("Cuộc thi sẽ khép lại vào 9/6 tới, ban tổ chức cho biết.", None, [("9/6 tới", "XXXX-06-09")]),
    ("Lễ kỷ niệm 20/11 này có nhiều tiết mục văn nghệ.", None, [("20/11", "XXXX-11-20")]),
    ("Buổi gặp mặt 15/3 vừa qua diễn ra ấm cúng.", None, [("15/3", "XXXX-03-15")]),
    ("Hội nghị 12.4 vừa rồi thống nhất nhiều nội dung.", None, [("12.4", "XXXX-04-12")]),
    # ... and with the reference date it takes its year
    ("Đợt kiểm tra kết thúc vào 8/7 tới.", REF, [("8/7 tới", "2017-07-08")]),
    # a day past its month after a preposition of time: no fraction is improper
    ("Các xã phải gửi báo cáo trước 30/6 để huyện tổng hợp.", None, [("30/6", "XXXX-06-30")]),
    ("Vòng chung kết sẽ diễn ra vào 18/6 tại nhà thi đấu.", None, [("18/6", "XXXX-06-18")]),
    ("Sau 15/8 sẽ công bố danh sách trúng tuyển.", None, [("15/8", "XXXX-08-15")]),
    ("Hồ sơ nộp chậm nhất 25/9 tại bộ phận một cửa.", None, [("25/9", "XXXX-09-25")]),
    # a year of accounts or of a crop after its noun
    ("GDP dự kiến tăng 1,5% trong tài khóa 2018.", None, [("2018", "2018")]),
    ("Năm tài chính 2019 của tập đoàn khép lại với lãi lớn.", None, [("2019", "2019")]),
    ("Sản lượng cà phê niên vụ 2016 giảm mạnh.", None, [("2016", "2016")]),
    ("Ngân sách tài khóa 2017 (kết thúc vào tháng 9/2017) thâm hụt.", None,
     [("2017", "2017"), ("tháng 9/2017", "2017-09")]),
    # a day and a month before a word of times stay a date after a day word or before an ordinal
    ("Sáng 6 tháng 1 lần đầu tiên đoàn đến bản.", None, [("Sáng 6 tháng 1", "XXXX-01-06")]),
    ("Lễ kỷ niệm 2 tháng 9 lần thứ 72 diễn ra trang trọng.", None, [("2 tháng 9", "XXXX-09-02")]),
    ("Tháng 2 lần đầu tiên thị trấn có tuyết.", None, [("Tháng 2", "XXXX-02")]),
    ("Trong tháng 3 lần lượt các chi bộ tổ chức đại hội.", None, [("tháng 3", "XXXX-03")]),
    # a bracket after a score is a date when it holds one day, or a word of time comes between
    ("Đội khách thắng 2-1 hôm qua (12/6), vào chung kết.", None, [("12/6", "XXXX-06-12")]),
    ("Đội nhà thắng 3-1 trong hai ngày (12/6, 13/6) thi đấu.", None,
     [("hai ngày", "P2D"), ("12/6", "XXXX-06-12"), ("13/6", "XXXX-06-13")]),
    # a dashed range of days with "từ", a range in brackets written with a slash
    ("Lễ hội làng mở từ 4-5-1 hằng năm.", None, [("từ 4-5-1", "XXXX-01-04/XXXX-01-05")]),
    ("Hội chợ nông sản (12-18/4) thu hút nhiều khách.", None, [("12-18/4", "XXXX-04-12/XXXX-04-18")]),
    # a day-month with a dot closed by a word of time after a plain word, and a cultural
    # festival's day
    ("Kỳ thi ngày 9.6 tới sẽ diễn ra tại 30 điểm.", None, [("ngày 9.6 tới", "XXXX-06-09")]),
    ("Lễ hội văn hóa 2/9 diễn ra sôi nổi.", None, [("2/9", "XXXX-09-02")]),
    ("Từ 1/7 trở đi, giá điện tăng.", None, [("1/7", "XXXX-07-01")]),
    # a count of hours before "cùng ngày" or a part of the day reads the clock, even after
    # a word of about
    ("Ngày 5/6, đoàn tới xã. Gần 8 giờ cùng ngày, xe rời bến.", None,
     [("Ngày 5/6", "XXXX-06-05"), ("Gần 8 giờ cùng ngày", "XXXX-06-05T08:00")]),
    ("Sáng 9/3, mưa lớn. Hơn 7 giờ sáng cùng ngày, nước dâng cao.", None,
     [("Sáng 9/3", "XXXX-03-09"), ("7 giờ sáng cùng ngày", "XXXX-03-09T07:00")]),
    # ... and stays a length of time by the clock or with "tiếng"
    ("Cuộc họp kéo dài gần 3 giờ đồng hồ.", None, [("gần 3 giờ đồng hồ", "PT3H")]),
    ("Trận mưa kéo dài hơn 2 tiếng sáng nay.", None, [("hơn 2 tiếng", "PT2H")]),
    # the end of a range of clock times is no length of time, even after a word of about
    ("Ngày 5/6, buổi họp kéo dài từ 17h đến hơn 20 giờ.", None, [("Ngày 5/6", "XXXX-06-05")]),
    ("Trận đấu kéo dài hơn 3 giờ.", None, [("hơn 3 giờ", "PT3H")]),
    ("Buổi họp kéo dài từ 17 giờ 30 đến gần 20 giờ vẫn chưa xong.", None, []),
    # a month joined to the first months of a year ending with it shares their year
    ("Tháng 5 và 5 tháng đầu năm 2017, chỉ số giá tăng.", None,
     [("Tháng 5", "2017-05"), ("5 tháng đầu năm 2017", "2017-01/2017-05")]),
    ("Trong tháng 6 và 6 tháng đầu năm 2016, xuất khẩu giảm.", None,
     [("tháng 6", "2016-06"), ("6 tháng đầu năm 2016", "2016-H1")]),
    ("Tháng 9, 9 tháng năm 2015 thu ngân sách đạt khá.", None,
     [("Tháng 9", "2015-09"), ("9 tháng năm 2015", "2015-01/2015-09")]),
    ("Tháng 5 và 5 tháng đầu năm 2016, giá vàng tăng.", REF,
     [("Tháng 5", "2016-05"), ("5 tháng đầu năm 2016", "2016-01/2016-05")]),
    # ... not when the months do not end with it
    ("Tháng 4 và 5 tháng đầu năm 2017, chỉ số giá tăng.", None,
     [("Tháng 4", "XXXX-04"), ("5 tháng đầu năm 2017", "2017-01/2017-05")]),
    # a registration code is no year, a year after "đến" is
    ("Đến 2020, huyện có 12 xã nông thôn mới.", None, [("2020", "2020")]),
    # "đến" then a day-month is a date when no word of amount stands before it
    ("Hồ sơ được nhận đến 30/6.", None, [("30/6", "XXXX-06-30")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), ROWS)
def test_unseen3_shapes(text, ref, expected):
    assert _values(text, ref) == expected


# phrases that must give no date at all
NEGATIVE = [
    # a pair of numbers before a word of a count or a unit is a range of counts
    "Nhiệt độ nội đô cao hơn vùng ven từ 2-3 độ C.",
    "Mỗi tháng anh về quê từ 2-3 lần.",
    "Lượng mưa tăng từ 5-7 mm mỗi giờ.",
    "Thời gian chờ kéo dài từ 2-3 ngày.",
    "Mỗi ca phải trực từ 8-10 tiếng.",
    "Giá thuê tăng từ 1.5 lần lên gấp đôi.",
    "Mỗi đội đá từ 3-4 trận trong vòng bảng.",
    "Đợt rét sẽ kéo dài từ 2-3 ngày tới.",
    "Học sinh được tiêm từ 1-2 mũi vắc xin.",
    "Dự kiến tăng từ 2-3 bậc lương.",
    "Đoàn gồm từ 4-5 thành viên.",
    "Giá cổ phiếu tăng từ 2-3 tỷ đồng mỗi phiên.",
    # a proper fraction after a preposition of time, or a fraction before "tới"
    "Sau 1/3 thời gian thi đấu, đội khách dẫn trước.",
    "Diện tích lúa vào 2/3 số xã bị ngập.",
    "Khoảng 1/3 này là hộ cận nghèo.",
    "Mức tăng từ 1.5 tới 2 lần.",
    # a count of times in a period is a rate, no month or day-month
    "Cứ 6 tháng 1 lần, trẻ được khám sức khỏe.",
    "Sáu tháng 1 lần, nên đi lấy cao răng.",
    "Định kỳ 2 tháng 1 lần, thôn họp dân.",
    "Mỗi tháng 2 lần, cán bộ xuống cơ sở.",
    "Một tháng 3 lần, chị về thăm mẹ.",
    "Hằng tháng 2 đợt, đội kiểm tra chợ.",
    "Mỗi tháng 4 buổi, đoàn viên dọn vệ sinh.",
    # a chain of dashed numbers in brackets is a formation
    "Đội chuyển từ sơ đồ một tiền đạo (4-5-1) sang hai tiền đạo.",
    "Ban huấn luyện chọn đội hình (3-4-1) cho trận này.",
    # a fraction reached by "đến"/"tới" after a word of amount, or after "mất"/"bằng"
    "Dân số đô thị chiếm đến 1/10 dân số cả tỉnh.",
    "Cổ phiếu mất tới 1/4 giá trị sau phiên giảm sàn.",
    "Giá trị chỉ bằng 1/4- 1/6 so với các nước phát triển.",
    "Cổ phiếu mất 1/3 giá trị.",
    # the scores of the sets in brackets after a result and its score
    "Đội nữ thua 0-3 (9/11, 3/11, 6/11) trước chủ nhà.",
    "Chiến thắng 3-0 của đội bạn (11/6, 11/4, 11/4) rất thuyết phục.",
    # a version after a name with a capital inside, a count of versions "trở lên", units
    "Trên iOS 10.3 tới đây, máy có thêm tính năng mới.",
    "Trang web chạy tốt với Firefox từ 1.07 trở lên.",
    "Máy ảnh có độ phân giải lên đến 18.6 Megapixel.",
    "Căn phòng thoáng đến 2-3 mặt.",
    "Nếu bạn trả lời đúng từ 5-8 câu thì đạt.",
    # a ratio in brackets after a percentage, a fraction after "có đến"/"chứa tới"
    "Tỷ lệ giao bóng thành công 83% (10/12), cứu break 100% (2/2).",
    "Khảo sát cho thấy có đến 2/3 số hộ dùng nước giếng.",
    "Lòng đỏ trứng chứa tới 2/3 lượng chất béo.",
    # a school grade after "trình độ văn hóa"
    "Lý lịch ghi trình độ văn hóa 11/12.",
    # four digits after a word of a registration code
    "Tổ công tác bắt 3 sà lan mang số hiệu HD 2043 chở cát.",
    "Chiếc ô tô biển số 29A 2017 bị tạm giữ.",
    # software named by a year
    "Máy cần ổ cứng 4 GB và Windows 2000 trở lên.",
    "Bộ Office 2007 có giao diện mới.",
    # months at one end of a range of ages
    "Trường mầm non nhận trẻ từ 24 tháng đến 5 tuổi.",
    "Nhóm trẻ từ 18 tháng đến 3 tuổi được học riêng.",
    # a cohort after "khóa" stays a count; a four-digit count of a fiscal noun's units
    "Học viên khóa 2014 đã ra trường.",
    "Có 2016 hộ được hỗ trợ.",
]


@pytest.mark.parametrize("text", NEGATIVE)
@pytest.mark.parametrize("ref", [None, REF])
def test_unseen3_negatives(text, ref):
    assert _values(text, ref) == []
