"""Places in the shapes that unseen articles showed, second round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests: a
foreign place named twice with and without its word, the sea off a Vietnamese unit, a headline's
colon after a feature word. Rows that depend on how the NER model reads a span give that span
explicitly (``entities=``).
"""
from __future__ import annotations

import pytest

from vngovnlp.extract.locations import find_locations
from vngovnlp.types import Entity


def _locations(text, spans=None):
    entities = None
    if spans is not None:
        entities = []
        for label, span in spans:
            start = text.index(span)
            entities.append(Entity(label, span, start, start + len(span)))
    return find_locations(text, entities=entities)


def _names(text, spans=None):
    return {x.name for x in _locations(text, spans)}


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
