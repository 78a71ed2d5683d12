"""Classes of phrases found by reading the library's output on unseen news articles (session 16).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from readings import official_titles, org_names

import vngovnlp
from vngovnlp.integrity import sha256_of

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
    ("Trung tâm Y tế dự phòng tỉnh đã cử cán bộ xuống.", "Trung tâm Y tế dự phòng tỉnh"),  # the province's own
    ("Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn huyện họp khẩn.",
     "Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn huyện"),
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


# a body written only by an abbreviation that news text defines as one body's name
# (data/org_acronyms.tsv, learned by models/build_org_acronyms.py); words written in capitals
# (a SIM card, food safety, health insurance, a jury) are none
KNOWN_ABBREVIATIONS = [
    ("Theo số liệu của VASEP, xuất khẩu cá tra tăng mạnh.", "VASEP"),
    ("NATO tăng cường lực lượng ở sườn phía đông.", "NATO"),
    ("Đại diện VCCI cho rằng thủ tục còn rườm rà.", "VCCI"),
    ("FIFA đã phạt liên đoàn bóng đá của nước này.", "FIFA"),
    ("Giá vàng SJC tăng 200.000 đồng mỗi lượng.", "SJC"),
]
NOT_ABBREVIATED_BODIES = [
    "Khách hàng phải đăng ký thông tin thuê bao SIM trước ngày 30.",
    "Đoàn kiểm tra liên ngành về ATTP làm việc tại chợ.",
    "Người dân được cấp thẻ BHYT miễn phí.",
    "BGK chấm điểm các tiết mục dự thi.",
    "GDP quý I tăng 5,1%.",
]


@pytest.mark.parametrize(("text", "body"), KNOWN_ABBREVIATIONS)
def test_a_known_abbreviation_alone_names_its_body(text, body):
    assert body in org_names(text)


@pytest.mark.parametrize("text", NOT_ABBREVIATED_BODIES)
def test_a_word_in_capitals_is_no_body(text):
    assert org_names(text) == [], org_names(text)


def test_a_known_abbreviation_inside_a_name_is_no_second_body():
    assert org_names("Chi cục ATTP tỉnh Nghệ An kiểm tra, Chi cục ATTP tỉnh Nghệ An cũng xử phạt.") == [
        "Chi cục ATTP tỉnh Nghệ An"]


def test_the_full_name_names_a_body_also_written_by_its_abbreviation():
    text = ("Hiệp hội Chế biến và Xuất khẩu Thủy sản Việt Nam (VASEP) cho biết giá tôm giảm. "
            "Theo VASEP, xuất khẩu sẽ phục hồi.")
    assert org_names(text) == ["Hiệp hội Chế biến và Xuất khẩu Thủy sản Việt Nam"]


def _acronym_builder():
    path = Path(__file__).resolve().parent.parent / "models" / "build_org_acronyms.py"
    spec = importlib.util.spec_from_file_location("build_org_acronyms", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("text", "expected"), [
    ("Tổng cục Thống kê (TCTK) vừa công bố số liệu.", ("TCTK", "Tổng cục Thống kê", False)),
    ("Ban Giám khảo (BGK) đã chấm điểm.", ("BGK", "Ban Giám khảo", True)),       # a function body
    ("Bảo đảm an toàn thực phẩm (ATTP) là nhiệm vụ chung.", ("ATTP", None, False)),  # no body before it
])
def test_the_builder_reads_a_body_and_its_abbreviation(text, expected):
    assert expected in _acronym_builder().definitions(text)


def test_the_abbreviations_file_matches_its_manifest():
    data = Path(vngovnlp.__file__).resolve().parent / "data"
    manifest = json.loads((data / "org_acronyms.manifest.json").read_text("utf-8"))
    assert manifest["sha256"] == sha256_of(data / "org_acronyms.tsv")
    assert manifest["rows"] == len((data / "org_acronyms.tsv").read_text("utf-8").splitlines())


# a post before a firm's glued brand ("Oceanbank", "VPBank") or an abbreviation that only looks
# like a roman numeral ("VCCI") holds that body; a term's numeral is still no body
GLUED_BRAND_POSTS = [
    ("Ông Nguyễn Văn Sơn, nguyên Tổng giám đốc Oceanbank, bị khởi tố.", "Nguyễn Văn Sơn", "nguyên Tổng giám đốc Oceanbank"),
    ("Bà Trần Thị Hoa, Phó Giám đốc VPBank, cho biết lãi suất giảm.", "Trần Thị Hoa", "Phó Giám đốc VPBank"),
    ("Ông Lê Văn Nam, Chủ tịch VCCI, phát biểu khai mạc.", "Lê Văn Nam", "Chủ tịch VCCI"),
]


@pytest.mark.parametrize(("text", "name", "title"), GLUED_BRAND_POSTS)
def test_a_post_holds_the_glued_brand_after_it(text, name, title):
    assert official_titles(text)[name] == [title]


def test_a_terms_numeral_is_no_abbreviation():
    assert org_names("Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV thành công tốt đẹp.") == ["Đảng bộ tỉnh"]


# posts written before names: after "TITLE A," the posts that end right before another name are
# that person's, not A's; after "ông A," (no post before A) they stay A's apposition
POSTS_BEFORE_THE_NEXT_NAME = [
    ("Dự có Ủy viên Bộ Chính trị Nguyễn Văn An, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam Lê Văn Bình.",
     {"Nguyễn Văn An": ["Ủy viên Bộ Chính trị"],
      "Lê Văn Bình": ["Chủ tịch Hội Nông dân Việt Nam", "Ủy viên Trung ương Đảng"]}),
    ("Có mặt Bí thư Tỉnh ủy Trần Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Chín.",
     {"Trần Văn Hùng": ["Bí thư Tỉnh ủy"], "Lê Văn Chín": ["Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"]}),
    ("Tiếp đoàn có ông Phạm Văn Tư, Giám đốc Sở Y tế và Phó Giám đốc Sở Y tế Đỗ Thị Năm.",
     {"Phạm Văn Tư": ["Giám đốc Sở Y tế"], "Đỗ Thị Năm": ["Phó Giám đốc Sở Y tế"]}),
]


@pytest.mark.parametrize(("text", "expected"), POSTS_BEFORE_THE_NEXT_NAME)
def test_posts_before_a_name_are_that_persons(text, expected):
    assert official_titles(text) == expected


@pytest.mark.parametrize("text", [
    "Dự có đồng chí Chủ tịch UBTƯ MTTQ Việt Nam Nguyễn Văn An.",
    "Dự có đồng chí Chủ tịch UBTW MTTQ Việt Nam Nguyễn Văn An.",
    "Dự có đồng chí Chủ tịch Ủy ban TƯ MTTQ Việt Nam Nguyễn Văn An.",
])
def test_the_fronts_central_committee_abbreviated_is_a_body(text):
    assert official_titles(text)["Nguyễn Văn An"] == [text[len("Dự có đồng chí "):-len(" Nguyễn Văn An.")]]


# posts abbreviated to initials: "PTGĐ" (deputy general director), "CT" (chairman) only with the
# body after it; "CT" alone is no post
ABBREVIATED_POSTS = [
    ("Bà Nguyễn Minh Thu (nguyên PTGĐ Oceanbank) cũng bị bắt.", "Nguyễn Minh Thu", ["nguyên PTGĐ Oceanbank"]),
    ("Ông Lê Văn Tám, CT UBND xã Hòa Bình cho biết.", "Lê Văn Tám", ["CT UBND xã Hòa Bình"]),
    ("Ông Phạm Văn Sáu, PTGĐ Tổng Công ty Sông Đà phát biểu.", "Phạm Văn Sáu", ["PTGĐ Tổng Công ty Sông Đà"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), ABBREVIATED_POSTS)
def test_an_abbreviated_post_holds_its_person(text, name, titles):
    assert official_titles(text)[name] == titles


@pytest.mark.parametrize("text", ["Ông Lê Văn Tám, CT cho biết giá sẽ tăng.", "Mã CT của sản phẩm là 12."])
def test_ct_alone_is_no_post(text):
    assert official_titles(text) == {}


# "A và B, T1 và T2": the posts go to the names in order; two rungs of one ladder share the body
# written after the second
RESPECTIVE_POSTS = [
    ("Bà Lữ Thị Bình và ông Đặng Văn Hòa, nguyên Tổng giám đốc và Phó tổng giám đốc MHBS, bị khởi tố.",
     {"Lữ Thị Bình": ["nguyên Tổng giám đốc MHBS"], "Đặng Văn Hòa": ["Phó tổng giám đốc MHBS"]}),
    ("Ông Trần Văn An và ông Lê Văn Bình, Giám đốc và Phó Giám đốc Sở Y tế, dự họp.",
     {"Trần Văn An": ["Giám đốc Sở Y tế"], "Lê Văn Bình": ["Phó Giám đốc Sở Y tế"]}),
    ("Ông Trần Văn An và ông Lê Văn Bình, Bí thư Đảng ủy và Chủ tịch UBND xã, cùng dự.",
     {"Trần Văn An": ["Bí thư Đảng ủy"], "Lê Văn Bình": ["Chủ tịch UBND xã"]}),  # two ladders: no body shared
]


@pytest.mark.parametrize(("text", "expected"), RESPECTIVE_POSTS)
def test_two_names_and_two_posts_go_in_order(text, expected):
    assert official_titles(text) == expected



# a post written bare for one person and with its body in a role-only mention elsewhere is that
# person's post with that body, when no one else holds the post and only one body is written
BARE_POSTS_WITH_BODIES_ELSEWHERE = [
    ("Chiều 5/6, Bộ trưởng Nguyễn Xuân Cường làm việc với tỉnh. Tại buổi làm việc, Bộ trưởng Bộ Nông "
     "nghiệp và Phát triển nông thôn đề nghị tỉnh quan tâm.",
     {"Nguyễn Xuân Cường": ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]}),
    ("Thứ trưởng Hoàng Văn Ba dự lễ. Phát biểu tại lễ, Thứ trưởng Bộ Công Thương nhấn mạnh vai trò của ngành.",
     {"Hoàng Văn Ba": ["Thứ trưởng Bộ Công Thương"]}),
]
BARE_POSTS_LEFT_BARE = [
    # two bodies for the post: which is his is not written
    ("Phó giám đốc Lê Văn Khoa cho biết. Phó giám đốc Sở Y tế và Phó giám đốc Sở Tài chính cũng dự.",
     {"Lê Văn Khoa": ["Phó giám đốc"]}),
    # another person holds the post with a body
    ("Bộ trưởng Trần Văn An dự họp. Bộ trưởng Bộ Y tế Lê Thị Bình phát biểu. Bộ trưởng Bộ Y tế đề nghị tăng cường.",
     {"Trần Văn An": ["Bộ trưởng"], "Lê Thị Bình": ["Bộ trưởng Bộ Y tế"]}),
]


@pytest.mark.parametrize(("text", "expected"), BARE_POSTS_WITH_BODIES_ELSEWHERE + BARE_POSTS_LEFT_BARE)
def test_a_bare_post_takes_the_one_body_written_elsewhere(text, expected):
    assert official_titles(text) == expected


# a place's own mass and state bodies written in lower case are bodies before a place word and its
# name, never alone or before a bare place word
LOWER_PLACE_BODIES = [
    ("Sau đó, liên đoàn lao động huyện Can Lộc ra công văn.", "Liên đoàn Lao động huyện Can Lộc"),
    ("Chủ tịch ủy ban nhân dân xã Tân Hòa đã ký quyết định.", "Ủy ban nhân dân xã Tân Hòa"),
    ("Đại diện hội nông dân xã Quỳnh Lập phát biểu.", "Hội Nông dân xã Quỳnh Lập"),
]


@pytest.mark.parametrize(("text", "body"), LOWER_PLACE_BODIES)
def test_a_places_body_in_lower_case_is_a_body(text, body):
    assert org_names(text) == [body]


@pytest.mark.parametrize("text", ["Các hội nông dân xã đều tham gia.", "Cán bộ liên đoàn lao động các cấp dự họp."])
def test_a_lower_case_body_without_a_named_place_is_none(text):
    assert org_names(text) == []


# "Vụ" + a number + the people it counts is a case (a headline's "vụ"), no department; a
# numbered department is followed by its parent or a stop word
@pytest.mark.parametrize("text", ["Vụ 3 trẻ tử vong ở Cao Bằng: khởi tố vụ án.", "Vụ 30 côn đồ vây xe khách."])
def test_vu_and_a_count_of_people_is_a_case(text):
    assert not any(n.startswith("Vụ") for n in org_names(text))


@pytest.mark.parametrize(("text", "body"), [
    ("Vụ 5 thuộc Ban Nội chính Trung ương đã có báo cáo.", "Vụ 5"),
    ("Vụ 3, Bộ Công an đã vào cuộc.", "Vụ 3"),
])
def test_a_numbered_department_is_a_body(text, body):
    assert body in org_names(text)


# a place word that opens a lower-case word ("xã" + "hội") breaks no name
@pytest.mark.parametrize(("text", "body"), [
    ("Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội thảo.", "Viện Hàn lâm Khoa học xã hội Việt Nam"),
    ("Phòng quản lý hồ sơ Bảo hiểm xã hội thành phố Hà Nội cho biết.",
     "Phòng quản lý hồ sơ Bảo hiểm xã hội thành phố Hà Nội"),
])
def test_xa_hoi_inside_a_name_is_no_commune(text, body):
    assert body in org_names(text)


def test_a_commune_still_ends_a_name():
    assert "Hội Bảo trợ xã Tân Hòa" in org_names("Hội Bảo trợ xã Tân Hòa họp tổng kết.")


# posts of foreign governments: a state's minister of state, a member of China's State Council
@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Ung Sean, Quốc vụ khanh Bộ Ngoại giao Campuchia phát biểu.", "Ung Sean", "Quốc vụ khanh Bộ Ngoại giao Campuchia"),
    ("Ủy viên Quốc vụ viện Dương Khiết Trì đã tới Hà Nội.", "Dương Khiết Trì", "Ủy viên Quốc vụ viện"),
])
def test_a_foreign_governments_post_holds_its_person(text, name, title):
    assert official_titles(text)[name] == [title]


# a number that labels a thing ("lớp 10", "phòng 3") begins no count of time: "lớp 10 năm nay"
# is grade ten this year; a term's number still counts ("nhiệm kỳ 5 năm")
def _dates_of(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in vngovnlp.analyze(text).dates]


@pytest.mark.parametrize("text", ["Điểm thi vào lớp 10 năm nay tăng mạnh.", "Học sinh lớp 12 năm nay thi sớm."])
def test_a_labelled_number_is_no_duration(text):
    assert not any(value.startswith("P") for _, value in _dates_of(text)), _dates_of(text)


@pytest.mark.parametrize(("text", "duration"), [
    ("Anh đã làm nghề này 10 năm nay.", ("10 năm nay", "P10Y")),
    ("Mỗi ngày đội tập 8 tiếng liên tục.", ("8 tiếng liên tục", "PT8H")),
    ("Cả đồng đội 10 năm qua gắn bó với CLB.", ("10 năm qua", "P10Y")),
])
def test_a_count_after_other_words_is_a_duration(text, duration):
    assert duration in _dates_of(text)


# "thuộc" / "trực thuộc" + the body a unit belongs to closes the unit's lower-case name
@pytest.mark.parametrize(("text", "body"), [
    ("Mẫu nước do Trung tâm phân tích thí nghiệm thuộc Sở Khoa học và Công nghệ kiểm tra.", "Trung tâm phân tích thí nghiệm"),
    ("Tàu được Trung tâm đăng kiểm tàu cá trực thuộc Tổng cục Thủy sản kiểm định.", "Trung tâm đăng kiểm tàu cá"),
    ("Phòng khám đa khoa trực thuộc Sở Y tế tỉnh được nâng cấp.", "Phòng khám đa khoa"),
])
def test_thuoc_and_the_parent_close_a_units_name(text, body):
    assert body in org_names(text)


def test_thuoc_before_no_body_closes_nothing():
    assert org_names("Trung tâm phân tích thí nghiệm thuộc diện được hỗ trợ.") == []


# "Tổng cục" opens a name in lower case as "Cục" does, when a country, place or parent closes it
@pytest.mark.parametrize(("text", "body"), [
    ("Máy chủ tại Tổng Cục đường bộ Việt Nam bị tấn công.", "Tổng cục đường bộ Việt Nam"),
    ("Cục Cảnh sát môi trường thuộc Tổng cục cảnh sát, Bộ Công an vào cuộc.", "Tổng cục cảnh sát"),
])
def test_tong_cuc_opens_a_lower_case_name(text, body):
    assert body in org_names(text)



# a photo credit or source note glued to a caption ("Ảnh:", "Nguồn:") ends the name before it
@pytest.mark.parametrize(("text", "body"), [
    ("Bác sĩ thăm khám cho bệnh nhân tại Bệnh viện Chợ Rẫy Ảnh: Thanh Hà", "Bệnh viện Chợ Rẫy"),
    ("Lãnh đạo tỉnh thăm Bệnh viện Đa khoa tỉnh Nghệ An Ảnh: Quang Minh", "Bệnh viện Đa khoa tỉnh Nghệ An"),
])
def test_a_credit_ends_the_name_before_it(text, body):
    assert org_names(text) == [body]


def test_a_credit_after_a_head_is_no_name():
    assert not any("Nguồn" in n for n in org_names("Em bị xâm hại tại trường Nguồn: Tuổi Trẻ"))


# a district of the text's province whose last syllable is a country ("Chương Mỹ") is the
# district, read alone in an address; the country stays where it stands alone
def _places_of(text: str) -> list[tuple[str, str]]:
    return [(loc.name, loc.kind) for loc in vngovnlp.analyze(text).locations]


def test_a_district_ending_in_a_country_is_the_district():
    assert _places_of("Trường THCS Ngô Sỹ Liên (Chương Mỹ, Hà Nội) khai giảng.") == [
        ("Chương Mỹ", "district"), ("Hà Nội", "municipality")]


def test_the_country_alone_is_still_a_country():
    assert ("Mỹ", "country") in _places_of("Đoàn khách Mỹ thăm Hà Nội, sau đó đi Chương Mỹ.")
