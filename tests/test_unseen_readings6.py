"""Classes of phrases found by reading the library's output on unseen news articles (session 16).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import org_names

# "về" + the field a body works on is its name when the structure closes it: the body's code in
# brackets (even after a list of fields), its parent after a comma, the police's "tội phạm về …",
# "quản lý hành chính về …" before a parent body
ABOUT_FIELDS = [
    ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) đã vào cuộc.",
     "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"),
    ("Phòng Cảnh sát điều tra tội phạm về môi trường, Công an tỉnh Nam Định phát hiện vụ việc.",
     "Phòng Cảnh sát điều tra tội phạm về môi trường"),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Bình Định cấp căn cước.",
     "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Bình Định"),
    ("Cục Quản lý về đo lường, thử nghiệm (QLĐLTN) vừa công bố danh sách.",
     "Cục Quản lý về đo lường, thử nghiệm"),
]
NOT_ABOUT_FIELDS = [
    ("Báo cáo của Sở Tài chính về các khoản thu, chi năm 2023 đã được gửi.", "Sở Tài chính"),
    ("Ý kiến của Cục Thuế về việc hoàn thuế (VAT) được công bố.", "Cục Thuế"),
    ("Văn bản của Sở Xây dựng về chất lượng nhà ở, Bộ Xây dựng đã nhận.", "Sở Xây dựng"),
]


@pytest.mark.parametrize(("text", "body"), ABOUT_FIELDS)
def test_a_field_after_ve_closed_by_structure_is_the_name(text, body):
    assert body in org_names(text)


@pytest.mark.parametrize(("text", "body"), NOT_ABOUT_FIELDS)
def test_a_topic_after_ve_is_no_part_of_the_name(text, body):
    names = org_names(text)
    assert body in names and not any(n.startswith(body + " về") for n in names), names


# the lower-case rest of a field in sentence case belongs to the name when a named place closes
# it, under any head ("Hội", "Trung tâm"), not only a unit's; a field of one capitalised word
# keeps its rest out ("Cục Thuế" + "và doanh nghiệp Việt Nam")
FIELD_RESTS_BEFORE_PLACES = [
    ("Hội Y tế công cộng tỉnh Bình Dương tổ chức hội thảo.", "Hội Y tế công cộng tỉnh Bình Dương"),
    ("Trung tâm Y tế dự phòng tỉnh Cao Bằng phun thuốc.", "Trung tâm Y tế dự phòng tỉnh Cao Bằng"),
    ("Hội Khoa học lịch sử tỉnh Nghệ An ra mắt sách.", "Hội Khoa học lịch sử tỉnh Nghệ An"),
    ("Viện Nghiên cứu và phát triển TP.HCM công bố báo cáo.", "Viện Nghiên cứu và phát triển thành phố HCM"),
]
FIELD_RESTS_LEFT_OUT = [
    ("Cục Thuế và doanh nghiệp Việt Nam đối thoại.", "Cục Thuế"),
    ("Hội Y tế công cộng tổ chức hội thảo.", "Hội Y tế"),              # nothing closes the rest
    ("Trung tâm Y tế huyện tiêm vắc xin cho trẻ.", "Trung tâm Y tế huyện"),
]


@pytest.mark.parametrize(("text", "body"), FIELD_RESTS_BEFORE_PLACES)
def test_a_place_closes_the_rest_of_a_field(text, body):
    assert body in org_names(text)


@pytest.mark.parametrize(("text", "body"), FIELD_RESTS_LEFT_OUT)
def test_an_unclosed_rest_of_a_field_stays_out(text, body):
    assert body in org_names(text)
