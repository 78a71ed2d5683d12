"""Classes of phrases found by reading the library's output on unseen news articles (session 17).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import official_titles, org_entity, org_names

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


# China's cabinet is a body under each spelling; the post before it is its holder's, the name
# after it the holder's name (not a person "Quốc Vụ" titled "Thủ tướng")
STATE_COUNCIL_POSTS = [
    ("Thủ tướng Quốc Vụ viện Trung Quốc Lý Khắc Cường tiếp đoàn.", "Lý Khắc Cường",
     "Thủ tướng Quốc Vụ viện Trung Quốc"),
    ("Phó Thủ tướng Quốc vụ viện Trung Quốc Hàn Chính đã tới Hà Nội.", "Hàn Chính",
     "Phó Thủ tướng Quốc vụ viện Trung Quốc"),
    ("Ông Vương Nghị, Ủy viên Quốc vụ viện Trung Quốc, cho biết.", "Vương Nghị",
     "Ủy viên Quốc vụ viện Trung Quốc"),
]


@pytest.mark.parametrize(("text", "name", "title"), STATE_COUNCIL_POSTS)
def test_the_state_council_is_a_body_after_its_post(text, name, title):
    titles = official_titles(text)
    assert title in titles.get(name, []), titles
    assert not any(n.startswith("Quốc") for n in titles), titles


@pytest.mark.parametrize("text", [
    "Quốc vụ viện Trung Quốc vừa phê chuẩn kế hoạch.",
    "Theo thông báo của Quốc Vụ viện, chính sách có hiệu lực từ tháng sau.",
])
def test_the_state_council_alone_is_a_body(text):
    assert "Quốc vụ viện" in " ".join(org_names(text))


# a ministry's field the model reads alone after a post is the post's field, no body ("Bộ
# trưởng Công Thương vừa ký"); with its head it is one ("Bộ Công Thương")
@pytest.mark.parametrize(("text", "span"), [
    ("Bộ trưởng Công Thương vừa ký quyết định.", "Công Thương"),
    ("Thứ trưởng Tài chính cho biết thêm.", "Tài chính"),
    ("Nguyên Bộ trưởng Nội vụ tham dự buổi lễ.", "Nội vụ"),
])
def test_a_field_alone_after_a_post_is_no_body(text, span):
    assert span not in org_names(text, [org_entity(text, span)])


@pytest.mark.parametrize(("text", "span", "body"), [
    ("Bộ Công Thương vừa ký quyết định.", "Bộ Công Thương", "Bộ Công Thương"),
    ("Theo Thanh Niên, vụ việc xảy ra từ tuần trước.", "Thanh Niên", "Thanh Niên"),  # the paper
    ("Ông Hà Văn Sơn, Trưởng phòng Nông nghiệp và Phát triển nông thôn, cho biết.",
     "Nông nghiệp và Phát triển nông thôn", "Phòng Nông nghiệp và Phát triển nông thôn"),
])
def test_a_field_after_no_post_stays_a_body(text, span, body):
    assert body in org_names(text, [org_entity(text, span)])


# a ministry's field goes on in lower case when a country closes it ("Bộ Kinh tế đối ngoại
# Triều Tiên"); with no country after it the field ends the name
MINISTRY_RESTS = [
    ("Ông Kim Yong-jae, Bộ Kinh tế đối ngoại Triều Tiên, cho biết.", "Bộ Kinh tế đối ngoại Triều Tiên"),
    ("Bộ An ninh nội địa Mỹ cảnh báo nguy cơ tấn công.", "Bộ An ninh nội địa Mỹ"),
    ("Bộ Kinh tế tri thức Hàn Quốc công bố số liệu.", "Bộ Kinh tế tri thức Hàn Quốc"),
    ("Bộ Quốc phòng Nga cho biết.", "Bộ Quốc phòng Nga"),
]
NOT_MINISTRY_RESTS = [
    ("Bộ Tài chính đã ban hành thông tư.", "Bộ Tài chính"),
    ("Bộ Tư pháp Michael Keenan phát biểu.", "Bộ Tư pháp"),
    ("Bộ Công an và các bộ ngành liên quan phối hợp.", "Bộ Công an"),
]


@pytest.mark.parametrize(("text", "body"), MINISTRY_RESTS + NOT_MINISTRY_RESTS)
def test_a_ministrys_field_ends_at_its_country(text, body):
    assert body in org_names(text)


# a body of the United Nations under each spelling of its name is one body with it
@pytest.mark.parametrize(("text", "body"), [
    ("Hội đồng Bảo an Liên Hiệp Quốc đưa ra nghị quyết mới.", "Hội đồng Bảo an Liên Hiệp Quốc"),
    ("Hội đồng Bảo an Liên hợp quốc họp khẩn.", "Hội đồng Bảo an Liên hợp quốc"),
    ("Ủy ban Nhân quyền Liên hợp quốc họp tại Geneva.", "Ủy ban Nhân quyền Liên hợp quốc"),
])
def test_a_un_body_is_one_with_its_parent(text, body):
    names = org_names(text)
    assert body in names and "Liên Hợp Quốc" not in names, names


# an action verb after a body's name ends it ("Tổng cục Thủy sản" + "đình chỉ")
@pytest.mark.parametrize(("text", "body"), [
    ("Tổng cục Thủy sản đình chỉ hoạt động của hai tàu.", "Tổng cục Thủy sản"),
    ("Cục Quản lý thị trường bắt giữ toàn bộ số hàng.", "Cục Quản lý thị trường"),
    ("Phòng Cảnh sát kinh tế phát hiện một cơ sở sản xuất.", "Phòng Cảnh sát kinh tế"),
    ("Cơ quan Cảnh sát điều tra khởi tố vụ án.", "Cơ quan Cảnh sát điều tra"),
])
def test_an_action_verb_ends_a_name(text, body):
    text_orgs = org_names(text)
    assert body in text_orgs, text_orgs


# "phó" written in lower case before a post in capitals makes the post ("phó Chủ tịch"), as the
# post all in capitals or all in lower case does; "quyền" so written is the noun "power"
MIXED_CASE_PREFIXES = [
    ("Ông Trần Văn Nam, phó Trưởng ban Dân vận Tỉnh ủy, chủ trì hội nghị.", "Trần Văn Nam",
     "phó Trưởng ban Dân vận Tỉnh ủy"),
    ("Bà Lê Thị Hoa, phó Giám đốc Công an tỉnh, cho biết.", "Lê Thị Hoa", "phó Giám đốc Công an tỉnh"),
    ("Ông Đỗ Văn Tâm, phó Chủ tịch UBND huyện, dự lễ.", "Đỗ Văn Tâm", "phó Chủ tịch UBND huyện"),
]


@pytest.mark.parametrize(("text", "name", "title"), MIXED_CASE_PREFIXES)
def test_a_lower_case_prefix_before_a_capitalised_post(text, name, title):
    assert title in official_titles(text).get(name, []), official_titles(text)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Donald Trump đã dùng quyền Tổng thống để ký sắc lệnh.", "Donald Trump", "quyền Tổng thống"),
    ("Ông Bashar al-Assad vẫn nắm quyền Tổng thống Syria.", "Bashar al-Assad", "quyền Tổng thống Syria"),
])
def test_power_is_no_prefix(text, name, title):
    assert title not in official_titles(text).get(name, [])
