"""Awards: classes found reading unseen ceremonies of VNTC (2006) and Báo Mới (session 15, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a photo credit run into a sentence whose giver opens
with a body's head ("Ảnh: Phương Hoa/TTXVN Tổng Liên đoàn ...": the head is the giver's, not
the photographer's), a count written as a part of a whole ("22/28 đơn vị": the 22 receive; a day
and a month after a day word are a date), units that receive awards and head no list of the
officials' lexicon ("Nhà hát X", "Khu công nghiệp X", "Huyện đội X", "nhà hát X" in lower case:
one collective each), a ceremony dated in full at the head of a sentence ("Ngày 15/7/2016, ...")
and told from the past (older than the year before the article's latest, or written once right
after an older time: a history told in order) is a record, a role then the press body the
person works for then a full name ("phóng viên TTXVN Lê Văn Hùng", "phóng viên Báo Hòa An Trần
Hùng": one individual; "học sinh THCS Lê Lợi" names a school), a foreign person named bare ("cho
Frank Lampard": two or three capitalised words, none Vietnamese, no body's head or brand word:
one individual) and a title named for the kind of its holder ("danh hiệu Cầu thủ xuất sắc nhất
tháng 10": a person's), a city or a district referred to by its word alone after the marker
("trao tặng danh hiệu ... cho thành phố": the one the article speaks of, one collective), bodies
listed before a ";" with no verb of their own heading the subject of the next clause ("Sở GD&ĐT,
Tỉnh đoàn X; Thị ủy, UBND thị xã Y đã trao tặng giấy khen ...": each gives, as bodies named
together do).
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# a photo credit ends before a body's head: the giver of the next sentence keeps it; a
# photographer's name after the agency stays in the credit
CREDIT_BEFORE_BODY = [
    ("Lãnh đạo tỉnh trao Bằng khen. Ảnh: Thu Hà/TTXVN Tổng Liên đoàn Lao động Việt Nam tặng Cờ thi đua cho "
     "4 đơn vị.", [("Bằng khen", "Lãnh đạo tỉnh", 0, 0), ("Cờ thi đua", "Tổng Liên đoàn Lao động Việt Nam", 4, 0)]),
    ("Lãnh đạo tỉnh trao quà. Ảnh: VGP/Minh Khôi Sở Y tế tặng Giấy khen cho 6 tập thể.",
     [("Giấy khen", "Sở Y tế", 6, 0)]),
    ("Lãnh đạo tỉnh trao quà. Ảnh: Thu Hà/Báo Hòa An Bộ Công an tặng Bằng khen cho 2 tập thể.",
     [("Bằng khen", "Bộ Công an", 2, 0)]),
    ("Lãnh đạo tỉnh trao quà. Ảnh: Thu Hà/TTXVN Hội Liên hiệp Phụ nữ tỉnh tặng Bằng khen cho 9 cá nhân.",
     [("Bằng khen", "Hội Liên hiệp Phụ nữ tỉnh", 0, 9)]),
    # a photographer's name after the agency, a family name that is also a head, a post
    ("Lãnh đạo tỉnh trao quà. Ảnh: TTXVN/Lê Minh Khôi Thủ tướng trao Bằng khen cho 3 tập thể.",
     [("Bằng khen", "Thủ tướng", 3, 0)]),
    ("Lãnh đạo tỉnh trao quà. Ảnh: TTXVN/Đoàn Tấn Chủ tịch UBND tỉnh trao Bằng khen cho 3 tập thể.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 3, 0)]),
    ("Lãnh đạo tỉnh trao quà. Ảnh: Thu Hà/TTXVN UBND tỉnh tặng Bằng khen cho 7 tập thể.",
     [("Bằng khen", "UBND tỉnh", 7, 0)]),
]

# "N/M <noun>": the N of the M receive; after a day word "20/11" is a date, no count
PART_OF_WHOLE = [
    ("Sáng nay, 17/20 đơn vị được công nhận danh hiệu “Cơ quan văn hóa”.",
     [("danh hiệu Cơ quan văn hóa", None, 17, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 9/11 xã về đích nông thôn mới.", [("Bằng khen", "UBND tỉnh", 9, 0)]),
    ("UBND huyện tặng Giấy khen cho 6/8 trường và 14 giáo viên.", [("Giấy khen", "UBND huyện", 6, 14)]),
    ("UBND tỉnh tặng Bằng khen cho 3 tập thể, 18/21 cá nhân.", [("Bằng khen", "UBND tỉnh", 3, 18)]),
    # a day and a month, then a single collective
    ("Chiều 20/11 tập thể nhà trường được UBND huyện tặng Giấy khen.", [("Giấy khen", "UBND huyện", 1, 0)]),
    ("Ngày 26/3 tập thể chi đoàn được Huyện đoàn tặng Giấy khen.", [("Giấy khen", "Huyện đoàn", 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân.", [("Bằng khen", "UBND tỉnh", 12, 20)]),
]

# units of culture, production, the armed forces and the state named as recipients: one collective each
RECEIVING_UNITS = [
    ("Nhà hát Ca múa nhạc Hòa An đã đón nhận Huân chương Lao động hạng Ba do Nhà nước trao tặng.",
     [("Huân chương Lao động hạng Ba", None, 1, 0)]),
    ("Tối qua, nhà hát Kịch Sông Mã đón nhận Huân chương Lao động hạng Nhì.", [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
    ("Khu công nghiệp Tân Hòa được Thủ tướng tặng Cờ thi đua.", [("Cờ thi đua", "Thủ tướng", 1, 0)]),
    ("Chủ tịch nước trao Huân chương Lao động hạng Nhì cho Thư viện tỉnh Hòa An.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 1, 0)]),
    ("Bộ Quốc phòng tặng Bằng khen cho Huyện đội Tân Hòa và Tỉnh đội Sông Mã.", [("Bằng khen", "Bộ Quốc phòng", 2, 0)]),
    ("UBND tỉnh tặng Bằng khen cho Trại giam Suối Tre.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Cảng Hòa An đón nhận Huân chương Độc lập hạng Ba.", [("Huân chương Độc lập hạng Ba", None, 1, 0)]),
    ("Nông trường Sông Mã được Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động.",
     [("danh hiệu Anh hùng Lao động", "Chủ tịch nước", 1, 0)]),
    # persons stay persons
    ("UBND tỉnh tặng Bằng khen cho ông Lê Văn Cảng.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
]

# a full date at the head of the sentence: a ceremony of the past is a record, the article's own is an act
DATED_CEREMONIES = [
    ("Ngày 12/3/2015, Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho liệt sĩ Lê Văn "
     "Hòa. Năm 2019, xã Tân Hòa dựng bia tưởng niệm.", []),
    ("Tháng 4/2014, UBND tỉnh tặng Bằng khen cho 5 tập thể. Năm 2018, tỉnh tổng kết phong trào.", []),
    ("Ngày 2 tháng 9 năm 2012, Công ty Sông Mã đón nhận Huân chương Lao động hạng Ba. Năm 2020, công ty mở "
     "rộng sản xuất.", []),
    ("Sau năm 1980, bài hát được hát khắp nơi. Ngày 20/8/2016, tại Hà Nội, Bộ Văn hóa truy tặng Huân chương Độc "
     "lập của Chủ tịch nước cho cố nhạc sĩ Lê Văn Hòa.", []),
    # the article's own date, a year just before its latest, a year before written in the text before it
    ("Ngày 10/1/2023, Giám đốc Công an tỉnh tặng Giấy khen cho 5 tập thể.",
     [("Giấy khen", "Giám đốc Công an tỉnh", 5, 0)]),
    ("Hội nghị tổng kết công tác năm 2022. Ngày 10/1/2023, Giám đốc Công an tỉnh tặng Giấy khen cho 5 tập thể.",
     [("Giấy khen", "Giám đốc Công an tỉnh", 5, 0)]),
    ("Ngày 28/12/2022, UBND tỉnh tặng Bằng khen cho 8 tập thể. Năm 2023, tỉnh tiếp tục phát động thi đua.",
     [("Bằng khen", "UBND tỉnh", 8, 0)]),
    ("Ngày 10/1/2023, UBND tỉnh tặng Bằng khen cho 8 tập thể. Năm 2023, tỉnh tiếp tục phát động thi đua.",
     [("Bằng khen", "UBND tỉnh", 8, 0)]),
]

# a role, the press body the person works for, a full name: one person
PRESS_PERSONS = [
    ("UBND tỉnh tặng Bằng khen cho phóng viên TTXVN Lê Văn Hùng.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho 3 tập thể và phóng viên TTXVN Lê Văn Hùng.", [("Bằng khen", "UBND tỉnh", 3, 1)]),
    ("UBND tỉnh tặng Bằng khen cho phóng viên Báo Hòa An Lê Văn Hùng.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Bộ trưởng tặng Kỷ niệm chương cho phóng viên Báo Sông Mã Trần Hùng và nhà báo VTV Nguyễn Thị Mai.",
     [("Kỷ niệm chương", "Bộ trưởng", 0, 2)]),
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể, 3 cá nhân và phóng viên Đài PT-TH Hòa An Lê Thị Hoa.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 2, 4)]),
    # a school named after a person, a press body with no person after it
    ("UBND huyện tặng Giấy khen cho 5 tập thể và học sinh THCS Lê Lợi.", [("Giấy khen", "UBND huyện", 5, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 2 tập thể và phóng viên Báo Lao Động.", [("Bằng khen", "UBND tỉnh", 2, 0)]),
]

# a foreign person named bare is a person, a brand a body; a title named for its holder's kind
FOREIGN_NAMES_AND_HOLDERS = [
    ("Bộ trưởng trao Bằng khen cho Peter Hansen.", [("Bằng khen", "Bộ trưởng", 0, 1)]),
    ("Bộ trưởng trao Bằng khen cho Peter Hansen và Anna Müller.", [("Bằng khen", "Bộ trưởng", 0, 2)]),
    ("Bộ trưởng trao Bằng khen cho Toyota Việt Nam và Peter Hansen.", [("Bằng khen", "Bộ trưởng", 1, 1)]),
    ("Jonathan Reed được phong tặng Huân chương Hữu nghị.", [("Huân chương Hữu nghị", None, 0, 1)]),
    ("Danh hiệu “Cầu thủ xuất sắc nhất tháng 3” đã được trao cho Paul Barker.",
     [("danh hiệu Cầu thủ xuất sắc nhất tháng 3", None, 0, 1)]),
    ("CLB Sông Mã nhận danh hiệu “CLB xuất sắc nhất tháng”.", [("danh hiệu CLB xuất sắc nhất tháng", None, 1, 0)]),
    # brands stay bodies; a flag goes to a body
    ("Bộ trưởng trao Bằng khen cho Samsung Việt Nam.", [("Bằng khen", "Bộ trưởng", 1, 0)]),
    ("Bộ trưởng trao Bằng khen cho Eurowindow.", [("Bằng khen", "Bộ trưởng", 1, 0)]),
    ("Chủ tịch nước trao Cờ thi đua cho Eurowindow Holding.", [("Cờ thi đua", "Chủ tịch nước", 1, 0)]),
]

# "cho thành phố", "cho quận": the unit the article speaks of, one collective
UNIT_REFERENTS = [
    ("Tại buổi mít tinh, Chủ tịch nước trao tặng danh hiệu Anh hùng Lao động cho thành phố.",
     [("danh hiệu Anh hùng Lao động", "Chủ tịch nước", 1, 0)]),
    ("Tổng Bí thư đã trao Huân chương Sao Vàng cho thành phố vì những đóng góp to lớn.",
     [("Huân chương Sao Vàng", "Tổng Bí thư", 1, 0)]),
    ("Chủ tịch UBND tỉnh trao Cờ thi đua cho thị xã tại buổi lễ.", [("Cờ thi đua", "Chủ tịch UBND tỉnh", 1, 0)]),
    ("UBND thành phố tặng Bằng khen cho quận này.", [("Bằng khen", "UBND thành phố", 1, 0)]),
    # a unit named, or a count, reads as before
    ("UBND tỉnh tặng Bằng khen cho thành phố Hòa An.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Chủ tịch nước trao Huân chương Lao động hạng Ba cho 3 tập thể của thành phố.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 3, 0)]),
]

# bodies listed before a ";" with no verb head the subject of the clause after it, when that too
# opens with a body; a clause with a verb, a list of guests or a post keeps its own subject
SEMICOLON_GIVERS = [
    ("Cũng tại buổi lễ, Sở GD&ĐT, Tỉnh đoàn Hòa An; Thị ủy, UBND thị xã Sông Mã đã trao tặng giấy khen cho "
     "học sinh Lê Văn Huy.", [("Giấy khen", "Sở GD&ĐT", 0, 1), ("Giấy khen", "Tỉnh đoàn Hòa An", 0, 1),
                              ("Giấy khen", "Thị ủy", 0, 1), ("Giấy khen", "UBND thị xã Sông Mã", 0, 1)]),
    ("Sở Y tế, Công đoàn ngành Y tế; Bệnh viện tỉnh đã tặng Giấy khen cho 4 tập thể.",
     [("Giấy khen", "Sở Y tế", 4, 0), ("Giấy khen", "Công đoàn ngành Y tế", 4, 0), ("Giấy khen", "Bệnh viện tỉnh", 4, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể; Sở Y tế tặng Giấy khen cho 3 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Giấy khen", "Sở Y tế", 0, 3)]),
    ("Tham dự có Sở Y tế, Sở Nội vụ; UBND tỉnh đã tặng Bằng khen cho 3 cá nhân.", [("Bằng khen", "UBND tỉnh", 0, 3)]),
    ("Về khen thưởng: Công ty Hòa An, Công ty Sông Mã; UBND tỉnh tặng Bằng khen cho 3 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 0, 3)]),
    ("Sở Y tế, Sở Nội vụ; Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân.", [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 3)]),
]


@pytest.mark.parametrize("text,expected", CREDIT_BEFORE_BODY + PART_OF_WHOLE + RECEIVING_UNITS + DATED_CEREMONIES
                         + PRESS_PERSONS + FOREIGN_NAMES_AND_HOLDERS + UNIT_REFERENTS + SEMICOLON_GIVERS)
def test_unseen_classes_session15(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in CREDIT_BEFORE_BODY + PART_OF_WHOLE + RECEIVING_UNITS + DATED_CEREMONIES
                                  + PRESS_PERSONS + FOREIGN_NAMES_AND_HOLDERS + UNIT_REFERENTS + SEMICOLON_GIVERS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
