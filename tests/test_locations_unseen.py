"""Places in the shapes that unseen articles showed (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests: a
transliteration spelled syllable by syllable, a minority name with an apostrophe, two provinces
joined by a hyphen, a bare commune before its province in brackets, a foreign place run into a
person or into the next headline, a place inside an English title. Rows that depend on how the
NER model reads a span give that span explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names

import vngovnlp
from vngovnlp.extract.locations import find_locations

# a transliteration writes its syllables after the first in lower case: one word
TRANSLITERATED = [
    ("Lực lượng an ninh phong tỏa thị trấn Mang-đau suốt đêm.", [("LOC", "thị trấn Mang-đau")], "Mang-đau"),
    ("Bạo lực lan rộng ở bang Ra-khin từ tuần trước.", [("LOC", "bang Ra-khin")], "Ra-khin"),
    ("Chính phủ Mi-an-ma nới lỏng lệnh giới nghiêm.", [("LOC", "Mi-an-ma")], "Mi-an-ma"),
    ("Công tố viên Pê-ru yêu cầu bắt giữ cựu bộ trưởng.", [], "Pê-ru"),
    # the model reads the country as a person; alone, the listed transliteration is the place
    ("Đội tuyển Bra-xin có trận thắng thứ ba.", [("PER", "Bra-xin")], "Bra-xin"),
    ("Giá xăng ở U-crai-na tăng mạnh.", [], "U-crai-na"),
    ("Tổng thống Xy-ri tiếp phái đoàn.", [], "Xy-ri"),
]


@pytest.mark.parametrize(("text", "spans", "name"), TRANSLITERATED)
def test_a_transliteration_is_one_word(text, spans, name):
    assert name in _names(text, spans)


NOT_TRANSLITERATED = [
    # a capital after the hyphen: the name ends there, unless the whole is one listed name, which
    # is one place as written (not two)
    ("Đoàn công tác tỉnh Bà Rịa-Vũng Tàu đến thăm.", {"Bà Rịa-Vũng Tàu"}),
    ("Tai nạn giảm ở thị trấn Mang-đau?", {"Mang-đau"}),
    # a person's name joined to a post: no place either side
    ("Ông Nguyễn Văn Nam-Giám đốc Sở Tài chính phát biểu.", set()),
]


@pytest.mark.parametrize(("text", "names"), NOT_TRANSLITERATED)
def test_hyphenated_names_stay_as_written(text, names):
    assert _names(text) == names


# two provinces joined by a hyphen are two places, prefixed or bare
HYPHEN_PAIRS = [
    ("Số vụ tai nạn ở 2 tỉnh Đắk Lắk-Đắk Nông tăng.", {"Đắk Lắk", "Đắk Nông"}),
    ("Tuyến đường Quảng Nam-Đà Nẵng được mở rộng.", {"Quảng Nam", "Đà Nẵng"}),
    ("Hợp tác giữa các tỉnh Gia Lai - Kon Tum được đẩy mạnh.", {"Gia Lai", "Kon Tum"}),
    ("Tuyến đường Hà Nội-Lào Cai thông xe.", {"Hà Nội", "Lào Cai"}),
]


@pytest.mark.parametrize(("text", "names"), HYPHEN_PAIRS)
def test_two_places_joined_by_a_hyphen(text, names):
    found = _names(text)
    assert names <= found
    assert "Đắk" not in found


def test_a_hyphen_to_an_unknown_word_is_no_list():
    assert _names("Khách đến tỉnh Quảng Nam-Kiêm tra gấp.") == {"Quảng Nam"}


# an apostrophe inside a minority name is part of it
APOSTROPHES = [
    ("Nạn nhân trú xã Cư Dliê M’nông, huyện Cư M’gar, tỉnh Đắk Lắk.", {"Cư Dliê M’nông", "Cư M’gar", "Đắk Lắk"}),
    ("Học sinh huyện Cư M'gar nhận học bổng.", {"Cư M'gar"}),
    ("Cư M’gar là huyện có nhiều tai nạn nhất tỉnh Đắk Lắk.", {"Cư M’gar", "Đắk Lắk"}),
]


@pytest.mark.parametrize(("text", "names"), APOSTROPHES)
def test_an_apostrophe_joins_a_minority_name(text, names):
    found = _names(text)
    assert names <= found
    assert not any(n.endswith(" M") for n in found)


def test_a_typographic_apostrophe_resolves_the_province():
    found = {x.name: x.province for x in find_locations("Đoàn về huyện Cư M’gar kiểm tra.")}
    assert found == {"Cư M’gar": "Đắk Lắk"}


def test_closing_quote_is_no_apostrophe():
    assert "Lào Cai" in _names("Họ gọi đó là ‘Lào Cai’ thu nhỏ.")


# a name just before its province in brackets: a unit of it, when listed there or read as a place
BEFORE_PROVINCE = [
    ("Mưa lớn đo được tại Mường Tè (Lai Châu) 90 mm.", None, {"Mường Tè", "Lai Châu"}),
    ("Lượng mưa ở Bản Khoang (Lào Cai) hơn 60 mm.", [("LOC", "Bản Khoang"), ("LOC", "Lào Cai")],
     {"Bản Khoang", "Lào Cai"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), BEFORE_PROVINCE)
def test_a_commune_before_its_province(text, spans, names):
    assert names <= _names(text, spans)


NOT_BEFORE_PROVINCE = [
    ("Ông Trần Văn Toàn (Hà Tĩnh) được khen thưởng.", [("PER", "Trần Văn Toàn"), ("LOC", "Hà Tĩnh")]),
    ("Công ty Hoàng Long (Gia Lai) bị xử phạt.", [("ORG", "Công ty Hoàng Long"), ("LOC", "Gia Lai")]),
    ("Vận động viên Minh Khang (Đồng Nai) về nhất.", [("PER", "Minh Khang"), ("LOC", "Đồng Nai")]),
]


@pytest.mark.parametrize(("text", "spans"), NOT_BEFORE_PROVINCE)
def test_a_person_or_body_before_a_province_is_no_place(text, spans):
    assert len(_names(text, spans)) == 1


# a foreign place run into a person's name or into the next headline ends where they begin
RUN_ON = [
    ("Thị trưởng London Sadiq Khan kêu gọi bình tĩnh.", [("LOC", "London Sadiq Khan")], {"London"}),
    ("Lễ hội đón xuân ở Paris Mùa xuân về trên phố.", [("LOC", "Paris Mùa")], {"Paris"}),
    ("Theo nghị sĩ bang Alagoas Marcos Ribeiro, vụ việc nghiêm trọng.",
     [("PER", "Alagoas Marcos Ribeiro")], {"Alagoas"}),
    ("Ông là thống đốc bang Minas Gerais Fernando Pimentel.",
     [("PER", "Minas Gerais Fernando Pimentel")], {"Minas Gerais"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), RUN_ON)
def test_a_foreign_place_ends_before_a_person_or_a_headline(text, spans, names):
    assert _names(text, spans) == names


def test_a_foreign_person_alone_after_a_state_word_is_kept_whole():
    # a two-word place the model reads as a place is the place
    assert _names("Lũ lớn ở bang Rio Grande hôm qua.", [("LOC", "Rio Grande")]) == {"Rio Grande"}


# a one-syllable country between a post and a foreign person posted there
COUNTRY_BEFORE_PERSON = [
    ("Ông từng gặp Đại sứ Nga Sergey Ivanov nhiều lần.", [("LOC", "Nga"), ("PER", "Sergey Ivanov")], {"Nga"}),
    ("Bộ trưởng Ngoại giao Đức Frank Steinmeier tới Hà Nội.", [("PER", "Frank Steinmeier")], {"Đức", "Hà Nội"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), COUNTRY_BEFORE_PERSON)
def test_a_country_before_a_foreign_person(text, spans, names):
    assert _names(text, spans) == names


NOT_COUNTRY_BEFORE_PERSON = [
    ("Anh Tom cho biết sẽ trở lại.", [("PER", "Tom")]),          # the pronoun opening a sentence
    ("Đại sứ gặp ông Đức Nguyễn Minh Tuấn.", [("PER", "Nguyễn Minh Tuấn")]),  # a Vietnamese name after
]


@pytest.mark.parametrize(("text", "spans"), NOT_COUNTRY_BEFORE_PERSON)
def test_a_word_before_a_person_is_no_country(text, spans):
    assert not _names(text, spans) & {"Anh", "Đức"}


# a place inside an English title or a port's compound word is no place of its own
INSIDE_THING = [
    "Cô từng vào chung kết Vietnam’s Got Talent năm ngoái.",
    "Chương trình Vietnam's Next Top Model tuyển sinh.",
    "Tàu hàng cập cảng biển Nghi Sơn sáng nay.",
]


@pytest.mark.parametrize("text", INSIDE_THING)
def test_a_place_inside_a_title_or_a_compound(text):
    found = _names(text)
    assert "Vietnam" not in found
    assert not any(n.startswith("biển") for n in found)


def test_a_country_with_a_possessive_elsewhere_stays():
    assert "Việt Nam" in _names("Đội tuyển Việt Nam thắng ở vòng loại.")


# a name before its province in brackets is no place when it names a person or a thing
@pytest.mark.parametrize(("text", "not_place"), [
    ("10 bệnh nhân được chuyển xuống BV Bạch Mai (Hà Nội).", "Bạch Mai"),
    ("Tại BV Đa khoa Hùng Vương (Phú Thọ), các bác sĩ cấp cứu.", "Hùng Vương"),
    ("Trên sân vận động Thống Nhất (TP Hồ Chí Minh) sẽ diễn ra trận đấu.", "Thống Nhất"),
    ("ĐB Lưu Bình Nhưỡng (Bến Tre) bấm nút xin tranh luận.", "Bình Nhưỡng"),
])
def test_a_thing_or_person_before_a_bracketed_province_is_no_place(text, not_place):
    names = [loc.name for loc in vngovnlp.analyze(text).locations]
    assert not any(not_place in n for n in names), names


@pytest.mark.parametrize(("text", "place"), [
    ("Có 8 tỉnh đang triển khai gồm: Bắc Cạn, Bình Định, Quảng Ngãi.", "Bắc Cạn"),
    ("Đoàn công tác làm việc tại Đắc Nông hôm qua.", "Đắc Nông"),
])
def test_older_spellings_of_provinces(text, place):
    assert place in [loc.name for loc in vngovnlp.analyze(text).locations]
