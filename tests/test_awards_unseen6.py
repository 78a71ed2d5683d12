"""Awards: classes found reading unseen ceremonies of VNTC (2006) and Báo Mới (session 14, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: several bodies giving one award to counted recipients
("UBND tỉnh và Bộ Công an tặng Bằng khen cho 5 tập thể": the giver is the one in whose name
it is given, so one act per body, each with the count as stated, as a passive or a tally
already read them; bodies that only organise the ceremony of a counted act hold one), a caption naming one of the recipients a body's act counts ("... cho ông A.
Ảnh: X/TTXVN ... trao 5 Kỷ niệm chương tặng lãnh đạo Báo Y": one act), an authority ("thừa ủy quyền của lãnh đạo TP") read into
the giver before it or left to the verb before it, a contest's prize glossed after an award
("3 bằng khen (giải khuyến khích)": no act), foreign persons after an academic title or given
an award for persons only ("Kỷ niệm chương cho Nick Vujicic": one individual, not a brand), a
body's record whose items run into the text after a full stop (". - Được Bộ X tặng ..."),
"cá nhân" before a post and its holder, a fronted reason closed by "nên", a presenter before an
authority that names no one, the resistance orders "... chống Mỹ cứu nước", a life told before
the verb ("Trong sự nghiệp ...", ", người 2 năm liền đoạt ...").
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# bodies named together as the subject each give the award in their own name, to counted
# recipients as to named ones; persons handing one award over together give one act
SEVERAL_GIVERS = [
    ("UBND tỉnh và Bộ Công an tặng Bằng khen cho 5 tập thể.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Bằng khen", "Bộ Công an", 5, 0)]),
    ("Sở Y tế, Công đoàn ngành Y tế đã tặng Giấy khen cho 4 tập thể và 11 cá nhân.",
     [("Giấy khen", "Sở Y tế", 4, 11), ("Giấy khen", "Công đoàn ngành Y tế", 4, 11)]),
    ("Tỉnh đoàn và Hội Liên hiệp Thanh niên tỉnh trao Bằng khen cho hai cá nhân.",
     [("Bằng khen", "Tỉnh đoàn", 0, 2), ("Bằng khen", "Hội Liên hiệp Thanh niên tỉnh", 0, 2)]),
    # as the passive and the tally read them
    ("6 học sinh được UBND huyện và Phòng Giáo dục tặng Giấy khen.",
     [("Giấy khen", "UBND huyện", 0, 6), ("Giấy khen", "Phòng Giáo dục", 0, 6)]),
    ("Anh Lê Văn Tâm nhận Bằng khen của UBND tỉnh và Bộ Công an.",
     [("Bằng khen", "UBND tỉnh", 0, 1), ("Bằng khen", "Bộ Công an", 0, 1)]),
    # one body whose name holds a comma, and two persons, stay one giver
    ("Bộ Lao động, Thương binh và Xã hội tặng Bằng khen cho 7 tập thể.",
     [("Bằng khen", "Bộ Lao động, Thương binh và Xã hội", 7, 0)]),
    ("Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể.",
     [("Bằng khen", "Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh", 5, 0)]),
    # bodies that organise the ceremony of a counted act hold one ceremony; a giver ends before a
    # reason "về những ..."
    ("Ngày 19/5, Tỉnh ủy, HĐND, UBND tỉnh Hòa An đã tổ chức lễ truy tặng danh hiệu “Bà mẹ Việt Nam Anh hùng” "
     "cho 16 mẹ.", [("danh hiệu Bà mẹ Việt Nam anh hùng", "Tỉnh ủy, HĐND, UBND tỉnh Hòa An", 0, 16)]),
    ("Tỉnh ủy, UBND tỉnh tổ chức lễ trao Bằng khen cho Công ty Hòa Bình.",
     [("Bằng khen", "Tỉnh ủy", 1, 0), ("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Anh Lê Văn An nhận Bằng khen của UBND TP và Công an TP về những đóng góp tích cực.",
     [("Bằng khen", "UBND TP", 0, 1), ("Bằng khen", "Công an TP", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể và Bộ Công an tặng Giấy khen cho 2 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Giấy khen", "Bộ Công an", 0, 2)]),
    # a unit's number stays in its name; a part that counts something is a clause, no body to split
    ("Quân khu 7 và Bộ Tư lệnh Thủ đô tặng Bằng khen cho 3 đơn vị.",
     [("Bằng khen", "Quân khu 7", 3, 0), ("Bằng khen", "Bộ Tư lệnh Thủ đô", 3, 0)]),
    ("Trường đạt 2 giải nhì và Sở GD&ĐT tặng Giấy khen cho 3 giáo viên.",
     [("Giấy khen", "Trường đạt 2 giải nhì và Sở GD&ĐT", 0, 3)]),
]

# a contest's prize glossed in brackets right after the award ("3 bằng khen (giải khuyến
# khích)") makes the award that contest's prize: no act; other notes in brackets keep the act
CONTEST_GLOSSES = [
    ("Ban tổ chức đã trao 3 bằng khen (giải khuyến khích) cho các thí sinh.", []),
    ("Bộ GD&ĐT tặng 4 bằng khen (giải khuyến khích) cho học sinh của tỉnh.", []),
    ("Hội đồng thi trao 2 Bằng khen ( Giải Ba ) cho các đội.", []),
    ("UBND tỉnh tặng Bằng khen (kèm tiền thưởng) cho 5 tập thể.", [("Bằng khen", "UBND tỉnh", 5, 0)]),
    ("UBND tỉnh tặng Bằng khen (đợt 2) cho 5 tập thể.", [("Bằng khen", "UBND tỉnh", 5, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể (giải khuyến khích của hội thi trao riêng).",
     [("Bằng khen", "UBND tỉnh", 5, 0)]),
]

# a caption naming one recipient, over the photo credit, shows one of those the body counts (same
# award, same kind, a compatible giver): one act, with the body's count and giver
CAPTION_OF_GROUP = [
    ("Chủ tịch Tổng Liên đoàn Lao động Việt Nam Bùi Văn Cường tặng Kỷ niệm chương cho Tổng Giám đốc Thông tấn "
     "xã Việt Nam Nguyễn Đức Lợi. Ảnh: Phương Hoa/TTXVN Nhân dịp này, Tổng Liên đoàn Lao động Việt Nam đã trao "
     "5 Kỷ niệm chương tặng lãnh đạo Thông tấn xã.", [("Kỷ niệm chương", "Tổng Liên đoàn Lao động Việt Nam", 0, 5)]),
    ("Giám đốc Sở Y tế Lê Văn Bình trao Giấy khen cho bác sĩ Lê Văn Hải. Ảnh: TTXVN Dịp này, Sở Y tế tặng "
     "Giấy khen cho 12 tập thể và 20 cá nhân.", [("Giấy khen", "Sở Y tế", 12, 20)]),
    ("Giám đốc Sở Y tế Lê Văn Bình trao Giấy khen cho Bệnh viện Đa khoa Hòa An. Ảnh: Minh Hà/Báo Sức khỏe "
     "Dịp này, Sở Y tế tặng Giấy khen cho 12 tập thể.", [("Giấy khen", "Sở Y tế", 12, 0)]),
    # no photo credit, another giver, or another award: two acts
    ("Chủ tịch UBND tỉnh trao Bằng khen cho ông Lê Văn Hải. Chủ tịch UBND tỉnh đã tặng Bằng khen cho 15 cá nhân.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 1), ("Bằng khen", "Chủ tịch UBND tỉnh", 0, 15)]),
    ("Giám đốc Sở Y tế Lê Văn Bình trao Giấy khen cho bác sĩ Lê Văn Hải. Ảnh: TTXVN Dịp này, Sở Nội vụ tặng "
     "Giấy khen cho 20 cá nhân.", [("Giấy khen", "Giám đốc Sở Y tế", 0, 1), ("Giấy khen", "Sở Nội vụ", 0, 20)]),
    ("Giám đốc Sở Y tế Lê Văn Bình trao Giấy khen cho bác sĩ Lê Văn Hải. Ảnh: TTXVN Dịp này, Sở Y tế tặng "
     "Bằng khen cho 20 cá nhân.", [("Giấy khen", "Giám đốc Sở Y tế", 0, 1), ("Bằng khen", "Sở Y tế", 0, 20)]),
]

# "thừa ủy quyền của X" names the one in whose name the act is given: it ends a giver read back
# from the verb or after "của", it may be the leaders of a body in lower case, and it may sit
# among the words the act before has read
AUTHORITIES = [
    ("Sáng nay, Phó Trưởng Ban Thi đua - Khen thưởng thành phố Lê Văn Thắng thừa ủy quyền của lãnh đạo TP đã "
     "đến trao tặng danh hiệu “Người tốt, việc tốt” cho 2 cá nhân.", [("danh hiệu Người tốt, việc tốt", "lãnh đạo TP", 0, 2)]),
    ("Trưởng phòng Lê Văn Thắng thừa ủy quyền của lãnh đạo thành phố đã trao Bằng khen cho 3 công nhân.",
     [("Bằng khen", "lãnh đạo thành phố", 0, 3)]),
    ("Bộ trưởng trao Bằng khen của Thủ tướng Chính phủ thừa ủy quyền của Chủ tịch nước trao Huân chương Lao động "
     "hạng Ba cho 3 cá nhân.", [("Bằng khen", "Thủ tướng Chính phủ", 0, 0),
                                ("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 3)]),
    ("Bộ trưởng trao Bằng khen của Thủ tướng Chính phủ cho 5 tập thể, thừa ủy quyền của Chủ tịch nước trao Huân "
     "chương Lao động hạng Ba cho 3 cá nhân.", [("Bằng khen", "Thủ tướng Chính phủ", 5, 0),
                                               ("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 3)]),
    ("Ông Lê Văn An nhận Bằng khen của Bộ trưởng thừa ủy quyền của Thủ tướng.", [("Bằng khen", "Bộ trưởng", 0, 1)]),
    # an authority before an earlier verb of the clause is that verb's; no authority, the presenter
    ("Thừa ủy quyền của Chủ tịch nước, Bộ trưởng trao Huân chương Lao động hạng Ba cho 3 cá nhân và trao Bằng khen "
     "của Bộ trưởng cho 5 tập thể.", [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 3),
                                       ("Bằng khen", "Bộ trưởng", 5, 0)]),
    ("Lãnh đạo tỉnh trao Bằng khen cho 4 tập thể.", [("Bằng khen", "Lãnh đạo tỉnh", 4, 0)]),
    ("Thừa ủy quyền, ông Lê Văn Sơn trao Bằng khen cho 4 tập thể.", [("Bằng khen", "Lê Văn Sơn", 4, 0)]),
]

# a person with an academic title before a foreign name ("giáo sư Bernard Otte", "TS. Michael
# Brown") is one person; a name with no body's head given an award the Law gives persons only
# ("Kỷ niệm chương") is a person, however foreign its words; academic titles count persons
FOREIGN_PERSONS = [
    ("UBND thành phố trao tặng bằng khen cho giáo sư Bernard Otte.", [("Bằng khen", "UBND thành phố", 0, 1)]),
    ("Bộ trưởng trao Kỷ niệm chương cho TS. Michael Brown.", [("Kỷ niệm chương", "Bộ trưởng", 0, 1)]),
    ("Bộ trưởng trao Kỷ niệm chương cho tiến sĩ Michael Brown và phó giáo sư Anna Weber.",
     [("Kỷ niệm chương", "Bộ trưởng", 0, 2)]),
    ("Bộ trưởng trao Kỷ niệm chương cho Nick Vujicic.", [("Kỷ niệm chương", "Bộ trưởng", 0, 1)]),
    ("Trường Đại học Y tặng Giấy khen cho 5 giáo sư, 12 tiến sĩ.", [("Giấy khen", "Trường Đại học Y", 0, 17)]),
    # a body's head keeps a body; an award bodies may receive keeps a brand a body
    ("Bộ trưởng trao Kỷ niệm chương cho Công ty Hòa Bình.", [("Kỷ niệm chương", "Bộ trưởng", 1, 0)]),
    ("Bộ trưởng trao Bằng khen cho Toyota Việt Nam.", [("Bằng khen", "Bộ trưởng", 1, 0)]),
]

# the items of a body's record run into the text after a full stop (". - Được ... tặng ...") are
# items of their own; one with no subject lists honours held, all of its clauses
RUN_IN_RECORDS = [
    ("Doanh thu đạt 350 tỷ đồng/năm. - Tăng trưởng 15%/năm. - Được Tổng Liên đoàn tặng Cờ thi đua xuất sắc, UBND "
     "tỉnh Sông Mã tặng Cờ thi đua xuất sắc, UBND tỉnh Thạch An tặng Bằng khen.", []),
    ("Thành tích của công ty:\n- Được UBND tỉnh Hòa An tặng Cờ thi đua xuất sắc, UBND tỉnh Sông Mã tặng Bằng khen.",
     []),
    # an item with a subject of its own is an act
    ("Doanh thu đạt 350 tỷ đồng/năm. - Được Bộ Xây dựng tặng Bằng khen. - Công ty Hòa Bình được UBND tỉnh tặng "
     "Cờ thi đua.", [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể - 8 cá nhân.", [("Bằng khen", "UBND tỉnh", 5, 8)]),
]

# "cá nhân" before a post and its holder is one person beside the body named with it; a fronted
# reason closed by "nên" ("Do ... nên ...") gives nothing, the main clause after it names the giver
PERSON_WORDS_AND_REASONS = [
    ("Công ty Sông Mã và cá nhân Giám đốc Lê Văn An được tặng Bằng khen.", [("Bằng khen", None, 1, 1)]),
    ("Thủ tướng tặng Bằng khen cho Công ty Sông Mã và cá nhân Giám đốc Lê Văn An.",
     [("Bằng khen", "Thủ tướng", 1, 1)]),
    ("Do thời lượng có hạn nên chương trình chỉ dừng ở phần trao bằng khen cho hoa hậu, á hậu.", []),
    ("Vì trời mưa lớn nên Ban tổ chức trao Giấy khen cho 5 tập thể tại hội trường.",
     [("Giấy khen", "Ban tổ chức", 5, 0)]),
    ("Vì vậy, Công ty được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Do có nhiều thành tích, UBND tỉnh tặng Bằng khen cho Công ty Sông Mã.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
]

# an authority that names no one ("thay mặt Đảng, Nhà nước") after the presenter leaves the act to
# the presenter; the resistance orders keep "cứu nước" and their class
PRESENTERS_AND_ORDERS = [
    ("Chiều qua, Chủ tịch nước Lê Văn Lương đã thay mặt Đảng, Nhà nước trao tặng Ban Nội chính trung ương Huân "
     "chương Hồ Chí Minh.", [("Huân chương Hồ Chí Minh", "Chủ tịch nước", 1, 0)]),
    ("Chủ tịch nước thay mặt Đảng và Nhà nước trao Huân chương Hồ Chí Minh cho tỉnh Hòa An.",
     [("Huân chương Hồ Chí Minh", "Chủ tịch nước", 1, 0)]),
    ("Thay mặt Đảng, Nhà nước, Chủ tịch nước trao Huân chương Độc lập hạng Nhất cho tỉnh Hòa An.",
     [("Huân chương Độc lập hạng Nhất", "Chủ tịch nước", 1, 0)]),
    ("Sáng nay, ông Lê Văn Bình được nhận Huân chương kháng chiến chống Mỹ cứu nước hạng Ba.",
     [("Huân chương Kháng chiến chống Mỹ cứu nước hạng Ba", None, 0, 1)]),
    ("Sáng nay, ông Lê Văn Bình được nhận Huân chương Kháng chiến chống Mỹ hạng Nhì.",
     [("Huân chương Kháng chiến chống Mỹ hạng Nhì", None, 0, 1)]),
]

# a life told before the verb ("Trong sự nghiệp ...", "Suốt cuộc đời, ...") and an
# apposition "người ..." running into the verb describe a holder: records, not acts
LIVES = [
    ("Trong sự nghiệp sáng tác, ông được trao tặng Huy chương Vì sự nghiệp âm nhạc Việt Nam.", []),
    ("Cầu thủ Lê Hoàng Toni, người 2 năm liền đoạt danh hiệu Cầu thủ xuất sắc nhất U19, muốn về nước thi đấu.", []),
    ("Suốt cuộc đời, bà được tặng nhiều Bằng khen của UBND tỉnh.", []),
    # a closed apposition, a recent act after a birth year, and a plural "người" are acts
    ("Ông Lê Văn An, người có nhiều đóng góp cho quê hương, được UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Ông Lê Văn An, sinh năm 1990, vừa được UBND tỉnh tặng Bằng khen vì cứu người.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Em Lê Văn Tú, sinh năm 2008, được UBND tỉnh tặng Bằng khen vì dũng cảm cứu bạn.",
     [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Bộ trưởng trao Kỷ niệm chương cho ông Lê Văn An, người đã có nhiều đóng góp cho ngành.",
     [("Kỷ niệm chương", "Bộ trưởng", 0, 1)]),
]


@pytest.mark.parametrize("text,expected", SEVERAL_GIVERS + CAPTION_OF_GROUP + AUTHORITIES + CONTEST_GLOSSES
                         + FOREIGN_PERSONS + RUN_IN_RECORDS + PERSON_WORDS_AND_REASONS + PRESENTERS_AND_ORDERS
                         + LIVES)
def test_unseen_classes_session14(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in SEVERAL_GIVERS + CAPTION_OF_GROUP + AUTHORITIES + CONTEST_GLOSSES])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
