"""Awards: the classes of issue 13 redone as tables (session 8).

Each row is a phrase written for this test (names, units and numbers made up) in the shape
provincial portals write award acts: named recipients counting one, long and open award names,
recalled honours that are no act, the recipient as subject, the giver in whose name it is given,
awards joined before one recipient, results listed with no verb. Tables of (phrase, [(award,
giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

# a named unit counts one collective, a named person one individual; a person written with a
# word of address and a role, without a name, is one individual too
NAMED = [
    ("Tại buổi lễ, Chủ tịch UBND tỉnh đã tặng Bằng khen cho Công an huyện Tiên Lãng.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 1, 0)]),
    ("Dịp này, Giám đốc Sở Xây dựng tặng Giấy khen cho ông Phạm Quốc Toản vì có thành tích xuất sắc.",
     [("Giấy khen", "Giám đốc Sở Xây dựng", 0, 1)]),
    ("UBND tỉnh tặng Cờ thi đua cho Trường THPT Chu Văn An và Bệnh viện Đa khoa huyện.",
     [("Cờ thi đua", "UBND tỉnh", 2, 0)]),
    ("Chủ tịch nước truy tặng Huân chương Dũng cảm cho liệt sĩ Hà Văn Quyết.",
     [("Huân chương Dũng cảm", "Chủ tịch nước", 0, 1)]),
    ("Hội đồng Đội huyện tặng Giấy khen cho em học sinh lớp 4 trả lại của rơi.",
     [("Giấy khen", "Hội đồng Đội huyện", 0, 1)]),
    ("Công an xã tặng Giấy khen cho nam thanh niên dũng cảm cứu người đuối nước.",
     [("Giấy khen", "Công an xã", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho đ/c Hoàng Văn Tú.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho Đ/c Hoàng Văn Tú - Chủ tịch UBND xã Lam Sơn.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    # a post after a comma is the person's, not another person
    ("UBND tỉnh tặng Bằng khen cho Thượng tá Ma Văn Minh, Phó Giám đốc Công an tỉnh.",
     [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Chủ tịch nước tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Nhân dân và cán bộ xã Vân Tùng.",
     [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Chủ tịch nước", 1, 0)]),
    # a body's name goes on after "và" or a comma when no other body, person or post opens there
    ("UBND tỉnh tặng Bằng khen cho Sở Giáo dục và Đào tạo và Sở Y tế.", [("Bằng khen", "UBND tỉnh", 2, 0)]),
    ("UBND tỉnh tặng Bằng khen cho Sở Lao động, Thương binh và Xã hội và Công an tỉnh.",
     [("Bằng khen", "UBND tỉnh", 2, 0)]),
    ("Bộ trưởng tặng Bằng khen cho Sở Văn hóa, Thể thao và Du lịch.", [("Bằng khen", "Bộ trưởng", 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho Phòng Nông nghiệp và PTNT huyện và Trạm Khuyến nông huyện.",
     [("Bằng khen", "UBND tỉnh", 2, 0)]),
    ("UBND tỉnh tặng Bằng khen cho tập thể Phòng Cảnh sát hình sự và 3 cá nhân.", [("Bằng khen", "UBND tỉnh", 1, 3)]),
    ("UBND tỉnh tặng Bằng khen cho Công an huyện, Xã Tân Sơn và Trường Tiểu học Tân Sơn.",
     [("Bằng khen", "UBND tỉnh", 3, 0)]),
    # a company named by a word that is no Vietnamese syllable; a force named with "lực lượng"
    ("UBND tỉnh tặng Bằng khen cho Viettel Bắc Kạn và VNPT Bắc Kạn.", [("Bằng khen", "UBND tỉnh", 2, 0)]),
    ("UBND tỉnh tặng Bằng khen cho Agribank chi nhánh tỉnh.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho lực lượng Công an huyện Pác Nặm.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("UBND huyện tặng Giấy khen cho các em: Hoàng Văn Tú, Lý Thị Mai và Đàm Văn Lâm.",
     [("Giấy khen", "UBND huyện", 0, 3)]),
    # a plural kind, a colon or "gồm", then the recipients by name
    ("UBND tỉnh tặng Bằng khen cho các đơn vị: Công an huyện Ba Bể, Công an huyện Na Rì và Công an thành phố.",
     [("Bằng khen", "UBND tỉnh", 3, 0)]),
    ("UBND tỉnh tặng Bằng khen cho các cá nhân: Hà Văn An, Trần Thị Bình.", [("Bằng khen", "UBND tỉnh", 0, 2)]),
    ("UBND tỉnh tặng Bằng khen cho các tập thể gồm Trường THCS Kim Đồng, Trường Tiểu học Hòa Bình.",
     [("Bằng khen", "UBND tỉnh", 2, 0)]),
    ("UBND tỉnh tặng Bằng khen cho các đơn vị: đây là sự ghi nhận xứng đáng.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
    # plural, no count, no name: nobody is counted
    ("UBND huyện tặng Giấy khen cho các em học sinh đạt giải cao.",
     [("Giấy khen", "UBND huyện", 0, 0)]),
]

# long award names kept whole: a listed order kind, an open "Vì ..." medal, a lower-case flag
NAMES = [
    ("Chủ tịch nước tặng Huân chương Đại đoàn kết toàn dân tộc cho xã Hòa Bình.",
     [("Huân chương Đại đoàn kết toàn dân tộc", "Chủ tịch nước", 1, 0)]),
    ("Bộ trưởng Bộ Giáo dục và Đào tạo trao Huy chương Vì sự nghiệp Giáo dục cho 14 cá nhân.",
     [("Huy chương Vì sự nghiệp Giáo dục", "Bộ trưởng Bộ Giáo dục và Đào tạo", 0, 14)]),
    ("Bộ trưởng trao Huy chương Vì sự nghiệp phát triển nông nghiệp và nông thôn cho 6 cá nhân.",
     [("Huy chương Vì sự nghiệp phát triển nông nghiệp và nông thôn", "Bộ trưởng", 0, 6)]),
    ("Bộ Y tế tặng Huy chương Vì sức khỏe nhân dân cho 25 cá nhân.",
     [("Huy chương Vì sức khỏe nhân dân", "Bộ Y tế", 0, 25)]),
    ("Trung ương Đoàn tặng Huy chương “Vì thế hệ trẻ” cho 3 đồng chí.",
     [("Huy chương Vì thế hệ trẻ", "Trung ương Đoàn", 0, 3)]),
    # "và" before a capitalised award ends the descriptor; both awards go to the one person
    ("Bộ Văn hóa tặng Huy chương Vì sự nghiệp Văn hóa và Bằng khen cho ông Đỗ Văn Lâm.",
     [("Huy chương Vì sự nghiệp Văn hóa", "Bộ Văn hóa", 0, 1), ("Bằng khen", "Bộ Văn hóa", 0, 1)]),
    ("UBND tỉnh tặng cờ thi đua cho 4 tập thể.", [("Cờ thi đua", "UBND tỉnh", 4, 0)]),
    ("Nhà nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 2 liệt sĩ.",
     [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", None, 0, 2)]),
]

# the recipient is the subject, before the verb
SUBJECTS = [
    ("Công an tỉnh vinh dự đón nhận Huân chương Chiến công hạng Nhì.",
     [("Huân chương Chiến công hạng Nhì", None, 1, 0)]),
    ("Tỉnh Quảng Trị vinh dự đón nhận Huân chương Lao động hạng Nhất.",
     [("Huân chương Lao động hạng Nhất", None, 1, 0)]),
    ("Bệnh viện Đa khoa tỉnh được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Ông Lò Văn Nam được Chủ tịch nước truy tặng Huân chương Dũng cảm.",
     [("Huân chương Dũng cảm", "Chủ tịch nước", 0, 1)]),
    ("42 đồng chí được tặng Huân chương Kháng chiến.", [("Huân chương Kháng chiến", None, 0, 42)]),
    # the subject after a copula and an ordinal
    ("Đây là lần thứ hai Công an tỉnh được Chủ tịch nước tặng thưởng Huân chương Chiến công hạng Ba.",
     [("Huân chương Chiến công hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Đây là lần thứ ba Trường THPT Ba Bể được tặng Cờ thi đua của UBND tỉnh.",
     [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    # after a receive verb, "từ X" names where it comes from
    ("Em Hà Văn An vinh dự nhận Bằng khen từ Bộ trưởng Bộ Giáo dục và Đào tạo.",
     [("Bằng khen", "Bộ trưởng Bộ Giáo dục và Đào tạo", 0, 1)]),
    ("Chị Lục Thị Mai nhận Giấy khen từ tay Chủ tịch UBND huyện.", [("Giấy khen", "Chủ tịch UBND huyện", 0, 1)]),
]

# the giver is the one in whose name the award is given
GIVERS = [
    ("Sở Nội vụ trình Thủ tướng Chính phủ tặng Bằng khen cho 4 tập thể và 6 cá nhân.",
     [("Bằng khen", "Thủ tướng Chính phủ", 4, 6)]),
    ("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Phan Văn Hùng trao Huân chương Bảo vệ Tổ quốc "
     "hạng Ba cho Bộ Chỉ huy Quân sự tỉnh.",
     [("Huân chương Bảo vệ Tổ quốc hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Được sự ủy quyền của Chủ tịch nước, đồng chí Trần Văn Lâm trao Huân chương Lao động hạng Ba "
     "cho Hội Phụ nữ tỉnh.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Được ủy quyền của Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh trao Bằng khen cho 2 tập thể.",
     [("Bằng khen", "Thủ tướng Chính phủ", 2, 0)]),
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba.", [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 0)]),
    # a decision verb between the giver and the act verb is not part of the giver
    ("Chủ tịch nước quyết định tặng thưởng Huân chương Lao động hạng Ba cho Công ty Điện lực Nam Định.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Chủ tịch nước ký quyết định tặng thưởng Huân chương Lao động hạng Nhì cho Trường Đại học Y.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 1, 0)]),
]

# a verb joined by "và" to an earlier verb shares its subject; "Ban tổ chức" is one name
COORDINATED_VERBS = [
    ("Ban tổ chức trao 1 giải Nhất, 2 giải Nhì và tặng Giấy khen cho các tác giả đạt giải.",
     [("Giấy khen", "Ban tổ chức", 0, 0)]),
    ("UBND huyện tổ chức lễ mít tinh và trao Giấy khen cho 6 tập thể.", [("Giấy khen", "UBND huyện", 6, 0)]),
    ("Ban tổ chức đã tặng Giấy khen cho 4 cá nhân.", [("Giấy khen", "Ban tổ chức", 0, 4)]),
]

# best-of titles of a season: one recipient of the kind the title names; a plain superlative or
# a contest prize is no award
BEST = [
    ("Câu lạc bộ Hải Phòng giành cú đúp giải thưởng CLB xuất sắc nhất và HLV xuất sắc nhất tháng 4.",
     [("CLB xuất sắc nhất", None, 1, 0), ("HLV xuất sắc nhất", None, 0, 1)]),
    ("Tiền đạo Phạm Văn Quyết nhận danh hiệu Cầu thủ xuất sắc nhất tháng 3.",
     [("Cầu thủ xuất sắc nhất", None, 0, 1)]),
]
NOT_BEST = [
    "Đội sẽ gồm những cầu thủ xuất sắc nhất của giải.",
    "Ban giám khảo lựa chọn những tác phẩm xuất sắc nhất dự thi.",
    "Đội tuyển tỉnh giành giải Nhất toàn đoàn.",
]

# recipients fronted with "đối với" before the giver
FRONTED = [
    ("Đối với 5 tập thể và 10 cá nhân có thành tích xuất sắc, UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "UBND tỉnh", 5, 10)]),
    ("Tại hội nghị, đối với 3 cá nhân tiêu biểu, Giám đốc Sở tặng Giấy khen.", [("Giấy khen", "Giám đốc Sở", 0, 3)]),
    # counts in an earlier clause not fronted by the marker are not the act's
    ("Năm qua, 300 cán bộ tham gia tập huấn, Giám đốc Sở tặng Giấy khen cho Phòng Tổ chức.",
     [("Giấy khen", "Giám đốc Sở", 1, 0)]),
]

# tallies and results listed with no verb
TALLIES = [
    ("Bằng khen của UBND tỉnh: 150 tập thể và 320 cá nhân; Giấy khen của Giám đốc Sở: 20 tập thể.",
     [("Bằng khen", "UBND tỉnh", 150, 320), ("Giấy khen", "Giám đốc Sở", 20, 0)]),
    ("Bằng khen của Thủ tướng Chính phủ cho 3 tập thể, 5 cá nhân; Bằng khen của Bộ trưởng Bộ Công an "
     "cho 12 tập thể, 30 cá nhân.",
     [("Bằng khen", "Thủ tướng Chính phủ", 3, 5), ("Bằng khen", "Bộ trưởng Bộ Công an", 12, 30)]),
]

# awards joined by "và" or a comma before one named recipient go to that recipient each
JOINED = [
    ("UBND tỉnh tặng Bằng khen và Giấy khen cho ông Vũ Văn Lâm.",
     [("Bằng khen", "UBND tỉnh", 0, 1), ("Giấy khen", "UBND tỉnh", 0, 1)]),
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba và Huân chương Chiến công hạng Nhì cho Công an tỉnh.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0),
      ("Huân chương Chiến công hạng Nhì", "Chủ tịch nước", 1, 0)]),
]

# counted nouns of households, branches, teachers, civil servants, scientists, officers
COUNTED_NOUNS = [
    ("UBND huyện tặng Giấy khen cho 12 hộ sản xuất giỏi.", [("Giấy khen", "UBND huyện", 12, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 20 thầy, cô giáo có thành tích xuất sắc.", [("Bằng khen", "UBND tỉnh", 0, 20)]),
    ("Trung ương Hội tặng Bằng khen cho 8 chi hội và 15 hội viên.", [("Bằng khen", "Trung ương Hội", 8, 15)]),
    ("UBND tỉnh tặng Bằng khen cho 30 công chức, viên chức.", [("Bằng khen", "UBND tỉnh", 0, 30)]),
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 5 nhà khoa học.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 5)]),
    ("Bộ Quốc phòng tặng Bằng khen cho 3 trung đoàn và 12 sĩ quan.", [("Bằng khen", "Bộ Quốc phòng", 3, 12)]),
    # a province counted inside a recipient phrase is not a recipient
    ("Bộ trưởng trao 6 Kỷ niệm chương tặng các đồng chí lãnh đạo 15 tỉnh bạn.", [("Kỷ niệm chương", "Bộ trưởng", 0, 6)]),
]

# named recipients beside counted ones count as well
MIXED = [
    ("UBND tỉnh tặng Bằng khen cho Công an huyện Mường Nhé và 3 cá nhân có thành tích xuất sắc.",
     [("Bằng khen", "UBND tỉnh", 1, 3)]),
    ("UBND tỉnh tặng Bằng khen cho Đồn Biên phòng Si Pa Phìn, Công an xã Chà Tở và 5 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 2, 5)]),
    ("Bộ trưởng tặng Bằng khen cho 2 tập thể và đồng chí Nguyễn Văn Hải.", [("Bằng khen", "Bộ trưởng", 2, 1)]),
    ("Anh Lò Văn Tâm và 4 người khác được Công an huyện tặng Giấy khen.",
     [("Giấy khen", "Công an huyện", 0, 5)]),
    # a count alone stays what it counts
    ("UBND tỉnh tặng Bằng khen cho các đơn vị thuộc Công an tỉnh và 3 cá nhân.", [("Bằng khen", "UBND tỉnh", 0, 3)]),
]

# open names: a quoted title after "danh hiệu", orders of neighbouring states
OPEN_NAMES = [
    ("UBND thành phố trao danh hiệu “Công dân Thủ đô ưu tú” cho 10 cá nhân.",
     [("danh hiệu Công dân Thủ đô ưu tú", "UBND thành phố", 0, 10)]),
    ("Chủ tịch nước Lào trao Huân chương Tự do hạng Nhất cho Bộ Quốc phòng.",
     [("Huân chương Tự do hạng Nhất", "Chủ tịch nước Lào", 1, 0)]),
]

# a decision read out at the ceremony is the act, in the name of the one whose decision it is;
# a subject after a comma before a give verb is the next act's giver
DECISIONS = [
    ("Tại buổi lễ, đại diện Sở Nội vụ đã công bố Quyết định của Chủ tịch nước về việc tặng thưởng "
     "Huân chương Lao động hạng Ba cho Sở Tài chính.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Công bố Quyết định số 145/QĐ-TTg ngày 12/3/2024 của Thủ tướng Chính phủ tặng Bằng khen cho 5 cá nhân.",
     [("Bằng khen", "Thủ tướng Chính phủ", 0, 5)]),
    ("Ông Lê Văn Hòa công bố quyết định tặng Giấy khen cho 9 cá nhân.", [("Giấy khen", None, 0, 9)]),
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể và 10 cá nhân, Giám đốc Sở Y tế tặng Giấy khen cho 12 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 5, 10), ("Giấy khen", "Giám đốc Sở Y tế", 0, 12)]),
]

# recalled or biographical honours, proposals and contest prizes confer nothing now
NOT_ACTS = [
    "Năm 2010, ông được tặng Bằng khen của Thủ tướng Chính phủ.",
    "Ông từng được tặng Huân chương Lao động hạng Ba.",
    "Trong quá trình công tác, ông đã được Nhà nước tặng thưởng nhiều Huân chương, Huy chương.",
    "Được biết, năm 2016, Trường Tiểu học Hòa Bình được Bộ GD&ĐT tặng Bằng khen.",
    "Trước đó, năm 2015, bà được tặng Huân chương Lao động hạng Ba.",
    "Hội đồng Thi đua - Khen thưởng tỉnh đã đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Nhì.",
    "Ban tổ chức đã trao 3 giải Nhất, 5 giải Nhì cho các đội thi.",
    # a period that opens the sentence and is over, a past year in brackets after the award
    "Ngày 12/7/2022, Hội tổ chức đại hội. Nhiệm kỳ 2017-2022, Hội được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
    "Ngày 5/9/2024, trường khai giảng. Giai đoạn 2019 - 2023, trường được UBND tỉnh tặng Bằng khen.",
    "Ngày 10/10/2023, Công ty kỷ niệm 60 năm. Công ty đã được Chủ tịch nước tặng thưởng Huân chương Lao động "
    "hạng Ba (năm 2010), Huân chương Lao động hạng Nhì (2015).",
    # a proposal stays a proposal when a decision is named in it
    "Sở Nội vụ đề nghị Chủ tịch nước ra quyết định tặng thưởng Huân chương Lao động hạng Ba cho Sở Y tế.",
    "Báo cáo nêu rõ việc tặng Bằng khen cho 5 tập thể còn chậm.",
    # a lower-case "vì" after "Huy chương" opens a reason, not a medal's name
    "Ông được trao Huy chương vì có nhiều đóng góp.",
    # a bare "Bằng khen của X" with no count after "cho" is no listed result
    "Ông trình bày về Bằng khen của UBND tỉnh cho biết nhiều điều.",
]


@pytest.mark.parametrize(("text", "expected"), NAMED + NAMES + SUBJECTS + GIVERS + TALLIES + JOINED
                         + BEST + FRONTED + COORDINATED_VERBS + COUNTED_NOUNS + MIXED + OPEN_NAMES + DECISIONS)
def test_award_acts(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", NOT_ACTS + NOT_BEST)
def test_not_acts(text):
    assert _awards(text) == []


def test_award_of_this_year_in_brackets_is_an_act():
    acts = _awards("Ngày 10/10/2023, Công ty kỷ niệm 60 năm. Dịp này, Công ty được Chủ tịch nước tặng "
                   "thưởng Huân chương Lao động hạng Nhất (năm 2023).")
    assert [_key(a) for a in acts] == [("Huân chương Lao động hạng Nhất", "Chủ tịch nước", 1, 0)]


@pytest.mark.parametrize(("text", "expected"), [
    # a caption with a giver that only says who hands it over tells the act of the body again
    ("Dịp này, 02 tập thể và 05 cá nhân được UBND tỉnh tặng Bằng khen.\nLãnh đạo tỉnh trao Bằng khen "
     "cho các tập thể, cá nhân\nThu Hà", [("Bằng khen", "UBND tỉnh", 2, 5)]),
    ("Đại diện lãnh đạo tỉnh trao Giấy khen cho các cá nhân\nSở Y tế đã tặng Giấy khen cho 9 cá nhân.",
     [("Giấy khen", "Sở Y tế", 0, 9)]),
    # a caption whose giver is a person by name only, beside a counted act of the same award
    ("Đồng chí Hà Duy Hưng trao Bằng khen cho các tập thể\nDịp này, UBND tỉnh đã trao Bằng khen cho 08 "
     "tập thể và 12 cá nhân.", [("Bằng khen", "UBND tỉnh", 8, 12)]),
    ("Ông Lục Văn Tuấn trao Giấy khen cho các cá nhân\nSở Nội vụ tặng Giấy khen cho 3 cá nhân.",
     [("Giấy khen", "Sở Nội vụ", 0, 3)]),
    # with no counted act of that award it stays
    ("Đồng chí Hà Duy Hưng trao Bằng khen cho các tập thể\nSở Y tế tặng Giấy khen cho 3 cá nhân.",
     [("Bằng khen", "Hà Duy Hưng", 0, 0), ("Giấy khen", "Sở Y tế", 0, 3)]),
    # two givers that name bodies stay two acts
    ("Sở Y tế trao Giấy khen cho các cá nhân.\nSở Nội vụ đã tặng Giấy khen cho 9 cá nhân.",
     [("Giấy khen", "Sở Y tế", 0, 0), ("Giấy khen", "Sở Nội vụ", 0, 9)]),
])
def test_presenter_caption_is_the_act_of_the_body(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc\nDịp này, 08 tập thể "
     "và 12 cá nhân được khen thưởng.", [("Bằng khen", "Chủ tịch UBND tỉnh", 8, 12)]),
    ("Giám đốc Sở trao Giấy khen cho các cá nhân\nDịp này, Sở tuyên dương, khen thưởng 4 tập thể và 9 cá nhân.",
     [("Giấy khen", "Giám đốc Sở", 0, 9)]),
    # two counts stated, or two open acts: nothing is guessed
    ("Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể, cá nhân\nNăm 2022, 500 tập thể được khen thưởng. "
     "Năm 2023, 600 tập thể được khen thưởng.", [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 0)]),
    ("Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể\nGiám đốc Sở trao Giấy khen cho các cá nhân\nDịp này, "
     "08 tập thể và 12 cá nhân được khen thưởng.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 0), ("Giấy khen", "Giám đốc Sở", 0, 0)]),
])
def test_counts_of_a_commendation_stated_apart(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân sau:\n1. Phòng Cảnh sát hình sự Công an "
     "tỉnh;\n2. Công an huyện Na Rì;\n3. Ông Hà Văn An, Trưởng phòng;\n4. Bà Hoàng Thị Mai.\nThu Hà",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 2, 2)]),
    ("Giám đốc Sở tặng Giấy khen cho các cá nhân:\n- Đồng chí Lê Văn Hùng\n- Đồng chí Nông Văn Dũng\nBan biên tập",
     [("Giấy khen", "Giám đốc Sở", 0, 2)]),
    # a colon that opens no list of lines counts nothing
    ("Giám đốc Sở tặng Giấy khen cho các cá nhân: đây là sự ghi nhận xứng đáng.",
     [("Giấy khen", "Giám đốc Sở", 0, 0)]),
])
def test_recipients_listed_one_a_line(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị đã biểu dương 20 tập thể, 30 cá nhân tiêu biểu và trao Bằng khen của UBND tỉnh cho họ.",
     [("Bằng khen", "UBND tỉnh", 20, 30)]),
    ("Hội nghị biểu dương 12 tập thể và 25 cá nhân có thành tích xuất sắc. Chủ tịch UBND tỉnh tặng Bằng khen "
     "cho các tập thể, cá nhân nói trên.", [("Bằng khen", "Chủ tịch UBND tỉnh", 12, 25)]),
    # nothing counted before: nothing to point back to
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân nói trên.", [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 0)]),
])
def test_recipients_that_point_back(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


def test_named_recipients_of_joined_awards_are_kept():
    first, second = _awards("UBND tỉnh tặng Bằng khen và Giấy khen cho ông Vũ Văn Lâm.")
    assert list(first.recipients) == list(second.recipients) == ["Vũ Văn Lâm"]
