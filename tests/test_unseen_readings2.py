"""Classes of phrases found by reading the library's output on unseen news articles (session 12).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body or person that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import official_titles as _titles
from readings import org_entity as _org
from readings import org_names as _names

import vngovnlp
from vngovnlp.extract.entities import Entity
from vngovnlp.extract.officials import find_officials
from vngovnlp.extract.organisations import find_organisations
from vngovnlp.normalize import normalize

# a number before a noun it counts ("6 tháng", "3 người") does not number the body before it;
# a number that labels the body stays with it, even before a term's year
COUNTED_NUMBERS = [
    ("Hội nghị sơ kết công tác Thanh tra 6 tháng đầu năm.", "Thanh tra 6"),
    ("Thanh tra Sở 3 tháng qua đã kiểm tra 12 đơn vị.", "Thanh tra Sở 3"),
    ("Công ty Sông Đà 5 người lao động đã nghỉ việc.", "Công ty Sông Đà 5"),
    ("Phòng Kinh tế 2 lần kiểm tra cơ sở này.", "Phòng Kinh tế 2"),
]
LABEL_NUMBERS = [
    ("Bộ Tư lệnh Quân khu 7 năm 2020 tổ chức hội nghị.", "Bộ Tư lệnh Quân khu 7"),
    ("Sư đoàn 5 tổ chức lễ kỷ niệm ngày truyền thống.", "Sư đoàn 5"),
    ("Đồng chí Lê Văn Hòa, Chính ủy Sư đoàn 316 cho biết.", "Sư đoàn 316"),
]


@pytest.mark.parametrize(("text", "wrong"), COUNTED_NUMBERS)
def test_a_count_after_a_body_is_not_its_number(text, wrong):
    assert wrong not in _names(text), _names(text)


@pytest.mark.parametrize(("text", "body"), LABEL_NUMBERS)
def test_a_label_number_stays_with_the_body(text, body):
    assert body in _names(text), _names(text)


# a model span that opens with lower-case words no head begins (a verb, a preposition) starts
# its name at the first capital; a head written in lower case, a foreign particle and a span
# that would be left with one word keep their start
LEAD_INS = [
    ("Thi công xong, nâng cấp Trạm biến áp Ngũ Hành Sơn và đưa vào vận hành.",
     "nâng cấp Trạm biến áp Ngũ Hành Sơn", "Trạm biến áp Ngũ Hành Sơn"),
    ("Hai bên ký kết hợp tác với Tập đoàn Điện lực Việt Nam hôm qua.",
     "hợp tác với Tập đoàn Điện lực Việt Nam", "Tập đoàn Điện lực Việt Nam"),
    ("Đoàn đã làm việc tại Nhà máy Thủy điện Sơn La trong hai ngày.",
     "làm việc tại Nhà máy Thủy điện Sơn La", "Nhà máy Thủy điện Sơn La"),
]
KEPT_STARTS = [
    ("Bài viết trên báo Lao Động cho biết như vậy.", "báo Lao Động", "Báo Lao Động"),
    ("Kênh truyền hình al-Jazeera News đưa tin vụ việc.", "al-Jazeera News", "al-Jazeera News"),
]


@pytest.mark.parametrize(("text", "span", "name"), LEAD_INS)
def test_a_model_span_starts_at_its_name(text, span, name):
    assert _names(text, [_org(text, span)]) == [name]


@pytest.mark.parametrize(("text", "span", "name"), KEPT_STARTS)
def test_a_lower_case_head_or_particle_keeps_the_start(text, span, name):
    assert _names(text, [_org(text, span)]) == [name]


# the reporting verbs that follow a body end its name, even after a sentence-case field
REPORTING_VERBS = [
    ("Giám đốc BV Thể thao cung cấp thông tin cho báo chí.", "Bệnh viện Thể thao"),
    ("Sở Y tế chia sẻ kinh nghiệm phòng dịch.", "Sở Y tế"),
    ("Trung tâm Y tế huyện trả lời báo chí sáng nay.", "Trung tâm Y tế huyện"),
    ("Bệnh viện Nhi giải thích nguyên nhân sự cố.", "Bệnh viện Nhi"),
]


@pytest.mark.parametrize(("text", "body"), REPORTING_VERBS)
def test_a_reporting_verb_ends_the_name(text, body):
    assert _names(text) == [body]


def test_a_reporting_verb_in_title_case_stays_in_the_name():
    assert _names("Công ty Cung cấp Nước sạch Hà Nội trả lời báo chí.") == ["Công ty Cung cấp Nước sạch Hà Nội"]


# a firm's lines of business, a field among them, run in lower case until its capitalised name
# (or a brand shaped like a given name); a person's full name after them is its director
FIRM_TRADES = [
    ("Công ty TNHH xây dựng sản xuất thương mại Tài Nguyên là chủ đầu tư.",
     "Công ty TNHH xây dựng sản xuất thương mại Tài Nguyên"),
    ("Công ty TNHH thương mại dịch vụ xuất nhập khẩu Hoàng Long trúng thầu.",
     "Công ty TNHH thương mại dịch vụ xuất nhập khẩu Hoàng Long"),
    ("Công ty cổ phần xây dựng Sông Hồng trúng thầu gói số 3.", "Công ty cổ phần xây dựng Sông Hồng"),
    ("Công ty cổ phần Xây dựng Sông Hồng trúng thầu gói số 3.", "Công ty cổ phần Xây dựng Sông Hồng"),
]
FIRM_DIRECTORS = [
    ("Giám đốc Công ty xây dựng Nguyễn Văn Bình cho biết.", "Nguyễn Văn Bình", "Công ty xây dựng"),
    ("Giám đốc Công ty TNHH thương mại Trần Thị Hà cho biết.", "Trần Thị Hà", "Công ty TNHH thương mại"),
]


@pytest.mark.parametrize(("text", "firm"), FIRM_TRADES)
def test_a_firm_keeps_its_lines_of_business(text, firm):
    assert _names(text) == [firm]


@pytest.mark.parametrize(("text", "person", "firm"), FIRM_DIRECTORS)
def test_a_full_name_after_the_trade_is_the_director(text, person, firm):
    assert _names(text) == [firm]
    assert _titles(text) == {person: [f"Giám đốc {firm}"]}


# a post written in lower case may open with a prefix ("quyền", "phó") before a post that is a
# title in lower case; "phó phòng", "chánh văn phòng" are such posts; a plural is no title
LOWER_PREFIXED_POSTS = [
    ("Ông Nguyễn Văn Nên (48 tuổi, nguyên phó phòng Cảnh sát điều tra Công an tỉnh Tiền Giang) bị bắt.",
     "Nguyễn Văn Nên", "nguyên phó phòng Cảnh sát điều tra Công an tỉnh Tiền Giang"),
    ("Ông Lê Văn Sáu, phó trưởng phòng Cảnh sát hình sự Công an tỉnh Long An cho biết.",
     "Lê Văn Sáu", "phó trưởng phòng Cảnh sát hình sự Công an tỉnh Long An"),
    ("Bà Lê Thị Hoa, quyền giám đốc Sở Y tế tỉnh Nam Định, cho biết.",
     "Lê Thị Hoa", "quyền giám đốc Sở Y tế tỉnh Nam Định"),
    ("Ông Trần Văn Lâm, chánh văn phòng UBND tỉnh Hà Tĩnh, cho biết.",
     "Trần Văn Lâm", "chánh văn phòng UBND tỉnh Hà Tĩnh"),
]
NO_LOWER_POSTS = [
    "Các phó giám đốc sở đã dự họp chiều qua.",
    "Tổng số vốn của dự án do phó giám đốc báo cáo.",
]


@pytest.mark.parametrize(("text", "name", "title"), LOWER_PREFIXED_POSTS)
def test_a_lower_case_post_with_a_prefix_is_a_title(text, name, title):
    assert _titles(text) == {name: [title]}


@pytest.mark.parametrize("text", NO_LOWER_POSTS)
def test_a_lower_case_post_with_no_name_or_a_plural_is_no_official(text):
    assert _titles(text) == {}


# two spaces join blocks of a page (a photo credit, then the next paragraph): no name runs on
# across them
def test_a_name_ends_where_two_spaces_join_blocks():
    assert _names("Ảnh: Văn Sơn/TTXVN  Đà Nẵng được xác định là địa phương đăng cai.") == ["Thông tấn xã Việt Nam"]
    assert _names("Ảnh: Văn Sơn/TTXVN Đà Nẵng") != ["Thông tấn xã Việt Nam"]


# a body named for several places at once is a kind of body, no one body; one place is one body
SEVERAL_PLACES = [
    "Tổng cục yêu cầu Cục Thuế các tỉnh, thành phố trực thuộc Trung ương quán triệt.",
    "Sở Y tế các tỉnh phía Bắc họp trực tuyến.",
    "Lãnh đạo Công an các huyện dự hội nghị.",
]


@pytest.mark.parametrize("text", SEVERAL_PLACES)
def test_a_body_of_several_places_is_no_body(text):
    assert _names(text) == [], _names(text)


def test_a_body_of_one_place_stays():
    assert _names("Cục Thuế tỉnh Hà Nam cho biết.") == ["Cục Thuế tỉnh Hà Nam"]


# a ministry's or department's head before a lower-case word that opens no field is an
# ordinary noun ("Bộ nguyên tắc", "bộ hồ sơ"), whoever read it; a field in lower case is a ministry
OFFICE_WORDS = [
    ("Theo Bộ nguyên tắc phân bảng UPCoM vừa được ban hành, các mã được xếp lại.", "Bộ nguyên tắc phân bảng UPCoM"),
    ("Doanh nghiệp nộp Bộ hồ sơ đăng ký tại Sở.", "Bộ hồ sơ đăng ký"),
]


@pytest.mark.parametrize(("text", "span"), OFFICE_WORDS)
def test_an_office_head_before_an_ordinary_word_is_no_body(text, span):
    assert _names(text, [_org(text, span)]) == []


@pytest.mark.parametrize(("text", "body"), [("Bộ tài chính vừa ban hành thông tư.", "Bộ tài chính"),
                                            ("Bộ Công an cho biết.", "Bộ Công an")])
def test_an_office_with_its_field_stays_a_body(text, body):
    assert _names(text) == [body]


# the office of a head of state or government is a body, with its country after it
STATE_OFFICES = [
    ("Theo người phát ngôn Phủ tổng thống Hàn Quốc Park Soo-hyun, cuộc gọi kéo dài 20 phút.",
     "Park Soo-hyun", "người phát ngôn Phủ tổng thống Hàn Quốc"),
    ("Chánh văn phòng Phủ Thủ tướng Nhật Bản Yoshihide Suga cho biết.",
     "Yoshihide Suga", "Chánh văn phòng Phủ Thủ tướng Nhật Bản"),
]


@pytest.mark.parametrize(("text", "name", "title"), STATE_OFFICES)
def test_the_office_of_a_head_of_state_is_a_body(text, name, title):
    assert _titles(text) == {name: [title]}


def test_the_border_guard_command_keeps_its_province():
    text = "Sáng nay, Bộ chỉ huy BĐBP Quảng Ninh và UBND TP Móng Cái đã trao thưởng."
    assert _names(text)[0] == "Bộ Chỉ huy Bộ đội Biên phòng Quảng Ninh"


# a model span that names a document, a treaty, a faith or an event is no body; a body whose
# name holds a faith's name is one
NOT_BODIES = [
    ("Mỹ đã rút khỏi Hiệp định Biến đổi Khí hậu Paris năm ngoái.", "Hiệp định Biến đổi Khí hậu Paris"),
    ("Sự hiện diện của các nhóm Hồi giáo cực đoan tại khu vực.", "Hồi giáo"),
    ("Lễ hội pháo hoa quốc tế Đà Nẵng khai mạc tối qua.", "Lễ hội pháo hoa quốc tế Đà Nẵng"),
    ("Hai nước ký Hiệp ước Hữu nghị và Hợp tác năm 1977.", "Hiệp ước Hữu nghị và Hợp tác"),
]


@pytest.mark.parametrize(("text", "span"), NOT_BODIES)
def test_a_document_a_faith_or_an_event_is_no_body(text, span):
    assert _names(text, [_org(text, span)]) == []


def test_a_church_of_a_faith_is_a_body():
    text = "Giáo hội Phật giáo Việt Nam tổ chức đại lễ."
    assert _names(text, [_org(text, "Giáo hội Phật giáo Việt Nam")]) == ["Giáo hội Phật giáo Việt Nam"]


# a post held for another post ("Đặc phái viên Tổng thống", "Trợ lý Bộ trưởng"); a title's
# place body ends where the model's person begins and runs past it
ENVOYS = [
    ("Ông Chung tiếp ngài Park Won Soon, Đặc phái viên Tổng thống Hàn Quốc, Thị trưởng thành phố Seoul.",
     "Park Won Soon", ["Đặc phái viên Tổng thống Hàn Quốc", "Thị trưởng thành phố Seoul"]),
    ("Ông Chung tiếp ông Nguyễn Văn Nam, Đặc phái viên Thủ tướng, cùng đoàn.",
     "Nguyễn Văn Nam", ["Đặc phái viên Thủ tướng"]),
    ("Đặc sứ Mỹ Joseph Yun đến Bình Nhưỡng hôm qua.", "Joseph Yun", ["Đặc sứ Mỹ"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), ENVOYS)
def test_an_envoy_holds_a_post_for_another_post(text, name, titles):
    assert _titles(text) == {name: titles}


def test_a_place_body_ends_where_the_person_begins():
    text = "Thị trưởng thành phố Seoul Park Won Soon khẳng định."
    start = text.index("Park")
    found = find_officials(normalize(text).text, entities=[Entity("PER", "Park Won Soon", start, start + 13)])
    assert [(o.name, [t.title for t in o.titles]) for o in found] == [("Park Won Soon", ["Thị trưởng thành phố Seoul"])]


# a state's long name abbreviated before its country ("CHDCND Lào", "CHLB Đức") closes a body
# as "Cộng hòa" does
LONG_STATE_NAMES = [
    ("Thủ tướng Chính phủ CHDCND Lào Thongloun Sisoulith sẽ dẫn đầu đoàn.", "Chính phủ CHDCND Lào"),
    ("Đại sứ quán CHLB Đức tại Hà Nội tổ chức lễ kỷ niệm.", "Đại sứ quán CHLB Đức"),
]


@pytest.mark.parametrize(("text", "body"), LONG_STATE_NAMES)
def test_an_abbreviated_long_state_name_closes_the_body(text, body):
    assert body in _names(text), _names(text)


# a foreign city with its country in brackets is a place, whatever the model read; a city's
# name alone may be a club's
def test_a_city_and_its_country_is_no_body():
    text = "Các tuyến nối Berlin và Prague (Séc) bị ảnh hưởng."
    assert _names(text, [_org(text, "Prague")]) == []


def test_a_city_name_alone_may_be_a_club():
    text = "Liverpool thắng 2-0 trên sân nhà."
    assert _names(text, [_org(text, "Liverpool")]) == ["Liverpool"]


# a hospital's two-word head in lower case may open its name in lower case, closed by a capital;
# a one-word head or a firm's description in lower case is left to the capitalised name
LOWER_HOSPITALS = [
    ("Nạn nhân được đưa vào bệnh viện nhân dân Gia Định cấp cứu.", "Bệnh viện nhân dân Gia Định"),
    ("Cháu bé được chuyển lên bệnh viện đa khoa Hà Đông điều trị.", "Bệnh viện đa khoa Hà Đông"),
]
NO_LOWER_HOSPITALS = [
    "Ông được đưa đến bệnh viện tuyến huyện cấp cứu.",
    "Nạn nhân được đưa vào bệnh viện cấp cứu tại nhà.",
    "Chị làm cho công ty an ninh mạng Proofpoint.",
]


@pytest.mark.parametrize(("text", "body"), LOWER_HOSPITALS)
def test_a_lower_case_hospital_opens_its_name_in_lower_case(text, body):
    assert _names(text) == [body]


@pytest.mark.parametrize("text", NO_LOWER_HOSPITALS)
def test_a_lower_case_head_with_no_closing_name_is_no_body(text):
    assert _names(text) == []


# a deputy written "Đại biểu" / "ĐB" before the name holds that title, alone or with a post;
# a plural or a list of bodies is no deputy
DEPUTIES = [
    ("Đại biểu Thi Thị Tuyết Nhung cho rằng cần xử lý nghiêm.", "Thi Thị Tuyết Nhung", ["Đại biểu"]),
    ("ĐB Lê Minh Đức đề cập vấn đề này tại phiên họp.", "Lê Minh Đức", ["ĐB"]),
    ("Đại biểu HĐND tỉnh Nguyễn Văn An chất vấn Giám đốc Sở.", "Nguyễn Văn An", ["Đại biểu HĐND tỉnh"]),
    ("Đại biểu Lê Minh Đức, Phó Giám đốc Sở Tư pháp cho rằng cần sửa luật.", "Lê Minh Đức",
     ["Đại biểu", "Phó Giám đốc Sở Tư pháp"]),
]
NO_DEPUTIES = [
    "Các đại biểu dự hội nghị đều đồng tình.",
    "Tham dự có đại biểu các sở, ngành của tỉnh.",
]


@pytest.mark.parametrize(("text", "name", "titles"), DEPUTIES)
def test_a_deputy_holds_the_title_deputy(text, name, titles):
    assert _titles(text) == {name: titles}


@pytest.mark.parametrize("text", NO_DEPUTIES)
def test_deputies_in_general_are_no_officials(text):
    assert _titles(text) == {}


# fields written without their punctuation name the same ministry; a field a post names alone
# ("Bộ trưởng Giáo dục") does not cut a longer unit's name that opens with it
FIELDS = [
    ("Ông Hải là Phó Giám đốc Sở Lao động Thương binh và Xã hội tỉnh Bình Dương.",
     "Sở Lao động Thương binh và Xã hội tỉnh Bình Dương"),
    ("Sở Tài nguyên Môi trường Nghệ An đã kiểm tra.", "Sở Tài nguyên Môi trường Nghệ An"),
    ("Vụ Giáo dục đại học cho biết như vậy.", "Vụ Giáo dục đại học"),
    ("Trung tâm Lao động ngoài nước tuyển người.", "Trung tâm Lao động ngoài nước"),
]
POST_FIELDS = [
    ("Đánh bại cựu Thủ tướng Manuel Valls, cựu Bộ trưởng Giáo dục Benoît Hamon, một nhân vật thiên tả.",
     "Benoît Hamon", "cựu Bộ trưởng Giáo dục"),
    ("Bộ trưởng Lao động Mỹ Alexander Acosta phát biểu.", "Alexander Acosta", "Bộ trưởng Lao động Mỹ"),
]


@pytest.mark.parametrize(("text", "body"), FIELDS)
def test_fields_as_written(text, body):
    assert _names(text) == [body]


@pytest.mark.parametrize(("text", "name", "title"), POST_FIELDS)
def test_a_post_names_its_field_alone(text, name, title):
    assert _titles(text)[name] == [title]


# a one-syllable brand goes on into what reads as a person's name, unless that is a full name
# before a verb (the director); "đội" inside "bộ đội" opens no unit
ONE_SYLLABLE_BRANDS = [
    ("Công ty TNHH Đại Nguyên Dương (Nam Định) đóng tàu vỏ thép.", "Công ty TNHH Đại Nguyên Dương"),
    ("Công ty TNHH Đại Lý Vận Tải High Sea thuê tàu.", "Công ty TNHH Đại Lý Vận Tải High Sea"),
]


@pytest.mark.parametrize(("text", "firm"), ONE_SYLLABLE_BRANDS)
def test_a_one_syllable_brand_goes_on(text, firm):
    assert _names(text) == [firm]


def test_a_full_name_after_a_one_syllable_brand_is_the_director():
    text = "Giám đốc Công ty Sao Nguyễn Văn Bình cho biết."
    assert _names(text) == ["Công ty Sao"]
    assert _titles(text) == {"Nguyễn Văn Bình": ["Giám đốc Công ty Sao"]}


def test_bo_doi_is_no_unit():
    assert _names("Hài cốt bộ đội Việt Nam được đưa về nước.") == []


# "Đảng" takes a capitalised name of two words or more (a foreign party); alone, after another
# name, or before the next sentence it is the Party (read through the whole pipeline: the
# model's span ends the sentence-case name "Dân chủ" before the verb)
PARTIES = [
    ("Đảng Mặt trận Quốc gia (FN) cực hữu giành thắng lợi.", "Đảng Mặt trận Quốc gia"),
    ("Đảng Dân chủ phản đối dự luật.", "Đảng Dân chủ"),
    ("Ông Kim là lãnh đạo Đảng Lao động Triều Tiên.", "Đảng Lao động Triều Tiên"),
    ("Theo Tạp chí Xây dựng Đảng, việc này quan trọng.", "Tạp chí Xây dựng Đảng"),
    ("Cán bộ phải biết sợ kỷ luật của Đảng Tiếp tục với những kỷ niệm.", "Đảng"),
]


@pytest.mark.parametrize(("text", "body"), PARTIES)
def test_a_party_and_its_name(text, body):
    assert [o.name for o in vngovnlp.analyze(text).organisations] == [body]


# the regions of the coast guard and the navy are units with their number
@pytest.mark.parametrize(("text", "body"), [
    ("Tàu của Vùng Cảnh sát biển 3 đã đến hiện trường.", "Vùng Cảnh sát biển 3"),
    ("Vùng Hải quân 4 tổ chức lễ ra quân huấn luyện.", "Vùng Hải quân 4"),
])
def test_coast_guard_and_navy_regions(text, body):
    assert _names(text) == [body]


# a school level after "kỳ thi", "tốt nghiệp", "cấp" is an exam's or a grade's, whoever read it;
# a school's level before its name is the school's
NOT_SCHOOLS = [
    ("Kỳ thi THPT quốc gia năm nay diễn ra vào tháng 6.", "THPT quốc gia"),
    ("Tỷ lệ tốt nghiệp THPT 100% năm nay.", "THPT 100"),
    ("Học sinh cấp THCS được miễn học phí.", "THCS"),
]


@pytest.mark.parametrize(("text", "span"), NOT_SCHOOLS)
def test_a_school_level_of_an_exam_is_no_school(text, span):
    assert _names(text) == []
    assert _names(text, [_org(text, span)]) == []


def test_a_school_level_before_its_name_is_a_school():
    assert _names("Trường THPT Chu Văn An khai giảng năm học mới.") == ["Trường THPT Chu Văn An"]


# a model span right after an event's or a document's word names it, not a body
@pytest.mark.parametrize(("text", "span"), [
    ("Bên lề Hội nghị Bologna, ông cho biết như vậy.", "Bologna"),
    ("Bà phát biểu tại hội nghị Makers ở California.", "Makers"),
])
def test_the_name_of_an_event_is_no_body(text, span):
    assert _names(text, [_org(text, span)]) == []


def test_winning_a_bid_ends_the_name():
    assert _names("Công ty CP Đầu tư và Thương mại DIC trúng đấu giá căn nhà.") == [
        "Công ty CP Đầu tư và Thương mại DIC"]


# one body written with and without optional words (a place word, a legal form) is one body;
# two bodies with different place words stay two, and a bare form then joins neither
def _bodies(text: str) -> list[tuple[str, set[str]]]:
    return [(o.name, set(o.aliases)) for o in find_organisations(normalize(text).text, entities=[])]


ONE_BODY = [
    ("Bệnh viện Đa khoa tỉnh Quảng Ngãi tiếp nhận. Bệnh viện Đa khoa Quảng Ngãi cho biết.",
     "Bệnh viện Đa khoa tỉnh Quảng Ngãi"),
    ("Công ty TNHH Cường Hưng bị phạt. Sau đó công ty Cường Hưng nộp phạt.", "Công ty TNHH Cường Hưng"),
    ("Sở NN&PTNT tỉnh Bình Định cho biết. Sở NN&PTNT Bình Định kiểm tra.",
     "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"),
]


@pytest.mark.parametrize(("text", "name"), ONE_BODY)
def test_optional_words_make_no_second_body(text, name):
    bodies = _bodies(text)
    assert [n for n, _ in bodies] == [name]
    assert len(bodies[0][1]) == 2


def test_a_province_and_its_city_stay_two_bodies():
    text = "UBND tỉnh Quảng Ngãi và UBND thành phố Quảng Ngãi họp. UBND Quảng Ngãi cho biết."
    assert len(_bodies(text)) == 3


# a body every mention of which lies inside a person's name (the officials' mentions) is that
# person, read as a body by the model; a body beside the person stays
def test_a_body_inside_a_persons_name_is_the_person():
    from vngovnlp.types import Mention

    text = "Ông Amed Abul Gheit, Tổng thư ký Liên đoàn Arab, hoan nghênh."
    start = text.index("Amed")
    model = [_org(text, "Amed Abul Gheit")]
    assert _names(text, model) == ["Amed Abul Gheit", "Liên đoàn Arab"]
    kept = find_organisations(text, entities=model, persons=[Mention("Amed Abul Gheit", start, start + 15)])
    assert [o.name for o in kept] == ["Liên đoàn Arab"]


# a scope in title case inside a title-case name that goes on ("Ủy ban Quốc gia" + "Tìm kiếm
# Cứu nạn"); a capitalised place word that opens a sentence-case word ("Xã hội") is no place;
# a school's kind after its level ("THPT Chuyên") opens the name like the level does
INNER_WORDS = [
    ("Ủy ban Quốc gia Tìm kiếm Cứu nạn đã chỉ đạo các lực lượng.", "Ủy ban Quốc gia Tìm kiếm Cứu nạn"),
    ("Hội đồng Quốc gia Giáo dục và Phát triển nhân lực họp.", "Hội đồng Quốc gia Giáo dục và Phát triển nhân lực"),
    ("Trường Đại học Khoa học Xã hội và Nhân văn tuyển sinh.", "Trường Đại học Khoa học Xã hội và Nhân văn"),
    ("Ông Thành là Giám đốc Sở Lao động – Thương binh và Xã hội Hà Nội.", "Sở Lao động – Thương binh và Xã hội Hà Nội"),
    ("Em học Trường THPT Chuyên Khoa học tự nhiên Hà Nội.", "Trường THPT Chuyên Khoa học tự nhiên Hà Nội"),
]
INNER_STOPS = [
    ("Ủy ban Quốc gia Nguyễn Văn A cho biết.", "Ủy ban Quốc gia"),
    ("MTTQ Việt Nam Nguyễn Văn An phát biểu.", "Mặt trận Tổ quốc Việt Nam"),
    ("Bệnh viện Bạch Mai mở cửa trở lại.", "Bệnh viện Bạch Mai"),
]


@pytest.mark.parametrize(("text", "body"), INNER_WORDS + INNER_STOPS)
def test_words_inside_a_title_case_name(text, body):
    assert _names(text)[0] == body


# a firm's head and only lower-case words after it is a description, whoever read it; a unit
# may be named so
@pytest.mark.parametrize(("text", "span"), [
    ("Công ty cứu hộ thống nhất sẽ liên hệ với chủ tàu.", "Công ty cứu hộ thống nhất"),
    ("Họ thuê Công ty vận tải biển tại các khu vực lân cận.", "Công ty vận tải biển"),
])
def test_a_firm_described_in_lower_case_is_no_body(text, span):
    assert _names(text, [_org(text, span)]) == []


def test_a_unit_named_in_lower_case_stays():
    text = "Mẫu nước được gửi Trung tâm quan trắc môi trường phân tích."
    assert _names(text, [_org(text, "Trung tâm quan trắc môi trường")]) == ["Trung tâm quan trắc môi trường"]


# a unit's lower-case name closed by a comma and the body it belongs to, in a title
def test_a_unit_named_in_lower_case_before_its_parent():
    text = "Ông Hồ Sỹ Dũng, Chi Cục trưởng Chi cục bảo vệ môi trường, Sở Tài nguyên môi trường Nghệ An cho biết."
    assert _titles(text) == {"Hồ Sỹ Dũng": [
        "Chi Cục trưởng Chi cục bảo vệ môi trường, Sở Tài nguyên môi trường Nghệ An"]}
    assert _names(text) == ["Chi cục bảo vệ môi trường", "Sở Tài nguyên môi trường Nghệ An"]


def test_a_lower_case_run_with_no_parent_after_the_comma_is_no_unit():
    assert _names("Chi cục bảo vệ môi trường, theo kế hoạch, sẽ kiểm tra.") == []


# a model's ORG span stops before an official named in it and before a word that opens the
# next sentence; a ministry's field and a country after a post is the post's, no body
def test_a_model_span_stops_before_a_named_official():
    from vngovnlp.types import Mention

    text = "Bộ trưởng Quốc phòng Pháp Sylvie Goulard thông báo từ chức."
    start = text.index("Sylvie")
    found = find_organisations(text, entities=[_org(text, "Quốc phòng Pháp Sylvie Goulard")],
                               persons=[Mention("Sylvie Goulard", start, start + 14)])
    assert found == []


@pytest.mark.parametrize(("text", "span", "names"), [
    ("3 nghi can tại cơ quan Công an Theo lời khai sơ bộ thì vụ việc xảy ra.", "Công an Theo lời khai sơ", []),
    ("Bài báo đăng trên tờ Chiều Kazany hôm qua.", "tờ Chiều Kazany", ["Chiều Kazany"]),
])
def test_a_word_that_opens_a_sentence(text, span, names):
    assert _names(text, [_org(text, span)]) == names


# a body's abbreviation in brackets before its province belongs inside its name
def test_a_bracketed_abbreviation_before_the_province():
    text = "Theo Sở Giáo dục và Đào tạo (GD&ĐT) Thanh Hóa, kỳ thi diễn ra an toàn."
    assert _names(text) == ["Sở Giáo dục và Đào tạo Thanh Hóa"]
    assert _names("Sở Giáo dục và Đào tạo (GD&ĐT) cho biết.") == ["Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize(("text", "span"), [
    ("Đoàn dự Hội thi Khoa học kỹ thuật quốc tế tại Mỹ.", "Khoa học kỹ thuật quốc tế"),
    ("Em đoạt giải tại Cuộc thi Olympic Toán học châu Á.", "Olympic Toán học châu Á"),
])
def test_the_name_of_a_contest_is_no_body(text, span):
    assert _names(text, [_org(text, span)]) == []
