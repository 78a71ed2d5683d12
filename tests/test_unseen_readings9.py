"""Classes of phrases found by reading the library's output on unseen news articles (session 19).

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


# a body's own cell (party committee, union, party cell, youth branch, board of directors) takes
# the organisation it belongs to as written, read by the organisation grammar: an owner whose
# name holds another head ("Điện lực", "THPT") or a lower-case line of business is not cut there
HOST_CELL_OWNER = [
    ("Bà Trần Thị Lan, Phó Chủ tịch Công đoàn Tổng công ty Điện lực TP Hà Nội, thăm các gia đình.",
     "Công đoàn Tổng công ty Điện lực TP Hà Nội"),
    ("Chi bộ Trường THPT Nguyễn Du tổ chức đại hội nhiệm kỳ mới.", "Chi bộ Trường THPT Nguyễn Du"),
    ("Đảng ủy Tập đoàn Điện lực Việt Nam tổng kết công tác năm.", "Đảng ủy Tập đoàn Điện lực Việt Nam"),
    ("Công đoàn Công ty Điện lực Quảng Ninh trao quà cho công nhân.", "Công đoàn Công ty Điện lực Quảng Ninh"),
    ("Hội đồng quản trị Hợp tác xã gốm sứ làng cổ Bát Tràng họp thường niên.",
     "Hội đồng quản trị Hợp tác xã gốm sứ làng cổ Bát Tràng"),
    ("HĐQT Tổng công ty Điện lực miền Nam thông qua kế hoạch.", "HĐQT Tổng công ty Điện lực miền Nam"),
    ("Đảng ủy Công an tỉnh Nghệ An ra nghị quyết.", "Đảng ủy Công an tỉnh Nghệ An"),
]
HOST_CELL_ALONE = [
    ("Hoạt động Công đoàn được duy trì đều đặn.", []),
    ("Công tác chi bộ cần đổi mới nội dung sinh hoạt.", []),
]


@pytest.mark.parametrize(("text", "body"), HOST_CELL_OWNER)
def test_a_cell_takes_its_whole_owner(text, body):
    assert body in org_surfaces(text)


@pytest.mark.parametrize(("text", "bodies"), HOST_CELL_ALONE)
def test_a_cell_alone_is_no_body(text, bodies):
    assert org_names(text) == bodies


# "Sở Giao dịch" is a body of its own (a stock or commodity exchange, a bank's head office): its
# field may be written in lower case, closed by a place or a capitalised name; a customer going to
# "sở giao dịch" in lower case with nothing after it names no body
EXCHANGE = [
    ("Theo Sở giao dịch chứng khoán Hà Nội (HNX), thanh khoản tăng mạnh.", "Sở giao dịch chứng khoán Hà Nội"),
    ("Sở Giao dịch Chứng khoán TP.HCM vừa công bố số liệu.", "Sở Giao dịch Chứng khoán TP.HCM"),
    ("Sở giao dịch hàng hóa Việt Nam mở thêm sản phẩm.", "Sở giao dịch hàng hóa Việt Nam"),
    ("Sở Giao dịch Ngân hàng Nhà nước điều chỉnh tỷ giá.", "Sở Giao dịch Ngân hàng Nhà nước"),
]


@pytest.mark.parametrize(("text", "body"), EXCHANGE)
def test_an_exchange_is_a_body(text, body):
    assert body in org_surfaces(text)


def test_a_lower_case_exchange_alone_is_no_body():
    assert org_names("Khách hàng đến sở giao dịch của ngân hàng để rút tiền.") == []


# right after a post, a department written in lower case ("sở Giao thông vận tải") is still the
# post's body, and the name after it stays the holder's; elsewhere a lower-case "sở" is a word
# ("trụ sở", "cơ sở")
LOWER_DEPARTMENT_AFTER_POST = [
    ("Phát biểu, Phó Giám đốc sở Giao thông vận tải Nguyễn Văn Tám cho biết.", "Nguyễn Văn Tám",
     "Phó Giám đốc sở Giao thông vận tải"),
    ("Ông Bùi Văn Khiêm, Chánh Văn phòng sở Giáo dục và Đào tạo tỉnh Đồng Tháp, thông tin.", "Bùi Văn Khiêm",
     "Chánh Văn phòng sở Giáo dục và Đào tạo tỉnh Đồng Tháp"),
]
NOT_A_DEPARTMENT = [
    "Trụ sở Công an tỉnh được xây mới.",
    "Cán bộ cơ sở Y tế được tập huấn.",
]


@pytest.mark.parametrize(("text", "name", "title"), LOWER_DEPARTMENT_AFTER_POST)
def test_a_lower_case_department_after_a_post(text, name, title):
    assert title in official_titles(text).get(name, [])


@pytest.mark.parametrize("text", NOT_A_DEPARTMENT)
def test_lower_case_so_inside_a_word_is_no_department(text):
    assert not any(n.startswith("Sở") for n in org_names(text))


# a department's field written as initials goes on past a comma to initials joined by "&" (the
# list's "và"); a committee's list of fields is closed by the whole body it belongs to ("của Quốc
# hội") as by "và"; another body after the comma is a second body
FIELD_LISTS = [
    ("Ông Nguyễn Văn An, Giám đốc Sở VH, TT&DL tỉnh Lào Cai cho biết.", "Sở VH, TT&DL tỉnh Lào Cai"),
    ("Sở LĐ, TB&XH tỉnh Nghệ An tổ chức hội nghị.", "Sở LĐ, TB&XH tỉnh Nghệ An"),
    ("Ủy ban Tài chính, Ngân sách của Quốc hội thẩm tra dự án luật.", "Ủy ban Tài chính, Ngân sách của Quốc hội"),
    ("Ủy ban Văn hóa, Giáo dục của Quốc hội họp phiên toàn thể.", "Ủy ban Văn hóa, Giáo dục của Quốc hội"),
]


@pytest.mark.parametrize(("text", "body"), FIELD_LISTS)
def test_a_list_of_fields_is_one_name(text, body):
    assert body in org_surfaces(text)


def test_a_committee_chair_holds_the_whole_name():
    text = "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải phát biểu."
    assert official_titles(text) == {"Nguyễn Đức Hải": ["Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội"]}


def test_a_body_after_a_comma_is_a_second_body():
    names = org_names("Ủy ban Kinh tế, Bộ Tài chính cùng thẩm định.")
    assert "Ủy ban Kinh tế" in names and "Bộ Tài chính" in names


# a joint-stock bank's line of business may be written in lower case, closed by its place or
# capitalised name, as a company's is; a generic plural is no bank
JOINT_STOCK_BANK = [
    ("Ngân hàng TMCP phát triển nhà TP.HCM tăng vốn điều lệ.", "Ngân hàng TMCP phát triển nhà TP.HCM"),
    ("Ngân hàng thương mại cổ phần công thương Việt Nam báo lãi.", "Ngân hàng thương mại cổ phần công thương Việt Nam"),
    ("Ngân hàng TMCP Ngoại thương Việt Nam giảm lãi suất.", "Ngân hàng TMCP Ngoại thương Việt Nam"),
]


@pytest.mark.parametrize(("text", "body"), JOINT_STOCK_BANK)
def test_a_joint_stock_bank_with_a_lower_case_business(text, body):
    assert body in org_surfaces(text)


def test_generic_joint_stock_banks_are_no_body():
    assert org_names("Các ngân hàng TMCP nhà nước đồng loạt tăng vốn.") == []


def _model(text: str, surface: str):
    return [org_entity(text, surface)]


# where the grammar stops inside a run of capitalised foreign words (or before the links of a
# foreign name), the model's span reads the name on; it never reads on over a Vietnamese word (a
# headline's next sentence, a photo caption), a place word, an abbreviated place or a person
MODEL_READS_ON = [
    ("Công ty Bảo hiểm China Life mở chi nhánh.", "Công ty Bảo hiểm China Life"),
    ("Tập đoàn Strategic Hotels and Resorts bán khách sạn.", "Tập đoàn Strategic Hotels and Resorts"),
    ("Ngân hàng Bank of Tokyo cho vay.", "Ngân hàng Bank of Tokyo"),
    ("Trường THPT thành phố Điện Biên Phủ khai giảng năm học mới.", "Trường THPT thành phố Điện Biên Phủ"),
]
MODEL_RUNS_ON = [
    ("Bệnh viện Chợ Rẫy Ảnh: Minh Anh", "Bệnh viện Chợ Rẫy Ảnh", "Bệnh viện Chợ Rẫy"),
    ("Bộ Giáo dục và Đào tạo Thống nhất lịch thi", "Bộ Giáo dục và Đào tạo Thống", "Bộ Giáo dục và Đào tạo"),
    ("Tòa án nhân dân H.Nhơn Trạch xét xử", "Tòa án nhân dân H.Nhơn Trạch", "Tòa án nhân dân"),
    ("Đoàn đại biểu Quốc hội khóa XIV TP Hà Nội tiếp xúc cử tri", "Đoàn đại biểu Quốc hội khóa XIV TP Hà Nội",
     "Đoàn đại biểu Quốc hội khóa XIV"),
]


@pytest.mark.parametrize(("text", "body"), MODEL_READS_ON)
def test_the_model_reads_a_foreign_name_on(text, body):
    assert body in org_surfaces(text, _model(text, body))


@pytest.mark.parametrize(("text", "span", "body"), MODEL_RUNS_ON)
def test_the_model_does_not_read_on_over_vietnamese_words(text, span, body):
    surfaces = org_surfaces(text, _model(text, span))
    assert span not in surfaces and body in surfaces


# a body written as its head and name is the one body of the article written with more words
# between them (a legal form, a line of business, a school's level); not when those words hold a
# place, a country, a field joined by "và", a post or a body of another kind, nor when two longer
# bodies share the name, nor when the short one is a legal name itself
SHORT_FORM_OF_ONE_BODY = [
    ("Công ty CP Kinh doanh XNK Vạn Thuận ký hợp đồng. Sau đó, Công ty Vạn Thuận nhận hàng.",
     "Công ty CP Kinh doanh XNK Vạn Thuận", "Công ty Vạn Thuận"),
    ("Bệnh viện Đa khoa Xanh Pôn tiếp nhận ca bệnh. Bệnh viện Xanh Pôn cho biết thêm.",
     "Bệnh viện Đa khoa Xanh Pôn", "Bệnh viện Xanh Pôn"),
    ("Trường Tiểu học Ngôi Sao khai giảng. Trường Ngôi Sao có 900 học sinh.",
     "Trường Tiểu học Ngôi Sao", "Trường Ngôi Sao"),
    ("HĐQT ngân hàng Sacombank họp bất thường. HĐQT Sacombank quyết định bầu bổ sung.",
     "HĐQT ngân hàng Sacombank", "HĐQT Sacombank"),
]
TWO_BODIES_SHARING_A_NAME = [
    ("Trường Tiểu học Ngôi Sao khai giảng. Trường THCS Ngôi Sao cũng vậy. Trường Ngôi Sao đông học sinh.",
     "Trường Ngôi Sao"),
    ("Không quân Nga tại Syria tăng cường không kích, không quân Syria phối hợp.", "không quân Syria"),
    ("Công ty cổ phần FPT và Công ty CP viễn thông FPT cùng tham gia.", "Công ty cổ phần FPT"),
    ("Vụ Giáo dục Chính trị và Công tác học sinh họp với Vụ Công tác.", "Vụ Công tác"),
    ("Công đoàn Công ty Vạn Thuận họp. Công đoàn Vạn Thuận quyết định.", "Công đoàn Vạn Thuận"),
]


def _body_of(text: str, surface: str):
    return [o for o in find_organisations(normalize(text).text, entities=[]) if surface in o.aliases]


@pytest.mark.parametrize(("text", "long", "short"), SHORT_FORM_OF_ONE_BODY)
def test_a_short_form_is_the_longer_body(text, long, short):
    (body,) = _body_of(text, short)
    assert long in body.aliases


@pytest.mark.parametrize(("text", "short"), TWO_BODIES_SHARING_A_NAME)
def test_a_short_form_stays_its_own_body(text, short):
    (body,) = _body_of(text, short)
    assert body.aliases == (short,)


# a hospital's or a university's department ("Khoa" + its field) is a unit, with the body it
# belongs to written after it; "Khoa" inside a word ("đa khoa", "Bách Khoa") or opening one
# ("khoa học", "sách giáo khoa") is no head; "BV đa khoa" + a place is a hospital, as "Bệnh viện
# Đa khoa" is; a unit of the provincial police ("Phòng Cảnh sát giao thông") keeps the police
# written after it
DEPARTMENTS = [
    ("Khoa Nhi Bệnh viện Bạch Mai tiếp nhận 30 ca bệnh.", "Khoa Nhi Bệnh viện Bạch Mai"),
    ("Khoa Cấp cứu Bệnh viện Chợ Rẫy quá tải.", "Khoa Cấp cứu Bệnh viện Chợ Rẫy"),
    ("Khoa Luật Đại học Quốc gia Hà Nội tuyển sinh.", "Khoa Luật Đại học Quốc gia Hà Nội"),
    ("Bệnh nhân được chuyển từ BV Mắt Bình Định và BV đa khoa tỉnh Bình Định.", "BV đa khoa tỉnh Bình Định"),
    ("BV Đa khoa huyện Quế Phong tiếp nhận bệnh nhân.", "BV Đa khoa huyện Quế Phong"),
    ("Bệnh viện Đa Khoa Đà Nẵng tiếp nhận bệnh nhân.", "Bệnh viện Đa Khoa Đà Nẵng"),
    ("Đại học Bách Khoa Hà Nội tuyển 7.000 sinh viên.", "Đại học Bách Khoa Hà Nội"),
]
NO_DEPARTMENT = [
    "Khoa học công nghệ là động lực phát triển.",
    "Học sinh được phát sách giáo khoa mới.",
    "Các BV đa khoa đều quá tải.",
]


@pytest.mark.parametrize(("text", "body"), DEPARTMENTS)
def test_a_department_is_a_unit(text, body):
    assert body in org_surfaces(text)


@pytest.mark.parametrize("text", NO_DEPARTMENT)
def test_khoa_in_a_word_is_no_department(text):
    assert org_names(text) == []


def test_a_police_unit_keeps_its_parent():
    text = "Ông Lê An, Phó phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh cho biết."
    assert official_titles(text) == {"Lê An": ["Phó phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh"]}


# one lower-case syllable between capitalised words finishes the word a title-case name had cut
# ("Nhiệt" + "đới", "Quốc" + "gia"); after a foreign word, or before lower-case words (a verb
# and its object), the name has ended
WORD_REST = [
    ("Bệnh viện Bệnh Nhiệt đới Trung ương tiếp nhận bệnh nhân.", "Bệnh viện Bệnh Nhiệt đới Trung ương"),
    ("Ban Quản lý Vườn Quốc gia Tam Đảo ra quân bảo vệ rừng.", "Ban Quản lý Vườn Quốc gia Tam Đảo"),
    ("Cục Hành động Đối ngoại châu Âu ra thông cáo.", "Cục Hành động Đối ngoại châu Âu"),
]
NAME_ENDED = [
    ("Bệnh viện Bạch Mai mở cửa khoa mới.", "Bệnh viện Bạch Mai"),
    ("Bệnh viện San Juan gần Resorts World Manila bị phong tỏa.", "Bệnh viện San Juan"),
]


@pytest.mark.parametrize(("text", "body"), WORD_REST)
def test_the_rest_of_a_word_belongs_to_the_name(text, body):
    assert body in org_surfaces(text)


@pytest.mark.parametrize(("text", "body"), NAME_ENDED)
def test_a_verb_or_a_foreign_word_ends_the_name(text, body):
    assert org_names(text)[0] == body


def test_a_department_head_holds_the_whole_field():
    text = "Trưởng khoa Ngoại Tiết niệu Thái Minh Sơn cho biết ca mổ thành công."
    assert official_titles(text) == {"Thái Minh Sơn": ["Trưởng khoa Ngoại Tiết niệu"]}


# a foreign party written in lower case ("đảng Dân chủ") is a body, as "Đảng Dân chủ" is; its
# sentence-case name takes the lower-case rest of a capitalised word and the words of a party's
# programme ("tự do", "cộng hòa"), never the verb after it; "đảng viên", "kỷ luật đảng" are no body
FOREIGN_PARTIES = [
    ("Ứng viên đảng Dân chủ thua ở bang Florida.", "Đảng Dân chủ"),
    ("Hiện đảng Cộng hòa kiểm soát cả hai viện.", "Đảng Cộng hòa"),
    ("Đảng Dân chủ tự do cầm quyền từ năm 2012.", "Đảng Dân chủ tự do"),
    ("Đảng Nhân dân cộng hòa phản đối dự luật.", "Đảng Nhân dân cộng hòa"),
    ("Đảng Bảo thủ thắng cử với đa số tuyệt đối.", "Đảng Bảo thủ"),
    ("Đảng Dân chủ kiện ông Trump ra tòa.", "Đảng Dân chủ"),
]
NO_PARTY = [
    "Đảng viên được kết nạp trong tháng này.",
    "Kỷ luật đảng phải nghiêm minh.",
]


@pytest.mark.parametrize(("text", "body"), FOREIGN_PARTIES)
def test_a_foreign_party(text, body):
    assert org_names(text) == [body]


@pytest.mark.parametrize("text", NO_PARTY)
def test_party_words_are_no_party(text):
    assert org_names(text) == []


# a model span that opens with lower-case words no head begins ("hãng thông tấn") starts at its
# name, a single foreign word too (the news agency's own name, as the gold lists it); a single
# Vietnamese word is no name to cut to
def test_a_news_agency_is_its_name():
    text = "Theo hãng thông tấn Yonhap, vụ việc xảy ra chiều qua."
    assert org_surfaces(text, [org_entity(text, "thông tấn Yonhap")]) == {"Yonhap"}


def test_a_single_vietnamese_word_is_no_name_to_cut_to():
    text = "Theo đạo Phật, lòng từ bi là gốc."
    assert "Phật" not in org_surfaces(text, [org_entity(text, "đạo Phật")])


# the abbreviation in brackets of a treaty, a document or an event is no body; a body whose name
# holds such a word ("Nhà nước Hồi giáo") keeps its abbreviation
THING_ABBREVIATION = [
    ("Hiệp định Thương mại Tự do Bắc Mỹ (NAFTA) được ký năm 1994.", "NAFTA"),
    ("Các nước dự Hội nghị Cấp cao Đông Á (EAS) tại Manila.", "EAS"),
]


@pytest.mark.parametrize(("text", "surface"), THING_ABBREVIATION)
def test_a_things_abbreviation_is_no_body(text, surface):
    assert surface not in org_surfaces(text, [org_entity(text, surface)])


def test_a_bodys_abbreviation_after_a_faith_word_stays():
    text = "Phiến quân tổ chức Nhà nước Hồi giáo tự xưng (IS) tấn công thị trấn."
    assert "IS" in org_surfaces(text, [org_entity(text, "IS")])


# a transport authority ("Khu Quản lý" + its field) is a body; a unit's number closes its
# lower-case name, so the holder's name after it stays the holder's
TRANSPORT_AUTHORITY = [
    ("Khu Quản lý đường bộ II kiểm tra tuyến quốc lộ.", "Khu Quản lý đường bộ II"),
    ("Theo Khu QLGT đô thị số 1 TP.HCM, tuyến đường sẽ được sửa.", "Khu QLGT đô thị số 1 TP.HCM"),
    ("Trung tâm y tế số 2 được xây mới.", "Trung tâm y tế số 2"),
]


@pytest.mark.parametrize(("text", "body"), TRANSPORT_AUTHORITY)
def test_a_transport_authority(text, body):
    assert body in org_surfaces(text)


def test_a_lower_case_area_is_no_authority():
    assert org_names("Khu quản lý rừng được mở rộng thêm.") == []


# a bank's branch may name its area ("chi nhánh khu vực Minh Hải"), as it names its place
BRANCH_AREA = [
    ("Ngân hàng Phát triển Việt Nam - chi nhánh khu vực Minh Hải cho vay vốn.",
     "Ngân hàng Phát triển Việt Nam - chi nhánh khu vực Minh Hải"),
    ("Ngân hàng Nông nghiệp và Phát triển nông thôn - chi nhánh Bạc Liêu cho vay.",
     "Ngân hàng Nông nghiệp và Phát triển nông thôn - chi nhánh Bạc Liêu"),
]


@pytest.mark.parametrize(("text", "body"), BRANCH_AREA)
def test_a_branch_names_its_area(text, body):
    assert body in org_surfaces(text)


def test_an_area_with_no_name_is_no_branch():
    assert "Ngân hàng Phát triển Việt Nam" in org_names("Ngân hàng Phát triển Việt Nam - chi nhánh khu vực phía Nam.")


# a post that opens with its unit's head ("Cục phó", "Vụ phó", "Viện trưởng") is no body: the
# body is the unit named after it
@pytest.mark.parametrize(("text", "body"), [
    ("Ông An, Cục phó Cục Quản lý dược cho biết.", "Cục Quản lý dược"),
    ("Ông Bình, Vụ phó Vụ Pháp chế phát biểu.", "Vụ Pháp chế"),
    ("Viện trưởng Viện KSND tối cao Lê Minh Trí phát biểu.", "Viện KSND tối cao"),
])
def test_a_post_opening_with_a_head_is_no_body(text, body):
    names = org_names(text)
    assert not any(n.split()[1] in ("phó", "trưởng") for n in names) and any(body in a for a in org_surfaces(text))


# a ministry's field may be a list closed by "và", as a committee's is ("Bộ Kinh tế, Thương mại và
# Công nghiệp"); ministries listed one after another stay apart
MINISTRY_FIELD_LISTS = [
    ("Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản cho biết.", "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản"),
    ("Bộ Y tế, Lao động và Phúc lợi Nhật Bản cho biết.", "Bộ Y tế, Lao động và Phúc lợi Nhật Bản"),
    ("Thứ trưởng Bộ VH,TT&DL phát biểu.", "Bộ VH,TT&DL"),
]


@pytest.mark.parametrize(("text", "body"), MINISTRY_FIELD_LISTS)
def test_a_ministrys_list_of_fields(text, body):
    assert body in org_surfaces(text)


def test_ministries_listed_stay_apart():
    assert org_names("Bộ Quốc phòng, Bộ Công an và Bộ Ngoại giao họp.") == ["Bộ Quốc phòng", "Bộ Công an",
                                                                              "Bộ Ngoại giao"]


# a body's own name in its language, in brackets after its Vietnamese name, is the same body
FOREIGN_NAME_IN_BRACKETS = [
    ("Theo Viện Di sản (Heritage Foundation), kinh tế tăng trưởng. Heritage Foundation cho biết thêm.",
     "Viện Di sản", "Heritage Foundation"),
    ("Ngân hàng Đông Á (DongA Bank) tăng vốn. DongA Bank cho biết.", "Ngân hàng Đông Á", "DongA Bank"),
]


@pytest.mark.parametrize(("text", "name", "foreign"), FOREIGN_NAME_IN_BRACKETS)
def test_a_foreign_name_in_brackets_is_the_same_body(text, name, foreign):
    model = [org_entity(text, foreign)]
    bodies = [o for o in find_organisations(normalize(text).text, entities=model) if foreign in o.aliases]
    assert len(bodies) == 1 and name in bodies[0].aliases


# "Sư đoàn" opens no body after a word it is the second syllable of: "kỹ sư", "võ sư", "luật sư"
# + a person whose family name is Đoàn
@pytest.mark.parametrize("text", [
    "Võ sư Đoàn Bảo Châu biểu diễn bài quyền.",
    "Kỹ sư Đoàn Văn An cho biết cầu sẽ thông xe.",
    "Luật sư Đoàn Thị Hương bào chữa cho bị cáo.",
])
def test_a_profession_before_doan_is_no_division(text):
    assert org_names(text) == []


def test_a_division_is_still_a_body():
    assert org_names("Sư đoàn 3 diễn tập bắn đạn thật.") == ["Sư đoàn 3"]


# a term numbered after a body ("khóa XIV", "nhiệm kỳ 2") ends the mention, not the name: the body
# is the institution, its mention keeps the term, and its bare mentions are the same body
TERMS = [
    ("Quốc hội khóa XIV đã thông qua luật. Quốc hội cũng bàn về ngân sách.", "Quốc hội",
     {"Quốc hội khóa XIV", "Quốc hội"}),
    ("Ban chấp hành Trung ương Đảng khóa XI họp phiên bế mạc.", "Ban Chấp hành Trung ương Đảng",
     {"Ban chấp hành Trung ương Đảng khóa XI"}),
    ("HĐND tỉnh Đồng Nai khóa IX họp kỳ thứ 5.", "Hội đồng nhân dân tỉnh Đồng Nai", {"HĐND tỉnh Đồng Nai khóa IX"}),
]


@pytest.mark.parametrize(("text", "name", "aliases"), TERMS)
def test_a_term_ends_the_mention_not_the_name(text, name, aliases):
    (body,) = find_organisations(normalize(text).text, entities=[])
    assert body.name == name and set(body.aliases) == aliases
