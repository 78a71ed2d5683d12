"""Awards: classes found reading unseen ceremonies (session 10, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape news
articles write award acts in: a counted subject described by a deed or by commas before the
verb, recipient nouns that hold a collective noun ("hội thẩm"), abbreviated nouns ("HS"), an
adverb between the giver and the verb, a future honour. Tables of (phrase, [(award, giver,
collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

# the counts that open a passive's subject win over a body or a kind named in its description
COUNTED_SUBJECTS = [
    ("Ngoài tiền thưởng, bốn HS giành được HC vàng quốc tế đã được Thủ tướng Chính phủ tặng Bằng khen.",
     [("Bằng khen", "Thủ tướng Chính phủ", 0, 4)]),
    ("Có 48 cán bộ, công chức ngành Tòa án được Chánh án TAND tỉnh trao tặng Kỷ niệm chương.",
     [("Kỷ niệm chương", "Chánh án TAND tỉnh", 0, 48)]),
    ("Dịp này, 12 học sinh đạt giải Olympic Tin học được Chủ tịch UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 12)]),
    ("Có 15 đoàn viên, thanh niên xã Hòa Bình được Tỉnh đoàn tặng Giấy khen.",
     [("Giấy khen", "Tỉnh đoàn", 0, 15)]),
    # a give verb or another award in between: the count belongs to another act
    ("3 tập thể nhận Cờ thi đua và ông Lê Văn Tâm được UBND tỉnh tặng Bằng khen.",
     [("Cờ thi đua", None, 3, 0), ("Bằng khen", "UBND tỉnh", 0, 1)]),
    # a named recipient with no count stays one
    ("Công ty Cổ phần Minh Phát đạt doanh thu cao được Bộ Công Thương tặng Bằng khen.",
     [("Bằng khen", "Bộ Công Thương", 1, 0)]),
]

# recipient nouns: a longer noun that opens with a collective noun is a person ("hội thẩm")
NOUNS = [
    ("Có 17 hội thẩm nhân dân được UBND thành phố trao tặng Bằng khen.",
     [("Bằng khen", "UBND thành phố", 0, 17)]),
    ("UBND tỉnh tặng Bằng khen cho 9 hội thẩm và 2 hội cựu chiến binh.",
     [("Bằng khen", "UBND tỉnh", 2, 9)]),
    ("Sở GD&ĐT tặng Giấy khen cho 25 HS đạt giải cao.", [("Giấy khen", "Sở GD&ĐT", 0, 25)]),
    ("Bí thư Thành ủy trao Huy hiệu 70 năm tuổi Đảng cho hai lão thành cách mạng Nguyễn Văn Cẩm và Trần Chí Thân.",
     [("Huy hiệu 70 năm tuổi Đảng", "Bí thư Thành ủy", 0, 2)]),
]

# an adverb between the giver and the verb is no part of the giver
ADVERBS = [
    ("Hội LHPN Việt Nam còn trao Bằng khen cho đội tuyển bóng đá nữ.",
     [("Bằng khen", "Hội LHPN Việt Nam", 1, 0)]),
    ("Công đoàn ngành còn tặng Giấy khen cho 12 đoàn viên.", [("Giấy khen", "Công đoàn ngành", 0, 12)]),
]

# an honour still to come is no act
FUTURE = [
    ("Trưởng đoàn cho biết, 5 tập thể và cá nhân sẽ vinh dự được đón nhận Huân chương Lao động hạng Nhất.", []),
    ("Đội tuyển sẽ vinh dự nhận Cờ thi đua của Chính phủ.", []),
    # done already: an act
    ("Đội tuyển đã vinh dự nhận Cờ thi đua của Chính phủ.", [("Cờ thi đua", "Chính phủ", 1, 0)]),
]


@pytest.mark.parametrize("text,expected", COUNTED_SUBJECTS + NOUNS + ADVERBS + FUTURE)
def test_unseen_classes(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


# a flag goes to a body: a person named as its recipient receives it on the body's behalf, and a
# caption that says so tells again the body's act; awards a person may hold stay with the person
FLAGS = [
    ("Ông Trần Văn Hòa - Giám đốc Công ty CP Sao Mai nhận Cờ thi đua do Thủ tướng Chính phủ trao tặng.",
     [("Cờ thi đua", "Thủ tướng Chính phủ", 1, 0)]),
    ("Công ty CP Sao Mai vinh dự được nhận Cờ thi đua của Thủ tướng Chính phủ. "
     "Ông Trần Văn Hòa - Giám đốc Công ty nhận Cờ thi đua do Thủ tướng trao tặng.",
     [("Cờ thi đua", "Thủ tướng Chính phủ", 1, 0)]),
    ("Ông Trần Văn Hòa nhận Bằng khen do Thủ tướng Chính phủ trao tặng.",
     [("Bằng khen", "Thủ tướng Chính phủ", 0, 1)]),
]

# a clause after ";" that opens with an opener and a receive verb keeps the recipient before it
JOINED_RECEIVERS = [
    ("Sáng nay, Viện Kiểm sát tỉnh đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước; "
     "đồng thời nhận Cờ thi đua của Chính phủ.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 1, 0), ("Cờ thi đua", "Chính phủ", 1, 0)]),
    ("Bệnh viện đón nhận Huân chương Lao động hạng Ba; ngoài ra, ông Lê Minh nhận Bằng khen của Bộ trưởng Bộ Y tế.",
     [("Huân chương Lao động hạng Ba", None, 1, 0), ("Bằng khen", "Bộ trưởng Bộ Y tế", 0, 1)]),
]

# a ceremony named as the subject ("Lễ trao tặng, truy tặng ...") gives nothing
CEREMONIES = [
    ("Lễ trao tặng, truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng” nhằm tri ân các mẹ.", []),
    ("Buổi lễ trao tặng, truy tặng Huân chương Kháng chiến diễn ra trang trọng.", []),
    ("UBND tỉnh tổ chức lễ trao tặng, truy tặng danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 25 mẹ.",
     [("danh hiệu Bà mẹ Việt Nam anh hùng", "UBND tỉnh", 0, 25)]),
]


@pytest.mark.parametrize("text,expected", FLAGS + JOINED_RECEIVERS + CEREMONIES)
def test_unseen_receivers(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


# persons named with a role and a field ("HLV bóng bàn A"), and lists of them before the verb,
# one comma segment each ("VĐV điền kinh A, VĐV thể hình B (28 tuổi) được tặng ...")
NAMED_PERSONS = [
    ("Tại buổi lễ, HLV bóng bàn Nguyễn Đình Phúc đã nhận Kỷ niệm chương.", [("Kỷ niệm chương", None, 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho VĐV điền kinh Lê Văn Bằng.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Kỳ thủ cờ vua Trần Minh Sơn, VĐV điền kinh Lê Duy Bằng, VĐV thể hình Phạm Văn Hải được tặng Kỷ niệm chương.",
     [("Kỷ niệm chương", None, 0, 3)]),
    ("Ông Nguyễn Văn An, bà Trần Thị Bình và ông Lê Văn Cường được UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "UBND tỉnh", 0, 3)]),
    ("Tại buổi lễ, Thiếu tá Lê Văn Hùng (Công an huyện), Đại úy Trần Văn Nam được Giám đốc Công an tỉnh tặng Giấy khen.",
     [("Giấy khen", "Giám đốc Công an tỉnh", 0, 2)]),
    # an opener, a clause or a body before the comma names no one more
    ("Sau khi nghe báo cáo, ông Nguyễn Văn An được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Công an huyện Tân Lạc, ông Nguyễn Văn An được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("UBND huyện tặng Giấy khen cho nhân viên bảo vệ Nguyễn Văn Tâm.", [("Giấy khen", "UBND huyện", 0, 1)]),
]


@pytest.mark.parametrize("text,expected", NAMED_PERSONS)
def test_unseen_named_persons(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [
    "UBND huyện tặng Giấy khen cho nhân viên bảo vệ Ngân hàng Đông Á.",
    "UBND huyện tặng Giấy khen cho cán bộ xã Hòa Bình.",
])
def test_field_then_no_family_name_is_no_person(text):
    # a capitalised word after the field that opens no family name (a body, a place) is no person
    assert all(a.individuals == 0 for a in _awards(text))


# a body or a person named before the counts and joined to them by a comma counts too
BEFORE_COUNTS = [
    ("Ông Phan Văn Diễn trao Huân chương Lao động hạng Nhất cho đội tuyển bóng đá nữ, 2 HLV Lê Công, "
     "Nguyễn Xuân Thi và 2 VĐV Nguyễn Văn Hùng, Phạm Văn Mách.",
     [("Huân chương Lao động hạng Nhất", "Phan Văn Diễn", 1, 4)]),
    ("UBND tỉnh tặng Bằng khen cho Công an huyện Tân Lạc, 3 tập thể và 5 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 4, 5)]),
    ("Tỉnh đoàn tặng Bằng khen cho anh Lê Văn Tâm, 3 đoàn viên.", [("Bằng khen", "Tỉnh đoàn", 0, 4)]),
    # a kind, not a named recipient, before the comma adds nothing; a breakdown gives the parts
    ("UBND tỉnh tặng Bằng khen cho các tập thể, 5 cá nhân.", [("Bằng khen", "UBND tỉnh", 0, 5)]),
    ("UBND tỉnh tặng Bằng khen cho 20 tập thể, cá nhân, gồm: 8 tập thể và 12 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 8, 12)]),
]


@pytest.mark.parametrize("text,expected", BEFORE_COUNTS)
def test_unseen_named_before_counts(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


# an order not in the lexicon keeps its name, quoted or not, and the class written after it
FOREIGN_ORDERS = [
    ('Đại sứ Pháp đã trao tặng Huân chương "Cành cọ Hàn lâm" hạng Nhất cho Bộ trưởng Nguyễn Minh Hải.',
     [("Huân chương Cành cọ Hàn lâm hạng Nhất", "Đại sứ Pháp", 0, 1)]),
    ("Nhật Bản trao tặng Huân chương Mặt trời mọc hạng Nhì cho ông Trần Văn Tuấn.",
     [("Huân chương Mặt trời mọc hạng Nhì", "Nhật Bản", 0, 1)]),
    ("Đại sứ trao Huân chương “Bắc Đẩu Bội tinh” cho GS Nguyễn Văn Lâm.",
     [("Huân chương Bắc Đẩu Bội tinh", "Đại sứ", 0, 1)]),
    # an order of the lexicon is read as before
    ("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho ông Trần Văn Tuấn.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 1)]),
]

# an indefinite "một" before a cue describes a person ("một GS Pháp"): the word after is no name
INDEFINITE = [
    ("Tặng Kỷ niệm chương cho một GS Pháp", []),
    # "một bác sĩ" counts one person, unnamed
    ("Viện trưởng Lê Văn Nam tặng Kỷ niệm chương cho một bác sĩ Mỹ.", [("Kỷ niệm chương", "Viện trưởng", 0, 1)]),
    ("Viện trưởng tặng Kỷ niệm chương cho GS Nguyễn Văn Thọ.", [("Kỷ niệm chương", "Viện trưởng", 0, 1)]),
]


@pytest.mark.parametrize("text,expected", FOREIGN_ORDERS + INDEFINITE)
def test_unseen_names(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


# a breakdown right after the award ("... tặng Bằng khen gồm 9 tập thể và 14 cá nhân") counts
BREAKDOWNS = [
    ("Các tập thể, cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen gồm 9 tập thể và 14 cá nhân.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 9, 14)]),
    ("Các tập thể, cá nhân được Giám đốc Sở Y tế tặng Giấy khen, bao gồm: 6 tập thể và 11 cá nhân.",
     [("Giấy khen", "Giám đốc Sở Y tế", 6, 11)]),
    # "trong đó" names a part, not all the recipients
    ("Nhiều cá nhân đón nhận Kỷ niệm chương của Bộ trưởng Bộ Tư pháp, trong đó 25 cá nhân thuộc Sở.",
     [("Kỷ niệm chương", "Bộ trưởng Bộ Tư pháp", 0, 0)]),
    # no count after the breakdown word: nothing counted
    ("Nhiều tập thể được Chủ tịch UBND tỉnh tặng Bằng khen gồm những đơn vị dẫn đầu phong trào.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 0)]),
]


@pytest.mark.parametrize("text,expected", BREAKDOWNS)
def test_unseen_breakdowns(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


# "các tập thể và cá nhân" names two kinds: the article's one count of a commendation gives both,
# not the first kind alone; a plural of one kind resolves to its own count as before
COUNTS_ELSEWHERE = [
    ("Chủ tịch UBND tỉnh đã trao Bằng khen cho các tập thể và cá nhân. "
     "Đợt này có 10 tập thể và 20 cá nhân được khen thưởng.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 10, 20)]),
    ("Giám đốc Sở trao Giấy khen cho các tập thể, cá nhân có thành tích. Dịp này, 6 tập thể và 9 cá nhân được khen thưởng.",
     [("Giấy khen", "Giám đốc Sở", 6, 9)]),
    ("Huyện có 34 trưởng ban công tác Mặt trận. UBND huyện tặng Giấy khen cho các trưởng ban công tác Mặt trận.",
     [("Giấy khen", "UBND huyện", 0, 34)]),
]


@pytest.mark.parametrize("text,expected", COUNTS_ELSEWHERE)
def test_unseen_counts_elsewhere(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


# a post after the named person, set off by a comma, says who the person is: the person receives
APPOSITIONS = [
    ("Cũng dịp này, Trung tá Nguyễn Đức Chung, Phó trưởng phòng Cảnh sát điều tra được nhận danh hiệu "
     "Anh hùng Lực lượng vũ trang nhân dân.",
     [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", None, 0, 1)]),
    ("Bà Lê Thị Hoa, Hiệu trưởng Trường THCS Hòa Bình được Chủ tịch UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 1)]),
    ("Ông Trần Văn Nam, bà Lê Thị Hoa, Hiệu trưởng Trường THCS Hòa Bình được Chủ tịch UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 2)]),
    # a post with no person named before it names no one
    ("Sau đó, Phó Giám đốc Sở Y tế được Bộ trưởng tặng Bằng khen.", [("Bằng khen", "Bộ trưởng", 0, 0)]),
]


@pytest.mark.parametrize("text,expected", APPOSITIONS)
def test_unseen_appositions(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


# the same award given again, in a sentence of its own, with an additive word ("cũng", "còn
# lại", "khác"), to recipients of its own adds up; told again without one, it is one act
ADDED = [
    ("Bí thư Thành ủy đến nhà riêng trao Huy hiệu 70 năm tuổi Đảng cho ông Trần Văn Phúc. "
     "Sáng cùng ngày, Bí thư Thành ủy cũng trao Huy hiệu 70 năm tuổi Đảng cho hai lão thành cách mạng "
     "Nguyễn Văn Cẩm và Nguyễn Chí Thân.",
     [("Huy hiệu 70 năm tuổi Đảng", "Bí thư Thành ủy", 0, 3)]),
    ("Bộ trưởng trao Huân chương Lao động hạng Ba cho 4 vận động viên. "
     "Hai Huân chương Lao động hạng Ba còn lại được trao cho ông Vũ Thế Phiệt và ông Lương Kim Chung.",
     [("Huân chương Lao động hạng Ba", "Bộ trưởng", 0, 6)]),
    # no additive word: the caption tells the act again
    ("UBND tỉnh tặng Bằng khen cho 12 tập thể. Ảnh: Văn Tâm\nUBND tỉnh tặng Bằng khen cho 12 tập thể có thành tích.",
     [("Bằng khen", "UBND tỉnh", 12, 0)]),
    # another giver: another act
    ("UBND tỉnh tặng Bằng khen cho 12 tập thể. Bộ Tài chính cũng tặng Bằng khen cho 3 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 12, 0), ("Bằng khen", "Bộ Tài chính", 0, 3)]),
]


@pytest.mark.parametrize("text,expected", ADDED)
def test_unseen_added_recipients(text, expected):
    assert [_key(a) for a in _awards(text)] == expected
