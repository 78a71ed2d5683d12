"""Places in the shapes that unseen articles showed, second round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests: a
foreign place named twice with and without its word, the sea off a Vietnamese unit, a headline's
colon after a feature word. Rows that depend on how the NER model reads a span give that span
explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names
from readings import locations_of as _locations

# a foreign place is one place whatever word introduces it: no second entry of another kind
FOREIGN_ONCE = [
    ("Quân đội tiến về Mosul. Giao tranh ác liệt ở thành phố Mosul.",
     [("LOC", "Mosul"), ("LOC", "thành phố Mosul")], "Mosul"),
    ("Bom nổ ở Baghdad. Thủ đô Baghdad tăng cường an ninh.", [("LOC", "Baghdad")], "Baghdad"),
    ("Khách sạn ở thủ đô Jakarta kín phòng; Jakarta đón thêm khách.", [], "Jakarta"),
    ("Bang Texas ban bố tình trạng khẩn cấp, thống đốc bang Texas cho biết.", [], "Texas"),
]


@pytest.mark.parametrize(("text", "spans", "name"), FOREIGN_ONCE)
def test_a_foreign_place_is_listed_once(text, spans, name):
    assert [x.name for x in _locations(text, spans)].count(name) == 1


# Vietnamese units of one name stay apart by their kind
UNITS_APART = [
    ("Tỉnh Hòa Bình và thành phố Hòa Bình ký kết hợp tác.", 2),
    ("Quận Hoàng Mai và thị xã Hoàng Mai kết nghĩa.", 2),
]


@pytest.mark.parametrize(("text", "count"), UNITS_APART)
def test_vietnamese_units_of_one_name_stay_apart(text, count):
    assert len(_locations(text)) == count


# "biển X" of a unit X the gazetteer lists is the unit's waters: the unit itself; a sea of its
# own name keeps its word, and so does a capitalised "Biển X" (a sea's proper name)
SEA_OF_A_UNIT = [
    ("Tàu cá mắc cạn trên biển Bình Thuận hôm qua.", {"Bình Thuận"}),
    ("Du khách đổ về tắm biển Sầm Sơn, Thanh Hóa.", {"Sầm Sơn", "Thanh Hóa"}),
    ("Rùa được thả về biển Cô Tô sáng nay.", {"Cô Tô"}),
    ("Ngư dân đánh cá ở biển Nga cả mùa đông.", {"Nga"}),
    ("Tàu tuần tra trên biển Đông suốt tháng.", {"biển Đông"}),
    ("Hai tàu sân bay tập trận tại Biển Philippines tuần này.", {"Biển Philippines"}),
    ("Du thuyền rời cảng đi biển Caribe.", {"biển Caribe"}),
]


@pytest.mark.parametrize(("text", "names"), SEA_OF_A_UNIT)
def test_the_sea_of_a_unit_is_the_unit(text, names):
    assert _names(text) == names


def test_the_sea_of_a_unit_is_read_with_the_unit_kind():
    (loc,) = _locations("Tàu cá mắc cạn trên biển Bình Thuận hôm qua.")
    assert (loc.name, loc.kind, loc.text) == ("Bình Thuận", "province", "Bình Thuận")


# a colon after a feature or village word is a headline's: no place runs across it
COLON_AFTER_FEATURE = [
    ("Xả thải bùn đen ra biển: Nghệ An đề nghị làm rõ", {"Nghệ An"}),
    ("Cá chết trắng sông: Hà Tĩnh vào cuộc", {"Hà Tĩnh"}),
    ("Tai nạn trên đèo: Lào Cai cảnh báo", {"Lào Cai"}),
]


@pytest.mark.parametrize(("text", "names"), COLON_AFTER_FEATURE)
def test_no_feature_across_a_headline_colon(text, names):
    assert _names(text) == names


def test_a_list_after_a_colon_still_follows_an_administrative_word():
    assert _names("Mưa lớn ở 3 tỉnh: Lào Cai, Yên Bái và Hà Giang.") == {"Lào Cai", "Yên Bái", "Hà Giang"}


# an address from the smaller place to the larger, or a place with its country in brackets: the
# NER model's place of foreign words is a place of the one beside it
CHAINED = [
    ("Ông sinh ra ở Los Angeles, California, Hoa Kỳ.",
     [("LOC", "Los Angeles"), ("LOC", "California"), ("LOC", "Hoa Kỳ")], {"Los Angeles", "California", "Hoa Kỳ"}),
    ("Lữ đoàn đóng tại Fort Hood, Texas (Mỹ) sẽ được thay thế.",
     [("LOC", "Fort Hood"), ("LOC", "Texas"), ("LOC", "Mỹ")], {"Fort Hood", "Texas", "Mỹ"}),
    ("Cô nghỉ dưỡng ở bãi biển Cancun (Mexico) cả tuần.", [("LOC", "Cancun"), ("LOC", "Mexico")],
     {"Cancun", "Mexico"}),
    ("Giáo sư của Đại học Swansea (Wales) lo ngại.", [("LOC", "Wales")], {"Wales"}),
    ("Đấu súng ở khu vực Jammu và Kashmir (Ấn Độ) đêm qua.", [("LOC", "Kashmir"), ("LOC", "Ấn Độ")],
     {"Kashmir", "Ấn Độ"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), CHAINED)
def test_a_place_beside_a_foreign_place(text, spans, names):
    assert names <= _names(text, spans)


NOT_CHAINED = [
    # a post and its holder, then his country: no place of the man
    ("Dưới thời Tổng thống Jokowi, Indonesia phát triển hạ tầng.", [("LOC", "Jokowi"), ("LOC", "Indonesia")],
     {"Indonesia"}),
    # a firm and its country in brackets after a family
    ("Gia đình Lee (Henderson Development, Hong Kong) giàu thứ năm.",
     [("LOC", "Henderson Development"), ("LOC", "Hong Kong")], {"Hong Kong"}),
    # the model's place of Vietnamese syllables before a country is not taken
    ("Anh gặp lại Thành Long, Trung Quốc tuần trước.", [("LOC", "Thành Long"), ("LOC", "Trung Quốc")],
     {"Trung Quốc"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), NOT_CHAINED)
def test_no_place_from_a_person_or_firm_beside_a_country(text, spans, names):
    assert _names(text, spans) == names


# territories and the nations of the United Kingdom are places of their own
TERRITORIES = [
    ("Khoảng cách giàu nghèo tại Hong Kong cao nhất trong 50 năm.", "Hong Kong"),
    ("Du khách Hồng Kông tăng mạnh.", "Hồng Kông"),
    ("Sòng bạc ở Ma Cao đóng cửa.", "Ma Cao"),
    ("Chính quyền Scotland phản đối.", "Scotland"),
    ("Tuyển xứ Wales giành vé.", "xứ Wales"),
    ("Xe bán tải được bán tại Anh Quốc từ tháng sau.", "Anh Quốc"),
]


@pytest.mark.parametrize(("text", "name"), TERRITORIES)
def test_territories_are_places(text, name):
    assert name in _names(text, [])


# a foreign word before a foreign name makes one longer name: no place inside it
INSIDE_FOREIGN_NAME = [
    ("Lễ hội tổ chức tại Sydney, New South Wales.", "Wales"),
    ("Juventus giành thêm Coppa Italia.", "Italia"),
    ("Bang New Mexico ban hành luật mới.", "Mexico"),
]


@pytest.mark.parametrize(("text", "name"), INSIDE_FOREIGN_NAME)
def test_no_country_inside_a_longer_foreign_name(text, name):
    assert name not in _names(text, [])
