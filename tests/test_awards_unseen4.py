"""Awards: classes found reading unseen ceremonies of VNTC (2006) and Báo Mới (session 12, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a nomination ("đề cử ... nhận huân chương", "ứng viên"),
the cost of a ceremony ("dự toán kinh phí lễ đón nhận"), a life after a year ("Sau 1975, ..."),
a newspaper or a review named in lower case ("báo X", "tạp chí X"), a referent alone after a
marker ("lên lá cờ truyền thống của đơn vị", "cho nhà trường vì ..."), a stop word written
capitalised inside a giver's name ("Liên hiệp Các Tổ chức hữu nghị"), givers and verbs listed
after a passive act ("A được Chủ tịch nước tặng ..., Thủ tướng tặng Bằng khen"), the body named
as the holder after a receive verb over the subject ("... và đón nhận Huân chương ... của Công
ty X"), talk about an act ("việc được tặng", "thông tin về trao"), "KS" before a name, an office
as a holder ("của Văn phòng Quốc hội"), praise after a foreign order's name ("cao quý"),
an acronym naming a body ("cho VAIP"), and a ceremony as the place of a receive verb ("phát biểu
tại lễ đón nhận").
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# a nomination puts someone forward: nothing is received yet
NOMINATIONS = [
    ("Liên đoàn được yêu cầu đề cử một gương mặt tiêu biểu nhận huân chương của FIFA.", []),
    ("Cố tiền vệ Lê Văn Tám là ứng viên sáng giá nhất nhận huân chương thế kỷ.", []),
    ("Hội đồng đã chọn ba ứng cử viên nhận Bằng khen của Bộ trưởng.", []),
    # a nominee who has received it, or an act told without a nomination, stays an act
    ("Sau khi được đề cử, anh Lê Văn Tám đã nhận Bằng khen của Bộ trưởng Bộ Công an.",
     [("Bằng khen", "Bộ trưởng Bộ Công an", 0, 1)]),
    ("Liên đoàn Bóng đá trao Kỷ niệm chương cho 12 cầu thủ.", [("Kỷ niệm chương", "Liên đoàn Bóng đá", 0, 12)]),
]

# the cost of a ceremony is the news, not the award
COSTS = [
    ("Ông khẳng định không ký bản dự toán kinh phí đón nhận Huân chương Lao động hạng Ba.", []),
    ("Công ty bị phê bình vì chi phí tổ chức lễ đón nhận Huân chương Lao động hạng Nhì quá lớn.", []),
    ("Bản quyết toán lễ đón nhận Huân chương Độc lập hạng Ba có nhiều khoản không hợp lệ.", []),
    # a ceremony without its cost is the act
    ("Công ty May Hòa Bình tổ chức lễ đón nhận Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", None, 1, 0)]),
    ("Chi bộ Thôn 4 đón nhận Huân chương Lao động hạng Ba.", [("Huân chương Lao động hạng Ba", None, 1, 0)]),
]

# "Sau 1975, ..." opens a life after that year: a record, not an act of the article
AFTER_YEAR = [
    ("Sau 1975, KS Lê Văn Đức được Nhà nước tặng thưởng Huân chương Độc lập hạng Ba.", []),
    ("Sau năm 1979, ông được tặng Huân chương Chiến công hạng Nhì.", []),
    # a day after an event, and a year of the article's own, are no record
    ("Sau lễ khai mạc, UBND tỉnh trao Bằng khen cho 6 tập thể.", [("Bằng khen", "UBND tỉnh", 6, 0)]),
    ("Sáng nay, KS Lê Văn Đức được Nhà nước tặng thưởng Huân chương Độc lập hạng Ba.",
     [("Huân chương Độc lập hạng Ba", None, 0, 1)]),
]

# a newspaper or a review written in lower case before its name is one body
LOWER_BODIES = [
    ("Bộ Văn hóa tổ chức lễ trao Bằng khen cho báo Tuổi Xanh và nhà thơ Lê Văn Hải.",
     [("Bằng khen", "Bộ Văn hóa", 1, 1)]),
    ("Hội Nhà văn tặng Giấy khen cho tạp chí Sông Lam.", [("Giấy khen", "Hội Nhà văn", 1, 0)]),
    # "nhà báo" before a name is still a person
    ("UBND tỉnh tặng Bằng khen cho nhà báo Lê Văn Hải.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
]

# a word standing for one body or person, alone after the marker, is one recipient
MARKER_REFERENTS = [
    ("Bà Lê Thị Hoa đã gắn Huân chương Hồ Chí Minh lên lá cờ truyền thống của đơn vị trong buổi lễ.",
     [("Huân chương Hồ Chí Minh", "Lê Thị Hoa", 1, 0)]),
    ("UBND tỉnh trao Bằng khen cho nhà trường vì có thành tích xuất sắc.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Hiệu trưởng trao Giấy khen cho em.", [("Giấy khen", "Hiệu trưởng", 0, 1)]),
    # a referent that goes on, a plural, or people of a kind count none
    ("UBND tỉnh trao Bằng khen cho đơn vị có thành tích xuất sắc.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
    ("UBND tỉnh trao Bằng khen cho các đơn vị có thành tích.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
    ("UBND tỉnh trao Bằng khen cho bà con nông dân.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
    ("UBND tỉnh trao Bằng khen cho đơn vị và cá nhân có thành tích.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
]

# a stop word written with a capital right after a capitalised word is a word of a name
CAPITALISED_STOPS = [
    ("Chủ tịch Liên hiệp Các Tổ chức hữu nghị tỉnh đã trao tặng Đại sứ Lê Văn An Kỷ niệm chương.",
     [("Kỷ niệm chương", "Chủ tịch Liên hiệp Các Tổ chức hữu nghị tỉnh", 0, 1)]),
    # the verb "tổ chức" still ends the giver
    ("Sở Tư pháp tổ chức lễ trao Bằng khen cho 5 cá nhân.", [("Bằng khen", "Sở Tư pháp", 0, 5)]),
    ("Ban Tổ chức Tỉnh ủy trao Giấy khen cho 3 cá nhân.", [("Giấy khen", "Ban Tổ chức Tỉnh ủy", 0, 3)]),
]

# givers and their verbs listed after a passive act give to its recipients
SHARED_PASSIVE = [
    ("Nông dân Lê Văn Tư đã được Chủ tịch nước trao tặng Huân chương Lao động hạng III, Thủ tướng tặng "
     "bằng khen.", [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 1), ("Bằng khen", "Thủ tướng", 0, 1)]),
    ("Trường Tiểu học Hòa An được Chủ tịch nước tặng Huân chương Lao động hạng Nhì, Bộ trưởng Bộ Giáo dục "
     "tặng Cờ thi đua.", [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 1, 0),
                          ("Cờ thi đua", "Bộ trưởng Bộ Giáo dục", 1, 0)]),
    # recipients of its own, or a sentence of its own, keep the second act apart
    ("Ông Lê Văn An được Chủ tịch nước tặng Huân chương Lao động hạng Ba, Bộ trưởng tặng Bằng khen cho 5 "
     "tập thể.", [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 1), ("Bằng khen", "Bộ trưởng", 5, 0)]),
    ("Ông Lê Văn An được Chủ tịch nước tặng Huân chương Lao động hạng Ba. Bộ trưởng tặng Bằng khen.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 1), ("Bằng khen", "Bộ trưởng", 0, 0)]),
]

# after a receive verb, the body named as its holder receives it, whoever the subject is
HOLDERS = [
    ("Đây là lời Phó Thủ tướng Lê Văn Bình tại lễ khánh thành nhà máy và đón nhận Huân chương Lao động hạng "
     "Ba của Công ty CP Xi măng Hòa Phát.", [("Huân chương Lao động hạng Ba", None, 1, 0)]),
    ("Giám đốc Lê Văn An đón nhận Huân chương Lao động hạng Ba của Công ty CP Sông Mã.",
     [("Huân chương Lao động hạng Ba", None, 1, 0)]),
    # a count before the verb stays; a person with no holder after the award is the recipient
    ("Sáng 5/3, 3 cán bộ đón nhận Huân chương Lao động hạng Ba của Công ty CP Sông Mã.",
     [("Huân chương Lao động hạng Ba", None, 0, 3)]),
    ("Ông Lê Văn An được tặng Huân chương Lao động hạng Ba.", [("Huân chương Lao động hạng Ba", None, 0, 1)]),
]

# talk about an act is no act
ABOUT_ACTS = [
    ("Phòng Nội vụ đang xác minh việc được tặng huy chương Kháng chiến hạng Nhì của ông Lê Văn Tư.", []),
    ("Trang web chỉ đăng những thông tin về trao huân chương nhân ngày lễ.", []),
    ("Sở đã báo cáo việc đã được tặng Bằng khen của hai giáo viên.", []),
    # the act itself is one
    ("Ông Lê Văn Tư được tặng Huy chương Kháng chiến hạng Nhì.", [("Huy chương Kháng chiến hạng Nhì", None, 0, 1)]),
]


@pytest.mark.parametrize("text,expected", NOMINATIONS + COSTS + AFTER_YEAR + LOWER_BODIES + MARKER_REFERENTS
                         + CAPITALISED_STOPS + SHARED_PASSIVE + HOLDERS + ABOUT_ACTS)
def test_unseen_classes_session12(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in MARKER_REFERENTS + SHARED_PASSIVE + HOLDERS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text


# after a receive verb "của Văn phòng X" holds the award
HOLDER_OFFICES = [
    ("Sáng nay diễn ra lễ đón nhận Huân chương Sao Vàng của Văn phòng Quốc hội.",
     [("Huân chương Sao Vàng", None, 1, 0)]),
    # after a commendation the office named is its giver
    ("Anh Lê Văn Tư nhận Bằng khen của Văn phòng Chính phủ.", [("Bằng khen", "Văn phòng Chính phủ", 0, 1)]),
]

# praise after an order the lexicon does not hold ends its name
ORDER_NAMES = [
    ("Ông Lê Văn An được Nữ hoàng trao tặng huân chương Chữ thập cao quý tại điện Buckingham.",
     [("Huân chương Chữ thập", "Nữ hoàng", 0, 1)]),
    ("Đại sứ Pháp trao tặng Huân chương Sao Bắc Đẩu danh giá cho bà Lê Thị Hoa.",
     [("Huân chương Sao Bắc Đẩu", "Đại sứ Pháp", 0, 1)]),
    # a name of more words, and its class, stay whole
    ("Đại sứ Pháp trao tặng Huân chương Cành cọ Hàn lâm hạng Nhất cho ông Lê Văn An.",
     [("Huân chương Cành cọ Hàn lâm hạng Nhất", "Đại sứ Pháp", 0, 1)]),
]


# an acronym of three capitals or more names a body, even one spelled like a syllable
ACRONYMS = [
    ("Thứ trưởng Lê Văn An đã trao bằng khen cho VAIP vì những đóng góp tích cực.", [("Bằng khen", "Thứ trưởng", 1, 0)]),
    ("UBND tỉnh tặng Giấy khen cho VEAM và ông Lê Văn Bình.", [("Giấy khen", "UBND tỉnh", 1, 1)]),
    # the acronyms of persons and of counted nouns stay what they are
    ("UBND tỉnh trao Bằng khen cho HLV Lê Văn An.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("UBND tỉnh trao Bằng khen cho NSND Lê Văn An.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("UBND tỉnh trao Bằng khen cho 5 HLV.", [("Bằng khen", "UBND tỉnh", 0, 5)]),
]

# a ceremony named as the place of a receive verb: the subject speaks there, receives nothing
CEREMONY_PLACES = [
    ("Bộ trưởng Lê Văn An phát biểu tại buổi lễ đón nhận Huân chương Lao động hạng Nhì của Công ty CP Sông Mã.",
     [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
    ("Ông Lê Văn Tài, Giám đốc Công ty, phát biểu tại lễ đón nhận Huân chương Lao động hạng Ba.", []),
    # the body that holds the ceremony receives
    ("Công ty CP Sông Mã tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.",
     [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
]


@pytest.mark.parametrize("text,expected", HOLDER_OFFICES + ORDER_NAMES + ACRONYMS + CEREMONY_PLACES)
def test_unseen_classes_session12_more(text, expected):
    assert [_key(a) for a in _awards(text)] == expected
