"""Awards: classes found reading unseen ceremonies of VNTC (2006) and Báo Mới (session 17, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a person named with a cue written in lower case between
the give verb and the award ("trao tặng ông Nguyễn Văn A Huân chương ...", "tặng đồng chí B Huy
hiệu ...": the person receives, as a capitalised recipient there does), the giver after the name
of an order the lexicon does not hold ("Huân chương Bắc Đẩu Bội tinh do Nhà nước Pháp trao tặng":
read after the whole name, as after a listed order), a word standing for the article's subject,
its feeling, then "vì" or "khi" and the act ("Anh rất vui vì vừa được ... phong tặng ...": the
one the word stands for receives), a body written in lower case before its name or a police
body before a place ("được cảnh sát thành phố Osaka tặng ...": the giver, as written), a span of
years up to now before the verb ("Trong 20 năm qua, Công ty đã được ...", "Từ khi thành lập đến
nay, ..."): a body's history, records, unless "vừa" makes the act recent or the span is summed up
at the ceremony ("Tổng kết 5 năm qua, UBND tỉnh tặng ..."), the classes of a bare order listed
after "trong đó" or in brackets ("5 cá nhân được tặng Huân chương Lao động, trong đó 1 hạng Nhì và 4
hạng Ba", "5 Huân chương Lao động (1 hạng Nhì, 4 hạng Ba) cho 5 cá nhân": one entry per class, each
its own count of the kind the list is given to).
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# a person named with a lower-case cue between the give verb and the award receives it
CUED_OBJECTS = [
    ("Chủ tịch nước đã trao tặng ông Trần Văn Lộc Huân chương Lao động hạng Nhì.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 1)]),
    ("Bí thư Tỉnh ủy trao tặng đồng chí Lò Văn Sinh Huy hiệu 50 năm tuổi Đảng.",
     [("Huy hiệu 50 năm tuổi Đảng", "Bí thư Tỉnh ủy", 0, 1)]),
    ("Nhà vua Thái Lan đã trao tặng ông Nguyễn Văn Bảo huân chương Voi trắng.",
     [("Huân chương Voi trắng", "Nhà vua Thái Lan", 0, 1)]),
    ("Chủ tịch UBND tỉnh tặng bà Hà Thị Ngân danh hiệu Bà mẹ Việt Nam anh hùng.",
     [("danh hiệu Bà mẹ Việt Nam anh hùng", "Chủ tịch UBND tỉnh", 0, 1)]),
    ("Giám đốc Sở trao tặng chị Võ Thị Huệ Giấy khen vì đã cứu người.", [("Giấy khen", "Giám đốc Sở", 0, 1)]),
    # a capitalised recipient, as before; a lower-case word that is no cue names no recipient
    ("Chủ tịch nước trao tặng Trường THPT Lê Lợi Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Chủ tịch nước đã trao tặng nhiều Huân chương Lao động.", []),
    # a cued person in a future, a proposal or a dated record gets no act
    ("Chủ tịch nước sẽ trao tặng ông Trần Văn Lộc Huân chương Lao động hạng Nhì.", []),
    ("Bộ Nội vụ đề nghị tặng ông Trần Văn Lộc Bằng khen của Thủ tướng Chính phủ.", []),
    ("Năm 1998, Chủ tịch nước trao tặng ông Trần Văn Lộc Huân chương Lao động hạng Nhì.", []),
]


# the giver after an order the lexicon does not hold is read after the order's whole name
UNLISTED_ORDER_GIVERS = [
    ("Ông Lê Văn Hùng nhận Huân chương Bắc Đẩu Bội tinh do Nhà nước Pháp trao tặng.",
     [("Huân chương Bắc Đẩu Bội tinh", "Nhà nước Pháp", 0, 1)]),
    ("Bà Trần Thị Hoa đã đón nhận huân chương Cành cọ hàn lâm do Nhà nước Bỉ tặng.",
     [("Huân chương Cành cọ hàn lâm", "Nhà nước Bỉ", 0, 1)]),
    ("Ông Đỗ Văn Tâm nhận Huân chương Sao Bắc cực của Tổng thống Mông Cổ.",
     [("Huân chương Sao Bắc cực", "Tổng thống Mông Cổ", 0, 1)]),
    ("Viện Pasteur đón nhận Huân chương Mặt trời mọc hạng Ba do Nhà vua Nhật Bản trao tặng.",
     [("Huân chương Mặt trời mọc hạng Ba", "Nhà vua Nhật Bản", 1, 0)]),
    # after it, recipients are read as before; a listed order keeps its giver
    ("Nhà vua Thái Lan trao tặng huân chương Voi trắng cho 3 cá nhân.",
     [("Huân chương Voi trắng", "Nhà vua Thái Lan", 0, 3)]),
    ("Ông Lê Văn Hùng nhận Huân chương Hữu nghị do Chính phủ Lào trao tặng.",
     [("Huân chương Hữu nghị", "Chính phủ Lào", 0, 1)]),
    # a generic state gives none; a proposal is no act
    ("Ông Lê Văn Hùng nhận Huân chương Bắc Đẩu Bội tinh do Nhà nước trao tặng.",
     [("Huân chương Bắc Đẩu Bội tinh", None, 0, 1)]),
    ("Đại sứ quán đề nghị tặng Huân chương Bắc Đẩu Bội tinh cho ông Lê Văn Hùng.", []),
]

# a referent word, its feeling, then "vì"/"khi" and the act: the one it stands for receives
FEELING_REFERENTS = [
    ("Anh rất vui vì vừa được UBND thành phố phong tặng danh hiệu Chiến sĩ thi đua.",
     [("danh hiệu Chiến sĩ thi đua", "UBND thành phố", 0, 1)]),
    ("Bà xúc động khi được Chủ tịch nước trao Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 1)]),
    ("Ông rất cảm động khi nhận Bằng khen của Bộ trưởng Bộ Y tế.", [("Bằng khen", "Bộ trưởng Bộ Y tế", 0, 1)]),
    ("Đơn vị rất phấn khởi vì vừa được Bộ Quốc phòng tặng Cờ thi đua.", [("Cờ thi đua", "Bộ Quốc phòng", 1, 0)]),
    # a conjunction links as before; a denial or a future is no act
    ("Trường có tỷ lệ đỗ cao và được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Ông rất buồn vì không được tặng Bằng khen.", []),
    ("Chị rất vui vì sắp tới sẽ được tặng Bằng khen của UBND tỉnh.", []),
]

# a lower-case body before its name, or the police before a place, gives as written
LOWER_GIVERS = [
    ("Ba nữ thực tập sinh đã được cảnh sát thành phố Nagoya tặng bằng khen vì cứu người.",
     [("Bằng khen", "cảnh sát thành phố Nagoya", 0, 3)]),
    ("Anh Lê Văn Tâm đã được công an huyện Quốc Oai tặng Giấy khen.",
     [("Giấy khen", "công an huyện Quốc Oai", 0, 1)]),
    ("Chị Phạm Thị Hoa được công ty Dệt may Thành Công tặng Giấy khen.",
     [("Giấy khen", "công ty Dệt may Thành Công", 0, 1)]),
    ("Hai học sinh được ngân hàng Sài Gòn Thương Tín trao giấy khen.",
     [("Giấy khen", "ngân hàng Sài Gòn Thương Tín", 0, 2)]),
    # the police at large, or of a place not named, give none
    ("Anh Lê Văn Tâm được cảnh sát Nhật trao giấy khen.", [("Giấy khen", None, 0, 1)]),
    ("Anh Lê Văn Tâm được công an xã tặng Giấy khen.", [("Giấy khen", None, 0, 1)]),
    ("Anh Lê Văn Tâm được công an tặng Giấy khen.", [("Giấy khen", None, 0, 1)]),
]

# a span of years up to now before the verb tells a history: records
HISTORY_SPANS = [
    ("Trong 25 năm qua, Công ty đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba.", []),
    ("Qua 30 năm xây dựng và trưởng thành, Trường đã được Thủ tướng tặng Bằng khen.", []),
    ("Từ khi thành lập đến nay, Hợp tác xã đã được UBND tỉnh tặng Cờ thi đua.", []),
    ("Trải qua 40 năm, Bệnh viện đã được Chủ tịch nước tặng Huân chương Độc lập hạng Ba.", []),
    ("Hơn mười năm qua, Hội đã được Trung ương Hội tặng Bằng khen.", []),
    # a recent act after the span, a summing-up at the ceremony, an anniversary: acts
    ("Trong 25 năm qua, Công ty vừa được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Tổng kết 5 năm qua, UBND tỉnh tặng Bằng khen cho 20 tập thể.", [("Bằng khen", "UBND tỉnh", 20, 0)]),
    ("Đánh giá 10 năm qua, Bộ trưởng trao Bằng khen cho 5 tập thể.", [("Bằng khen", "Bộ trưởng", 5, 0)]),
    ("Nhân dịp kỷ niệm 20 năm thành lập, Công ty vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
]

# the classes of a bare order listed after "trong đó" or in brackets: one entry each, its own count
CLASS_PARTS = [
    ("Nhân dịp này, 7 cá nhân được tặng Huân chương Lao động, trong đó 2 hạng Nhì và 5 hạng Ba.",
     [("Huân chương Lao động hạng Nhì", None, 0, 2), ("Huân chương Lao động hạng Ba", None, 0, 5)]),
    ("Chủ tịch nước tặng Huân chương Lao động cho 6 cá nhân, trong đó 1 hạng Nhì và 5 hạng Ba.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 1), ("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 5)]),
    ("Chủ tịch nước tặng 6 Huân chương Lao động (2 hạng Nhì, 4 hạng Ba) cho 6 cá nhân.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 2), ("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 4)]),
    ("Chủ tịch nước tặng Huân chương Chiến công cho 4 tập thể (3 hạng Nhì, 1 hạng Ba).",
     [("Huân chương Chiến công hạng Nhì", "Chủ tịch nước", 3, 0), ("Huân chương Chiến công hạng Ba", "Chủ tịch nước", 1, 0)]),
    # classes with recipients of their own, as before
    ("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 2 tập thể, hạng Ba cho 3 tập thể và 4 cá nhân.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 2, 0), ("Huân chương Lao động hạng Ba", "Chủ tịch nước", 3, 4)]),
    # a class already named: "trong đó" names a part of its recipients, no new class
    ("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 3 tập thể, trong đó 2 tập thể của ngành y tế.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 3, 0)]),
]


@pytest.mark.parametrize("text,expected", CUED_OBJECTS + UNLISTED_ORDER_GIVERS + FEELING_REFERENTS + LOWER_GIVERS
                         + HISTORY_SPANS + CLASS_PARTS)
def test_unseen_classes_session17(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in CUED_OBJECTS + UNLISTED_ORDER_GIVERS + FEELING_REFERENTS + LOWER_GIVERS
                                  + HISTORY_SPANS + CLASS_PARTS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
