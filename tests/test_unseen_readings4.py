"""Classes of phrases found by reading the library's output on unseen news articles (session 14).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import official_titles, org_names

from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

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


# capitalised words closed by a designator written the English way ("Group", "Land", "Airlines")
# are a firm after a post, never the holder's name
DESIGNATED_BRANDS = [
    ("Theo ông Nguyễn Tâm Tiến – Tổng giám đốc Trung Nam Group, dự án sắp xong.",
     "Nguyễn Tâm Tiến", "Tổng giám đốc Trung Nam Group"),
    ("Bà Nguyễn Thị Hà, Chủ tịch Mỹ Lan Group cho biết sẽ đầu tư thêm.", "Nguyễn Thị Hà", "Chủ tịch Mỹ Lan Group"),
    ("Ông Trần Văn Hải, Tổng giám đốc Him Lam Land khẳng định.", "Trần Văn Hải", "Tổng giám đốc Him Lam Land"),
    ("Theo Tổng giám đốc Vietnam Airlines Dương Trí Thành, hãng sẽ mở đường bay mới.",
     "Dương Trí Thành", "Tổng giám đốc Vietnam Airlines"),
]
NO_DESIGNATOR = [
    # a foreign person after a post, and a Vietnamese brand without designator, stay as they were
    ("Giám đốc điều hành Ivan Gazidis đã nhận danh sách.", "Ivan Gazidis", "Giám đốc điều hành"),
    ("Theo Tổng giám đốc Vinamilk Mai Kiều Liên, doanh thu tăng.", "Mai Kiều Liên", "Tổng giám đốc Vinamilk"),
]


@pytest.mark.parametrize(("text", "name", "title"), DESIGNATED_BRANDS + NO_DESIGNATOR)
def test_a_designated_brand_is_the_posts_body_not_its_holder(text, name, title):
    assert official_titles(text).get(name) == [title], official_titles(text)


@pytest.mark.parametrize(("text", "brand"), zip([row[0] for row in DESIGNATED_BRANDS],
                                                  ["Trung Nam Group", "Mỹ Lan Group", "Him Lam Land", "Vietnam Airlines"], strict=True))
def test_a_designated_brand_is_listed_as_a_body(text, brand):
    assert brand in org_names(text), org_names(text)


# the agency a photo credit or a byline names is a body; the photographer, a reporter's initials
# and the credit conventions ("NVCC", "CTV") are not
CREDITED_AGENCIES = [
    ("Lãnh đạo tỉnh thăm hỏi người dân. Ảnh: THX/TTXVN", "THX"),
    ("Người dân đổ xô đi mua hàng. (Ảnh: Thanh Tâm/Vietnam+) Dự kiến từ ngày 20.", "Vietnam+"),
    ("Hai nhà lãnh đạo bắt tay nhau. Ảnh: AFP. Cuộc gặp kéo dài hai giờ.", "AFP"),
    ("Đội cứu hộ tìm kiếm người mất tích. (Ảnh: Basarnas) Tân Hoa xã dẫn lời.", "Basarnas"),
    ("Buổi lễ diễn ra trang trọng.\nThanh Hà/VOV", "VOV"),
]
NOT_AGENCIES = [
    "Ngôi nhà bị hư hỏng nặng. Ảnh: NVCC. Theo người dân, vụ cháy xảy ra lúc sáng.",
    "Hiện trường vụ tai nạn. Ảnh: CTV. Theo thông tin ban đầu, xe tải mất lái.",
    "Cầu thủ ăn mừng bàn thắng. Ảnh: Q. Hải Trong bối cảnh đó, đội nhà vẫn thắng.",
    "Chùm ảnh: Saul lại mở điểm cho đội tuyển.",
    "Thủ tướng trao quà. Ảnh: Thống Nhất/TTXVN-VGP Tại buổi lễ, nhiều hộ dân nhận quà.",
    "Tỷ giá USD/VND tăng nhẹ trong phiên sáng nay.",
]


@pytest.mark.parametrize(("text", "agency"), CREDITED_AGENCIES)
def test_the_agency_of_a_credit_is_a_body(text, agency):
    assert agency in org_names(text), org_names(text)


@pytest.mark.parametrize("text", NOT_AGENCIES)
def test_a_photographer_or_a_credit_convention_is_no_body(text):
    names = org_names(text)
    assert not any(n in names for n in ("NVCC", "CTV", "Q", "Saul", "Thống Nhất", "USD", "VND", "TTXVN-VGP")), names


# a name never ends inside a post: the post is its owner's ("Tổ công tác" + "Thủ tướng")
POSTS_AFTER_NAMES = [
    ("Tổ công tác Thủ tướng đã làm việc với tỉnh.", "Tổ công tác Thủ"),
    ("Văn phòng Bộ trưởng đã có thông báo.", "Văn phòng Bộ"),
]


@pytest.mark.parametrize(("text", "cut"), POSTS_AFTER_NAMES)
def test_a_name_does_not_end_inside_a_post(text, cut):
    assert cut not in org_names(text), org_names(text)


# the central body of an association, and a bloc of central agencies, are named whole
CENTRAL_BODIES = [
    ("Trung ương Hội Chữ thập đỏ Việt Nam đã trao quà cho người dân.", "Trung ương Hội Chữ thập đỏ Việt Nam"),
    ("T.Ư Hội Liên hiệp Phụ nữ Việt Nam phát động phong trào.", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),
    ("Đoàn khối các cơ quan Trung ương tổ chức hội thi.", "Đoàn khối các cơ quan Trung ương"),
    ("Đảng bộ Khối các cơ quan tỉnh tổ chức đại hội.", "Đảng bộ Khối các cơ quan tỉnh"),
]
NO_BLOC = [
    # "các cơ quan" after a whole body, unclosed or after a verb, is the sentence's
    ("UBND tỉnh các cơ quan liên quan kiểm tra.", "Ủy ban nhân dân tỉnh"),
    ("Bộ Công an phối hợp các cơ quan Trung ương.", "Bộ Công an"),
]


@pytest.mark.parametrize(("text", "body"), CENTRAL_BODIES)
def test_a_central_body_is_named_whole(text, body):
    assert body in org_names(text), org_names(text)


@pytest.mark.parametrize(("text", "body"), NO_BLOC)
def test_agencies_after_a_body_are_not_its_name(text, body):
    assert org_names(text) == [body]


def test_the_central_body_goes_into_the_chairmans_title():
    titles = official_titles("Ông Nguyễn Văn An, Chủ tịch Trung ương Hội Nông dân Việt Nam, phát biểu.")
    assert titles["Nguyễn Văn An"] == ["Chủ tịch Trung ương Hội Nông dân Việt Nam"]


# the people's army and police are named whole without "Việt Nam"; a paper named after one keeps it
PEOPLES_FORCES = [
    ("Truyền thống vẻ vang của Quân đội nhân dân anh hùng.", "Quân đội nhân dân"),
    ("Lực lượng Công an nhân dân đã triển khai kế hoạch.", "Công an nhân dân"),
    ("Ngày truyền thống Công an nhân dân Việt Nam được tổ chức.", "Công an nhân dân Việt Nam"),
    ("Báo Quân đội nhân dân đưa tin về cuộc diễn tập.", "Báo Quân đội nhân dân"),
]


@pytest.mark.parametrize(("text", "body"), PEOPLES_FORCES)
def test_the_peoples_forces_are_named_whole(text, body):
    assert body in org_names(text), org_names(text)


def test_a_whole_body_after_an_inspectorate_is_still_its_parent():
    assert org_names("Thanh tra Chính phủ đã kết luận.") == ["Thanh tra Chính phủ"]


# "quốc tế" closes a body's name as "quốc gia" does; a lower-case scope before a name of two or
# more capitalised syllables describes that name ("cửa khẩu quốc tế" + "Tịnh Biên")
INTERNATIONAL_BODIES = [
    ("Chủ tịch Ủy ban Olympic quốc tế (IOC) Thomas Bach bị yêu cầu từ chức.", "Ủy ban Olympic quốc tế"),
    ("Tòa án Hình sự quốc tế đã ra lệnh bắt.", "Tòa án Hình sự quốc tế"),
    ("Chi cục Hải quan Cửa khẩu quốc tế Tịnh Biên đã thu ngân sách.", "Chi cục Hải quan Cửa khẩu quốc tế Tịnh Biên"),
    ("Đồn Biên phòng cửa khẩu quốc tế Cầu Treo đã bắt giữ đối tượng.", "Đồn Biên phòng cửa khẩu quốc tế Cầu Treo"),
]
SCOPE_BEFORE_ONE_CAPITAL = [
    # one capitalised syllable after the scope opens the next words, not the name
    ("Ủy ban quốc gia Tìm kiếm cứu nạn phát đi Công điện số 05.", "phát đi"),
]


@pytest.mark.parametrize(("text", "body"), INTERNATIONAL_BODIES)
def test_an_international_body_is_named_whole(text, body):
    assert body in org_names(text), org_names(text)


@pytest.mark.parametrize(("text", "words"), SCOPE_BEFORE_ONE_CAPITAL)
def test_a_scope_before_one_capital_does_not_run_on(text, words):
    assert not any(words in n for n in org_names(text)), org_names(text)


def test_a_person_after_an_international_bodys_abbreviation_holds_its_post():
    titles = official_titles("Chủ tịch Ủy ban Olympic quốc tế (IOC) Thomas Bach bị yêu cầu từ chức.")
    assert titles == {"Thomas Bach": ["Chủ tịch Ủy ban Olympic quốc tế"]}


# "dự khuyết" (alternate) and "chính thức" (full) belong to a member's post
MEMBER_KINDS = [
    ("Thái Thanh Quý - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Huyện ủy.",
     "Thái Thanh Quý", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"),
    ("Ông Lê Văn Hà, Ủy viên chính thức Ban Chấp hành Đảng bộ tỉnh, phát biểu.",
     "Lê Văn Hà", "Ủy viên chính thức Ban Chấp hành Đảng bộ tỉnh"),
]


@pytest.mark.parametrize(("text", "name", "title"), MEMBER_KINDS)
def test_an_alternate_members_post_reads_the_person(text, name, title):
    assert title in official_titles(text).get(name, []), official_titles(text)


# the high courts and procuracies are named with "cấp cao"; a high-level delegation is no body
HIGH_COURTS = [
    ("Vụ án được TAND Cấp cao tại TP.HCM xét xử phúc thẩm.", "Tòa án nhân dân Cấp cao"),
    ("VKSND cấp cao tại Đà Nẵng đã kháng nghị bản án.", "Viện Kiểm sát nhân dân cấp cao"),
]


@pytest.mark.parametrize(("text", "body"), HIGH_COURTS)
def test_a_high_court_is_named_whole(text, body):
    assert body in org_names(text), org_names(text)


def test_a_high_level_delegation_is_no_body():
    assert org_names("Đoàn cấp cao của tỉnh đã sang thăm nước bạn.") == []


# two persons holding a post and its deputy of one body, the body written once after the second
PAIRED_POSTS = [
    ("Bị can Hoàng Thế Trung, nguyên Giám đốc và Nguyễn Văn Khải, nguyên Phó giám đốc Ban quản lý dự án "
     "giao thông tỉnh bị khởi tố.", "Hoàng Thế Trung", "nguyên Giám đốc Ban quản lý dự án giao thông tỉnh"),
    ("Ông Trần Cao Bằng, nguyên Giám đốc và ông Vũ Thanh Hải, nguyên Phó giám đốc Công ty cổ phần Sông Đà bị bắt.",
     "Trần Cao Bằng", "nguyên Giám đốc Công ty cổ phần Sông Đà"),
    ("Bà Lê Thị Hoa, Phó Chủ tịch và ông Trần Văn Nam, Chủ tịch UBND huyện Hòa Vang dự lễ.",
     "Lê Thị Hoa", "Phó Chủ tịch UBND huyện Hòa Vang"),
]
UNPAIRED_POSTS = [
    # different posts share nothing: the Party's secretary is no chairman of the commune's committee
    ("Ông Nguyễn Văn An, Bí thư và ông Trần Văn Nam, Chủ tịch UBND xã dự lễ.", "Nguyễn Văn An", "Bí thư"),
]


@pytest.mark.parametrize(("text", "name", "title"), PAIRED_POSTS + UNPAIRED_POSTS)
def test_a_post_paired_with_the_next_persons_shares_its_body(text, name, title):
    assert official_titles(text)[name] == [title]


# a publisher is a body named like a paper; "do" (by) and the verbs of publishing end a name
PUBLISHERS = [
    ("Giám đốc NXB Kim Đồng Phạm Quang Vinh nhận Huân chương Lao động.", "Phạm Quang Vinh", "Giám đốc NXB Kim Đồng"),
    ("Ông Phạm Quang Vinh, Giám đốc NXB Kim Đồng, phát biểu.", "Phạm Quang Vinh", "Giám đốc NXB Kim Đồng"),
]
NAMES_BEFORE_BY = [
    ("Tập thơ được Nhà xuất bản Trẻ ấn hành nhân Ngày Thơ.", "Nhà xuất bản Trẻ"),
    ("Công ty Sao Mai do bà Nguyễn Thị Lan làm Chủ tịch.", "Công ty Sao Mai"),
]


@pytest.mark.parametrize(("text", "name", "title"), PUBLISHERS)
def test_a_publishers_director_is_the_person_not_its_name(text, name, title):
    assert official_titles(text) == {name: [title]}


@pytest.mark.parametrize(("text", "body"), NAMES_BEFORE_BY)
def test_by_and_publishing_verbs_end_a_name(text, body):
    assert body in org_names(text), org_names(text)


def test_by_inside_a_sentence_case_word_is_no_stop():
    assert "Đảng Tự" not in org_names("Đảng Tự do Dân chủ giành thắng lợi.")


# things that are no body: an abbreviation's letters in a word ("Ca sĩ", "Thích Ca"), a case
# about an officer ("Vụ" + a rank), a monument ("Tượng đài"), an award named after a person
NOT_BODIES = [
    "Lễ Phật đản kỷ niệm ngày Đức Phật Thích Ca Mâu Ni đản sinh.",
    "Ca sĩ Mỹ Tâm vừa ra mắt album mới.",
    "Ca mổ hy hữu lấy dị vật kéo dài ba giờ.",
    "Vụ Trung tá CSGT Phú Thọ đánh người gây bức xúc.",
    "Người dân dâng hương tại Tượng đài Bác Hồ ở trung tâm thành phố.",
    "Ông được truy tặng Huân chương Hồ Chí Minh vì có công lớn.",
]
ABBREVIATED_BODIES = [
    ("Cán bộ CA xã đã có mặt tại hiện trường.", "Công an xã"),
    ("Vụ Tổ chức cán bộ, Bộ Tư pháp đã có văn bản.", "Vụ Tổ chức cán bộ"),
]


@pytest.mark.parametrize("text", NOT_BODIES)
def test_no_body_is_read_from_a_word_a_case_or_an_award(text):
    assert org_names(text) == []


@pytest.mark.parametrize(("text", "body"), ABBREVIATED_BODIES)
def test_an_abbreviation_in_capitals_and_a_department_stay_bodies(text, body):
    assert body in org_names(text), org_names(text)


# a unit's lower-case field may join two parts with "và" when its parent closes it
JOINED_FIELDS = [
    ("Ông Nguyễn Văn Hùng, Cục trưởng Cục Kỹ thuật an toàn và môi trường công nghiệp, Bộ Công Thương, cho biết.",
     "Nguyễn Văn Hùng", "Cục trưởng Cục Kỹ thuật an toàn và môi trường công nghiệp, Bộ Công Thương"),
    ("Ông Lê Văn Tám, Phó chi cục trưởng Chi cục Khai thác và bảo vệ nguồn lợi thủy sản (Sở NN&PTNT Thanh Hóa), "
     "cho biết.", "Lê Văn Tám",
     "Phó chi cục trưởng Chi cục Khai thác và bảo vệ nguồn lợi thủy sản (Sở NN&PTNT Thanh Hóa)"),
]
UNJOINED_FIELDS = [
    # "và" before a stop word, or a field no parent closes, joins nothing
    ("Vụ Tổ chức cán bộ và các đơn vị phát biểu.", "và"),
    ("Hội Nông dân và nhân dân xã tham gia.", "và"),
]


@pytest.mark.parametrize(("text", "name", "title"), JOINED_FIELDS)
def test_a_field_joined_by_and_before_its_parent_is_whole(text, name, title):
    assert official_titles(text)[name] == [title]


@pytest.mark.parametrize(("text", "word"), UNJOINED_FIELDS)
def test_and_before_no_parent_joins_no_field(text, word):
    assert not any(f" {word} " in n for n in org_names(text)), org_names(text)


# a rank written before the given name alone is the person's when the full name had none
def test_a_rank_before_the_given_name_is_the_persons():
    text = "Dự lễ có đồng chí Trần Tuấn Dung, Phó Trưởng Công an huyện. Sau đó, Trung tá Dung trao quà."
    (official,) = find_officials(normalize(text).text, entities=[])
    assert (official.name, official.rank) == ("Trần Tuấn Dung", "Trung tá")


def test_a_rank_before_the_given_name_does_not_replace_the_written_one():
    text = "Đại tá Lê Văn Hùng, Chỉ huy trưởng, phát biểu. Sau đó, Trung tá Hùng báo cáo."
    (official,) = find_officials(normalize(text).text, entities=[])
    assert official.rank == "Đại tá"
