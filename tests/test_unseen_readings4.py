"""Classes of phrases found by reading the library's output on unseen news articles (session 14).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import official_titles, org_names

# a firm's lower-case lines of business are closed by its brand even when the brand opens with a
# head's word ("Trường", "Hội", "Đoàn"); lower-case words after the brand are the sentence's
BRANDS_AFTER_TRADES = [
    ("Xe được Công ty ô tô Trường Hải lắp ráp tại Quảng Nam.", "Công ty ô tô Trường Hải"),
    ("Tổng công ty xây dựng Trường Sơn đã bàn giao công trình.", "Tổng Công ty xây dựng Trường Sơn"),
    ("Công ty TNHH du lịch Hội An vừa mở thêm tuyến mới.", "Công ty TNHH du lịch Hội An"),
    ("Sản phẩm do Công ty cổ phần may Đoàn Kết sản xuất.", "Công ty cổ phần may Đoàn Kết"),
]
PARENTS_AFTER_TRADES = [
    # a parent body after the lines of business is its own body, not the firm's brand
    ("Công ty xây dựng Bộ Quốc phòng nhận thầu.", "Bộ Quốc phòng"),
    ("Xí nghiệp may Tổng cục Hậu cần đạt doanh thu cao.", "Tổng cục Hậu cần"),
]


@pytest.mark.parametrize(("text", "body"), BRANDS_AFTER_TRADES)
def test_a_brand_opening_with_a_heads_word_closes_the_trade(text, body):
    assert body in org_names(text), org_names(text)


@pytest.mark.parametrize(("text", "body"), BRANDS_AFTER_TRADES)
def test_no_lower_case_word_after_the_brand_is_read(text, body):
    assert not any(n.startswith(body + " ") for n in org_names(text)), org_names(text)


@pytest.mark.parametrize(("text", "parent"), PARENTS_AFTER_TRADES)
def test_a_parent_after_the_trade_stays_its_own_body(text, parent):
    assert parent in org_names(text), org_names(text)


def test_the_brand_goes_into_the_directors_title():
    titles = official_titles("Ông Nguyễn Văn Hùng, Giám đốc Tổng công ty xây dựng Trường Sơn, phát biểu.")
    assert titles["Nguyễn Văn Hùng"] == ["Giám đốc Tổng công ty xây dựng Trường Sơn"]


# an organ ("Ban Tổ chức", "Ban Chỉ đạo") with a scope after it is the scope's own body; alone,
# in lower case, it is an event's committee
SCOPED_ORGANS = [
    ("Vụ việc đã được chuyển cho Ban Tổ chức trung ương xử lý.", "Ban Tổ chức trung ương"),
    ("Ban Chỉ đạo quốc gia họp phiên đầu tiên.", "Ban Chỉ đạo quốc gia"),
    ("Ban Tổ chức Trung ương đã có văn bản gửi các tỉnh.", "Ban Tổ chức Trung ương"),
]
UNOWNED_ORGANS = [
    "Ban tổ chức đã trao giải cho các đội.",
    "Ban Giám đốc đã họp bàn phương án.",
    "Ban Chỉ đạo sẽ kiểm tra tiến độ từng tuần.",
]


@pytest.mark.parametrize(("text", "body"), SCOPED_ORGANS)
def test_an_organ_with_a_scope_is_a_body(text, body):
    assert body in org_names(text), org_names(text)


@pytest.mark.parametrize("text", UNOWNED_ORGANS)
def test_an_organ_without_owner_or_scope_is_no_body(text):
    assert org_names(text) == []


# a unit's lower-case field is closed by its parent or its abbreviation in brackets
BRACKET_CLOSED = [
    ("Theo Ban Quản lý dự án đường sắt (Bộ GTVT), đoàn tàu đã chạy thử.", "Ban Quản lý dự án đường sắt"),
    ("Chi cục quản lý đất đai (Sở Tài nguyên và Môi trường) đã kiểm tra.", "Chi cục quản lý đất đai"),
    ("Trung tâm kiểm soát bệnh tật (CDC) khuyến cáo người dân.", "Trung tâm kiểm soát bệnh tật"),
]
BRACKET_NOT_CLOSING = [
    # a verb ends the field before the bracket; a bracket of something else closes nothing
    ("Ban Quản lý dự án phát động (lần 2) phong trào thi đua.", "Ban Quản lý dự án phát động"),
    ("Trung tâm văn hóa (ảnh) đã xuống cấp.", "Trung tâm văn hóa"),
    # a trial panel is no standing body, whatever its abbreviation
    ("Vì vậy Hội đồng xét xử (HĐXX) nhận thấy cần làm rõ.", "Hội đồng xét xử"),
]


@pytest.mark.parametrize(("text", "body"), BRACKET_CLOSED)
def test_a_bracket_parent_or_abbreviation_closes_a_lower_case_field(text, body):
    assert body in org_names(text), org_names(text)


@pytest.mark.parametrize(("text", "wrong"), BRACKET_NOT_CLOSING)
def test_a_bracket_of_something_else_closes_no_field(text, wrong):
    assert wrong not in org_names(text), org_names(text)
