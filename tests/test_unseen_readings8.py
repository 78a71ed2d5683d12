"""Classes of phrases found by reading the library's output on unseen news articles (session 18).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import official_titles, org_entity, org_names

from vngovnlp.extract.organisations import find_organisations
from vngovnlp.normalize import normalize


def org_surfaces(text: str, entities=()) -> set[str]:
    """Every surface form of every organisation read in ``text``."""
    return {a for o in find_organisations(normalize(text).text, entities=list(entities)) for a in o.aliases}


# "ĐH" is a university as "Đại học" is: a head on its own ("ĐH Huế"), the level of a school
# ("Trường ĐH" + its name, a person's name too) and the parent a school belongs to ("Trường THPT
# chuyên ĐH Vinh"); an exam, a degree or a course ("thi ĐH", "bằng cao đẳng") is no body
UNIVERSITY_ABBREVIATION = [
    ("Sinh viên Trường ĐH Tôn Đức Thắng tham gia hiến máu.", "Trường ĐH Tôn Đức Thắng"),
    ("ĐH Quốc gia Hà Nội vừa công bố điểm chuẩn.", "ĐH Quốc gia Hà Nội"),
    ("Ông Lê Văn Em, Giám đốc ĐH Huế, phát biểu khai mạc.", "ĐH Huế"),
    ("Em Mai, học sinh Trường THPT chuyên ĐH Khoa học Tự nhiên, đạt huy chương Vàng.",
     "Trường THPT chuyên ĐH Khoa học Tự nhiên"),
    ("Nam sinh sẽ xét tuyển vào ĐH Y Hà Nội trong năm nay.", "ĐH Y Hà Nội"),
    ("Trường Cao đẳng Y tế Hà Nam tuyển 500 chỉ tiêu.", "Trường Cao đẳng Y tế Hà Nam"),
]
NOT_UNIVERSITY = [
    "Thí sinh thi ĐH năm nay đông hơn năm trước.",
    "Sau khi tốt nghiệp ĐH, anh về quê lập nghiệp.",
    "Chị có bằng cao đẳng nghề và đang học liên thông.",
    "Học sinh hệ ĐH chính quy được miễn học phí.",
]


@pytest.mark.parametrize(("text", "body"), UNIVERSITY_ABBREVIATION)
def test_dh_is_a_university_head(text, body):
    assert body in org_surfaces(text)


@pytest.mark.parametrize("text", NOT_UNIVERSITY)
def test_an_exam_or_a_degree_is_no_university(text):
    assert org_names(text) == []


# a school's field in sentence case after its level ("Y khoa", "Sư phạm") may be followed by the
# person the school is named after; a field "Y" (medicine) after the level is no Ede name prefix,
# so the place after it ends the name and the holder's name after the place stays the holder's;
# a hospital with no level ("Bệnh viện Phổi tỉnh") keeps the holder after it
EPONYM_AFTER_FIELD = [
    ("Ông Nguyễn Văn An, Hiệu trưởng Trường ĐH Y khoa Phạm Ngọc Thạch, cho biết trường tuyển 1.000 sinh viên.",
     "Nguyễn Văn An", "Trường ĐH Y khoa Phạm Ngọc Thạch"),
    ("Bà Trần Thị Bình, Hiệu trưởng Trường Cao đẳng Sư phạm Nguyễn Văn Cừ, phát biểu.",
     "Trần Thị Bình", "Trường Cao đẳng Sư phạm Nguyễn Văn Cừ"),
    ("Ông Lê Hùng, Hiệu trưởng Trường Đại học Y khoa Phạm Ngọc Thạch cho biết.", "Lê Hùng",
     "Trường Đại học Y khoa Phạm Ngọc Thạch"),
]
HOLDER_AFTER_BODY = [
    ("Hiệu trưởng Trường ĐH Y Hà Nội Nguyễn Văn Chung cho biết trường đủ chỉ tiêu.", "Nguyễn Văn Chung",
     "Hiệu trưởng Trường ĐH Y Hà Nội"),
    ("Giám đốc Bệnh viện Phổi tỉnh Trương Hồng Lĩnh cho biết bệnh viện đủ thuốc.", "Trương Hồng Lĩnh",
     "Giám đốc Bệnh viện Phổi tỉnh"),
    ("Hiệu trưởng Trường ĐH Kinh tế Quốc dân Trần Thọ Đạt phát biểu.", "Trần Thọ Đạt",
     "Hiệu trưởng Trường ĐH Kinh tế Quốc dân"),
    ("Ông Y Thanh Niê, Phó Chủ tịch UBND huyện Krông Búk, dự lễ.", "Y Thanh Niê",
     "Phó Chủ tịch UBND huyện Krông Búk"),
]


@pytest.mark.parametrize(("text", "holder", "body"), EPONYM_AFTER_FIELD)
def test_a_school_named_for_a_person_after_its_field(text, holder, body):
    titles = official_titles(text)
    assert list(titles) == [holder], titles
    assert titles[holder] == ["Hiệu trưởng " + body]


@pytest.mark.parametrize(("text", "holder", "title"), HOLDER_AFTER_BODY)
def test_the_holder_after_a_body_stays_the_holder(text, holder, title):
    assert official_titles(text).get(holder) == [title]


# a field of education names its level ("Vụ Giáo dục Đại học", "Vụ Giáo dục ĐH"), no university
EDUCATION_LEVEL_FIELDS = [
    ("TS Lê Khuyến, nguyên Phó Vụ trưởng Vụ Giáo dục ĐH, Bộ GD&ĐT cho rằng.", "Vụ Giáo dục ĐH"),
    ("Vụ Giáo dục Đại học đã có văn bản gửi các trường.", "Vụ Giáo dục Đại học"),
    ("Vụ Giáo dục Mầm non hướng dẫn các sở.", "Vụ Giáo dục Mầm non"),
]


@pytest.mark.parametrize(("text", "body"), EDUCATION_LEVEL_FIELDS)
def test_an_education_level_is_a_field(text, body):
    surfaces = org_surfaces(text)
    assert body in surfaces and not any(s.startswith(("Đại học", "ĐH")) for s in surfaces), surfaces


# the model's span may end a school's name at a city of the gazetteer, as at a province: the
# verb after it is the sentence's ("Trường Đại học Vinh" + "giành giải")
MODEL_CUT_AT_CITY = [
    ("Sinh viên Trường Đại học Vinh giành giải Nhất cuộc thi.", "Trường Đại học Vinh"),
    ("Đội tuyển Trường THPT chuyên ĐH Vinh đạt giải cao.", "Trường THPT chuyên ĐH Vinh"),
    ("Bệnh viện Đa khoa Cam Ranh tiếp nhận bệnh nhân.", "Bệnh viện Đa khoa Cam Ranh"),
]


@pytest.mark.parametrize(("text", "body"), MODEL_CUT_AT_CITY)
def test_the_model_cuts_a_name_after_a_city(text, body):
    names = org_surfaces(text, [org_entity(text, body)])
    assert body in names and not any(n.startswith(body + " ") for n in names), names


# a working group with no name, no field and no owner is a common noun ("Tổ công tác tiến hành
# truy đuổi"); with its field it is a body
WORKING_GROUPS = [
    ("Tổ công tác Cảnh sát giao thông phát hiện 1 tàu chở cát.", "Tổ công tác Cảnh sát giao thông"),
    ("Tổ công tác 141 kiểm tra xe máy trên phố.", "Tổ công tác 141"),
]
NOT_WORKING_GROUPS = [
    "Tổ công tác tiến hành truy đuổi, đồng thời báo các lực lượng.",
    "Tổ công tác đã liên hệ được với người nhà cô gái.",
    "Sau một tuần ra quân, Tổ công tác đã phát hiện nhiều vụ vi phạm.",
]


@pytest.mark.parametrize(("text", "body"), WORKING_GROUPS)
def test_a_working_group_with_a_name_is_a_body(text, body):
    assert body in org_names(text)


@pytest.mark.parametrize("text", NOT_WORKING_GROUPS)
def test_a_bare_working_group_is_no_body(text):
    assert org_names(text) == []


# a verb of winning ends a name as other verbs do ("đạt", "giành", "đoạt")
WINNING_VERBS = [
    ("Hợp tác xã Dịch vụ nông nghiệp Tân Thành đạt doanh thu 2 tỷ đồng.",
     "Hợp tác xã Dịch vụ nông nghiệp Tân Thành"),
    ("Câu lạc bộ Bóng đá Sông Lam giành chức vô địch.", "Câu lạc bộ Bóng đá Sông Lam"),
    ("Trung tâm Văn hóa Thông tin đoạt giải A toàn đoàn.", "Trung tâm Văn hóa Thông tin"),
]


@pytest.mark.parametrize(("text", "body"), WINNING_VERBS)
def test_a_winning_verb_ends_a_name(text, body):
    names = org_names(text)
    assert body in names and not any(n.startswith(body + " ") for n in names), names


# a post's commune or town keeps the places of higher levels chained after commas, as after
# "UBND" ("Chủ tịch xã Quảng Tân, huyện Tuy Đức, tỉnh Đắk Nông"); a place of the same level after
# the comma is another place of a list, and a bare name the next item
PLACE_CHAINS = [
    ("Ông Trần Văn Tâm, Chủ tịch xã Quảng Tân, huyện Tuy Đức, tỉnh Đắk Nông cho biết.", "Trần Văn Tâm",
     "Chủ tịch xã Quảng Tân, huyện Tuy Đức, tỉnh Đắk Nông"),
    ("Ông Lê Hòa, Bí thư thị trấn Kỳ Sơn, huyện Kỳ Sơn, tỉnh Hòa Bình phát biểu.", "Lê Hòa",
     "Bí thư thị trấn Kỳ Sơn, huyện Kỳ Sơn, tỉnh Hòa Bình"),
    ("Ông Lê Bảo, Chủ tịch phường 5, quận 3 cho biết.", "Lê Bảo", "Chủ tịch phường 5, quận 3"),
]
NOT_PLACE_CHAINS = [
    ("Ông Lê Bảo, Chủ tịch xã Tân Lập, xã Tân Hòa cùng dự.", "Lê Bảo", "Chủ tịch xã Tân Lập"),
    ("Bà Mai Lan, Bí thư xã Hòa An, Trưởng ban Dân vận phát biểu.", "Mai Lan", "Bí thư xã Hòa An"),
]


@pytest.mark.parametrize(("text", "holder", "title"), PLACE_CHAINS)
def test_a_posts_place_keeps_its_higher_places(text, holder, title):
    assert title in official_titles(text)[holder]


@pytest.mark.parametrize(("text", "holder", "title"), NOT_PLACE_CHAINS)
def test_a_place_of_the_same_level_is_no_higher_place(text, holder, title):
    assert official_titles(text)[holder][0] == title


# a firm whose legal form is written out opens its line of business in lower case as with "TNHH"
# ("Công ty trách nhiệm hữu hạn" + "chế biến và xuất nhập khẩu" + "Việt Hải")
SPELLED_LEGAL_FORMS = [
    ("Ông Lê Văn Tú, nguyên Tổng Giám đốc Công ty trách nhiệm hữu hạn chế biến và xuất nhập khẩu Việt Hải, bị"
     " khởi tố.", "Lê Văn Tú",
     "nguyên Tổng Giám đốc Công ty trách nhiệm hữu hạn chế biến và xuất nhập khẩu Việt Hải"),
    ("Ông Lê Hà, Giám đốc Công ty trách nhiệm hữu hạn một thành viên xây dựng và thương mại Hoàng Phát cho biết.",
     "Lê Hà", "Giám đốc Công ty trách nhiệm hữu hạn một thành viên xây dựng và thương mại Hoàng Phát"),
]


@pytest.mark.parametrize(("text", "holder", "title"), SPELLED_LEGAL_FORMS)
def test_a_spelled_legal_form_opens_a_line_of_business(text, holder, title):
    assert official_titles(text)[holder] == [title]


# a station, a ranger unit or a team keeps the parent after the comma in its holder's title:
# a sub-department or a management board ("Trạm Thú y huyện X, Chi cục Chăn nuôi và Thú y Y")
UNIT_PARENTS = [
    ("Ông Trần An, nguyên Trưởng Trạm Rạch Tràm, Ban Quản lý rừng phòng hộ Long Thành, bị khởi tố.", "Trần An",
     "nguyên Trưởng Trạm Rạch Tràm, Ban Quản lý rừng phòng hộ Long Thành"),
    ("Ông Lê Bình, Trưởng Trạm Thú y huyện Quế Phong, Chi cục Chăn nuôi và Thú y Nghệ An cho biết.", "Lê Bình",
     "Trưởng Trạm Thú y huyện Quế Phong, Chi cục Chăn nuôi và Thú y Nghệ An"),
    ("Ông Lê Cường, Hạt trưởng Hạt Kiểm lâm huyện Mường Lát, Chi cục Kiểm lâm Thanh Hóa cho biết.", "Lê Cường",
     "Hạt trưởng Hạt Kiểm lâm huyện Mường Lát, Chi cục Kiểm lâm Thanh Hóa"),
    ("Ông Lê Dũng, Đội trưởng Đội QLTT số 9, Chi cục QLTT Hà Nội cho biết.", "Lê Dũng",
     "Đội trưởng Đội QLTT số 9, Chi cục QLTT Hà Nội"),
]


@pytest.mark.parametrize(("text", "holder", "title"), UNIT_PARENTS)
def test_a_unit_keeps_its_parent_after_a_comma(text, holder, title):
    assert official_titles(text)[holder] == [title]


# "Nhà nước" is a body and a scope: it closes the name of the commission or the department it
# follows ("Ủy ban Chứng khoán Nhà nước", "Cục Dự trữ Nhà nước"), as "Trung ương" does; a name
# that goes on in lower case after it keeps its reading ("Công ty TNHH Nhà nước một thành viên …")
STATE_SCOPES = [
    ("Bà Duyên đã bị Ủy ban Chứng khoán Nhà nước phạt 125 triệu đồng.", "Ủy ban Chứng khoán Nhà nước"),
    ("Cục Dự trữ Nhà nước khu vực Bắc Thái đã xuất cấp 300 tấn gạo.", "Cục Dự trữ Nhà nước"),
    ("Tổng Công ty Đầu tư và Kinh doanh vốn Nhà nước thoái vốn tại 10 doanh nghiệp.",
     "Tổng Công ty Đầu tư và Kinh doanh vốn Nhà nước"),
    ("Ông Lê Minh làm việc với Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập.",
     "Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập"),
]
NOT_STATE_SCOPES = [
    ("Công ty TNHH Nhà nước một thành viên Khai thác điểm đỗ xe Hà Nội thu phí.",
     "Công ty TNHH Nhà nước một thành viên Khai thác điểm đỗ xe Hà Nội"),
    ("Sự quan tâm của Đảng và Nhà nước được nhân dân ghi nhận.", "Nhà nước"),
]


@pytest.mark.parametrize(("text", "body"), STATE_SCOPES)
def test_the_state_closes_a_name_it_scopes(text, body):
    assert body in org_names(text)


@pytest.mark.parametrize(("text", "body"), NOT_STATE_SCOPES)
def test_the_state_with_no_name_before_it_closes_nothing(text, body):
    names = org_names(text, [org_entity(text, body)])
    assert body in names and not any(body.startswith(n + " ") for n in names), names


# a field keeps the unit's number written with "số" ("Xây dựng" + "số 5"), as a bare number
# ("Ban Chỉ đạo 389"); "số" before a count is no number of the body
FIELD_NUMBERS = [
    ("Công ty cổ phần Xây Dựng số 5 Hà Nội trúng thầu gói số 3.", "Công ty cổ phần Xây Dựng số 5 Hà Nội"),
    ("Công ty Cơ khí số 2 đã giao 30 máy bơm.", "Công ty Cơ khí số 2"),
]
NOT_FIELD_NUMBERS = [("Sở Y tế số 5 người mắc bệnh.", "Sở Y tế")]


@pytest.mark.parametrize(("text", "body"), FIELD_NUMBERS + NOT_FIELD_NUMBERS)
def test_a_field_keeps_its_unit_number(text, body):
    assert org_names(text) == [body]


# an ampersand joins two capitalised parts of one name as a dash does ("Ernst & Young"); two
# bodies joined by it stay two
AMPERSAND_PAIRS = [
    ("Công ty TNHH Ernst & Young Việt Nam công bố báo cáo.", "Công ty TNHH Ernst & Young Việt Nam"),
    ("Ông Lê An, Tổng giám đốc Công ty Procter & Gamble Việt Nam cho biết.",
     "Công ty Procter & Gamble Việt Nam"),
]


@pytest.mark.parametrize(("text", "body"), AMPERSAND_PAIRS)
def test_an_ampersand_joins_a_name(text, body):
    assert org_names(text) == [body]


def test_an_ampersand_between_two_bodies_keeps_both():
    assert org_names("Công ty Minh An & Công ty Hòa Bình ký hợp đồng.") == ["Công ty Minh An", "Công ty Hòa Bình"]


def test_a_name_cut_before_a_person_drops_the_sign_before_it():
    names = org_names("Quỹ Bill & Melinda Gates Foundation tài trợ dự án.")
    assert not any(n.endswith("&") for n in names), names


# a plain aside in brackets between a name and "là" (kinship, age) leaves the post after "là"
# the name's; an aside followed by no post, or a post with no "là", links nothing
ASIDE_BEFORE_COPULA = [
    ("Ông Hồ Anh Trung (cháu ông Hùng) đang là Chủ tịch UBND xã Hòa Bình.", "Hồ Anh Trung",
     "Chủ tịch UBND xã Hòa Bình"),
    ("Bà Trần Thị Thanh Hoa (em dâu ông Hùng) là Chánh văn phòng Đảng ủy xã.", "Trần Thị Thanh Hoa",
     "Chánh văn phòng Đảng ủy xã"),
    ("Ông Lê Văn Tám (60 tuổi) hiện là Phó Chủ tịch Hội Nông dân xã.", "Lê Văn Tám",
     "Phó Chủ tịch Hội Nông dân xã"),
]


@pytest.mark.parametrize(("text", "holder", "title"), ASIDE_BEFORE_COPULA)
def test_a_plain_aside_before_la_keeps_the_post(text, holder, title):
    assert official_titles(text).get(holder) == [title]


def test_an_aside_with_no_post_after_it_links_nothing():
    assert "Nguyễn Văn Ba" not in official_titles("Anh Nguyễn Văn Ba (con ông Tư) là công nhân của nhà máy.")


# a body's higher places in brackets between the post and its holder's name belong to the title,
# so the name after them is the holder ("Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam)
# Đỗ Đình Hùng"); with no name after the brackets the title stays as before them
BRACKETED_PLACES = [
    ("Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam) Đỗ Đình Hùng cho biết.", "Đỗ Đình Hùng",
     "Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam)"),
    ("Chủ tịch UBND xã Tân Lập (huyện Đan Phượng, Hà Nội) Nguyễn Văn Cường cho biết.", "Nguyễn Văn Cường",
     "Chủ tịch UBND xã Tân Lập (huyện Đan Phượng, Hà Nội)"),
    ("Ông Lê An, Chủ tịch UBND xã Tân Lập (huyện Đan Phượng) cho biết.", "Lê An", "Chủ tịch UBND xã Tân Lập"),
]


@pytest.mark.parametrize(("text", "holder", "title"), BRACKETED_PLACES)
def test_bracketed_places_before_the_holder(text, holder, title):
    assert official_titles(text).get(holder) == [title]


# a paper's name goes on past its home place with a capitalised word ("Báo Hà Nội Mới", "Báo Sài
# Gòn Giải Phóng"); not into the next sentence ("Sáng nay", "Tuy nhiên") nor after a country,
# which only says where the paper is from ("báo Mỹ" + "New York Times")
PAPER_NAMES = [
    ("Theo báo Hà Nội Mới, dự án đã chậm tiến độ.", "Báo Hà Nội Mới"),
    ("Báo Sài Gòn Giải Phóng đưa tin về vụ việc.", "Báo Sài Gòn Giải Phóng"),
    ("Ông Lê An, Tổng Biên tập Báo Hà Nội Mới cho biết.", "Báo Hà Nội Mới"),
]
NOT_PAPER_NAMES = [
    ("Báo Quảng Ninh Sáng nay tỉnh tổ chức hội nghị.", "Báo Quảng Ninh"),
    ("Ảnh: Đài PTTH Bình Thuận Tuy nhiên, do không tìm được tàu.", "Đài PTTH Bình Thuận"),
]


@pytest.mark.parametrize(("text", "body"), PAPER_NAMES + NOT_PAPER_NAMES)
def test_a_papers_name_past_its_place(text, body):
    surfaces = {s.lower() for s in org_surfaces(text)}
    assert body.lower() in surfaces and not any(s.startswith(body.lower() + " ") for s in surfaces), surfaces


def test_a_paper_after_a_country_is_not_named_by_it():
    surfaces = org_surfaces("Theo báo Mỹ New York Times, hai bên đã gặp nhau.")
    assert not any(s.lower().startswith("báo mỹ new") for s in surfaces), surfaces


# "là" + a form of address after a post names the post's holders, as a colon does ("7 Phó tổng
# giám đốc là ông A, ông B và bà C"); a lower-case noun before the post makes it a possessor
# ("con rể Tổng thống Mỹ là ông …" names the son-in-law)
HOLDERS_AFTER_LA = [
    ("Công ty có 7 Phó tổng giám đốc là ông Nguyễn Thiện Phú, ông Nguyễn Tiến Dũng và bà Nguyễn Bình Phương.",
     {"Nguyễn Thiện Phú", "Nguyễn Tiến Dũng", "Nguyễn Bình Phương"}, "Phó tổng giám đốc"),
    ("Hai Phó Chủ tịch UBND tỉnh là ông Nguyễn Văn An và ông Trần Văn Bình dự lễ.",
     {"Nguyễn Văn An", "Trần Văn Bình"}, "Phó Chủ tịch UBND tỉnh"),
    ("Giám đốc Sở Y tế là ông Lê Hùng cho biết bệnh viện đủ thuốc.", {"Lê Hùng"}, "Giám đốc Sở Y tế"),
]


@pytest.mark.parametrize(("text", "holders", "title"), HOLDERS_AFTER_LA)
def test_la_after_a_post_names_its_holders(text, holders, title):
    titles = official_titles(text)
    assert set(titles) == holders and all(titles[h] == [title] for h in holders), titles


def test_a_possessed_post_before_la_names_no_holder():
    titles = official_titles("Ông Manafort cùng con rể Tổng thống Mỹ là ông Jared Kushner cũng tham dự.")
    assert "Jared Kushner" not in titles, titles


# the model's span over an honorary title and a name is a person ("NSƯT Quốc Cơ"), no body
HONORARY_TITLES = [
    ("Chương trình có sự tham gia của NSƯT Quốc Cơ và Nghệ sĩ ưu tú Quốc Nghiệp.", "NSƯT Quốc Cơ"),
    ("Đêm thơ có Nhà giáo Nhân dân Nguyễn Văn Lan đọc thơ.", "Nhà giáo Nhân dân Nguyễn Văn Lan"),
    ("Thầy thuốc ưu tú Lê Văn Hòa khám cho 200 người.", "Thầy thuốc ưu tú Lê Văn Hòa"),
]


@pytest.mark.parametrize(("text", "span"), HONORARY_TITLES)
def test_an_honorary_title_and_a_name_are_no_body(text, span):
    assert org_names(text, [org_entity(text, span)]) == []


def test_a_body_named_by_its_field_is_still_read_beside_them():
    text = "NSƯT Thu Hà công tác tại Nhà hát Chèo Việt Nam."
    assert "Nhà hát Chèo Việt Nam" in org_names(text, [org_entity(text, "Nhà hát Chèo Việt Nam")])
