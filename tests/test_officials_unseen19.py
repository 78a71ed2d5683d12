"""Classes of officials' phrases found by reading the library's output on unseen news articles
(session 19, readings 28 and 29).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the titles that must be read, for whom) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import official_titles

# a post after the comma behind a name opens a new clause when a given name follows it ("…, Thứ
# trưởng Ái đã yêu cầu") or when it is bare before a verb and another person named before holds it
NEW_SUBJECT_AFTER_COMMA = [
    ("Thứ trưởng Đinh Công Lộc nhận báo cáo. Thực hiện chỉ đạo của Phó Thủ tướng Trương Minh Hòa, "
     "Thứ trưởng Lộc đã ký văn bản.",
     "Trương Minh Hòa", ["Phó Thủ tướng"]),
    ("Theo đề nghị của Chủ tịch UBND tỉnh Lê Văn Thành, Giám đốc Tuấn đã rút lại quyết định. "
     "Ông Phạm Anh Tuấn nhận trách nhiệm.",
     "Lê Văn Thành", ["Chủ tịch UBND tỉnh"]),
    ("Bộ trưởng Phan Quốc Dũng đã gặp Thứ trưởng Đỗ Văn Lợi, Bộ trưởng cho biết sẽ xem xét lại.",
     "Đỗ Văn Lợi", ["Thứ trưởng"]),
    ("Chủ tịch Trần Văn Bình đã điện cho Giám đốc Sở Y tế Lê Hữu Phước, Chủ tịch yêu cầu báo cáo ngay.",
     "Lê Hữu Phước", ["Giám đốc Sở Y tế"]),
    ("Phó Chủ tịch Trần Văn Bình chủ trì. Bộ trưởng Lê Văn Cường, Phó Chủ tịch cho biết sẽ xem xét.",
     "Lê Văn Cường", ["Bộ trưởng"]),
]
# the apposition stays: a post after the comma with its body, or bare before a verb when no one
# else holds it, or after a name with no post before it
APPOSED_AFTER_COMMA = [
    ("Ông Nguyễn Văn Tâm, Giám đốc Sở Xây dựng cho biết công trình đã xong.",
     "Nguyễn Văn Tâm", ["Giám đốc Sở Xây dựng"]),
    ("Ông Nguyễn Văn Tâm, Giám đốc cho biết nhà máy đã chạy thử.", "Nguyễn Văn Tâm", ["Giám đốc"]),
    ("Phó Chủ tịch Trần Văn Bình chủ trì. Ông Lê Văn Cường, Phó Chủ tịch cho biết sẽ xem xét.",
     "Lê Văn Cường", ["Phó Chủ tịch"]),
    ("Thứ trưởng Đỗ Văn Lợi, Trưởng ban Chỉ đạo cho biết đã họp.", "Đỗ Văn Lợi",
     ["Thứ trưởng", "Trưởng ban Chỉ đạo"]),
    ("Phó Thủ tướng Trương Minh Hòa, Chủ tịch Ủy ban An toàn giao thông quốc gia phát biểu.",
     "Trương Minh Hòa", ["Phó Thủ tướng", "Chủ tịch Ủy ban An toàn giao thông quốc gia"]),
    ("Ông Nguyễn Văn Tâm, Tổng giám đốc Vingroup cho biết.", "Nguyễn Văn Tâm", ["Tổng giám đốc"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), NEW_SUBJECT_AFTER_COMMA)
def test_a_post_after_a_comma_that_opens_a_clause_is_not_the_name_s(text, name, titles):
    assert official_titles(text)[name] == titles, official_titles(text)


@pytest.mark.parametrize(("text", "name", "titles"), APPOSED_AFTER_COMMA)
def test_a_post_apposed_after_a_comma_stays_the_name_s(text, name, titles):
    assert official_titles(text)[name] == titles, official_titles(text)


def test_the_given_name_after_the_post_is_its_holder():
    text = "Thứ trưởng Đỗ Văn Lợi đến muộn. Chủ tịch Trần Văn Bình, Thứ trưởng Lợi đã thống nhất."
    assert official_titles(text) == {"Đỗ Văn Lợi": ["Thứ trưởng"], "Trần Văn Bình": ["Chủ tịch"]}


# a capitalised word that no full name of the text ends with opens a body, not a short name: the
# person before keeps the post
BODY_WORD_AFTER_POST = [
    ("Bà Lê Thị Hồng - Tổng giám đốc Chứng khoán Sài Gòn cho biết.", "Lê Thị Hồng", "Tổng giám đốc"),
    ("Ông Trần Quý Bình, Phó giám đốc Chương trình phát triển đô thị, nói.", "Trần Quý Bình", "Phó giám đốc"),
]


@pytest.mark.parametrize(("text", "name", "post"), BODY_WORD_AFTER_POST)
def test_a_body_word_after_the_post_is_no_short_name(text, name, post):
    titles = official_titles(text)
    assert name in titles and titles[name] and titles[name][0].startswith(post), titles


# "cán bộ" is a post of a state body's officer when the body follows it, or the field and the
# place of a commune or district office ("cán bộ địa chính xã X"); bare it is the plural
OFFICERS_OF_A_BODY = [
    ("Bị cáo Lê Văn Dũng (38 tuổi, nguyên cán bộ Ban quản lý dự án giao thông tỉnh) bị tuyên 4 năm tù.",
     "Lê Văn Dũng", ["nguyên cán bộ Ban quản lý dự án giao thông tỉnh"]),
    ("Bị cáo Y Bhin Niê (45 tuổi, nguyên cán bộ địa chính xã Ea Tiêu) bị phạt 3 năm tù.",
     "Y Bhin Niê", ["nguyên cán bộ địa chính xã Ea Tiêu"]),
    ("Trần Quang Vinh - nguyên cán bộ địa chính xã Tam Hiệp bị khởi tố.",
     "Trần Quang Vinh", ["nguyên cán bộ địa chính xã Tam Hiệp"]),
    ("Ông Phạm Văn Khải, cán bộ tư pháp xã Đông Hòa, đã ký chứng thực.",
     "Phạm Văn Khải", ["cán bộ tư pháp xã Đông Hòa"]),
    ("Bà Hà Thị Liên, cán bộ Phòng Lao động huyện Quế Sơn, cho biết.",
     "Hà Thị Liên", ["cán bộ Phòng Lao động huyện Quế Sơn"]),
]
NO_OFFICER = [
    "Ông Nguyễn Văn Long, cán bộ hưu trí, góp ý về dự thảo.",
    "Ông Lê Văn Nam, cán bộ, cho biết đã nhận đơn.",
    "Sáng nay, cán bộ, chiến sĩ Công an tỉnh đã có mặt. Ông Lê Văn Nam vui mừng.",
    "Hai cán bộ Phòng Y tế huyện Lê Văn Nam và Trần Văn Bảo đã đến.",
    # a year of the sexagenary cycle is no person, whatever post follows it
    "Mùng 4 Tết Đinh Dậu, cán bộ Ban Chỉ huy quân sự huyện Ba Vì đã đến từng nhà.",
    "Ngày mùng 2 Tết Mậu Tuất, Chủ tịch UBND tỉnh đã thăm hỏi các gia đình.",
]


@pytest.mark.parametrize(("text", "name", "titles"), OFFICERS_OF_A_BODY)
def test_an_officer_of_a_named_body_or_office_is_an_official(text, name, titles):
    assert official_titles(text)[name] == titles, official_titles(text)


@pytest.mark.parametrize("text", NO_OFFICER)
def test_a_bare_officer_word_or_a_lunar_year_is_no_official(text):
    assert official_titles(text) == {}, official_titles(text)


def test_a_name_with_a_branch_word_stays_a_name():
    assert official_titles("Ông Đinh Văn Dậu, Chủ tịch UBND xã Tân An, cho biết.") == {
        "Đinh Văn Dậu": ["Chủ tịch UBND xã Tân An"]}


# a name glued to the next word with no space: a hyphen and the word of a former post ("A-nguyên
# Trưởng phòng …"), or a form of address glued before a family name ("ôngNguyễn …")
GLUED_TO_THE_NAME = [
    ("Lê Văn Hiếu-nguyên Trưởng phòng TN-MT huyện bị khởi tố.", "Lê Văn Hiếu", ["nguyên Trưởng phòng TN-MT huyện"]),
    ("Đỗ Thị Hà-nguyên Phó Chủ tịch UBND xã Tân Lập; Vũ Văn Khoa-cựu Trưởng Công an xã Tân Lập bị bắt.",
     "Đỗ Thị Hà", ["nguyên Phó Chủ tịch UBND xã Tân Lập"]),
    ("Đỗ Thị Hà-nguyên Phó Chủ tịch UBND xã Tân Lập; Vũ Văn Khoa-cựu Trưởng Công an xã Tân Lập bị bắt.",
     "Vũ Văn Khoa", ["cựu Trưởng Công an xã Tân Lập"]),
    ("Theo ôngTrần Minh Quân, Giám đốc Sở Xây dựng, dự án chậm tiến độ.", "Trần Minh Quân", ["Giám đốc Sở Xây dựng"]),
    ("Theo bàLê Thị Thu, Phó Chủ tịch UBND huyện, đã có kết luận.", "Lê Thị Thu", ["Phó Chủ tịch UBND huyện"]),
]
# a lower-case word that only begins like a form of address, or a hyphen before no former word,
# splits nothing
NOT_GLUED = [
    "Trên bànNguyễn Văn An, Chủ tịch UBND xã, để lại thư.",
    "Anh Tạ Văn Hòa-nguyện vọng là Chủ tịch UBND xã.",
]


@pytest.mark.parametrize(("text", "name", "titles"), GLUED_TO_THE_NAME)
def test_a_name_glued_to_a_former_word_or_an_honorific_is_read(text, name, titles):
    assert official_titles(text)[name] == titles, official_titles(text)


def test_the_glued_name_keeps_its_offsets():
    from vngovnlp.extract.officials import find_officials

    text = "Theo ôngTrần Minh Quân, Giám đốc Sở Xây dựng, dự án chậm."
    o = find_officials(text, entities=[])[0]
    assert (text[o.start:o.end], o.honorific) == ("Trần Minh Quân", "ông")


@pytest.mark.parametrize("text", NOT_GLUED)
def test_no_name_is_split_from_an_ordinary_word(text):
    assert official_titles(text) == {}, official_titles(text)


# a pair of names before a pair of posts: each post is the name's in its order when a comma joins
# them and the posts are two rungs of one ladder (they share the body); a bracket after a pair
# belongs to the last name only
PAIRS_AND_POSTS = [
    ("Phan Thị Mai, Lê Quốc Bảo - nguyên Giám đốc, Phó Giám đốc Công ty Xuất nhập khẩu Hòa Bình bị bắt.",
     {"Phan Thị Mai": ["nguyên Giám đốc Công ty Xuất nhập khẩu Hòa Bình"],
      "Lê Quốc Bảo": ["Phó Giám đốc Công ty Xuất nhập khẩu Hòa Bình"]}),
    ("Bà Đinh Thị Lan, ông Vũ Minh Tuấn - Chủ tịch, Phó Chủ tịch Hội Nông dân xã đến dự.",
     {"Đinh Thị Lan": ["Chủ tịch Hội Nông dân xã"], "Vũ Minh Tuấn": ["Phó Chủ tịch Hội Nông dân xã"]}),
    ("Ông Cao Văn Sĩ và ông Lý Văn Hưng (cựu Phó Tổng giám đốc Tổng công ty Vinashin) bị truy tố.",
     {"Lý Văn Hưng": ["cựu Phó Tổng giám đốc Tổng công ty Vinashin"]}),
    ("Cao Văn Sĩ và Lý Văn Hưng (nguyên Chủ tịch UBND xã Tân Lập) bị kỷ luật.",
     {"Lý Văn Hưng": ["nguyên Chủ tịch UBND xã Tân Lập"]}),
    # no ladder, or three names: the posts stay with the last name as before
    ("Ông Cao Văn Sĩ, Lý Văn Hưng - Giám đốc Sở Y tế, Chủ tịch UBND huyện Mê Linh đến dự.",
     {"Lý Văn Hưng": ["Giám đốc Sở Y tế", "Chủ tịch UBND huyện Mê Linh"]}),
    ("Ông Cao Văn Sĩ, Lý Văn Hưng, Đào Văn Cảnh - Giám đốc, Phó Giám đốc Sở Y tế đến dự.",
     {"Đào Văn Cảnh": ["Giám đốc Sở Y tế", "Phó Giám đốc Sở Y tế"]}),
    # without a bracket the post after the pair is both's
    ("Cao Văn Sĩ và Lý Văn Hưng nguyên Phó Chủ tịch UBND tỉnh bị kỷ luật.",
     {"Cao Văn Sĩ": ["nguyên Phó Chủ tịch UBND tỉnh"], "Lý Văn Hưng": ["nguyên Phó Chủ tịch UBND tỉnh"]}),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS_AND_POSTS)
def test_a_pair_of_names_takes_its_posts_in_order(text, expected):
    assert official_titles(text) == expected


# a post after "làm", "trở thành", "với tư cách", "trên cương vị" is the name's; a board member
# ("Thành viên HĐQT") is a post with its board; "2 Phó Chủ tịch mới là ông A và ông B" names the
# new holders of the post
POSTS_AFTER_A_VERB = [
    ("Đại hội đã bầu bổ sung ông Trịnh Văn Đạt làm Thành viên HĐQT nhiệm kỳ 2018-2023.",
     {"Trịnh Văn Đạt": ["Thành viên HĐQT"]}),
    ("Bà Ngô Thu Hà trở thành Tổng giám đốc Công ty cổ phần Thép Miền Nam từ tháng 5.",
     {"Ngô Thu Hà": ["Tổng giám đốc Công ty cổ phần Thép Miền Nam"]}),
    ("Ông Mai Văn Khánh, với tư cách Chủ tịch UBND huyện Đông Anh, đã ký quyết định.",
     {"Mai Văn Khánh": ["Chủ tịch UBND huyện Đông Anh"]}),
    ("Ông Mai Văn Khánh, trên cương vị Giám đốc Sở Tư pháp, đã chỉ đạo rà soát.",
     {"Mai Văn Khánh": ["Giám đốc Sở Tư pháp"]}),
    ("Ngân hàng đã bổ nhiệm 2 Phó Tổng giám đốc mới là ông Lâm Văn Tùng và bà Hoàng Thị Nga.",
     {"Lâm Văn Tùng": ["Phó Tổng giám đốc"], "Hoàng Thị Nga": ["Phó Tổng giám đốc"]}),
]
NO_POST_AFTER_A_VERB = [
    "Các thành viên HĐQT đã họp kín. Ông Lâm Văn Tùng không dự.",
    "Ông Lâm Văn Tùng trở thành thành viên của câu lạc bộ.",
    "Con rể Tổng thống mới là ông Jared Kushner.",
    "Ông Lâm Văn Tùng làm việc với thành viên Ban Quản lý.",
]


@pytest.mark.parametrize(("text", "expected"), POSTS_AFTER_A_VERB)
def test_a_post_after_a_verb_of_taking_office_is_the_name_s(text, expected):
    assert official_titles(text) == expected


@pytest.mark.parametrize("text", NO_POST_AFTER_A_VERB)
def test_a_member_word_or_a_possessed_post_is_no_post(text):
    assert official_titles(text) == {}, official_titles(text)


# a foreign federal state after a post or a body ("bang Hessen") belongs to the title and ends
# before its holder's foreign name; a foreign family name of two parts joined by a hyphen
# ("Green-Morgan") ends the name
FOREIGN_STATES_AND_NAMES = [
    ("Đoàn đã hội kiến Thủ hiến bang Bayern Markus Söder tại Munich.",
     {"Markus Söder": ["Thủ hiến bang Bayern"]}),
    ("Tiếp đoàn có Bộ trưởng Kinh tế bang Baden-Württemberg Nicole Hoffmeister và các quan chức.",
     {"Nicole Hoffmeister": ["Bộ trưởng Kinh tế bang Baden-Württemberg"]}),
    ("Đoàn gặp Chủ tịch Quốc hội bang Sachsen Matthias Rößler.",
     {"Matthias Rößler": ["Chủ tịch Quốc hội bang Sachsen"]}),
    ("Ông Gavin Newsom, Thống đốc bang California, cho biết.", {"Gavin Newsom": ["Thống đốc bang California"]}),
    ("Ông Peter Lewis-Brown, Giám đốc điều hành CBRE, cho biết.",
     {"Peter Lewis-Brown": ["Giám đốc điều hành CBRE"]}),
]
NO_FOREIGN_OFFICIAL = [
    "Cuộc gặp Putin-Trump diễn ra ở Helsinki.",
    "Nhiều bang Mỹ đã cấm xe tự lái.",
    "Thủ hiến bang Bayern đã phát biểu.",
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_STATES_AND_NAMES)
def test_a_foreign_state_and_a_hyphenated_family_name(text, expected):
    assert official_titles(text) == expected


@pytest.mark.parametrize("text", NO_FOREIGN_OFFICIAL)
def test_no_person_from_a_pair_of_leaders_or_a_state_alone(text):
    assert official_titles(text) == {}, official_titles(text)


# a village's name after a village head's post belongs to the title with its higher places; the
# holder's Vietnamese name after the post stays the holder
VILLAGE_HEADS = [
    ("Ông Hoàng Văn Lợi, Trưởng thôn Khe Mạ, xã Tân Sơn, huyện Lục Ngạn cho biết.",
     {"Hoàng Văn Lợi": ["Trưởng thôn Khe Mạ, xã Tân Sơn, huyện Lục Ngạn"]}),
    ("Bùi Văn Tư - nguyên Trưởng bản Huổi Một bị tạm giữ.", {"Bùi Văn Tư": ["nguyên Trưởng bản Huổi Một"]}),
    ("Trưởng ấp Phú Hòa Trần Văn Sáu cho biết.", {"Trần Văn Sáu": ["Trưởng ấp Phú Hòa"]}),
    ("Trưởng thôn Lê Văn Hải cho biết.", {"Lê Văn Hải": ["Trưởng thôn"]}),
    ("Trưởng bản Lò Văn Pánh cho biết.", {"Lò Văn Pánh": ["Trưởng bản"]}),
]


@pytest.mark.parametrize(("text", "expected"), VILLAGE_HEADS)
def test_a_village_name_after_a_village_head_is_in_the_title(text, expected):
    assert official_titles(text) == expected


# a judge's post in lower case is a title before a name or with its court, not after a plural
LOWER_CASE_JUDGES = [
    ("Bà Kim Yoo-jin, thẩm phán Tòa án Hiến pháp, sẽ nghỉ hưu.", {"Kim Yoo-jin": ["thẩm phán Tòa án Hiến pháp"]}),
    ("Vụ án được đưa ra trước thẩm phán Harold Koh vào tuần tới.", {"Harold Koh": ["thẩm phán"]}),
    ("Ông Lê Văn Tâm, thẩm phán TAND tỉnh Long An, cho biết.", {"Lê Văn Tâm": ["thẩm phán TAND tỉnh Long An"]}),
    ("Các thẩm phán Tòa án tối cao đã họp. Ông Lê Văn Tâm vắng mặt.", {}),
    ("Ông Lê Văn Tâm cho biết thẩm phán sẽ xem xét lại.", {}),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_JUDGES)
def test_a_judge_in_lower_case(text, expected):
    assert official_titles(text) == expected
