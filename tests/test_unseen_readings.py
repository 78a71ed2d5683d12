"""Classes of phrases found by reading the library's output on unseen news articles.

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body or person that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import org_names as _names

import vngovnlp
from vngovnlp.extract.entities import Entity
from vngovnlp.extract.organisations import find_organisations
from vngovnlp.normalize import normalize


def _surfaces(text: str) -> set[str]:
    return {m.text for o in find_organisations(normalize(text).text, entities=[]) for m in o.mentions}


# a field that is also a verb ("tổ chức", "kiểm tra", "chỉ đạo") written in lower case after a
# head is the verb; an organ that ends with it ("Ban chỉ đạo", "Ban tổ chức") is a body
VERB_FIELDS = [
    ("Thứ trưởng yêu cầu các Tập đoàn, Tổng công ty tổ chức kiểm điểm trách nhiệm.", "Tổng Công ty"),
    ("Tổng công ty tổ chức hội nghị người lao động năm 2017.", "Tổng Công ty"),
    ("Công ty kiểm tra lại toàn bộ hồ sơ dự án.", "Công ty"),
    ("Trung tâm chỉ đạo các trạm thực hiện nghiêm quy trình.", "Trung tâm"),
]
VERB_FIELD_BODIES = [
    ("Ban chỉ đạo Phòng chống tham nhũng Trung ương họp phiên thứ 5.", "Ban chỉ đạo"),
    ("Ban tổ chức Hội thi thông báo kết quả.", "Ban tổ chức"),
    ("Ông Lê Văn Hải, Vụ Tổ chức cán bộ, Bộ Tư pháp cho biết.", "Vụ Tổ chức cán bộ"),
    ("Ủy ban kiểm tra Tỉnh ủy Hà Giang đã họp.", "Ủy ban"),
]


@pytest.mark.parametrize(("text", "head"), VERB_FIELDS)
def test_a_verb_after_a_head_is_no_field(text, head):
    assert not any(n.startswith(head) for n in _names(text)), _names(text)


@pytest.mark.parametrize(("text", "head"), VERB_FIELD_BODIES)
def test_an_organ_or_a_capitalised_field_stays_a_body(text, head):
    assert any(n.startswith(head) for n in _names(text)), _names(text)


# clinics are bodies, and like schools and hospitals they may bear a person's name
CLINICS = [
    ("Phòng khám đa khoa MAYO bị phạt 36 triệu đồng.", "Phòng khám đa khoa MAYO"),
    ("Phòng khám đa khoa Nguyễn Trãi bị phạt hơn 42 triệu đồng.", "Phòng khám đa khoa Nguyễn Trãi"),
    ("Sở Y tế đình chỉ Phòng khám Đa khoa Quốc tế Sài Gòn.", "Phòng khám Đa khoa Quốc tế Sài Gòn"),
    ("Bệnh viện đa khoa Hùng Vương phối hợp với các xã.", "Bệnh viện đa khoa Hùng Vương"),
    ("Trường tiểu học Lê Lợi khai giảng năm học mới.", "Trường tiểu học Lê Lợi"),
]
NO_CLINIC = [
    "Hai phòng khám này bị phạt vì quảng cáo sai.",
    "Người dân đến phòng khám đa khoa khu vực để khám bệnh.",
    "Các phòng khám tư nhân phải niêm yết giá.",
]


@pytest.mark.parametrize(("text", "surface"), CLINICS)
def test_a_clinic_is_a_body_even_named_after_a_person(text, surface):
    assert surface in _surfaces(text)


@pytest.mark.parametrize("text", NO_CLINIC)
def test_a_clinic_in_general_is_no_body(text):
    assert _names(text) == []


# a paper, a station or a magazine written in lower case ("theo báo Tiền Phong") is a body when
# a title-case name follows; "báo" the verb, "nhà báo", "thông báo" are not
LOWER_MEDIA = [
    ("Phản ánh đến báo Lao Động, người dân cho biết.", "báo Lao Động"),
    ("Theo báo Tiền Phong, vụ việc xảy ra hôm qua.", "báo Tiền Phong"),
    ("Phóng viên đài Truyền hình Việt Nam có mặt tại hiện trường.", "đài Truyền hình Việt Nam"),
    ("Bài viết đăng trên tạp chí Cộng Sản số 5.", "tạp chí Cộng Sản"),
]
NO_MEDIA = [
    "Nhà báo Nguyễn Văn Hùng viết bài về sự việc.",
    "Anh ấy báo Công an xã về vụ trộm.",
    "Sở thông báo Kết quả thi tuyển công chức.",
    "Các tác phẩm dự báo Giải báo chí toàn quốc.",
    "Trung tâm phát đi cảnh báo Bão số 3.",
]


@pytest.mark.parametrize(("text", "surface"), LOWER_MEDIA)
def test_a_lower_case_paper_with_a_name_is_a_body(text, surface):
    assert surface in _surfaces(text)


@pytest.mark.parametrize("text", NO_MEDIA)
def test_report_and_journalist_are_no_paper(text):
    assert not any(n.lower().startswith(("báo", "đài")) for n in _names(text)), _names(text)


# a model's ORG span holding a comma that no head opens is a list of fields, not one body
LISTS_IN_A_SPAN = [
    ("Phối hợp với các sở Tài chính, Công Thương, Xây dựng triển khai.", "Tài chính, Công Thương, Xây dựng"),
    ("Các ngành Giáo dục, Y tế, Văn hóa cùng vào cuộc.", "Giáo dục, Y tế, Văn hóa"),
]
HEADED_SPANS = [
    ("Cục Cảnh sát Phòng cháy, chữa cháy kiểm tra kho hàng.", "Cục Cảnh sát Phòng cháy, chữa cháy"),
]


def _span(text: str, surface: str) -> Entity:
    start = text.index(surface)
    return Entity("ORG", surface, start, start + len(surface))


@pytest.mark.parametrize(("text", "surface"), LISTS_IN_A_SPAN)
def test_a_model_span_that_lists_fields_is_no_body(text, surface):
    assert _names(text, [_span(text, surface)]) == []


@pytest.mark.parametrize(("text", "surface"), HEADED_SPANS)
def test_a_headed_body_keeps_its_comma(text, surface):
    assert any("Phòng cháy" in n for n in _names(text, [_span(text, surface)]))


# a name cut by a lower-cased syllable ("Donald trump") is the whole name written elsewhere in
# the article; a short form that also stands alone is left as it is
CUT_NAMES = [
    ("Tổng thống Donald trump gặp Tổng thống Nga. Tổng thống Donald Trump nói.", "Donald Trump", 2),
    ("Thủ tướng Shinzo abe phát biểu. Sau đó Thủ tướng Shinzo Abe rời đi.", "Shinzo Abe", 2),
]


@pytest.mark.parametrize(("text", "name", "mentions"), CUT_NAMES)
def test_a_name_cut_by_a_lower_case_syllable_joins_the_whole_name(text, name, mentions):
    officials = vngovnlp.analyze(text).officials  # the model confirms one-word foreign names
    assert [o.name for o in officials] == [name]
    assert len(officials[0].mentions) >= mentions
    assert all(m.text.lower().endswith(name.split()[-1].lower()) for m in officials[0].mentions)


def _officials(text: str, entities=()):
    from vngovnlp.extract.officials import find_officials

    return [(o.name, [t.title for t in o.titles]) for o in find_officials(normalize(text).text, entities=list(entities))]


# a lower-case unit word and a post suffix after a post belong to the post; the body follows
UNIT_AND_SUFFIX = [
    ("Ông Lê Văn Phúc, Phó trưởng ban phụ trách Ban Thực hiện chính sách BHYT nhấn mạnh.",
     "Phó trưởng ban phụ trách Ban Thực hiện chính sách BHYT", "Ban Thực hiện chính sách BHYT"),
    ("Bà Nguyễn Thị Hoa, Trưởng phòng phụ trách Phòng Kế hoạch tài chính, cho biết.",
     "Trưởng phòng phụ trách Phòng Kế hoạch tài chính", "Phòng Kế hoạch tài chính"),
    ("Ông Đỗ Văn Bình, Phó trưởng phòng phụ trách Phòng Cảnh sát giao thông cho biết.",
     "Phó trưởng phòng phụ trách Phòng Cảnh sát giao thông", "Phòng Cảnh sát giao thông"),
]


@pytest.mark.parametrize(("text", "title", "body"), UNIT_AND_SUFFIX)
def test_a_unit_word_and_a_suffix_belong_to_the_post(text, title, body):
    assert _officials(text)[0][1] == [title]
    assert _names(text) == [body]


# abbreviated foreign bodies take the country of their office; Korean given names are hyphenated
# with a lower-case second part; a family name the model dropped stays with the name
FOREIGN_NAMES = [
    ("Giám đốc ILO Việt Nam Chang-Hee Lee nhấn mạnh.", "Chang-Hee Lee", "Giám đốc ILO Việt Nam"),
    ("Giám đốc UNDP Việt Nam Caitlin Wiesen cho biết.", "Caitlin Wiesen", "Giám đốc UNDP Việt Nam"),
    ("Trưởng đại diện WHO tại Việt Nam Kidong Park cho biết.", "Kidong Park", "Trưởng đại diện WHO tại Việt Nam"),
    ("Tổng thống Hàn Quốc Moon Jae-in cho biết.", "Moon Jae-in", "Tổng thống Hàn Quốc"),
    ("Cựu Tổng thống Park Geun-hye bị bắt.", "Park Geun-hye", "Cựu Tổng thống"),
]


@pytest.mark.parametrize(("text", "name", "title"), FOREIGN_NAMES)
def test_foreign_names_and_abbreviated_bodies(text, name, title):
    assert (name, [title]) in _officials(text)


def _person(text: str, surface: str) -> Entity:
    start = text.index(surface)
    return Entity("PER", surface, start, start + len(surface))


DROPPED_FAMILY_NAMES = [
    ("Tổng giám đốc ACV Lại Xuân Thanh cho biết.", "Xuân Thanh", "Lại Xuân Thanh"),
    ("Giám đốc VNPT Lê Ngọc Minh phát biểu.", "Ngọc Minh", "Lê Ngọc Minh"),
]


@pytest.mark.parametrize(("text", "span", "name"), DROPPED_FAMILY_NAMES)
def test_a_family_name_the_model_dropped_stays(text, span, name):
    assert [n for n, _ in _officials(text, [_person(text, span)])] == [name]


def test_a_place_before_a_learned_person_is_still_cut():
    text = "Tỉnh trưởng Champasak Vilayvong Bouddakham phát biểu."
    assert _officials(text, [_person(text, "Vilayvong Bouddakham")]) == [
        ("Vilayvong Bouddakham", ["Tỉnh trưởng Champasak"])]


# "Liên minh Hợp tác xã" (the cooperative alliance) is one body with its province
ALLIANCES = [
    ("Liên minh Hợp tác xã Việt Nam tổ chức hội nghị.", "Liên minh Hợp tác xã Việt Nam"),
    ("Liên minh HTX tỉnh Thái Bình trao quà cho các xã viên.", "Liên minh HTX tỉnh Thái Bình"),
]


@pytest.mark.parametrize(("text", "surface"), ALLIANCES)
def test_the_cooperative_alliance_is_one_body(text, surface):
    assert surface in _surfaces(text)


# a school's lower-case kind after its level ("THCS nội trú", "THPT dân tộc nội trú") is part
# of its name when a place or a capitalised name closes it
SCHOOL_KINDS = [
    ("Ông là kế toán Trường THCS nội trú huyện Ngọc Lặc từ năm 2011.", "Trường THCS nội trú huyện Ngọc Lặc"),
    ("Cô giáo Trường THPT dân tộc nội trú tỉnh Lào Cai cho biết.", "Trường THPT dân tộc nội trú tỉnh Lào Cai"),
    ("Trường THCS bán trú Nà Hang khai giảng năm học mới.", "Trường THCS bán trú Nà Hang"),
    ("Trường THPT Trần Phú khai giảng năm học mới.", "Trường THPT Trần Phú"),
]


@pytest.mark.parametrize(("text", "surface"), SCHOOL_KINDS)
def test_a_school_keeps_its_lower_case_kind(text, surface):
    assert surface in _surfaces(text)


def test_a_school_kind_with_nothing_after_it_is_not_read_as_name():
    assert "Trường THCS nội trú" not in _surfaces("Học sinh trường THCS nội trú được nghỉ học.")


# a news site written by its capitalised address is a body; a lower-case address is a link
SITES = [
    ("Trao đổi với Zing.vn, đại tá Khanh cho hay.", "Zing.vn"),
    ("Theo VnExpress.net, vụ việc xảy ra hôm qua.", "VnExpress.net"),
    ("(VOV.VN) - Sáng nay, Bộ Y tế họp.", "VOV.VN"),
]
NO_SITE = [
    "Xem tại moit.gov.vn để biết thêm chi tiết.",
    "Thông tin đăng trên cổng thông tin dichvucong.gov.vn.",
]


@pytest.mark.parametrize(("text", "surface"), SITES)
def test_a_news_site_by_its_address_is_a_body(text, surface):
    assert surface in _surfaces(text)


@pytest.mark.parametrize("text", NO_SITE)
def test_a_lower_case_address_is_no_body(text):
    assert _names(text) == []


@pytest.mark.parametrize("initials", ["N.A", "H.N.A.", "L.Đ.D"])
def test_a_model_span_that_is_initials_is_no_body(initials):
    text = f"Gia đình anh {initials} trình báo cháu mất tích."
    assert _names(text, [Entity("ORG", initials, 13, 13 + len(initials))]) == []


# a committee's name may be a list of fields that "và" closes, and it may belong to a whole body
# through "của" ("Ủy ban Pháp luật của Quốc hội"); a list of separate bodies stays separate
COMMITTEES = [
    ("Ông Nguyễn Văn Chức, nguyên Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng "
     "của Quốc hội cho biết.", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"),
    ("Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Phan Xuân Dũng phát biểu.",
     "Ủy ban Khoa học, Công nghệ và Môi trường"),
    ("Ủy ban Kinh tế, Tài chính và Ngân sách họp phiên toàn thể.", "Ủy ban Kinh tế, Tài chính và Ngân sách"),
    ("Ông Trần Ngọc Hải, nguyên Ủy viên Ủy ban Pháp luật của Quốc hội kiến nghị.", "Ủy ban Pháp luật của Quốc hội"),
]
SEPARATE_BODIES = [
    ("Ủy ban Kinh tế, Sở Tài chính và Ban Dân vận dự họp.", ["Ủy ban Kinh tế", "Sở Tài chính", "Ban Dân vận"]),
    ("Đại diện Ủy ban Dân tộc, Bộ Nội vụ và Ủy ban Kiểm tra dự.", ["Ủy ban Dân tộc", "Bộ Nội vụ", "Ủy ban Kiểm tra"]),
    ("Ủy ban Tài chính, Ngân sách họp.", ["Ủy ban Tài chính"]),
    ("Sự lãnh đạo của Đảng của Thành ủy là quyết định.", ["Đảng", "Thành ủy"]),
]


@pytest.mark.parametrize(("text", "surface"), COMMITTEES)
def test_a_committee_of_listed_fields_is_one_body(text, surface):
    assert surface in _surfaces(text)


@pytest.mark.parametrize(("text", "names"), SEPARATE_BODIES)
def test_a_list_of_bodies_stays_a_list(text, names):
    assert _names(text) == names


# a foreign person named again by the first word of the name is the same person; a Vietnamese
# given name alone is still the last word ("Bí thư Minh" of "Nguyễn Văn Minh")
FIRST_NAME_MENTIONS = [
    ("Thủ tướng Thái Lan Prayut Chan-o-cha ra lệnh. Sau đó, Thủ tướng Prayut yêu cầu cảnh sát.",
     "Prayut Chan-o-cha", ["Thủ tướng Thái Lan"]),
    ("Cựu Thủ tướng Thái Lan Yingluck Shinawatra vắng mặt. Luật sư của cựu Thủ tướng Yingluck cho biết.",
     "Yingluck Shinawatra", ["Cựu Thủ tướng Thái Lan"]),
    ("Bí thư Tỉnh ủy Nguyễn Văn Minh dự. Bí thư Minh phát biểu.", "Nguyễn Văn Minh", ["Bí thư Tỉnh ủy"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), FIRST_NAME_MENTIONS)
def test_a_foreign_first_name_mention_is_the_same_person(text, name, titles):
    officials = vngovnlp.analyze(text).officials
    assert [(o.name, [t.title for t in o.titles]) for o in officials] == [(name, titles)]
    assert len(officials[0].mentions) == 2


# a stop word that is the second syllable of another word ends no name ("Đăng ký", "Tiếp
# nhận"); a capitalised demonstrative opening the next sentence is no place of the body before
SECOND_SYLLABLE_STOPS = [
    ("Bà Lê Thị Kim Yến, Giám đốc Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 9 bị phê bình.",
     "Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 9"),
    ("Trung tâm Tiếp nhận hồ sơ tỉnh mở cửa từ sáng nay.", "Trung tâm Tiếp nhận hồ sơ tỉnh"),
]
STILL_STOPS = [
    ("Sở Y tế ký quyết định thành lập đoàn.", ["Sở Y tế"]),
    ("Ảnh: Lê Xuân/TTXVN  Đây là chỉ đạo của Phó Chủ tịch tỉnh.", ["Thông tấn xã Việt Nam"]),
    ("Nguồn: TTXVN Đó là kết quả của năm 2016.", ["Thông tấn xã Việt Nam"]),
]


@pytest.mark.parametrize(("text", "surface"), SECOND_SYLLABLE_STOPS)
def test_a_stop_inside_a_word_ends_no_name(text, surface):
    assert surface in _surfaces(text)


@pytest.mark.parametrize(("text", "names"), STILL_STOPS)
def test_a_verb_or_the_next_sentence_still_ends_the_name(text, names):
    assert _names(text) == names


# a model span right after a post that ends with a unit's head ("Trưởng phòng" + "Công thương
# huyện Tam Bình") is the unit, head included, one body with its other mentions
def test_a_model_span_after_a_unit_post_takes_the_unit_word():
    text = "Ông Trần Văn An, Trưởng phòng Công thương huyện Tam Bình cho biết. Phòng Công thương huyện Tam Bình đã ký."
    span = "Công thương huyện Tam Bình"
    orgs = find_organisations(text, entities=[_span(text, span)])
    assert [o.name for o in orgs] == ["Phòng Công thương huyện Tam Bình"]
    assert {m.text for m in orgs[0].mentions} == {"phòng Công thương huyện Tam Bình", "Phòng Công thương huyện Tam Bình"}


def test_a_model_span_after_a_capitalised_body_word_is_left_as_it_is():
    text = "Đại diện Sở Công thương tỉnh Vĩnh Long dự họp."
    span = "Công thương tỉnh Vĩnh Long"
    assert all(n.startswith("Sở") or n == span for n in _names(text, [_span(text, span)]))


# a sentence-case name whose lower-case tail nothing closes ends where the model's span over its
# last capital ends ("Báo Nhân dân" + "biết kết quả"); with no model span the grammar's reading
# stands, and the model may not cut inside a word in sentence case ("Truyền" + "dẫn")
OPEN_TAILS = [
    ("Văn phòng gửi văn bản đến Báo Nhân dân biết kết quả giải quyết.", "Báo Nhân dân", "Báo Nhân dân"),
    ("Bài viết được Tạp chí Cộng sản đăng tải hôm qua.", "Cộng sản", "Tạp chí Cộng sản"),
    ("Người hâm mộ mong Liên đoàn bóng đá Nga đưa cô vào danh sách.", "Liên đoàn bóng đá Nga",
     "Liên đoàn bóng đá Nga"),
    ("Đề nghị Bộ Tài nguyên xem xét lại hồ sơ.", "Bộ Tài nguyên", "Bộ Tài nguyên"),
]
TAILS_KEPT = [
    # no model span: the grammar's reading stands
    ("Cục Quản lý thị trường kiểm tra cửa hàng.", None, "Cục Quản lý thị trường"),
    # the model cuts a word in sentence case in two: the grammar's reading stands
    ("Trung tâm Truyền dẫn phát sóng cho biết.", "Trung tâm Truyền", "Trung tâm Truyền dẫn phát sóng"),
    # a place word closes the name: nothing is open
    ("Hội Bảo trợ người khuyết tật tỉnh họp.", "Hội Bảo trợ", "Hội Bảo trợ người khuyết tật tỉnh"),
    # a firm's line of business is lower-case words
    ("Công ty TNHH Thiết kế và tư vấn xây dựng Hàng không ký hợp đồng.", "Công ty TNHH Thiết kế",
     "Công ty TNHH Thiết kế và tư vấn xây dựng Hàng không"),
]


@pytest.mark.parametrize(("text", "span", "name"), OPEN_TAILS + TAILS_KEPT)
def test_an_open_lower_case_tail_ends_where_the_model_span_ends(text, span, name):
    entities = [_span(text, span)] if span else []
    assert name in _names(text, entities)


def _bodies(text: str) -> list[tuple[str, set[str]]]:
    """Each body the whole pipeline lists, with its surfaces (the model's spans included)."""
    return [(o.name, set(o.aliases)) for o in vngovnlp.analyze(text).organisations]


# a body's abbreviation or brand in brackets after its full name is the same body, and so is the
# brand with its head word ("Tập đoàn VNPT"); a place in brackets names no body
SAME_BODIES = [
    ("Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) cho biết. Theo VNPT, mạng sẽ ổn định. "
     "Tập đoàn VNPT cũng cảnh báo.", {"VNPT", "Tập đoàn VNPT"}),
    ("Tổng công ty Hàng hải Việt Nam (Vinalines) cho biết Vinalines đã bán bớt tàu.", {"Vinalines"}),
    ("Sở Giao dịch Chứng khoán Hà Nội (HNX) tổ chức 16 phiên đấu thầu. HNX cho biết.", {"HNX"}),
    ("Theo đài CNN, vụ việc xảy ra hôm qua. CNN cho biết thêm.", {"CNN"}),
    ("Phóng viên báo Tiền Phong có mặt tại hiện trường. Tiền Phong sẽ tiếp tục đưa tin.", {"Tiền Phong"}),
    # spellings of a legal form or of a court are one body
    ("Cty CP Dược phẩm Thiên Sơn bị phạt. Công ty cổ phần dược phẩm Thiên Sơn đã nộp phạt.",
     {"Công ty cổ phần dược phẩm Thiên Sơn"}),
    ("Viện KSND TP. Vũng Tàu đã phê chuẩn. VKSND TP. Vũng Tàu cho biết.", {"VKSND TP. Vũng Tàu"}),
    # a short form spelled otherwise than the whole name it begins ("GD-ĐT" / "GD&ĐT")
    ("Sở GD&ĐT Hà Nội công bố điểm chuẩn. Theo Sở GD-ĐT, năm nay có thêm trường mới.", {"Sở GD-ĐT"}),
    ("UBND TP. Đà Nẵng chỉ đạo khẩn trương. UBND thành phố giao Sở Xây dựng kiểm tra.", {"UBND thành phố"}),
]
STILL_TWO_BODIES = [
    # a place in brackets is no abbreviation
    ("UBND huyện Năm Căn (Cà Mau) đã họp với Sở Y tế (Huế).", "Ủy ban nhân dân huyện Năm Căn", "Sở Y tế"),
    # a firm's board is its own body
    ("Ngân hàng Phát triển nhà đồng bằng sông Cửu Long (MHB) cho biết HĐQT MHB đã họp.",
     "Ngân hàng Phát triển nhà đồng bằng sông Cửu Long", "Hội đồng quản trị MHB"),
    # a party committee of a police force is not the force
    ("Đảng ủy Công an tỉnh họp. Công an tỉnh triển khai kế hoạch.", "Đảng ủy Công an tỉnh", "Công an tỉnh"),
    # two firms of one group differ by their number
    ("Công ty CP Sông Đà 5 và Công ty cổ phần Sông Đà 7 ký hợp đồng.", "Công ty CP Sông Đà 5",
     "Công ty cổ phần Sông Đà 7"),
]


@pytest.mark.parametrize(("text", "surfaces"), SAME_BODIES)
def test_spellings_of_one_body_are_one_organisation(text, surfaces):
    bodies = _bodies(text)
    assert sum(bool(surfaces & aliases) for _, aliases in bodies) == 1
    assert any(surfaces <= aliases for _, aliases in bodies)


@pytest.mark.parametrize(("text", "first", "second"), STILL_TWO_BODIES)
def test_bodies_that_only_look_alike_stay_apart(text, first, second):
    names = [name for name, _ in _bodies(text)]
    assert first in names and second in names


# a firm's line of business written in lower case is part of its name when a capitalised name
# closes it, a name shaped like a given name included ("thiết bị" + "Minh Tâm"); a person's full
# name after the firm is the official, and a legal form with no name is no body
LOWER_TRADES = [
    ("Đoàn kiểm tra Cty TNHH thiết bị Minh Tâm.", "Công ty TNHH thiết bị Minh Tâm"),
    ("Đoàn kiểm tra Công ty CP thiết bị y tế Thịnh Phát.", "Công ty CP thiết bị y tế Thịnh Phát"),
    ("Công ty TNHH dịch vụ du lịch Giấc Mơ Vàng bị xử phạt.", "Công ty TNHH dịch vụ du lịch Giấc Mơ Vàng"),
    ("Công ty cổ phần xi măng Hà Tiên đã báo cáo.", "Công ty cổ phần xi măng Hà Tiên"),
    ("Nhà máy thủy điện Hòa Bình phát điện trở lại.", "Nhà máy thủy điện Hòa Bình"),
    ("Ông Nguyễn Văn Hùng, Giám đốc Công ty TNHH thương mại Hoàng Long cho biết.",
     "Công ty TNHH thương mại Hoàng Long"),
]
NOT_LOWER_TRADES = [
    ("Công ty cho biết sẽ trả lương đúng hạn.", []),
    ("Giám đốc Công ty TNHH thương mại Nguyễn Văn Bình cho biết.", ["Công ty TNHH thương mại"]),
    ("Công ty kiểm tra lại toàn bộ hồ sơ.", []),
]


@pytest.mark.parametrize(("text", "name"), LOWER_TRADES)
def test_a_lower_case_line_of_business_belongs_to_the_firm(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(("text", "names"), NOT_LOWER_TRADES)
def test_no_firm_name_runs_into_a_person_or_a_verb(text, names):
    assert _names(text) == names


def test_a_persons_full_name_after_a_firm_is_the_official():
    officials = vngovnlp.analyze("Giám đốc Công ty TNHH thương mại Nguyễn Văn Bình cho biết.").officials
    assert [(o.name, o.titles[0].title) for o in officials] == [("Nguyễn Văn Bình", "Giám đốc Công ty TNHH thương mại")]


# a count or a plural word before a lower-case head is a generic plural, whoever reads it, and a
# state's long name is a place; "ở" (at) ends a name as "tại" does
NO_BODIES = [
    ("Năm nay, 108 trường THPT công lập ở Hà Nội tuyển sinh lớp 10.", []),
    ("Đoàn đã kiểm tra 3 công ty may mặc tại Bình Dương.", []),
    ("Đại sứ quán Việt Nam tại Vienna (Cộng hòa Áo) tổ chức gặp mặt.", ["Đại sứ quán Việt Nam"]),
    ("Không quân Nga ở Syria tiếp tục không kích.", ["Không quân Nga"]),
]
STILL_BODIES = [
    ("Năm 2017 Công ty CP Sông Đà 5 đạt doanh thu cao.", "Công ty CP Sông Đà 5"),
    # a body abroad keeps "tại" + the country in its name
    ("Hội người Việt Nam tại Lào tổ chức đón Tết.", "Hội người Việt Nam tại Lào"),
]


@pytest.mark.parametrize(("text", "names"), NO_BODIES)
def test_plurals_and_states_name_no_body(text, names):
    assert [name for name, _ in _bodies(text)] == names


@pytest.mark.parametrize(("text", "name"), STILL_BODIES)
def test_a_year_before_a_capitalised_body_is_no_count(text, name):
    assert name in [n for n, _ in _bodies(text)]


def test_a_model_span_after_a_plural_is_no_body():
    text = "Cựu học sinh các trường Trung học phổ thông trên toàn Hà Nội đã dọn rác."
    assert _names(text, [_span(text, "trường Trung học phổ thông trên toàn Hà Nội")]) == []
    text = "Người đại diện của 5 công ty TMCP đã có mặt."
    assert _names(text, [_span(text, "TMCP")]) == []


# a scope closes a lower-case name ("khí tượng thủy văn" + "quốc gia"); hospitals go by their
# abbreviations (BV, BVĐK) with their name, in a title too; "phòng thủ" (defence) opens no unit
TITLED_BODIES = [
    ("Ông Nguyễn Văn Hưởng, Giám đốc Trung tâm khí tượng thủy văn quốc gia cho biết.",
     "Nguyễn Văn Hưởng", "Giám đốc Trung tâm khí tượng thủy văn quốc gia"),
    ("Ông Trương Quý Dương, Giám đốc BVĐK Hòa Bình cho biết.", "Trương Quý Dương", "Giám đốc BVĐK Hòa Bình"),
    ("Bác sĩ Phan Văn Tư, Giám đốc BV Sản Nhi Nghệ An cho biết.", "Phan Văn Tư", "Giám đốc BV Sản Nhi Nghệ An"),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLED_BODIES)
def test_a_title_keeps_a_body_closed_by_a_scope_or_abbreviated(text, name, title):
    officials = vngovnlp.analyze(text).officials
    assert [(o.name, [t.title for t in o.titles]) for o in officials] == [(name, [title])]


def test_hospital_abbreviations_name_the_hospital():
    names = [n for n, _ in _bodies("Bệnh nhân được chuyển lên BV Bạch Mai, sau đó về BVĐK Hòa Bình.")]
    assert names == ["Bệnh viện Bạch Mai", "Bệnh viện đa khoa Hòa Bình"]


def test_defence_is_no_unit():
    assert _names("Hệ thống Phòng thủ tên lửa quốc gia được nâng cấp.") == []


# a foreign city or the city of a posting before a foreign person's name belongs to the title
# ("Thị trưởng London" + "Sadiq Khan"); a Vietnamese name after a place reads itself
CITY_TITLES = [
    ("Thị trưởng London Sadiq Khan cho biết.", "Sadiq Khan", "Thị trưởng London"),
    ("Thị trưởng Paris Anne Hidalgo phát biểu tại lễ khai mạc.", "Anne Hidalgo", "Thị trưởng Paris"),
    ("Đại sứ Mỹ tại Hà Nội Daniel Kritenbrink cho biết.", "Daniel Kritenbrink", "Đại sứ Mỹ tại Hà Nội"),
    ("Giám đốc Sở Y tế Hà Nội Nguyễn Khắc Hiền cho biết.", "Nguyễn Khắc Hiền", "Giám đốc Sở Y tế Hà Nội"),
]


@pytest.mark.parametrize(("text", "name", "title"), CITY_TITLES)
def test_a_city_before_a_foreign_name_belongs_to_the_title(text, name, title):
    officials = vngovnlp.analyze(text).officials
    assert [(o.name, [t.title for t in o.titles]) for o in officials] == [(name, [title])]


# "Theo" + a post, then a rank or an honorific and a name: the post is the name's ("according to
# the director, Colonel X"); "của" before the post still makes it a role spoken of
APPOSED_AFTER_THEO = [
    ("Theo Giám đốc Công an tỉnh, Đại tá Lê Văn Bình, có 24 người bị thương.",
     "Lê Văn Bình", "Đại tá", ["Giám đốc Công an tỉnh"]),
    ("Theo Cục trưởng Cục Quân y Thái Lan, Trung tướng Saroj Keokajee, có 24 người bị thương.",
     "Saroj Keokajee", "Trung tướng", ["Cục trưởng Cục Quân y Thái Lan"]),
    ("Theo Chủ tịch UBND huyện, ông Trần Văn Nam, thiệt hại ước tính 2 tỷ đồng.",
     "Trần Văn Nam", None, ["Chủ tịch UBND huyện"]),
    # a foreign general by the generic rank, capitalised
    ("Người phát ngôn Chính phủ Thái Lan, Tướng Sansern Kaewkamnerd cho biết.",
     "Sansern Kaewkamnerd", "Tướng", ["Người phát ngôn Chính phủ Thái Lan"]),
    # a foreign name after a body that needs no name is the person, not a place
    ("Người phát ngôn Nhà Trắng Sean Spicer cho biết.", "Sean Spicer", None, ["Người phát ngôn Nhà Trắng"]),
]
NOT_APPOSED = [
    "Theo Quyết định của Bộ trưởng Bộ Tài chính, bà Phan Thị Hiền sẽ đảm nhiệm chức vụ mới.",
    # "lão tướng" is a veteran player: the generic rank counts only capitalised
    "Các lão tướng Kim Huệ và Phạm Yến chưa được nghỉ.",
]


@pytest.mark.parametrize(("text", "name", "rank", "titles"), APPOSED_AFTER_THEO)
def test_a_post_after_theo_is_the_apposed_name_s(text, name, rank, titles):
    officials = vngovnlp.analyze(text).officials
    assert [(o.name, o.rank, [t.title for t in o.titles]) for o in officials] == [(name, rank, titles)]


@pytest.mark.parametrize("text", NOT_APPOSED)
def test_a_role_spoken_of_or_a_veteran_is_no_official_post(text):
    assert all(not o.titles and not o.rank for o in vngovnlp.analyze(text).officials)


def test_a_foreign_name_after_a_named_body_is_no_place():
    assert _names("Luật sư Nhà Trắng Don McGahn đã tư vấn cho Tổng thống.") == ["Nhà Trắng"]


# a foreign name as the Vietnamese press spells it (an initial, then the family name syllable by
# syllable) is a person after a post, and a place so spelled before it belongs to the title
TRANSLITERATED_NAMES = [
    ("Thủ tướng Ha-i-ti E.Sác-lơ đã tới thăm.", "E.Sác-lơ", "Thủ tướng Ha-i-ti"),
    ("Tổng thống Nga V.Pu-tin đã tiếp đoàn.", "V.Pu-tin", "Tổng thống Nga"),
    ("Hội đàm với Thủ tướng Đức A.Méc-ken kéo dài hai giờ.", "A.Méc-ken", "Thủ tướng Đức"),
    ("Chủ tịch Thượng viện I.La-toóc-tu phát biểu.", "I.La-toóc-tu", "Chủ tịch Thượng viện"),
]


@pytest.mark.parametrize(("text", "name", "title"), TRANSLITERATED_NAMES)
def test_a_transliterated_foreign_name_is_the_official(text, name, title):
    officials = vngovnlp.analyze(text).officials
    assert [(o.name, [t.title for t in o.titles]) for o in officials] == [(name, [title])]


def test_a_transliterated_word_without_a_post_is_no_official():
    assert vngovnlp.analyze("Đoàn đã ghé thăm Mát-xcơ-va và Xanh Pê-téc-bua.").officials == ()


# a body's abbreviation of three letters or more right after a post of two words or more is a
# body, as the title reads it; not a post's word inside a compound nor a field's two letters
POST_ACRONYMS = [
    ("Ông Trump sa thải Giám đốc FBI James Comey.", ["FBI"]),
    ("Bị can là nguyên Phó tổng giám đốc MHBS.", ["MHBS"]),
]
NO_POST_ACRONYMS = [
    "Tăng trưởng GDP quý I đạt 5,1%.",
    "Ông không phải Bộ trưởng NG của Qatar.",
]


@pytest.mark.parametrize(("text", "names"), POST_ACRONYMS)
def test_an_abbreviation_after_a_post_is_a_body(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", NO_POST_ACRONYMS)
def test_a_compound_or_a_field_after_a_post_is_no_body(text):
    assert _names(text) == []


# second reading: a whole name that begins inside a whole-name head is one body; a stop word in
# title case inside a title-case name is part of it; the bodies of several counted places and
# "cơ quan công an" in general name no body; forest rangers' units and their posts
SECOND_READING_BODIES = [
    ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam đã họp.", ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"]),
    ("Ban Chấp hành Trung ương Đảng khóa XII họp phiên bế mạc.", ["Ban Chấp hành Trung ương Đảng"]),  # the term stays in the mention
    ("Phóng viên báo Người Đưa Tin đã có mặt.", ["Báo Người Đưa Tin"]),
    ("Cơ quan chức năng phối hợp UBND 4 tỉnh nêu trên để xử lý.", []),
    ("Quá trình điều tra, Cơ quan công an làm rõ hành vi.", []),
    ("Hạt Kiểm lâm huyện Bắc Quang lập biên bản.", ["Hạt Kiểm lâm huyện Bắc Quang"]),
    # a number that names the unit stays: "Quân khu 4" + "tỉnh Nghệ An"
    ("Quân khu 4 tỉnh Nghệ An tổ chức diễn tập.", ["Quân khu 4 tỉnh Nghệ An"]),
]


@pytest.mark.parametrize(("text", "names"), SECOND_READING_BODIES)
def test_second_reading_bodies(text, names):
    assert _names(text) == names


def test_a_forest_ranger_chief_with_a_minority_family_name():
    officials = vngovnlp.analyze("Ông Lèng Ngọc Đửng - Hạt trưởng Hạt Kiểm lâm huyện Bắc Quang cho biết.").officials
    assert [(o.name, [t.title for t in o.titles]) for o in officials] == [
        ("Lèng Ngọc Đửng", ["Hạt trưởng Hạt Kiểm lâm huyện Bắc Quang"])]


# a foreign minister of transport ("Giao thông" + the country), a delegation's lower-case kind
# after "Trưởng đoàn"; "Họp báo" is a press conference, no paper
MORE_TITLES = [
    ("Ông Khaw Boon Wan, Bộ trưởng Giao thông Singapore cho biết.", "Khaw Boon Wan", ["Bộ trưởng Giao thông Singapore"]),
    ("Ông Trần Văn An, Trưởng đoàn công tác, cho biết.", "Trần Văn An", ["Trưởng đoàn công tác"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), MORE_TITLES)
def test_more_titles_read_whole(text, name, titles):
    officials = vngovnlp.analyze(text).officials
    assert [(o.name, [t.title for t in o.titles]) for o in officials] == [(name, titles)]


def test_a_press_conference_is_no_paper():
    assert _names("Tại buổi Họp báo Theo Thượng tướng Tô Lâm, vụ án đã rõ.") == []


# a unit's number after "số" belongs to its name, not a periodical's issue number; "Đảng" is the
# Party; "Ban Thư ký" is a secretariat, no post
NUMBERED_AND_PARTIES = [
    ("Đội CSGT số 3 kiểm tra giấy tờ.", ["Đội CSGT số 3"]),
    ("Xí nghiệp thi công cơ giới số 14 đã hoàn thành.", ["Xí nghiệp thi công cơ giới số 14"]),
    ("Bài viết đăng trên Tạp chí Xây dựng Đảng số 5.", ["Tạp chí Xây dựng Đảng"]),
    ("Đảng và Nhà nước luôn quan tâm.", ["Đảng", "Nhà nước"]),
    ("Đảng viên phải gương mẫu.", []),
    ("Ban Thư ký Hiệp hội các quốc gia Đông Nam Á cho biết.", ["Ban Thư ký Hiệp hội các quốc gia Đông Nam Á"]),
    # "số" before a count is no label
    ("Bộ Y tế đã ban hành số 3 văn bản.", ["Bộ Y tế"]),
]


@pytest.mark.parametrize(("text", "names"), NUMBERED_AND_PARTIES)
def test_numbered_units_and_parties(text, names):
    assert _names(text) == names


# a ward or a commune named after a person is a place after its place word, not the official
WARDS_NAMED_FOR_PERSONS = [
    ("UBND phường Nguyễn Cư Trinh đã họp dân.", ["Ủy ban nhân dân phường Nguyễn Cư Trinh"], []),
    ("Chủ tịch UBND phường Trần Hưng Đạo Nguyễn Văn Nam cho biết.", ["Ủy ban nhân dân phường Trần Hưng Đạo"],
     [("Nguyễn Văn Nam", ["Chủ tịch UBND phường Trần Hưng Đạo"])]),
    # a person after a place word is still the official when the words name no unit
    ("Chủ tịch UBND xã Nguyễn Văn An cho biết.", ["Ủy ban nhân dân xã"], [("Nguyễn Văn An", ["Chủ tịch UBND xã"])]),
]


@pytest.mark.parametrize(("text", "bodies", "officials"), WARDS_NAMED_FOR_PERSONS)
def test_a_ward_named_after_a_person_is_a_place(text, bodies, officials):
    art = vngovnlp.analyze(text)
    assert [o.name for o in art.organisations] == bodies
    assert [(o.name, [t.title for t in o.titles]) for o in art.officials] == officials


# an apostrophe before lower-case letters is inside a minority place name ("Cư M’gar", "Ea
# H'leo"), both spellings of it; a quote before a capital is punctuation
APOSTROPHE_NAMES = [
    ("VKSND huyện Cư M’gar đã phê chuẩn.", ["Viện Kiểm sát nhân dân huyện Cư M’gar"]),
    ("Công an huyện Cư M'gar vào cuộc.", ["Công an huyện Cư M'gar"]),
    ("Công an xã Ea H'leo đã có mặt.", ["Công an xã Ea H'leo"]),
]


@pytest.mark.parametrize(("text", "names"), APOSTROPHE_NAMES)
def test_an_apostrophe_joins_a_minority_name(text, names):
    assert _names(text) == names


def test_a_quote_before_a_capital_is_punctuation():
    from vngovnlp.extract._officials_lexicon import tokens

    assert [t.text for t in tokens("Sở Y tế 'Hà Nội' cho biết")][3:6] == ["'", "Hà", "Nội"]


# "hôm" (day) ends a name as "ngày" does: "Cục Xổ số nhà nước" + "hôm 5/4"
def test_a_day_word_ends_a_name():
    assert _names("Cục Xổ số nhà nước hôm 5/4 thông báo kết quả.") == ["Cục Xổ số nhà nước"]
