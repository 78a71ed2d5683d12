"""Awards: classes found reading unseen ceremonies of VNTC (2006) and Báo Mới (session 19, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: Party badges of several years written with the years
once and given to a count of members ("trao Huy hiệu 70, 60 năm tuổi Đảng cho bốn đảng viên":
the count is of the whole list and tells no badge's own, so each badge counts none; one badge,
or as many persons named as badges, as before); a contest's prize handed in the same verb
before the award ("nhận giải Nhất và Bằng khen của UBND tỉnh": the prize is no award, the
Bằng khen is one, as after "hoa và" or "cúp và"); a person named first in a passive's or a
receive verb's subject and then described over commas only ("em A, học sinh lớp 7, Trường THCS
X đã nhận ..."): the body is where the person studies or works, one individual (joined by "và",
the body is a second recipient); a number after a grade or a course word ("lớp 7", "khối
12") is no count; a subject said to be one of a counted group ("anh A là một trong 3 cá nhân
được phong tặng ...", "Công ty X là một trong 20 doanh nghiệp được tặng ..."): one recipient of
the group's kind; the roles of show business, sport and law before a name ("Hoa hậu A", "tiền
đạo B", "luật sư C"): cues of a person, as "ca sĩ" and "cầu thủ" are; a future that governs
the verbs listed after its own with no subject of their own ("Bộ sẽ tổng kết phong trào, trao
Bằng khen cho ...", "cúp sẽ được trao cho ...; trao Huân chương ...": a plan, no act), unless a
clause of its own opens with "đã" or the next verb has a subject of its own; a verb of thanks
before a giver ("ông A cảm ơn UBND tỉnh đã tặng Bằng khen cho đơn vị"): who thanks gives none,
the body thanked is the giver, as after a verb of reported speech; persons listed bare as a
passive's subject ("Nguyễn Văn A và Trần Thị B vừa được ... tặng", "Andriy Shevchenko và Vitali
Klitschko vừa được nhận ..."): each counts, the first a full name of three syllables or more
opening with a family name, or a foreign person's name, the adverbs before the verb no part of
the last name.
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

_B70, _B60, _B50, _B40, _B30 = (f"Huy hiệu {n} năm tuổi Đảng" for n in (70, 60, 50, 40, 30))

# a count after badges of several years is the list's whole, no badge's own
BADGE_LIST_TOTALS = [
    ("Bí thư Thành ủy đã trao huy hiệu 70, 60 năm tuổi Đảng cho bốn đảng viên cao tuổi.",
     [(_B70, "Bí thư Thành ủy", 0, 0), (_B60, "Bí thư Thành ủy", 0, 0)]),
    ("Sáng 3/2, Huyện ủy trao Huy hiệu 50, 40 và 30 năm tuổi Đảng cho 12 đảng viên.",
     [(_B50, "Huyện ủy", 0, 0), (_B40, "Huyện ủy", 0, 0), (_B30, "Huyện ủy", 0, 0)]),
    ("Đảng ủy phường đã trao tặng Huy hiệu 60 năm, 50 năm tuổi Đảng cho 7 đồng chí.",
     [(_B60, "Đảng ủy phường", 0, 0), (_B50, "Đảng ủy phường", 0, 0)]),
    # one badge keeps its count; as many persons named as badges go one to each, as before
    ("Bí thư Thành ủy đã trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.", [(_B50, "Bí thư Thành ủy", 0, 12)]),
    ("Bí thư Thành ủy trao Huy hiệu 70, 60 năm tuổi Đảng cho các ông Lê Văn Bình và Trần Văn Dũng.",
     [(_B70, "Bí thư Thành ủy", 0, 1), (_B60, "Bí thư Thành ủy", 0, 1)]),
    # the badges told one by one after a lead that counts the whole
    ("Bí thư Thành ủy đã trao huy hiệu 70, 60 năm tuổi Đảng cho hai đảng viên. Bí thư Thành ủy trao huy hiệu "
     "70 năm tuổi Đảng cho ông Lê Văn Bình và trao huy hiệu 60 năm tuổi Đảng cho bà Trần Thị Hoa.",
     [(_B70, "Bí thư Thành ủy", 0, 1), (_B60, "Bí thư Thành ủy", 0, 1)]),
]

# a contest's prize given in the same verb before the award: the award is given
PRIZE_THEN_AWARD = [
    ("Em Lê Văn Ngôn đã nhận giải Nhất và Bằng khen của UBND tỉnh.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Sáng nay, em Lê Thị Mai đã nhận giải đặc biệt và bằng khen của UBND thành phố.",
     [("Bằng khen", "UBND thành phố", 0, 1)]),
    ("Sở GD&ĐT trao giải Nhì, Giấy khen cho 3 học sinh.", [("Giấy khen", "Sở GD&ĐT", 0, 3)]),
    ("Ban tổ chức trao giải Ba và Bằng khen của Tỉnh đoàn cho 4 đoàn viên.", [("Bằng khen", "Tỉnh đoàn", 0, 4)]),
    # the prize alone, or won, is no award
    ("Em Lê Văn Ngôn đã nhận giải Nhất của hội thi tin học trẻ.", []),
    ("Ban tổ chức trao 5 giải Nhất và 10 giải Nhì cho các đội.", []),
]

# a person named first, then described over commas, is the one recipient
PERSON_APPOSITIVES = [
    ("Em Lê Văn Ngôn, học sinh lớp 7, Trường THCS Nguyễn Du đã nhận Bằng khen của UBND tỉnh.",
     [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Ông Lê Văn Hùng, công nhân, Công ty Xây dựng Số 1 đã nhận Bằng khen của UBND tỉnh.",
     [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Chị Trần Thị Hoa, giáo viên, Trường Tiểu học Kim Đồng được Sở GD&ĐT tặng Giấy khen.",
     [("Giấy khen", "Sở GD&ĐT", 0, 1)]),
    ("Ông Lê Văn Hùng, Công ty Xây dựng Số 1 được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    # joined by a conjunction the body is a second recipient; a body named first, as before
    ("Ông Lê Văn Hùng và Công ty Xây dựng Số 1 được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 1, 1)]),
    ("Trường THCS Nguyễn Du, huyện Kim Sơn đã nhận Bằng khen của UBND tỉnh.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    # a number after a grade or a course word counts no one
    ("UBND huyện tặng Giấy khen cho 7 trường và 12 học sinh lớp 9.", [("Giấy khen", "UBND huyện", 7, 12)]),
    ("Học sinh lớp 7 Trường THCS Nguyễn Du được Sở GD&ĐT tặng Giấy khen.", [("Giấy khen", "Sở GD&ĐT", 0, 0)]),
]

# one of a counted group is one recipient of the group's kind
ONE_OF_GROUP = [
    ("Anh Lê Văn Hùng là một trong 3 cá nhân được Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động.",
     [("danh hiệu Anh hùng Lao động", "Chủ tịch nước", 0, 1)]),
    ("Mới đây, chị là một trong 5 người được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Công ty Xây dựng Số 1 là một trong 20 doanh nghiệp được UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Trường THCS Kim Đồng là một trong số 4 đơn vị được nhận Cờ thi đua của Bộ GD&ĐT.",
     [("Cờ thi đua", "Bộ GD&ĐT", 1, 0)]),
    # a group named after the recipient, or a proposal, as before
    ("Chủ tịch UBND tỉnh trao Bằng khen cho Công ty Hòa Phát, một trong 20 doanh nghiệp tiêu biểu.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 1, 0)]),
    ("Gia đình ông là một trong 12 hộ được đề nghị Chủ tịch UBND huyện tặng Giấy khen.", []),
    ("Năm 2008, anh là một trong 3 cá nhân được UBND tỉnh tặng Bằng khen.", []),
]

# the roles of show business, sport and law before a name open a person
ROLE_CUES = [
    ("Hoa hậu Lê Thu Linh vừa được UBND tỉnh trao bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Tiền đạo Lê Văn Tài được Tổng cục TDTT tặng Bằng khen.", [("Bằng khen", "Tổng cục TDTT", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho hậu vệ Trần Văn Lâm và võ sĩ Lê Thị Hà.", [("Bằng khen", "UBND tỉnh", 0, 2)]),
    ("Luật sư Trần Văn Minh được Liên đoàn Luật sư tặng Bằng khen.", [("Bằng khen", "Liên đoàn Luật sư", 0, 1)]),
    # a role word in a best-player title stays the title's head
    ("Thủ môn Nguyễn Văn Việt được trao danh hiệu Thủ môn xuất sắc nhất giải.", [("Thủ môn xuất sắc nhất", None, 0, 1)]),
    ("Hoa hậu Lê Thu Linh sẽ được UBND tỉnh trao bằng khen.", []),
]

# a future governs the verbs listed after it that have no subject of their own
FUTURE_CHAINS = [
    ("Tại lễ, Bộ sẽ tổng kết phong trào, trao Bằng khen cho 5 doanh nghiệp.", []),
    ("Nhân dịp này, cúp vàng sẽ được trao cho các doanh nghiệp đã được bầu chọn; trao Huân chương Lao động "
     "cho 7 đơn vị thành viên.", []),
    ("Tại lễ kỷ niệm, Hội sẽ trao cúp cho các đội và trao Giấy khen cho 12 hội viên.", []),
    ("Tối nay dự kiến diễn ra lễ kỷ niệm; tặng Bằng khen cho 3 tập thể.", []),
    # a done act in the clause before, or a subject of the verb's own, is an act
    ("Tại lễ, Bộ đã trao cúp cho các doanh nghiệp; trao Huân chương Lao động cho 7 đơn vị.",
     [("Huân chương Lao động", None, 7, 0)]),
    ("Tỉnh sẽ tiếp tục quan tâm, tạo điều kiện; nhân dịp này, Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 5, 0)]),
    ("Bộ sẽ tổng kết phong trào, đã trao cúp cho 3 đơn vị, tặng Bằng khen cho 5 doanh nghiệp.",
     [("Bằng khen", None, 5, 0)]),
]

# who thanks gives none: the body thanked is the giver
THANKS = [
    ("Ông Lê Văn Hùng cảm ơn UBND tỉnh đã tặng Bằng khen cho đơn vị.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Giám đốc Lê Văn Hùng bày tỏ cảm ơn Bộ Y tế đã trao tặng Cờ thi đua cho bệnh viện.",
     [("Cờ thi đua", "Bộ Y tế", 1, 0)]),
    ("Thay mặt tập thể, ông Lê Văn Hùng xin cám ơn Chủ tịch nước đã tặng thưởng Huân chương Lao động hạng Ba "
     "cho Công ty.", [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Bà Trần Thị Hoa tri ân Thành ủy đã trao tặng Huy hiệu 50 năm tuổi Đảng cho bà.",
     [("Huy hiệu 50 năm tuổi Đảng", "Thành ủy", 0, 1)]),
    # a thanks with no capitalised body after it leaves the giver to the subject; a wish is no act
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và cảm ơn các đơn vị.", [("Bằng khen", "Chủ tịch UBND tỉnh", 5, 0)]),
    ("Ông Lê Văn Hùng cảm ơn UBND tỉnh và mong được tặng Bằng khen.", []),
]

# persons listed bare as a passive's subject each count
BARE_PERSON_LISTS = [
    ("Nguyễn Văn Tùng và Trần Thị Hoa vừa được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 2)]),
    ("Nguyễn Văn Tùng, Trần Thị Hoa và Lê Văn Nam đã được Sở Y tế tặng Giấy khen.", [("Giấy khen", "Sở Y tế", 0, 3)]),
    ("Andriy Shevchenko và Vitali Klitschko vừa được nhận danh hiệu Anh hùng Lao động.",
     [("danh hiệu Anh hùng Lao động", None, 0, 2)]),
    ("Ông Lê Văn Tùng và bà Trần Thị Hoa cũng vừa được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 2)]),
    # a person and a body, a person and his post, as before
    ("Nguyễn Văn Tùng và Công ty Xây dựng Số 1 được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 1, 1)]),
    ("Nguyễn Văn Tùng, Giám đốc Công ty Xây dựng Số 1 được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    # a two-syllable name opening with a family name may be a place: no person
    ("Hà Tĩnh vừa được Chính phủ tặng Cờ thi đua.", [("Cờ thi đua", "Chính phủ", 1, 0)]),
]

ROWS = (BADGE_LIST_TOTALS + PRIZE_THEN_AWARD + PERSON_APPOSITIVES + ONE_OF_GROUP + ROLE_CUES
        + FUTURE_CHAINS + THANKS + BARE_PERSON_LISTS)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_unseen_classes_session19(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in ROWS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
