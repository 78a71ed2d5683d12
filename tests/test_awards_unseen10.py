"""Awards: classes found reading unseen award passages (session 18, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a country written with a lower-case head before its
capitalised name ("Huân chương ... do nước Pháp tặng", "của nhà nước Lào", "chính phủ Lào đã trao
tặng ..."): it gives, as written, as "Nhà nước Pháp" does; a head alone ("do nhà nước trao tặng")
or a lower-case word that is no name after it gives none; such a country after a proposal word
("đề nghị nước Pháp tặng ...") keeps the proposal no act, as a post there does.
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


@pytest.mark.parametrize(("text", "expected"), LOWER_COUNTRY_GIVERS)
def test_unseen_classes_session18(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in LOWER_COUNTRY_GIVERS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
