"""Classes of phrases found by reading the library's output on unseen news articles (session 17).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import org_names

# a commission, a council or a steering board whose name ends in a national or central scope is
# named by the field after "về", up to the verb or the punctuation that closes it; the field may
# open in sentence case and hold "phòng, chống"; a whole-name body issuing a text ("Ban Bí thư
# Trung ương"), a report's subject ("về kết quả …", "về những …", "về việc …") stay out
SCOPED_FIELDS = [
    ("Ủy ban Quốc gia về người cao tuổi Việt Nam đã họp phiên toàn thể.",
     "Ủy ban Quốc gia về người cao tuổi Việt Nam"),
    ("Ông Lê Văn Hòa, Chủ tịch Ủy ban Quốc gia về biến đổi khí hậu, phát biểu khai mạc.",
     "Ủy ban Quốc gia về biến đổi khí hậu"),
    ("Ban Chỉ đạo quốc gia về phòng, chống dịch bệnh họp trực tuyến với các tỉnh.",
     "Ban Chỉ đạo quốc gia về phòng, chống dịch bệnh"),
    ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp phiên thứ 14.",
     "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
    ("Ban Chỉ đạo Trung ương về Phòng chống thiên tai vừa ra công điện khẩn.",
     "Ban Chỉ đạo Trung ương về Phòng chống thiên tai"),
    ("Hội đồng Quốc gia về giáo dục và phát triển nhân lực họp tại Hà Nội.",
     "Hội đồng Quốc gia về giáo dục và phát triển nhân lực"),
    ("Theo Ủy ban Quốc gia về tìm kiếm cứu nạn, tàu cá đã cập cảng an toàn.",
     "Ủy ban Quốc gia về tìm kiếm cứu nạn"),
]
NOT_SCOPED_FIELDS = [
    ("Chỉ thị của Ban Bí thư Trung ương về tăng cường công tác dân vận được ban hành.",
     "Ban Bí thư Trung ương"),
    ("Huyện đã báo cáo Ban Chỉ đạo Trung ương về kết quả thực hiện chương trình.", "Ban Chỉ đạo Trung ương"),
    ("Tỉnh gửi văn bản tới Ban Chỉ đạo quốc gia về những khó khăn của doanh nghiệp.", "Ban Chỉ đạo quốc gia"),
    ("Sở đã có văn bản gửi Ủy ban Quốc gia về việc tổ chức lễ kỷ niệm.", "Ủy ban Quốc gia"),
    ("Theo Ủy ban Quốc gia, về cơ bản các tỉnh đã hoàn thành kế hoạch.", "Ủy ban Quốc gia"),
    ("Đại biểu đến từ Ban Chỉ đạo Trung ương", "Ban Chỉ đạo Trung ương"),  # the text ends with the name
]


@pytest.mark.parametrize(("text", "body"), SCOPED_FIELDS)
def test_a_national_bodys_field_after_ve_is_its_name(text, body):
    assert body in org_names(text)


@pytest.mark.parametrize(("text", "body"), NOT_SCOPED_FIELDS)
def test_a_subject_after_ve_stays_out_of_a_national_bodys_name(text, body):
    names = org_names(text)
    assert body in names and not any(n.startswith(body + " về") for n in names), names
