"""Awards: classes found reading unseen award passages (session 18, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a country written with a lower-case head before its
capitalised name ("Huân chương ... do nước Pháp tặng", "của nhà nước Lào", "chính phủ Lào đã trao
tặng ..."): it gives, as written, as "Nhà nước Pháp" does; a head alone ("do nhà nước trao tặng")
or a lower-case word that is no name after it gives none; such a country after a proposal word
("đề nghị nước Pháp tặng ...") keeps the proposal no act, as a post there does; a person named
by a pronoun between the give verb and the award ("UBND thành phố đã tặng ông danh hiệu ...",
"Công an huyện trao tặng anh Giấy khen"): one individual when the act has a giver, none in talk
with no giver ("tôi tặng anh danh hiệu ..."); a date or time in lower case right after a giver
ends it ("Bằng khen của UBND tỉnh ngày 5/3", "của Nhà nước Lào vào năm 2015"), a name holding
"Tháng" goes on ("Công ty 30 Tháng 4").
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award or
no giver.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# a country with a lower-case head before its name gives, as written
LOWER_COUNTRY_GIVERS = [
    ("Ông Lê Văn Hùng được tặng Huân chương Bắc Đẩu Bội tinh do nước Pháp tặng.",
     [("Huân chương Bắc Đẩu Bội tinh", "nước Pháp", 0, 1)]),
    ("Bà Trần Thị Hoa nhận Huân chương Cành cọ hàn lâm do chính phủ Bỉ trao tặng.",
     [("Huân chương Cành cọ hàn lâm", "chính phủ Bỉ", 0, 1)]),
    ("Ông Nguyễn Văn Bình nhận Huân chương Tự do hạng Nhất của nhà nước Lào.",
     [("Huân chương Tự do hạng Nhất", "nhà nước Lào", 0, 1)]),
    ("Năm nay, chính phủ Lào đã trao tặng ông Trần Văn Lộc Huân chương Itsala.",
     [("Huân chương Itsala", "chính phủ Lào", 0, 1)]),
    ("Giáo sư Phạm Văn Đức nhận Huân chương Hữu nghị do nước Cộng hòa Séc trao tặng.",
     [("Huân chương Hữu nghị", "nước Cộng hòa Séc", 0, 1)]),
    # capitalised, as before
    ("Ông Lê Văn Hùng nhận Huân chương Hữu nghị do Nhà nước Lào trao tặng.",
     [("Huân chương Hữu nghị", "Nhà nước Lào", 0, 1)]),
    # a head with no name, or a lower-case word after it, gives none
    ("Công ty Xây dựng Số 1 nhận Bằng khen do nhà nước trao tặng.", [("Bằng khen", None, 1, 0)]),
    ("Ông Lê Văn Hùng được tặng Huân chương Hữu nghị, do nước lũ dâng cao ông không dự lễ được.",
     [("Huân chương Hữu nghị", None, 0, 1)]),
    ("Ông Lê Văn Hùng nhận Huân chương Hữu nghị do nước bạn trao tặng.", [("Huân chương Hữu nghị", None, 0, 1)]),
    # a proposal or a plan is no act, whoever gives
    ("Đại sứ quán đề nghị nước Pháp tặng Huân chương Bắc Đẩu Bội tinh cho ông Lê Văn Hùng.", []),
    ("Bộ Ngoại giao kiến nghị chính phủ Lào tặng Huân chương Itsala cho 2 chuyên gia.", []),
    ("Ông Lê Văn Hùng sẽ được nhận Huân chương Hữu nghị do chính phủ Lào trao tặng.", []),
]

# a pronoun between the give verb and the award is one person receiving, when the act has a giver
PRONOUN_OBJECTS = [
    ("Vì vậy, UBND thành phố đã tặng ông danh hiệu Chiến sĩ thi đua.",
     [("danh hiệu Chiến sĩ thi đua", "UBND thành phố", 0, 1)]),
    ("Chủ tịch UBND tỉnh đã tặng bà Bằng khen vì thành tích cứu người.", [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 1)]),
    ("Ngay sau đó, Công an huyện Gia Lâm đã trao tặng anh Giấy khen.",
     [("Giấy khen", "Công an huyện Gia Lâm", 0, 1)]),
    ("Giám đốc Sở Giáo dục trao tặng em Giấy khen vì trả lại của rơi.", [("Giấy khen", "Giám đốc Sở Giáo dục", 0, 1)]),
    ("Bộ trưởng Bộ Công an đã tặng chị ấy Bằng khen.", [("Bằng khen", "Bộ trưởng Bộ Công an", 0, 1)]),
    # a named person after the cue, as before
    ("UBND tỉnh tặng ông Trần Văn Lộc Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    # talk with no giver, a recalled year, a future or a proposal: no act
    ("Còn tôi tặng anh danh hiệu Người chồng tốt nhất.", []),
    ("Năm 2005, UBND tỉnh đã tặng ông Bằng khen.", []),
    ("Sở Y tế sẽ tặng chị Giấy khen.", []),
    ("Sở Y tế đề nghị tặng chị Giấy khen.", []),
]

# a lower-case date or time after a giver ends the giver
GIVER_DATE_TAILS = [
    ("Ông Lê Văn Hùng nhận Bằng khen của UBND tỉnh ngày 5/3.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Ông Lê Văn Hùng nhận Huân chương Hữu nghị của Nhà nước Lào vào năm 2015.",
     [("Huân chương Hữu nghị", "Nhà nước Lào", 0, 1)]),
    ("Chị Lê Thị Hà nhận Bằng khen của Bộ trưởng Bộ Y tế vào dịp 27/2.", [("Bằng khen", "Bộ trưởng Bộ Y tế", 0, 1)]),
    ("Anh Lê Văn Hùng nhận Giấy khen của Giám đốc Công an tỉnh chiều 12/6.",
     [("Giấy khen", "Giám đốc Công an tỉnh", 0, 1)]),
    # a name holding a capitalised date word, or a giver with no date, goes on
    ("Anh Lê Văn Hùng nhận Giấy khen của Công ty 30 Tháng 4.", [("Giấy khen", "Công ty 30 Tháng 4", 0, 1)]),
    ("Anh Lê Văn Hùng nhận Giấy khen của Công ty Dệt Nam Định.", [("Giấy khen", "Công ty Dệt Nam Định", 0, 1)]),
    # a date that opens the sentence, older than the article's own, still recalls
    ("Năm 2005, ông Lê Văn Hùng nhận Bằng khen của UBND tỉnh.", []),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_COUNTRY_GIVERS + PRONOUN_OBJECTS + GIVER_DATE_TAILS)
def test_unseen_classes_session18(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in LOWER_COUNTRY_GIVERS + PRONOUN_OBJECTS + GIVER_DATE_TAILS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
