"""Places in the shapes that unseen articles showed, third round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests. Rows
that depend on how the NER model reads a span give that span explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names
from readings import locations_of as _locations

# a city or town of a province written without "thành phố" / "thị xã", after a place cue, where
# the NER model reads exactly that name as a place; a list of them after one cue
BARE_CITY = [
    ("Cả nhà nghỉ hè tại Nha Trang năm nay.", [("LOC", "Nha Trang")], {"Nha Trang"}),
    ("Sau khi ra trường, anh về Đà Lạt mở quán cà phê.", [("LOC", "Đà Lạt")], {"Đà Lạt"}),
    ("Giá phòng khách sạn ở Vũng Tàu tăng vọt dịp lễ.", [("LOC", "Vũng Tàu")], {"Vũng Tàu"}),
    ("Chuyến xe khởi hành từ Buôn Ma Thuột lúc 5 giờ.", [("LOC", "Buôn Ma Thuột")], {"Buôn Ma Thuột"}),
    ("Du khách đổ về Hội An, Sầm Sơn và Hạ Long.",
     [("LOC", "Hội An"), ("LOC", "Sầm Sơn"), ("LOC", "Hạ Long")], {"Hội An", "Sầm Sơn", "Hạ Long"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), BARE_CITY)
def test_a_bare_city_after_a_cue(text, spans, names):
    assert _names(text, spans) == names


def test_a_bare_city_is_read_as_the_city():
    (loc,) = _locations("Cả nhà nghỉ hè tại Nha Trang năm nay.", [("LOC", "Nha Trang")])
    assert (loc.kind, loc.province) == ("city", "Khánh Hòa")


NOT_BARE_CITY = [
    # no cue before the name: a person or a word, whatever the model reads
    ("Chị Nha Trang vừa đi chợ về.", [("LOC", "Nha Trang")]),
    ("Đà Lạt mộng mơ là bài hát anh thích.", [("LOC", "Đà Lạt")]),
    # the model reads a person, or a longer name around the city
    ("Hôm qua tôi gặp ở Vinh một người bạn cũ.", [("PER", "Vinh")]),
    ("Cô làm việc tại Đà Lạt Milk nhiều năm.", [("ORG", "Đà Lạt Milk")]),
    # the model reads nothing there
    ("Hàng được chuyển về Hạ Long sáng nay.", []),
    # a thing named after the city, after its word
    ("Tàu neo đậu tại cảng Vũng Tàu.", [("LOC", "Vũng Tàu")]),
]


@pytest.mark.parametrize(("text", "spans"), NOT_BARE_CITY)
def test_no_bare_city_without_cue_and_place(text, spans):
    assert _names(text, spans) == set()


# a one-syllable country that is also a word or a given name, after a collective noun of a
# state's bodies or people: the country; after a title or a kin word: a person's given name
OWNED_COUNTRY = [
    ("Giới chức Nga khẳng định sẽ đáp trả.", "Nga"),
    ("Chính phủ Đức thông qua gói hỗ trợ mới.", "Đức"),
    ("Theo truyền thông Anh, thương vụ đã xong.", "Anh"),
    ("Đội tuyển Ý giành vé dự chung kết.", "Ý"),
    ("Người dân Áo đi bỏ phiếu từ sáng sớm.", "Áo"),
    ("Lượng du khách Séc đến Việt Nam tăng mạnh.", "Séc"),
    ("Quân đội Bỉ rút khỏi khu vực.", "Bỉ"),
]


@pytest.mark.parametrize(("text", "name"), OWNED_COUNTRY)
def test_a_one_syllable_country_after_a_collective_noun(text, name):
    assert name in _names(text, [])


NOT_OWNED_COUNTRY = [
    ("Thượng tá Nga cho biết vụ việc đang được xác minh.", "Nga"),
    ("Chị Anh là người nhặt được ví tiền.", "Anh"),
    ("Ông Đức khẳng định sẽ đáp trả.", "Đức"),
    # the name is the first syllable of a longer word or name
    ("Lực lượng vũ trang nhân dân Anh hùng được tuyên dương.", "Anh"),
    ("Doanh nghiệp Đức Long Gia Lai báo lỗ.", "Đức"),
]


@pytest.mark.parametrize(("text", "name"), NOT_OWNED_COUNTRY)
def test_no_country_after_a_title_or_inside_a_name(text, name):
    assert name not in _names(text, [])


# a unit whose name holds a spaced dash, after its administrative word: the whole name
DASHED_UNIT = [
    ("Anh đăng ký thường trú tại tỉnh Bà Rịa - Vũng Tàu từ năm ngoái.", {"Bà Rịa - Vũng Tàu"}),
    ("Hội thảo do tỉnh Bà Rịa – Vũng Tàu tổ chức.", {"Bà Rịa – Vũng Tàu"}),
    ("Khách sạn ở tỉnh Thừa Thiên - Huế kín phòng.", {"Thừa Thiên - Huế"}),
    ("Anh sống ở thành phố Bà Rịa, tỉnh Bà Rịa - Vũng Tàu.", {"Bà Rịa", "Bà Rịa - Vũng Tàu"}),
    # a dash that opens an aside ends the name
    ("Chúng tôi đến thành phố Bà Rịa - nơi có nhiều khu công nghiệp.", {"Bà Rịa"}),
]


@pytest.mark.parametrize(("text", "names"), DASHED_UNIT)
def test_a_dashed_unit_after_its_word(text, names):
    assert _names(text, []) == names


# "huyện đảo X" is the island district X, one place; "đảo X" alone is the island
ISLAND_DISTRICT = [
    ("Tàu khách rời huyện đảo Cô Tô lúc 14 giờ.", ("Cô Tô", "district")),
    ("Huyện đảo Lý Sơn có thêm trạm y tế.", ("Lý Sơn", "district")),
    ("Thầy giáo ra huyện đảo Bạch Long Vĩ dạy học.", ("Bạch Long Vĩ", "district")),
    ("Du khách ra đảo Cô Tô ngắm bình minh.", ("đảo Cô Tô", "island")),
]


@pytest.mark.parametrize(("text", "place"), ISLAND_DISTRICT)
def test_an_island_district_is_one_district(text, place):
    assert [(x.name, x.kind) for x in _locations(text, [])] == [place]


# a nationality names its country; a park named after a place is a thing
NATIONALITY = [
    ("Nghi phạm (quốc tịch Anh) bị tạm giữ.", {"Anh"}),
    ("Người đàn ông mang quốc tịch Đức khai nhận.", {"Đức"}),
    ("Chủ tịch Anh phát biểu khai mạc.", set()),
    ("Gia đình tôi đi chơi Công viên Châu Á cả ngày.", set()),
    ("Hàng nghìn người dạo công viên Hòa Bình sáng nay.", set()),
]


@pytest.mark.parametrize(("text", "names"), NATIONALITY)
def test_a_nationality_and_a_park(text, names):
    assert _names(text, []) == names


# the press's exonyms of foreign cities (CLDR's Vietnamese city names), after a place cue
EXONYM_CITY = [
    ("Hội nghị diễn ra tại Viêng Chăn hôm qua.", "Viêng Chăn"),
    ("Đoàn nghệ sĩ biểu diễn ở Praha ba đêm.", "Praha"),
    ("Chuyến bay đến Mát-xcơ-va bị hoãn.", "Mát-xcơ-va"),
]


@pytest.mark.parametrize(("text", "name"), EXONYM_CITY)
def test_an_exonym_city_after_a_cue(text, name):
    assert name in _names(text, [])


def test_an_exonym_city_needs_a_cue_or_a_place_reading():
    assert "Viêng Chăn" not in _names("Anh Viêng Chăn cười.", [])


# an award named after a person or a place names no place ("Huân chương Hồ Chí Minh", "Giải
# thưởng Hồ Chí Minh"); the place of the giver still counts
AWARDS_NAMED_AFTER = [
    ("Ông được truy tặng Huân chương Hồ Chí Minh vì có công lớn.", set()),
    ("Tác giả nhận Giải thưởng Hồ Chí Minh về văn học nghệ thuật.", set()),
    ("Đơn vị được tặng Huân chương Lao động và Cờ thi đua của UBND tỉnh Bắc Kạn.", {"Bắc Kạn"}),
]


@pytest.mark.parametrize(("text", "places"), AWARDS_NAMED_AFTER)
def test_an_award_named_after_a_place_names_no_place(text, places):
    assert _names(text) == places
