"""Classes of phrases found by reading the library's output on unseen news articles (session 15).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import official_titles, org_entity, org_names

from vngovnlp.extract._org_abbreviations import abbreviates
from vngovnlp.extract.organisations import find_organisations
from vngovnlp.normalize import normalize

# a body written with its field abbreviated to initials is the body written in full: one
# organisation, the full name's
ABBREVIATED_FIELDS = [
    ("Sở VHTT TP Hải Phòng", "Sở Văn hóa thông tin TP Hải Phòng"),
    ("Bộ VH TT&DL", "Bộ Văn hóa - Thể thao và Du lịch"),
    ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Sở KH&ĐT tỉnh Lào Cai", "Sở Kế hoạch và Đầu tư tỉnh Lào Cai"),
    ("Chi cục QLTT", "Chi cục Quản lý thị trường"),
    ("Ban QLDA", "Ban Quản lý dự án thủy điện Sông Đà"),
    ("BĐBP Hà Tĩnh", "Bộ đội Biên phòng Hà Tĩnh"),        # the whole name abbreviated
    ("VPCP", "Văn phòng Chính phủ"),
    ("BLĐ MU", "BLĐ Man Utd"),
]
NOT_ABBREVIATED = [
    ("Sở TC tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Định"),      # other initials
    ("Sở GTVT Hà Nội", "Sở Giao thông vận tải Hải Phòng"),    # another province
    ("Ban QL", "Ban Quản lý dự án thủy điện Sông Đà"),        # two letters say too little
    ("Bộ Tài chính", "Bộ Thông tin và Truyền thông"),          # no abbreviation
    ("Cục QLCT", "Tổng cục Quản lý cạnh tranh"),              # another head
    ("UBND", "Ủy ban nhân dân tỉnh Hà Giang"),                # a whole name's letters must all be there
]


@pytest.mark.parametrize(("short", "full"), ABBREVIATED_FIELDS)
def test_an_abbreviated_field_is_the_full_name(short, full):
    assert abbreviates(short, full)


@pytest.mark.parametrize(("short", "full"), NOT_ABBREVIATED)
def test_other_initials_or_other_words_are_another_body(short, full):
    assert not abbreviates(short, full)


@pytest.mark.parametrize("text", [
    "Sở Văn hóa thông tin TP Hải Phòng cho biết, Sở VHTT TP Hải Phòng đã cấp phép cho lễ hội.",
    "Bộ Văn hóa, Thể thao và Du lịch đã có văn bản; theo Bộ VHTT&DL, lễ hội sẽ được tổ chức.",
    "Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo, Bộ NN&PTNT cũng cử đoàn công tác.",
])
def test_both_spellings_are_one_body(text):
    names = org_names(text)
    assert len(names) == 1, names


@pytest.mark.parametrize("text", [
    "Sở Thông tin và Truyền thông Hà Nội cho biết; Sở Thông tin - Truyền thông Hà Nội và Sở TT&TT Hà Nội đã họp.",
    "Bộ Giáo dục và Đào tạo đã có văn bản, Bộ Giáo dục - Đào tạo cũng lưu ý.",
])
def test_a_dash_or_an_ampersand_for_va_is_one_body(text):
    assert len(org_names(text)) == 1, org_names(text)


def test_a_body_written_in_full_keeps_its_own_abbreviation():
    # "NHNN" is also the initials of "Ngân hàng Nông nghiệp": the body it was written beside keeps it
    text = ("Ngân hàng Nhà nước (NHNN) cho biết, NHNN sẽ điều hành linh hoạt; "
            "Ngân hàng Nông nghiệp và Phát triển Nông thôn tăng vốn.")
    bodies = find_organisations(normalize(text).text, entities=[])
    owner = next(o for o in bodies if "NHNN" in o.aliases)
    assert owner.name == "Ngân hàng Nhà nước"


# a firm's capitalised line of business, then two name syllables and no third: the brand, not a
# person ("Hoàng Long cho biết"); three name syllables after the firm are its director
BRANDS_LIKE_GIVEN_NAMES = [
    ("Công ty cổ phần Xây dựng Hoàng Long cho biết.", "Công ty cổ phần Xây dựng Hoàng Long"),
    ("Công ty TNHH Bất động sản Hà Quang vừa mở bán.", "Công ty TNHH Bất động sản Hà Quang"),
    ("Công ty cổ phần Bia và Nước giải khát Hạ Long tăng vốn.", "Công ty cổ phần Bia và Nước giải khát Hạ Long"),
    ("Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á tài trợ dự án.", "Ngân hàng Đầu tư Cơ sở hạ tầng Châu Á"),
]


@pytest.mark.parametrize(("text", "body"), BRANDS_LIKE_GIVEN_NAMES)
def test_a_brand_shaped_like_a_given_name_ends_the_firm(text, body):
    assert body in org_names(text), org_names(text)


def test_the_director_after_a_firm_is_no_brand():
    titles = official_titles("Giám đốc Công ty cổ phần Xây dựng Lê Văn Hùng cho biết.")
    assert titles == {"Lê Văn Hùng": ["Giám đốc Công ty cổ phần Xây dựng"]}


def test_the_appositive_person_keeps_the_firm_with_its_brand():
    titles = official_titles("Ông Trần Văn Bình, Giám đốc Công ty cổ phần Xây dựng Hoàng Long cho biết.")
    assert titles == {"Trần Văn Bình": ["Giám đốc Công ty cổ phần Xây dựng Hoàng Long"]}


# "các" after "Liên hiệp"/"Liên minh" names the members federated; elsewhere it ends the name
FEDERATIONS = [
    ("Hội Liên hiệp các hội Khoa học Kỹ thuật tỉnh Nghệ An tổ chức hội thảo.",
     "Hội Liên hiệp các hội Khoa học Kỹ thuật tỉnh Nghệ An"),
    ("Đoàn đã làm việc với Hội Liên hiệp các hội Văn học nghệ thuật tỉnh Bắc Kạn.",
     "Hội Liên hiệp các hội Văn học nghệ thuật tỉnh Bắc Kạn"),
]


@pytest.mark.parametrize(("text", "body"), FEDERATIONS)
def test_the_members_of_a_federation_are_its_name(text, body):
    assert body in org_names(text), org_names(text)


@pytest.mark.parametrize("text", ["Sở Y tế các tỉnh đã báo cáo.", "Ủy ban nhân dân các huyện đã họp."])
def test_cac_after_another_body_is_no_part_of_its_name(text):
    assert not any(" các " in n for n in org_names(text)), org_names(text)


# a lower-case rest of a field that the parent in brackets closes is the name's, though the
# model's span ends earlier
def test_the_bracketed_parent_closes_the_rest_of_the_field():
    text = "Chi cục Khai thác và bảo vệ nguồn lợi thủy sản (Sở NN&PTNT Thanh Hóa) cho biết."
    names = org_names(text, [org_entity(text, "Chi cục Khai thác")])
    assert "Chi cục Khai thác và bảo vệ nguồn lợi thủy sản" in names, names


# an abbreviation written with a spaced ampersand is one word of the name
SPACED_AMPERSANDS = [
    ("Phó Giám đốc Sở TT & TT Nguyễn Minh Khánh cho biết.", "Sở TT&TT"),
    ("Đại diện Sở NN & PTNT tỉnh Lào Cai cho biết.", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lào Cai"),
    ("Ban Chỉ huy PCTT & TKCN huyện đã họp.", "Ban Chỉ huy PCTT&TKCN huyện"),
]


@pytest.mark.parametrize(("text", "body"), SPACED_AMPERSANDS)
def test_a_spaced_ampersand_joins_an_abbreviation(text, body):
    assert body in org_names(text), org_names(text)


def test_the_title_keeps_the_ampersand_as_written():
    titles = official_titles("Ông Nguyễn Minh Khánh, Phó Giám đốc Sở TT & TT cho biết.")
    assert titles == {"Nguyễn Minh Khánh": ["Phó Giám đốc Sở TT & TT"]}


# a district's, town's or township's word may be left out of a body's name: one body
PLACE_WORDS_LEFT_OUT = [
    "Bệnh viện Đa khoa huyện Đông Hải tiếp nhận bệnh nhân; Bệnh viện Đa khoa Đông Hải chuyển tuyến.",
    "Công an thị xã Dĩ An vào cuộc. Công an Dĩ An đã bắt giữ đối tượng.",
    "Công an thị trấn Tân Minh phối hợp; Công an Tân Minh lập biên bản.",
]


@pytest.mark.parametrize("text", PLACE_WORDS_LEFT_OUT)
def test_a_body_written_without_its_place_word_is_one_body(text):
    assert len(org_names(text)) == 1, org_names(text)


def test_two_levels_of_one_name_stay_two_bodies():
    names = org_names("UBND xã Đông Hải và UBND huyện Đông Hải đã họp; UBND Đông Hải báo cáo.")
    assert {"Ủy ban nhân dân xã Đông Hải", "Ủy ban nhân dân huyện Đông Hải"} <= set(names), names


# the Party's committee in a ministry or the government is named with its owner
PARTY_COMMITTEES = [
    ("Ban Cán sự Đảng Chính phủ đã họp.", "Ban Cán sự Đảng Chính phủ"),
    ("Ban cán sự đảng Bộ Y tế ra nghị quyết.", "Ban Cán sự Đảng Bộ Y tế"),
    ("Đảng đoàn Quốc hội đã họp.", "Đảng đoàn Quốc hội"),
]


@pytest.mark.parametrize(("text", "body"), PARTY_COMMITTEES)
def test_a_party_committee_is_named_with_its_owner(text, body):
    assert org_names(text) == [body]


# numbers joined by dots label a unit or a firm; three digits after a dot group a quantity
UNIT_CODES = [
    ("Công ty CP Sông Đà 1.01 đã thi công công trình.", "Công ty CP Sông Đà 1.01"),
    ("Công ty Licogi 16.6 trúng thầu gói thầu số 3.", "Công ty Licogi 16.6"),
    ("Công ty Sông Đà 10 khởi công.", "Công ty Sông Đà 10"),
]


@pytest.mark.parametrize(("text", "body"), UNIT_CODES)
def test_a_dotted_unit_code_is_the_names(text, body):
    assert body in org_names(text), org_names(text)


def test_a_quantity_after_a_firm_is_no_code():
    assert org_names("Công ty Tây Sơn bán cho Công ty Trung Nam 20.199 m3 cát.") \
        == ["Công ty Tây Sơn", "Công ty Trung Nam"]


# a model span that opens with a post: the post is its holder's, the body is what follows
POSTS_BEFORE_BODIES = [
    ("Theo CEO Qatar Airways, Akbar Al Baker, hãng sẽ mở đường bay mới.", "CEO Qatar Airways", "Qatar Airways"),
    ("Chủ tịch Quốc hội đã chủ trì phiên họp.", "Chủ tịch Quốc hội", "Quốc hội"),
]


@pytest.mark.parametrize(("text", "span", "body"), POSTS_BEFORE_BODIES)
def test_a_post_before_a_body_is_not_its_name(text, span, body):
    assert org_names(text, [org_entity(text, span)]) == [body]


@pytest.mark.parametrize(("text", "span"), [
    ("Bí thư Hà Tĩnh đã đến thăm gia đình.", "Bí thư Hà Tĩnh"),     # a place names no body
    ("Theo ĐB Bến Tre, dự án cần làm rõ.", "ĐB Bến Tre"),
])
def test_a_post_and_a_place_name_no_body(text, span):
    assert org_names(text, [org_entity(text, span)]) == []


def test_the_chief_executive_is_an_official():
    titles = official_titles("Theo CEO Qatar Airways, Akbar Al Baker, hãng sẽ mở đường bay mới.")
    assert titles == {"Akbar Al Baker": ["CEO Qatar Airways"]}


# a minister's field in lower case is the ministry's when its country follows
LOWER_FIELDS_WITH_COUNTRY = [
    ("Cựu Bộ trưởng quốc phòng Nhật Bản Masayoshi Yamazaki phát biểu.", "Masayoshi Yamazaki",
     "Cựu Bộ trưởng quốc phòng Nhật Bản"),
    ("Bộ trưởng ngoại giao Anh Boris Johnson cho biết.", "Boris Johnson", "Bộ trưởng ngoại giao Anh"),
    ("Bộ trưởng tài chính Pháp Bruno Le Maire nói.", "Bruno Le Maire", "Bộ trưởng tài chính Pháp"),
]


@pytest.mark.parametrize(("text", "name", "title"), LOWER_FIELDS_WITH_COUNTRY)
def test_a_lower_case_field_with_its_country_is_the_ministry(text, name, title):
    assert official_titles(text) == {name: [title]}


def test_a_lower_case_field_alone_is_no_ministry():
    assert official_titles("Ông Lê Văn Ba, Bộ trưởng tài chính cho biết.") == {"Lê Văn Ba": ["Bộ trưởng"]}


# a model span that names a plan, a project, a campaign or a fair is no body
PLANS_AND_EVENTS = [
    ("Dự án Xi măng Hạ Long được khoanh nợ từ năm 2014.", "Dự án Xi măng Hạ Long"),
    ("Tiền đền bù của Dự án Cảng hàng không quốc tế Long Thành đã được chi.", "Dự án Cảng hàng không quốc tế Long Thành"),
    ("Theo Quy hoạch tổng thể phát triển Khu du lịch quốc gia Sơn Trà, đất rừng được giữ.",
     "Quy hoạch tổng thể phát triển Khu du lịch quốc gia Sơn Trà"),
    ("Chiến dịch Điện Biên Phủ kết thúc thắng lợi.", "Chiến dịch Điện Biên Phủ"),
    ("Hội chợ Nông nghiệp Quốc tế Sóc Trăng khai mạc sáng nay.", "Hội chợ Nông nghiệp Quốc tế Sóc Trăng"),
]


@pytest.mark.parametrize(("text", "span"), PLANS_AND_EVENTS)
def test_a_plan_a_project_or_a_fair_is_no_body(text, span):
    assert not any(n.startswith(span.split()[0]) for n in org_names(text, [org_entity(text, span)])), \
        org_names(text, [org_entity(text, span)])


def test_a_board_of_a_project_is_a_body():
    text = "Ban Quản lý Dự án Giao thông tỉnh đã bàn giao mặt bằng."
    assert "Ban Quản lý Dự án Giao thông tỉnh" in org_names(text, [org_entity(text, "Ban Quản lý Dự án Giao thông tỉnh")])


# a dash or an ampersand written for "và" inside a field: the field is read whole
SIGNS_FOR_VA = [
    ("Bộ trưởng Kế hoạch - Đầu tư Nguyễn Chí Dũng cho biết.", "Nguyễn Chí Dũng", "Bộ trưởng Kế hoạch - Đầu tư"),
    ("Bà Nguyễn Thị Hoa, Thứ trưởng Bộ Tài nguyên & Môi trường cho biết.", "Nguyễn Thị Hoa",
     "Thứ trưởng Bộ Tài nguyên & Môi trường"),
    ("Ông Lê Anh Xuân, Phó giám đốc Sở tài nguyên – môi trường cho biết.", "Lê Anh Xuân",
     "Phó giám đốc Sở tài nguyên – môi trường"),
]


@pytest.mark.parametrize(("text", "name", "title"), SIGNS_FOR_VA)
def test_a_sign_for_va_keeps_the_field_whole(text, name, title):
    assert official_titles(text) == {name: [title]}


def test_a_dash_between_two_bodies_still_parts_them():
    names = org_names("Hội hữu nghị Việt Nam - Lào và Sở Y tế - cơ quan thường trực đã họp.")
    assert "Sở Y tế" in names, names


# "và" + the lower-case rest of a field in sentence case, closed by a province or a country:
# one name; after a field of one capitalised word the rest is another party
CONJOINED_FIELDS_BEFORE_PLACES = [
    ("Viện Nghiên cứu và phát triển TP.HCM chủ trì đề tài.", "Viện Nghiên cứu và phát triển thành phố HCM"),
    ("Hội Khoa học và kỹ thuật nông nghiệp Hà Tĩnh tổ chức hội thảo.", "Hội Khoa học và kỹ thuật nông nghiệp Hà Tĩnh"),
    ("Tổng Cty CP Xuất nhập khẩu và xây dựng Việt Nam công bố kết quả.",
     "Tổng Công ty CP Xuất nhập khẩu và xây dựng Việt Nam"),
]


@pytest.mark.parametrize(("text", "body"), CONJOINED_FIELDS_BEFORE_PLACES)
def test_a_conjoined_field_closed_by_a_place_is_one_name(text, body):
    assert body in org_names(text), org_names(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Cục Thuế và doanh nghiệp Việt Nam đối thoại.", "Cục Thuế"),
    ("Trường Sa và nhiều vùng biển đảo khác thuộc lãnh thổ Việt Nam.", None),
])
def test_the_firms_or_places_of_a_country_are_no_part_of_a_name(text, body):
    names = org_names(text)
    assert not any(" và " in n for n in names), names
    assert body is None or body in names


# a dash, a branch word and the branch's place after a bank or a firm: one body, the branch
BRANCHES = [
    ("Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Nha Trang đã giải ngân.",
     "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam - Chi nhánh Nha Trang"),
    ("Ngân hàng TMCP Đông Nam Á – chi nhánh TPHCM cho vay.", "Ngân hàng Thương mại cổ phần Đông Nam Á – chi nhánh TPHCM"),
    ("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh Lào Cai đã giải ngân.",
     "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh Lào Cai"),
]


@pytest.mark.parametrize(("text", "body"), BRANCHES)
def test_a_branch_after_a_dash_is_the_firms(text, body):
    assert body in org_names(text), org_names(text)


def test_a_pair_after_a_dash_is_still_a_pair():
    assert "Hội hữu nghị Việt Nam - Lào" in org_names("Hội hữu nghị Việt Nam - Lào tổ chức gặp mặt.")


# "không" (not) ends a name, but not inside "hàng không", "phòng không", "không khí" …
NEGATIONS_END_NAMES = [
    ("Trung tâm Bảo tồn không phát hiện dấu vết.", "Trung tâm Bảo tồn"),
    ("Học viện Cảnh sát không thể tuyển thêm.", "Học viện Cảnh sát"),
]
AIR_WORDS_IN_NAMES = [
    ("Cục Hàng không Việt Nam cho biết.", "Cục Hàng không Việt Nam"),
    ("Quân chủng Phòng không - Không quân diễn tập.", "Quân chủng Phòng không - Không quân"),
    ("Trung tâm Quan trắc không khí Hà Nội cảnh báo.", "Trung tâm Quan trắc không khí Hà Nội"),
]


@pytest.mark.parametrize(("text", "body"), NEGATIONS_END_NAMES)
def test_a_negation_ends_the_name(text, body):
    assert org_names(text) == [body]


@pytest.mark.parametrize(("text", "body"), AIR_WORDS_IN_NAMES)
def test_khong_of_a_compound_stays_in_the_name(text, body):
    assert body in org_names(text), org_names(text)


def test_an_honorific_before_a_name_ends_the_body():
    names = org_names("Ảnh: Văn Điệp - TTXVN Bà Trương Thị Đào cho biết chương trình kéo dài.")
    assert not any("Bà" in n for n in names), names


@pytest.mark.parametrize(("text", "bodies"), [
    ("Bộ trưởng NN&PTNT Nguyễn Xuân Cường cho biết.", []),            # a minister's field, no body
    ("Thứ trưởng GD&ĐT Nguyễn Văn Phúc phát biểu.", []),
    ("Giám đốc FBI James Comey cho biết.", ["FBI"]),                 # a body by its abbreviation
])
def test_the_abbreviated_field_of_a_minister_names_no_body(text, bodies):
    assert org_names(text) == bodies


# the head of a court's division is named with the division, then the court
COURT_DIVISIONS = [
    ("Ông Nguyễn Văn An – Chánh tòa Hình sự Tòa án nhân dân tỉnh Bắc Ninh cho biết.", "Nguyễn Văn An",
     "Chánh tòa Hình sự Tòa án nhân dân tỉnh Bắc Ninh"),
    ("Bà Lê Thị Hoa, Phó Chánh tòa Dân sự TAND TP.HCM cho biết.", "Lê Thị Hoa", "Phó Chánh tòa Dân sự TAND TP.HCM"),
    ("Ông Đinh Văn Quế, nguyên Chánh Tòa Hình sự TAND Tối cao cho biết.", "Đinh Văn Quế",
     "nguyên Chánh Tòa Hình sự TAND Tối cao"),
]


@pytest.mark.parametrize(("text", "name", "title"), COURT_DIVISIONS)
def test_the_head_of_a_court_division_keeps_division_and_court(text, name, title):
    assert official_titles(text) == {name: [title]}


# a lower-case field of up to seven words a place closes; "thuộc" (belonging to) ends a name,
# its parent is a body of its own
LONG_LOWER_FIELDS = [
    ("Ông Đào Ngọc Nghiêm, Phó chủ tịch Hội quy hoạch phát triển đô thị Hà Nội cho biết.", "Đào Ngọc Nghiêm",
     "Phó chủ tịch Hội quy hoạch phát triển đô thị Hà Nội"),
    ("Ông Nguyễn Hoàng Hải, Giám đốc Trung tâm điều hành giao thông đô thị Hà Nội cho biết.", "Nguyễn Hoàng Hải",
     "Giám đốc Trung tâm điều hành giao thông đô thị Hà Nội"),
]


@pytest.mark.parametrize(("text", "name", "title"), LONG_LOWER_FIELDS)
def test_a_long_lower_case_field_closed_by_a_place_is_the_bodys(text, name, title):
    assert official_titles(text) == {name: [title]}


@pytest.mark.parametrize(("text", "bodies"), [
    ("Cục Viễn thông thuộc Bộ Thông tin và Truyền thông cho biết.", {"Cục Viễn thông", "Bộ Thông tin và Truyền thông"}),
    ("Viện Khoa học và Công nghệ thuộc Bộ Giao thông Vận tải công bố.", {"Viện Khoa học và Công nghệ", "Bộ Giao thông Vận tải"}),
])
def test_thuoc_parts_a_unit_from_its_parent(text, bodies):
    assert bodies <= set(org_names(text)), org_names(text)


# a title that begins a longer title of the same person is that title, told again shorter
@pytest.mark.parametrize(("text", "name", "titles"), [
    ("Ông Lê Văn An, Phó Chủ tịch UBND xã Gia An, huyện Tánh Linh cho biết. Theo ông Lê Văn An, "
     "Phó Chủ tịch UBND xã Gia An, việc đã xong.", "Lê Văn An", ["Phó Chủ tịch UBND xã Gia An, huyện Tánh Linh"]),
    ("Bộ trưởng Quốc phòng Mỹ James Mattis đến Hà Nội. Bộ trưởng Quốc phòng James Mattis nói.", "James Mattis",
     ["Bộ trưởng Quốc phòng Mỹ"]),
    ("Ông Trần Văn Bình, Chủ tịch HĐQT, kiêm Giám đốc Sở Y tế cho biết.", "Trần Văn Bình",
     ["Chủ tịch HĐQT", "Giám đốc Sở Y tế"]),                      # two posts stay two
])
def test_a_shorter_telling_of_a_title_is_folded_into_the_longer(text, name, titles):
    assert official_titles(text)[name] == titles


# the field after "về" closed by the body's parent after a comma or in brackets
ABOUT_FIELDS_CLOSED_BY_PARENTS = [
    ("Ông Lê Văn Tuấn, Cục trưởng Cục Giám định nhà nước về chất lượng công trình xây dựng, Bộ Xây dựng cho biết.",
     "Cục Giám định nhà nước về chất lượng công trình xây dựng"),
    ("Cục Giám định nhà nước về chất lượng công trình xây dựng (Bộ Xây dựng) cho biết.",
     "Cục Giám định nhà nước về chất lượng công trình xây dựng"),
]


@pytest.mark.parametrize(("text", "body"), ABOUT_FIELDS_CLOSED_BY_PARENTS)
def test_the_field_after_ve_runs_to_the_parent(text, body):
    assert body in org_names(text), org_names(text)


def test_a_report_about_a_matter_is_no_field():
    assert org_names("Báo cáo của Sở Y tế về công tác phòng dịch, Bộ Y tế đã nhận.") == ["Sở Y tế", "Bộ Y tế"]


def test_the_fronts_committee_abbreviated_keeps_its_province():
    titles = official_titles("Ông Nguyễn Văn Hai, nguyên Chủ tịch UBMTTQ Việt Nam tỉnh Long An cho biết.")
    assert titles == {"Nguyễn Văn Hai": ["nguyên Chủ tịch UBMTTQ Việt Nam tỉnh Long An"]}


# an international body's name is whole: a foreign name after it is its official's, not a place
@pytest.mark.parametrize(("text", "name", "title"), [
    ("Tổng Giám đốc WHO Margaret Chan cho biết.", "Margaret Chan", "Tổng Giám đốc WHO"),
    ("Tổng thư ký LHQ Antonio Guterres phát biểu.", "Antonio Guterres", "Tổng thư ký LHQ"),
])
def test_a_foreign_name_after_an_international_body_is_its_official(text, name, title):
    assert official_titles(text) == {name: [title]}


def test_an_international_bodys_country_office_keeps_its_country():
    assert org_names("Đại diện WHO Việt Nam cho biết.") == ["Tổ chức Y tế Thế giới Việt Nam"]


@pytest.mark.parametrize(("text", "bodies"), [
    ("Hội đồng nghiệm thu Nhà nước chỉ ra 11 lỗi.", ["Hội đồng nghiệm thu Nhà nước"]),   # a verb ends the name
    ("Sinh viên theo học chương trình Đại học Luật tại trường.", []),                  # a course, no school
    ("Ông tốt nghiệp Đại học Luật Hà Nội năm 1990.", ["Đại học Luật Hà Nội"]),
])
def test_a_course_or_a_verb_after_a_body(text, bodies):
    assert org_names(text) == bodies


# the unit a post names by its last word, with its place, is a body of the article
@pytest.mark.parametrize(("text", "body"), [
    ("Ông Lê Văn An, Phó phòng Tài nguyên và Môi trường huyện Diễn Châu cho biết.",
     "Phòng Tài nguyên và Môi trường huyện Diễn Châu"),
    ("Bà Lê Thị Hoa, Trưởng phòng Giáo dục và Đào tạo huyện Krông Bông phát biểu.",
     "Phòng Giáo dục và Đào tạo huyện Krông Bông"),
])
def test_the_unit_inside_a_post_is_a_body(text, body):
    assert org_names(text) == [body]


def test_a_post_before_a_name_names_no_unit():
    assert org_names("Trưởng phòng Nguyễn Văn A cho biết.") == []


def test_a_kingdom_written_with_and_without_its_word_is_one_body():
    text = "Bộ Quốc phòng Vương quốc Campuchia cử đoàn sang. Đoàn của Bộ Quốc phòng Campuchia đến Hà Nội."
    assert org_names(text) == ["Bộ Quốc phòng Vương quốc Campuchia"]


# "Thường trực" after a post is the post's suffix; alone before a committee it is the organ
@pytest.mark.parametrize(("text", "bodies"), [
    ("Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Hùng phát biểu.", ["Tỉnh ủy"]),
    ("Ông Đặng Minh Khanh, Phó Bí thư Thường trực Huyện ủy Hướng Hóa cho biết.", ["Huyện ủy Hướng Hóa"]),
    ("Đoàn làm việc với Thường trực Tỉnh ủy Lai Châu.", ["Thường trực Tỉnh ủy Lai Châu"]),
])
def test_thuong_truc_after_a_post_is_its_suffix(text, bodies):
    assert org_names(text) == bodies


# a firm's head of several words written in lower case, before its capitalised name
@pytest.mark.parametrize(("text", "body"), [
    ("Chủ đầu tư là công ty cổ phần Đầu tư phát triển hạ tầng IDICO đã thi công.",
     "Công ty cổ phần Đầu tư phát triển hạ tầng IDICO"),
    ("Cổ đông lớn nhất là công ty cổ phần FPT.", "Công ty cổ phần FPT"),
])
def test_a_lower_case_firm_head_of_several_words_opens_a_name(text, body):
    assert body in org_names(text), org_names(text)


def test_a_lower_case_firm_head_before_lower_case_words_is_no_name():
    assert org_names("Nhiều công ty cổ phần đã niêm yết trên sàn.") == []


# a post that ends with a head taking an optional name reads the name after it as its body;
# a person after the post is still its holder
@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Lê Văn Hải, Trưởng Đoàn Thanh tra Bộ Xây dựng cho biết.", "Lê Văn Hải", "Trưởng Đoàn Thanh tra Bộ Xây dựng"),
    ("Ông Dương Công Minh, Chủ tịch HĐQT CTCP Him Lam cho biết.", "Dương Công Minh", "Chủ tịch HĐQT CTCP Him Lam"),
    ("Ông Nguyễn Văn Bình, Chủ nhiệm Đoàn Luật sư tỉnh Nghệ An cho biết.", "Nguyễn Văn Bình",
     "Chủ nhiệm Đoàn Luật sư tỉnh Nghệ An"),
    ("Trưởng đoàn Trần Đức Phấn cho biết.", "Trần Đức Phấn", "Trưởng đoàn"),
])
def test_a_post_ending_in_a_head_reads_its_body(text, name, title):
    assert official_titles(text) == {name: [title]}


# "và" between two lower-case parts of a name's opening goes on; the head of a station is a post
@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Lê Đỗ Mười - Phó viện trưởng Viện chiến lược và phát triển GTVT cho biết.", "Lê Đỗ Mười",
     "Phó viện trưởng Viện chiến lược và phát triển GTVT"),
    ("Ông Lê Văn An, Trạm trưởng Trạm Y tế xã Hòa Bình cho biết.", "Lê Văn An", "Trạm trưởng Trạm Y tế xã Hòa Bình"),
])
def test_lower_conjoined_openings_and_station_heads(text, name, title):
    assert official_titles(text) == {name: [title]}


@pytest.mark.parametrize(("text", "body"), [
    ("Công ty TNHH thương mại và dịch vụ Linh Trang đã nộp thuế.", "Công ty TNHH thương mại và dịch vụ Linh Trang"),
    ("Ban Chỉ huy phòng chống lụt bão và tìm kiếm cứu nạn huyện Tân Uyên họp.",
     "Ban Chỉ huy phòng chống lụt bão và tìm kiếm cứu nạn huyện Tân Uyên"),
])
def test_va_inside_a_lower_case_opening_keeps_the_name_whole(text, body):
    assert body in org_names(text), org_names(text)


# a military court or procuracy is named with its military region
@pytest.mark.parametrize(("text", "body"), [
    ("Tòa án Quân sự Quân khu 9 xét xử vụ án.", "Tòa án Quân sự Quân khu 9"),
    ("Theo cáo trạng của Viện Kiểm sát Quân sự Quân khu 9, bị cáo đã nhận tội.", "Viện Kiểm sát Quân sự Quân khu 9"),
])
def test_a_military_court_keeps_its_region(text, body):
    assert org_names(text) == [body]


# a place word that opens a lower-case word is no place: "đường bộ", "xã hội", "làng cổ"
@pytest.mark.parametrize(("text", "body"), [
    ("Tổng cục đường bộ Việt Nam cho biết.", "Tổng cục đường bộ Việt Nam"),
    ("Viện nghiên cứu chính sách xã hội châu Á công bố báo cáo.", "Viện nghiên cứu chính sách xã hội châu Á"),
    ("Hợp tác xã chợ gốm làng cổ Bát Tràng khai trương.", "Hợp tác xã chợ gốm làng cổ Bát Tràng"),
])
def test_a_place_word_inside_a_lower_case_word_does_not_cut_the_name(text, body):
    assert body in org_names(text, [org_entity(text, body)]), org_names(text, [org_entity(text, body)])


def test_a_place_word_still_closes_a_run():
    assert "Hội Bảo trợ người khuyết tật tỉnh" in org_names("Hội Bảo trợ người khuyết tật tỉnh đã họp.")


def test_duong_bo_names_no_ministry():
    assert not any(n.startswith("Bộ") for n in org_names("Xe chạy trên đường bộ Hải Vân."))
