"""Awards: classes found reading unseen 2006 ceremonies of VNTC test and Báo Mới leads (session 13, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a record told by a count of times in a row ("2 lần
liên tiếp nhận"), the count of a deed inside a recipient or a fronted reason ("cho êkíp cứu 2
mẹ con", "Với thành tích cứu 2 em nhỏ, em A được nhận"), a note in brackets after a count
("15 tập thể (trong đó có 3 trường học) và 20 cá nhân"), persons listed as a passive's subject
with their posts between them ("Ông A, Giám đốc Công ty, bà B, Kế toán trưởng được tặng",
"Các ông A, B và bà C được tặng"), a referent with a predicate of its own ("trường có tỷ lệ ... và
được Sở tặng"), a count, "là" and names ("4 VĐV là A, B, C, D"), a post opening a caption's next
sentence after a full name, a body's name with a comma inside, a firm ("Hãng X"), "nam sinh",
Party badges of several years written with the years once ("Huy hiệu 50 năm, 45 năm và 30 năm
tuổi Đảng cho các ông A, B và C"), a counted segment before the next award's passive ("cho 5 tập
thể, 20 cá nhân được tặng giấy khen"), a photo credit run into the next sentence ("Ảnh: VGP/Quang
Minh Thủ tướng trao ...").
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# a count of times in a row before the verb tells a holder's record, as a bare count of times does
TIMES_IN_A_ROW = [
    ("Ông Bùi Văn Chung đã 2 lần liên tiếp nhận bằng khen của UBND tỉnh Đồng Tháp.", []),
    ("Trường Tiểu học Hòa An 3 lần liền được UBND tỉnh tặng Cờ thi đua.", []),
    ("Hợp tác xã đã ba lần liên tục nhận Bằng khen của Bộ trưởng Bộ Nông nghiệp.", []),
    # an ordinal is the act's own, and years in a row are the deed an act rewards
    ("Trường Tiểu học Hòa An lần thứ hai liên tiếp được UBND tỉnh tặng Cờ thi đua.",
     [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    ("Ông Bùi Văn Chung nhận bằng khen của UBND tỉnh Đồng Tháp.", [("Bằng khen", "UBND tỉnh Đồng Tháp", 0, 1)]),
]

# a count right after a deed verb counts who the deed saved or caught, not who is honoured
DEEDS = [
    ("Bộ Y tế trao bằng khen cho êkíp cứu 2 mẹ con nguy kịch.", [("Bằng khen", "Bộ Y tế", 0, 0)]),
    ("Với thành tích cứu 2 em nhỏ khỏi đuối nước, em Lò Văn Tú vinh dự được nhận Huân chương Dũng cảm của "
     "Chủ tịch nước.", [("Huân chương Dũng cảm", "Chủ tịch nước", 0, 1)]),
    ("Công an tỉnh tặng Giấy khen cho anh Lê Văn Hải đã bắt giữ 2 người trộm xe.",
     [("Giấy khen", "Công an tỉnh", 0, 1)]),
    # the honoured are counted before the deed, and a count after a marker stays
    ("UBND tỉnh tặng Bằng khen cho 3 người đã cứu sống 5 em nhỏ.", [("Bằng khen", "UBND tỉnh", 0, 3)]),
    ("Bộ Y tế trao bằng khen cho 1 tập thể và 6 cá nhân của Bệnh viện Thạch An.", [("Bằng khen", "Bộ Y tế", 1, 6)]),
    ("Huyện đoàn tặng Giấy khen cho 2 em học sinh.", [("Giấy khen", "Huyện đoàn", 0, 2)]),
]

# a note in brackets after a count names a part of it; the counts after the brackets go on
COUNT_NOTES = [
    ("UBND tỉnh tặng Bằng khen cho 15 tập thể (trong đó có 3 trường học) và 20 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 15, 20)]),
    ("Sở Y tế tặng Giấy khen cho 2 tập thể (Trạm Y tế xã A và Trạm Y tế xã B) và 3 cá nhân.",
     [("Giấy khen", "Sở Y tế", 2, 3)]),
    ("Bộ trưởng tặng Bằng khen cho 4 tập thể (gồm 2 trường và 2 phòng) và 9 cá nhân (5 giáo viên, 4 cán bộ).",
     [("Bằng khen", "Bộ trưởng", 4, 9)]),
    # a breakdown of a total written outside brackets still gives the parts
    ("UBND tỉnh tặng Bằng khen cho 20 tập thể, cá nhân, gồm 8 tập thể và 12 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 8, 12)]),
    ("UBND tỉnh tặng Bằng khen cho 20 tập thể, cá nhân (gồm 8 tập thể và 12 cá nhân).",
     [("Bằng khen", "UBND tỉnh", 8, 12)]),
]

# persons listed as the subject of a passive, with posts or roles between them, count one each
PERSON_LISTS = [
    ("Ông Lê Văn An, Giám đốc Công ty, bà Trần Thị Bình, Kế toán trưởng được tặng Bằng khen.",
     [("Bằng khen", None, 0, 2)]),
    ("Các ông Lê Văn An, Trần Văn Bình và bà Lê Thị Hoa được UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "UBND tỉnh", 0, 3)]),
    ("Tại buổi lễ, ông Lê Văn An và bà Trần Thị Bình được tặng Bằng khen.", [("Bằng khen", None, 0, 2)]),
    ("Tối 25/10, bạn Vũ Huy Cảnh, sinh viên năm cuối, trường Đại học Hòa Bình đã được trao bằng khen của "
     "Hội Sinh viên thành phố.", [("Bằng khen", "Hội Sinh viên thành phố", 0, 1)]),
    ("Đại úy Lê Văn An, Đội trưởng Đội Cảnh sát giao thông và Thiếu úy Trần Văn Bình được nhận Giấy khen của "
     "Giám đốc Công an tỉnh.", [("Giấy khen", "Giám đốc Công an tỉnh", 0, 2)]),
    # a body in the list, a count, or a verb among the items leave the list to the other rules
    ("Công ty Sông Mã, ông Lê Văn An được tặng Bằng khen.", [("Bằng khen", None, 0, 1)]),
    ("Ông Lê Văn An, bà Trần Thị Bình và 5 cá nhân khác được tặng Bằng khen.", [("Bằng khen", None, 0, 7)]),
    ("Ông Lê Văn An cho biết bà Trần Thị Bình được tặng Bằng khen.", [("Bằng khen", None, 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho ông Lê Văn An, bà Trần Thị Bình và 5 cá nhân khác.",
     [("Bằng khen", "UBND tỉnh", 0, 7)]),
]


# a word standing for one body or person, with a predicate of its own joined by "và" to the passive
REFERENT_PREDICATES = [
    ("Năm học vừa qua, trường có tỷ lệ học sinh đỗ tốt nghiệp gần 100% và được Sở Giáo dục tặng Cờ thi đua.",
     [("Cờ thi đua", "Sở Giáo dục", 1, 0)]),
    ("Ông có nhiều đóng góp cho quê hương và được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Công ty luôn hoàn thành kế hoạch và được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    # a plural or a kind of people, or a named body, are read as before
    ("Các trường có tỷ lệ đỗ cao và được Sở Giáo dục tặng Giấy khen.", [("Giấy khen", "Sở Giáo dục", 0, 0)]),
    ("Trường THCS Hòa An có tỷ lệ đỗ cao và được Sở Giáo dục tặng Giấy khen.", [("Giấy khen", "Sở Giáo dục", 1, 0)]),
]

# a count that opens a comma segment of the subject, then "là" and the names it counts
COUNTS_THEN_NAMES = [
    ("Trong buổi lễ sáng nay, 4 VĐV môn điền kinh là Lê Thị Hoa, Trần Thị Mai, Phạm Thị Lan, Ngô Thị Hà đã được "
     "trao tặng Huân chương Lao động hạng Ba.", [("Huân chương Lao động hạng Ba", None, 0, 4)]),
    ("Tại hội nghị, 3 tập thể là Trường A, Trường B, Trường C được UBND huyện tặng Giấy khen.",
     [("Giấy khen", "UBND huyện", 3, 0)]),
    # a count with its own give verb stays that verb's
    ("Sáng nay, 5 tập thể được UBND tỉnh tặng Bằng khen, ông Lê Văn An được Sở tặng Giấy khen.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Giấy khen", "Sở", 0, 1)]),
]

# a post right after a full name, with a verb of its own after it, opens a caption's next sentence
RUN_ON_POSTS = [
    ("Thủ tướng trao Huy hiệu 50 năm tuổi Đảng cho nguyên Phó Thủ tướng Lê Văn Dũng Thủ tướng Trần Văn Phúc "
     "nhấn mạnh, đây là vinh dự lớn.", [("Huy hiệu 50 năm tuổi Đảng", "Thủ tướng", 0, 1)]),
    ("Chủ tịch UBND tỉnh trao Bằng khen cho ông Lê Văn An, bà Trần Thị Hoa Bí thư Tỉnh ủy Lê Văn Bình phát biểu "
     "tại buổi lễ.", [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 2)]),
    # a former word or a post among the capitalised words before it is no full name
    ("Nguyên Phó Thủ tướng Chính phủ Lê Văn Ninh và 7 đảng viên trong Đảng bộ được nhận Huy hiệu 30 năm tuổi "
     "Đảng.", [("Huy hiệu 30 năm tuổi Đảng", None, 0, 8)]),
    # a post written after a name without a comma, with no verb after it, is an apposition
    ("UBND tỉnh tặng Bằng khen cho ông Lê Văn An Giám đốc Sở Y tế và bà Trần Thị Bình.",
     [("Bằng khen", "UBND tỉnh", 0, 2)]),
    ("UBND tỉnh tặng Bằng khen cho Ban Giám đốc Công ty May Hòa Bình.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
]

# a body's name with a comma inside ("Bộ Văn hóa, Thể thao và Du lịch") is one giver; two bodies stay two
WHOLE_BODIES = [
    ("Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ trao tặng Bằng khen cho 18 tác giả.",
     [("Bằng khen", "Bộ Văn hóa, Thể thao và Du lịch", 0, 18)]),
    ("Sở Lao động, Thương binh và Xã hội tặng Giấy khen cho 5 cá nhân.",
     [("Giấy khen", "Sở Lao động, Thương binh và Xã hội", 0, 5)]),
    ("Lãnh đạo Sở Giáo dục, huyện Thạch An, BGH Trường Tiểu học Thạch Văn trao bằng khen cho em Lê Thị Lan.",
     [("Bằng khen", "BGH Trường Tiểu học Thạch Văn", 0, 1)]),
    ("Bộ Xây dựng, UBND tỉnh trao tặng Cờ thi đua cho Công ty Sông Đà.",
     [("Cờ thi đua", "Bộ Xây dựng", 1, 0), ("Cờ thi đua", "UBND tỉnh", 1, 0)]),
]

# a firm ("Hãng X") is a body; a student written "nam sinh", "nữ sinh" is one person; a cash
# reward heading a list gives nothing
FIRMS_AND_STUDENTS = [
    ("Hãng Sao Mai Electronics vừa được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Thưởng nóng, tặng bằng khen cho nam sinh trả lại 300 triệu đồng cho khách.", [("Bằng khen", None, 0, 1)]),
    ("Công an huyện tặng Giấy khen cho nữ sinh lớp 9 dũng cảm cứu bạn.", [("Giấy khen", "Công an huyện", 0, 1)]),
    ("Công an huyện tặng Giấy khen cho 3 nữ sinh lớp 9.", [("Giấy khen", "Công an huyện", 0, 3)]),
]


# Party badges of several years listed with the years written once: a badge each; given to as
# many persons named, one to each in order (a person has one Party age)
BADGE_YEAR_LISTS = [
    ("Bí thư Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho ông Lê Văn Dũng; Huy hiệu 50 năm, 45 năm và 30 năm "
     "tuổi Đảng cho các ông Trần Văn Toàn, Đoàn Văn Giao và Vũ Văn Ninh.",
     [("Huy hiệu 50 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 2), ("Huy hiệu 45 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 1),
      ("Huy hiệu 30 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 1)]),
    ("Ông Lê Văn Dũng nhận Huy hiệu 45 năm và 50 năm tuổi Đảng.",
     [("Huy hiệu 45 năm tuổi Đảng", None, 0, 1), ("Huy hiệu 50 năm tuổi Đảng", None, 0, 1)]),
    ("Bí thư Huyện ủy trao Huy hiệu 60, 55 và 50 năm tuổi Đảng cho các ông Lê Văn An, Trần Văn Bình và "
     "Phạm Văn Cường.", [("Huy hiệu 60 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 1),
                         ("Huy hiệu 55 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 1),
                         ("Huy hiệu 50 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 1)]),
    # counts of their own stay theirs; other awards listed so go to every one named
    ("Bí thư Huyện ủy trao Huy hiệu 60 năm tuổi Đảng cho 2 đảng viên, 55 năm tuổi Đảng cho 5 đảng viên.",
     [("Huy hiệu 60 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 2), ("Huy hiệu 55 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 5)]),
    ("UBND tỉnh tặng Bằng khen và Giấy khen cho ông Lê Văn An và bà Trần Thị Bình.",
     [("Bằng khen", "UBND tỉnh", 0, 2), ("Giấy khen", "UBND tỉnh", 0, 2)]),
    # a caption naming one of the persons the body names tells the same act again
    ("Trao Huy hiệu 50 năm tuổi Đảng cho ông Lê Văn Dũng. Bí thư Huyện ủy đã trao Huy hiệu 50 năm tuổi Đảng "
     "cho các ông Lê Văn Dũng và Trần Văn Toàn.", [("Huy hiệu 50 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 2)]),
    ("Bí thư Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho ông Lê Văn Dũng và ông Trần Văn Toàn. Bí thư Huyện ủy "
     "trao Huy hiệu 50 năm tuổi Đảng cho ông Trần Văn Toàn.", [("Huy hiệu 50 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 2)]),
]

# a comma segment that opens with a count, right before the receive verb or the passive of the
# next award, is that act's subject, not more recipients of the act before
NEXT_SUBJECTS = [
    ("UBND tỉnh trao Bằng khen cho 5 tập thể, 20 cá nhân được tặng giấy khen.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Giấy khen", None, 0, 20)]),
    ("UBND tỉnh trao Bằng khen cho 5 tập thể, 20 cá nhân được nhận giấy khen của Sở.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Giấy khen", "Sở", 0, 20)]),
    ("Bí thư Huyện ủy trao Huy hiệu 30 năm tuổi Đảng cho 5 đảng viên, 20 đảng viên khác nhận giấy khen.",
     [("Huy hiệu 30 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 5), ("Giấy khen", None, 0, 20)]),
    # a passive that governs no award describes the counted recipients; an active verb keeps its giver
    ("UBND tỉnh trao Bằng khen cho 5 tập thể, 20 cá nhân được bình chọn.", [("Bằng khen", "UBND tỉnh", 5, 20)]),
    ("UBND tỉnh trao Bằng khen cho 20 cá nhân được bình chọn.", [("Bằng khen", "UBND tỉnh", 0, 20)]),
    ("Sở tặng Bằng khen cho 5 tập thể, 8 cá nhân và Chủ tịch Công đoàn tặng Giấy khen cho 4 cá nhân.",
     [("Bằng khen", "Sở", 5, 8), ("Giấy khen", "Chủ tịch Công đoàn", 0, 4)]),
]


# a photo credit run into the next sentence ends the caption; the next sentence opens after it
PHOTO_CREDITS = [
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 3 cá nhân. Ảnh: VGP/Quang Minh Thủ tướng Lê Văn Phúc "
     "trao Bằng khen cho 5 tập thể.", [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 3),
                                        ("Bằng khen", "Thủ tướng", 5, 0)]),
    ("Ông Lê Văn An nhận Bằng khen của Bộ trưởng. Ảnh: TTXVN Năm 2005, ông được tặng Huân chương Lao động "
     "hạng Ba. Năm 2017, ông nghỉ hưu.", [("Bằng khen", "Bộ trưởng", 0, 1)]),
    ("Ảnh: Nhật Minh/TTXVN Chủ tịch nước Lê Văn Quang trao Huân chương Lao động hạng Nhì cho 3 cá nhân.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 3)]),
    # "Ảnh" as a word of a sentence opens no credit
    ("Triển lãm ảnh: UBND tỉnh trao Giấy khen cho 4 tác giả.", [("Giấy khen", "UBND tỉnh", 0, 4)]),
]


# a bulleted item with no subject lists an honour held; the family of one who has died receives for them
RECORDS_AND_FAMILIES = [
    ("Thành tích của công ty:\n- Được UBND tỉnh Hòa An tặng Cờ thi đua xuất sắc.\n- Được Bộ Xây dựng tặng Bằng khen.", []),
    ("Tại buổi lễ:\n- Công ty Sông Mã được UBND tỉnh tặng Bằng khen.\n- 5 cá nhân được Sở tặng Giấy khen.",
     [("Bằng khen", "UBND tỉnh", 1, 0), ("Giấy khen", "Sở", 0, 5)]),
    ("Gia đình cố giáo sư Lê Văn Bách đã đón nhận Huân chương Lao động hạng Nhì.",
     [("Huân chương Lao động hạng Nhì", None, 0, 1)]),
    ("UBND tỉnh trao Bằng khen cho gia đình ông Lê Văn An.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
]


@pytest.mark.parametrize("text,expected", RECORDS_AND_FAMILIES + REFERENT_PREDICATES + COUNTS_THEN_NAMES + RUN_ON_POSTS + WHOLE_BODIES
                         + FIRMS_AND_STUDENTS + BADGE_YEAR_LISTS + NEXT_SUBJECTS + PHOTO_CREDITS)
def test_unseen_classes_session13_more(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text,expected", TIMES_IN_A_ROW + DEEDS + COUNT_NOTES + PERSON_LISTS)
def test_unseen_classes_session13(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in DEEDS + COUNT_NOTES + PERSON_LISTS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
