"""Places in the shapes that unseen articles showed, seventh round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests. Rows
that depend on how the NER model reads a span give that span explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names

# a place that ends a treaty's capitalised name is part of the name (GUIDELINES: a place word
# inside the proper name of a thing is no place), through a dash, "xuyên" or "và" too; a
# lower-case word of its own ("với", "về") ends the name, and so does a sentence's end
TREATY_NAME = [
    ("Ba nước ký Hiệp định Thương mại Tự do Bắc Mỹ (NAFTA) năm 1992.", [("LOC", "Bắc Mỹ")], set()),
    ("Nhật Bản muốn cứu Hiệp định Đối tác xuyên Thái Bình Dương (TPP).", [], {"Nhật Bản"}),
    ("Kỷ niệm ngày ký Hiệp ước Hòa bình và Hữu nghị Nhật Bản - Trung Quốc.", [], set()),
    ("Nhiều nước cam kết thực hiện Hiệp định Paris về biến đổi khí hậu.", [("LOC", "Paris")], set()),
    ("Công ước Geneva bảo vệ tù binh chiến tranh.", [("LOC", "Geneva")], set()),
    ("Hội nghị thượng đỉnh khí hậu năm 2015 diễn ra tại Paris.", [("LOC", "Paris")], {"Paris"}),
    ("Việt Nam đàm phán Hiệp định Thương mại với Mỹ trong năm nay.", [], {"Việt Nam", "Mỹ"}),
    ("Ông Trump rút khỏi hiệp định. Thái Bình Dương vẫn nóng lên.", [], {"Thái Bình Dương"}),
    ("Bão số 3 hình thành trên Thái Bình Dương.", [], {"Thái Bình Dương"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), TREATY_NAME)
def test_a_place_that_ends_a_treaty_name(text, spans, names):
    assert _names(text, spans) == names


# a capitalised feature word right after a vessel's word opens the vessel's name ("tàu Biển
# Ngọc 20"); in lower case the feature is where the vessel sails, and a country after "tàu" is
# the vessel's flag
VESSEL_NAME = [
    ("Tàu Biển Ngọc 20 bị chìm khi vào bờ.", [], set()),
    ("Chiếc tàu du lịch Biển Ngọc chở 30 du khách.", [("LOC", "Biển Ngọc")], set()),
    ("Con tàu Sông Hàn 05 vừa cập cảng.", [], set()),
    ("Tàu cá neo đậu trên biển Quy Nhơn.", [], {"Quy Nhơn"}),
    ("Du khách đi thuyền trên sông Hồng.", [], {"sông Hồng"}),
    ("Tàu Trung Quốc xâm phạm vùng biển Hoàng Sa.", [], {"Trung Quốc", "Hoàng Sa"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), VESSEL_NAME)
def test_a_feature_word_that_opens_a_vessel_name(text, spans, names):
    assert _names(text, spans) == names


# the period of "TP." may end the sentence: a word that opens a sentence ("Cũng", "Theo") after
# it is the next sentence, no unlisted city; a foreign city after "TP." stays one
ABBREVIATION_ENDS_SENTENCE = [
    ("Ông được điều về công tác ở TP. Cũng trong ngày 28.6, tỉnh bổ nhiệm thêm cán bộ.",
     [("LOC", "TP. Cũng")], set()),
    ("Hội nghị diễn ra tại TP. Theo kế hoạch, tỉnh sẽ mở đường mới.", [], set()),
    ("Vụ nổ ở TP. Manchester làm nhiều người chết.", [("LOC", "TP. Manchester")], {"Manchester"}),
    ("Đoàn công tác làm việc tại TP. Hội An.", [], {"Hội An"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), ABBREVIATION_ENDS_SENTENCE)
def test_a_sentence_after_an_abbreviated_city_word(text, spans, names):
    assert _names(text, spans) == names
