"""Awards: classes found reading unseen 2006 ceremonies of VNTC (session 11, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a certificate of an award on a wall ("giấy chứng nhận
Huân chương"), the authority after "thay mặt cho", a list of candidates, a purpose ("để trao
tặng"), a quantifier right before an award ("cùng nhiều bằng khen"), an award dated long before
the article, the decision of no particular authority, the people of a place as one recipient, a
title's period before its giver ("trong thời kỳ đổi mới do ..."), and a part named "trong đó có"
that leaves the total standing, a role word inside an association's name, an apposition
"X, người được ...", "do X trao tặng <recipients>", a body and persons named together, a
passive's subject listed over commas, a giver after reported speech or written in lower case, a "cho" inside a reason, "mỗi … một <award>", a Kỷ niệm
chương named unquoted by "Vì ...", "khen thưởng ... bằng <award>", "thừa lệnh X", a class or
years going on a list ("hạng Ba cho 5 cá nhân"), "Trước đó, ngày 5/3, ...", a goal ("phấn đấu được tặng"), a case of a rule,
"về thành tích" after a giver, "bạn" before a name, posts counted as persons, counts of a
list after "có", a result listed as an item with no verb, the i/y spellings of a syllable, a school's own
Giấy khen, a year read as a count, "vì sự nghiệp" in lower case after a medal.
Tables of (phrase, [(award, giver, collectives, individuals),
...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# "chứng nhận", "xác nhận", "thừa nhận" hold the syllable of "nhận" and receive nothing
COMPOUND_VERBS = [
    ("Trên vách nhà treo giấy chứng nhận Huân chương Kháng chiến hạng Nhì, Huy chương Chiến sĩ vẻ vang "
     "của chú Bảy ghi nhận công lao của chú.", []),
    ("Phòng Nội vụ đã xác nhận Huân chương Chiến công hạng Ba của ông Tư là thật.", []),
    ("Ông thừa nhận Bằng khen của Sở cấp cho ông năm ấy ghi sai tên.", []),
    # the plain verb still receives
    ("Trường Tiểu học Hòa Lạc đã nhận Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", None, 1, 0)]),
    ("Sáng 5/3, Công ty Dệt Phú Thành đón nhận Huân chương Lao động hạng Nhì.",
     [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
]

# "thay mặt cho X" names the one in whose name the award is given, as "thay mặt X" does
ON_BEHALF = [
    ("Sáng nay, Thứ trưởng Lê Quang Minh thay mặt cho Bộ Giáo dục và Đào tạo trao tặng Kỷ niệm chương "
     "cho ông Phan Văn Khải.", [("Kỷ niệm chương", "Bộ Giáo dục và Đào tạo", 0, 1)]),
    ("Ông Đỗ Văn Hải thay mặt cho Ủy ban ATGT quốc gia trao bằng khen cho 3 đơn vị cứu nạn.",
     [("Bằng khen", "Ủy ban ATGT quốc gia", 3, 0)]),
    ("Thay mặt Bộ Công an, Thiếu tướng Trần Văn Lực trao Bằng khen cho 4 tập thể.",
     [("Bằng khen", "Bộ Công an", 4, 0)]),
]

# a list of candidates and a purpose tell no act
NOT_ACTS = [
    ("Hội đồng xét duyệt đã loại tên ông khỏi danh sách phong tặng danh hiệu Anh hùng Lao động.", []),
    ("Sở đang lập danh sách tặng Bằng khen cho các giáo viên giỏi.", []),
    ("Liên đoàn gặp khó khăn khi tìm nhân vật để trao tặng Huân chương FIFA.", []),
    ("Ban tổ chức đang tìm ứng viên cho danh hiệu “Cầu thủ vàng” của AFC cũng như nhân vật để trao tặng "
     "huân chương thế kỷ.", []),
    # a ceremony held to give the award is still the act
    ("UBND huyện tổ chức lễ trao Bằng khen cho 6 tập thể.", [("Bằng khen", "UBND huyện", 6, 0)]),
]

# a quantifier right before an award tells the honours a body holds, not an act
QUANTIFIED = [
    ("Nhà trường vinh dự được Nhà nước trao tặng Huân chương Lao động hạng Nhì cùng nhiều bằng khen của "
     "Chính phủ.", [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
    ("Năm nay, nhà máy được Bộ Xây dựng tặng Huy chương Vàng chất lượng cao ngành Xây dựng và nhiều bằng "
     "khen.", []),
    ("Hợp tác xã được tặng Cờ thi đua của UBND tỉnh và những giấy khen khác.",
     [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    # no quantifier: both are acts
    ("Nhà trường được Chủ tịch nước tặng Huân chương Lao động hạng Ba và Bằng khen của Thủ tướng Chính phủ.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0), ("Bằng khen", "Thủ tướng Chính phủ", 1, 0)]),
]

# a date after the award and its recipients, long before the article, tells a record; a year in
# the reason dates the deed
DATED = [
    ("Năm 2006, đơn vị kỷ niệm 30 năm thành lập. Quyết định của Nhà nước phong tặng danh hiệu Anh hùng Lao "
     "động cho Đội TNXP thành phố vào tháng 3-1986 vẫn treo ở phòng truyền thống.", []),
    ("Năm 2006 đánh dấu chặng đường mới. Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Nhà máy "
     "Cơ khí Hà Bắc năm 1979.", []),
    ("Năm 2006, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Nhà máy Cơ khí Hà Bắc vào tháng 4-2006.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Tại hội nghị tổng kết năm 2008, UBND tỉnh tặng Bằng khen cho 12 tập thể vì có thành tích xuất sắc năm 2005.",
     [("Bằng khen", "UBND tỉnh", 12, 0)]),
]

# the decision of no particular authority ("của Nhà nước") states no giver; its subject is none
DECISIONS = [
    ("Quyết định của Nhà nước phong tặng danh hiệu Anh hùng Lao động cho Công ty Điện lực Hà Nam.",
     [("danh hiệu Anh hùng Lao động", None, 1, 0)]),
    ("Thành tích ấy ghi trong quyết định của Đảng và Nhà nước tặng Huân chương Độc lập hạng Ba cho Xí "
     "nghiệp Than Hòn Gai.", [("Huân chương Độc lập hạng Ba", None, 1, 0)]),
    ("Quyết định của Chủ tịch nước về việc tặng Huân chương Lao động hạng Nhì cho Bệnh viện Đa khoa Phú Yên.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 1, 0)]),
]

# the people of a place, however its parts are listed, are one collective
PEOPLE = [
    ("Nhân dịp này, Đảng bộ, quân và nhân dân các dân tộc tỉnh Đắk Nông đã được Nhà nước phong tặng danh "
     "hiệu Anh hùng Lực lượng vũ trang nhân dân.", [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", None, 1, 0)]),
    ("Chủ tịch nước trao Huân chương Sao Vàng cho Đảng bộ và nhân dân tỉnh Quảng Trị.",
     [("Huân chương Sao Vàng", "Chủ tịch nước", 1, 0)]),
    ("Quân và dân huyện Côn Đảo được Chủ tịch nước tặng Huân chương Độc lập hạng Nhất.",
     [("Huân chương Độc lập hạng Nhất", "Chủ tịch nước", 1, 0)]),
    # people counted are individuals, not a place
    ("UBND tỉnh tặng Giấy khen cho 30 người dân có công bắt cướp.", [("Giấy khen", "UBND tỉnh", 0, 30)]),
]

# the period of a title comes between the title and its giver
PERIODS = [
    ("Dịp này, Lực lượng TNXP thành phố vinh dự đón nhận danh hiệu Anh hùng Lao động trong thời kỳ đổi mới "
     "do Chủ tịch nước phong tặng.", [("danh hiệu Anh hùng Lao động", "Chủ tịch nước", 1, 0)]),
    ("Công an tỉnh Gia Lai đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân thời kỳ đổi mới của "
     "Chủ tịch nước.", [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Chủ tịch nước", 1, 0)]),
    ("Chủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân trong kháng chiến chống Mỹ cho "
     "xã Vĩnh Thạch.", [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Chủ tịch nước", 1, 0)]),
]

# "trong đó" after a count: parts of one kind short of the total name some; a full breakdown counts
PARTS = [
    ("Bộ Y tế tặng Bằng khen cho 17 cá nhân - trong đó có ông Lê Văn Hải, ông Trần Thành Tài và bốn nhà báo.",
     [("Bằng khen", "Bộ Y tế", 0, 17)]),
    ("UBND tỉnh tặng Giấy khen cho 25 học sinh, trong đó 3 em dân tộc Mông.", [("Giấy khen", "UBND tỉnh", 0, 25)]),
    ("UBND tỉnh tặng Bằng khen cho 20 tập thể, cá nhân, trong đó có 8 tập thể và 12 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 8, 12)]),
    ("Sở tặng Giấy khen cho 10 tập thể, trong đó 4 trường và 6 trạm y tế.", [("Giấy khen", "Sở", 10, 0)]),
]

# a role after "hội" is part of an association's name, and a capitalised "Ngành" inside a name
# is no body of its own: a caption that names members of an association tells the act again
ASSOCIATIONS = [
    ("Hội Nhà văn Việt Nam trao Kỷ niệm chương cho 25 hội viên. Ông Lê Văn Tú, Phó Chủ tịch Hội Nhà "
     "văn Việt Nam trao Kỷ niệm chương cho hội viên Chi hội Nhà văn Ngành Công an.",
     [("Kỷ niệm chương", "Phó Chủ tịch Hội Nhà văn Việt Nam", 0, 25)]),
    ("UBND tỉnh tặng Bằng khen cho Hội Nông dân xã Tân Lập.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("UBND huyện tặng Giấy khen cho nhà báo Lê Văn Tâm.", [("Giấy khen", "UBND huyện", 0, 1)]),
    ("Bộ Tư pháp tặng Bằng khen cho ngành tư pháp tỉnh Hà Giang.", [("Bằng khen", "Bộ Tư pháp", 1, 0)]),
]

# an apposition "X, người được ..." describes the person, it tells no act
APPOSITIONS = [
    ("Nhà du hành Pyotr Ivanov, người được Việt Nam phong tặng danh hiệu Anh hùng Lao động, vừa qua đời.", []),
    ("Bà Lê Thị Hoa, người từng được tặng danh hiệu Chiến sĩ thi đua toàn quốc, nay đã nghỉ hưu.", []),
    # a count of persons before "được" is no apposition
    ("Có 30 người được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 30)]),
]

# "do X trao tặng" after the award: the giver, then the recipients after its verb; with none
# after it, a body's holding
GIVEN_BY = [
    ("Hôm qua, TAND thành phố đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước trao tặng tập thể TAND "
     "thành phố và Chánh án Bùi Hoàng Danh.", [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 1)]),
    ("Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng cho 3 tập thể.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 3, 0)]),
    ("Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng Công ty Sông Đà và Trường Cao đẳng Xây dựng.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 2, 0)]),
    ("Phòng truyền thống treo Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng năm 1998.", []),
    ("Bệnh viện đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước trao tặng.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
]

# one body named by a common noun, then persons: each counts
BODY_AND_PERSONS = [
    ("UBND tỉnh tặng Bằng khen cho tập thể Phòng Cảnh sát giao thông và Trung tá Lê Văn Bình.",
     [("Bằng khen", "UBND tỉnh", 1, 1)]),
    ("UBND tỉnh tặng Bằng khen cho tập thể lãnh đạo Công ty Sông Hồng và ông Lê Văn Bình.",
     [("Bằng khen", "UBND tỉnh", 1, 1)]),
    ("UBND tỉnh tặng Bằng khen cho ông Lê Văn Bình.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho tập thể và cá nhân có thành tích.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
]

# a passive's subject listed over commas: a body, then counted persons with their names
LISTED_SUBJECTS = [
    ("Dịp này, đội bóng đá nữ, 2 HLV Lê Công (karatedo), Nguyễn Xuân Thi (wushu), 2 VĐV Nguyễn Văn Hùng "
     "(pencak silat), Phạm Văn Mách (thể hình) đã được trao tặng Huân chương Lao động hạng Nhất.",
     [("Huân chương Lao động hạng Nhất", None, 1, 4)]),
    ("Dịp này, đội tuyển bóng đá nữ, 2 HLV Lê Công và Nguyễn Xuân Thi đã được trao tặng Huân chương Lao "
     "động hạng Nhất.", [("Huân chương Lao động hạng Nhất", None, 1, 2)]),
    ("Tập thể lớp 12A, 3 học sinh và 2 giáo viên được Sở GD&ĐT tặng Giấy khen.", [("Giấy khen", "Sở GD&ĐT", 1, 5)]),
    ("Tại buổi lễ, 5 tập thể, 10 cá nhân được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 5, 10)]),
    ("Đội tuyển nữ, sau chiến thắng, được Thủ tướng tặng Bằng khen.", [("Bằng khen", "Thủ tướng", 1, 0)]),
]

# who reports an act gives none: the giver is the subject after "cho biết"; a post written in
# lower case gives; a post with its holder's name tells the act of the post's body again
GIVERS = [
    ("Bà Tôn Nữ Hạnh, Phó Chủ tịch UBND tỉnh cho biết UBND tỉnh vừa tặng Bằng khen cho 2 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 0, 2)]),
    ("Ông Lê Văn Nam, Giám đốc Sở Nội vụ cho hay, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 5 tập thể.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 5, 0)]),
    ("UBND tỉnh vừa ban hành quyết định tặng Bằng khen của chủ tịch tỉnh cho 2 cá nhân.",
     [("Bằng khen", "chủ tịch tỉnh", 0, 2)]),
    ("Anh Lê Văn Nam được chủ tịch UBND huyện tặng Giấy khen.", [("Giấy khen", "chủ tịch UBND huyện", 0, 1)]),
    ("Hai em được nhà trường tặng Giấy khen.", [("Giấy khen", None, 0, 2)]),
    ("Công ty Sao Việt nhận Cờ thi đua của Thủ tướng Chính phủ. Ông Nguyễn Văn Hồng – Tổng giám đốc Công ty "
     "CP Sao Việt nhận Cờ thi đua do Thủ tướng Nguyễn Xuân Phúc trao tặng.",
     [("Cờ thi đua", "Thủ tướng Chính phủ", 1, 0)]),
]

# a "cho" inside the reason is no recipient marker
REASON_FOR = [
    ("Thủ môn Lê Văn Toàn đã nhận Kỷ niệm chương vì những cống hiến lớn lao cho cả hai CLB.", []),
    ("Sở VH-TT-DL tặng Giấy khen vì có nhiều đóng góp cho 3 lễ hội của tỉnh.",
     [("Giấy khen", "Sở VH-TT-DL", 0, 0)]),
    # the marker before the reason reads the recipients
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể vì có nhiều đóng góp cho sự nghiệp giáo dục.",
     [("Bằng khen", "UBND tỉnh", 5, 0)]),
    ("UBND tỉnh tặng Bằng khen năm 2023 cho 5 tập thể.", [("Bằng khen", "UBND tỉnh", 5, 0)]),
]

# "mỗi … một <award>": one award to each recipient counted after the verb before it
EACH = [
    ("UBND tỉnh khen thưởng 12 học sinh đạt giải, mỗi em một Giấy khen và 2 triệu đồng.",
     [("Giấy khen", "UBND tỉnh", 0, 12)]),
    ("UBND huyện trao tặng 5 học sinh đạt giải, mỗi em một Giấy khen.", [("Giấy khen", "UBND huyện", 0, 5)]),
    ("Hội đồng đội huyện tuyên dương 8 tập thể và 20 cá nhân, mỗi tập thể, cá nhân một Giấy khen.",
     [("Giấy khen", "Hội đồng đội huyện", 8, 20)]),
    ("UBND tỉnh sẽ khen thưởng 12 học sinh đạt giải, mỗi em một Giấy khen.", []),
    ("Năm 2005, UBND tỉnh khen thưởng 12 học sinh, mỗi em một Giấy khen.", []),
    ("Công ty tặng 20 suất quà cho học sinh nghèo, mỗi suất gồm một Giấy khen và tiền mặt.", []),
    ("Công ty khen thưởng 10 công nhân, mỗi năm được tặng một Bằng khen.", []),
]

# a Kỷ niệm chương named unquoted by "Vì ..." keeps its recipients ("Vì" opens no reason there)
NAMED_MEDALS = [
    ("Nhân dịp này, Bộ trưởng Bộ Y tế tặng Kỷ niệm chương Vì sức khỏe nhân dân cho 12 cá nhân.",
     [("Kỷ niệm chương", "Bộ trưởng Bộ Y tế", 0, 12)]),
    ("Bộ trưởng tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 5 nhà giáo.", [("Kỷ niệm chương", "Bộ trưởng", 0, 5)]),
    ("Hội Nông dân tỉnh trao Kỷ niệm chương Vì sự nghiệp nông dân Việt Nam cho 7 hội viên.",
     [("Kỷ niệm chương", "Hội Nông dân tỉnh", 0, 7)]),
]

# the means of a commendation ("khen thưởng ... bằng Giấy khen") is read as "mỗi … một" is
MEANS = [
    ("UBND tỉnh khen thưởng 5 tập thể và 10 cá nhân bằng hình thức tặng Bằng khen.",
     [("Bằng khen", "UBND tỉnh", 5, 10)]),
    ("UBND huyện đã khen thưởng 5 tập thể và 10 cá nhân bằng Giấy khen của Chủ tịch UBND huyện.",
     [("Giấy khen", "Chủ tịch UBND huyện", 5, 10)]),
    ("UBND huyện đề nghị khen thưởng 5 tập thể bằng Giấy khen.", []),
]

# authority phrases: "thừa lệnh", "theo ủy quyền của" name the one in whose name it is given
AUTHORITIES = [
    ("Thừa lệnh Chủ tịch nước, Thượng tướng Lê Văn Cường trao Huân chương Chiến công hạng Nhất cho Cục "
     "Cảnh sát hình sự.", [("Huân chương Chiến công hạng Nhất", "Chủ tịch nước", 1, 0)]),
    ("Theo ủy quyền của Chủ tịch nước, ông Lê Văn Cường trao Huân chương Lao động hạng Ba cho Công ty Hòa Phát.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
]

# a class or a badge's years going on a list after the award are another entry of that award
CONTINUED = [
    ("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 2 tập thể, hạng Ba cho 5 cá nhân.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 2, 0), ("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 5)]),
    ("Chủ tịch nước tặng Huân chương Chiến công hạng Nhì cho 2 tập thể và hạng Ba cho 1 tập thể, 5 cá nhân.",
     [("Huân chương Chiến công hạng Nhì", "Chủ tịch nước", 2, 0),
      ("Huân chương Chiến công hạng Ba", "Chủ tịch nước", 1, 5)]),
    ("Dịp này, Đảng bộ tỉnh trao Huy hiệu 30 năm tuổi Đảng cho 15 đảng viên, 40 năm tuổi Đảng cho 5 đảng viên.",
     [("Huy hiệu 30 năm tuổi Đảng", "Đảng bộ tỉnh", 0, 15), ("Huy hiệu 40 năm tuổi Đảng", "Đảng bộ tỉnh", 0, 5)]),
    # a class with no award right before it on a list is none
    ("Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho 2 tập thể. Đội bóng xếp hạng Ba.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 2, 0)]),
    ("Đội bóng xếp hạng Nhì và được UBND huyện tặng Giấy khen.", [("Giấy khen", "UBND huyện", 1, 0)]),
]

# "Trước đó" with a day and month of no year tells a recent act; with an old year or none, a record
EARLIER = [
    ("Trước đó, ngày 5/3, Chủ tịch UBND tỉnh đã ký quyết định tặng Bằng khen cho 4 cá nhân.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 4)]),
    ("Năm 2023 là năm bản lề. Trước đó, ngày 5/3/2010, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 4 cá nhân.", []),
    ("Trước đó, ông Lê Văn Hòa đã được tặng Bằng khen của UBND tỉnh.", []),
]

# a goal is no act, whatever words it has before the verb; a comma or a conjunction ends it
GOALS = [
    ("Huyện phấn đấu được tặng Cờ thi đua của Chính phủ.", []),
    ("Đơn vị phấn đấu đến năm 2025 được Chính phủ tặng Cờ thi đua.", []),
    ("Mục tiêu năm nay là được Bộ Công an tặng Cờ thi đua.", []),
    ("Nhờ nỗ lực phấn đấu, Công ty Hải Hà được UBND tỉnh tặng Cờ thi đua.", [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    ("Công ty Hải Hà luôn phấn đấu và được UBND tỉnh tặng Cờ thi đua.", [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    ("Hội tổ chức lễ nhằm trao Bằng khen cho 5 hội viên.", []),
]

# a case of a rule is no act; "về thành tích/gương" ends a giver; "bạn" opens a person's name;
# posts are counted as persons; a title quoted in single quotes is read
SAPOS = [
    ("Trường hợp được truy tặng danh hiệu 'Bà mẹ Việt Nam anh hùng', đại diện thân nhân được hưởng trợ cấp.", []),
    ("Tối 25/10, bạn Vũ Huy Hoàng đã được trao bằng khen của Hội sinh viên thành phố Hà Nội về gương "
     "'người tốt, việc tốt'.", [("Bằng khen", "Hội sinh viên thành phố Hà Nội", 0, 1)]),
    ("Sở tặng Giấy khen cho bạn Lê Thị Thu.", [("Giấy khen", "Sở", 0, 1)]),
    ("LĐLĐ thành phố đã tặng bằng khen cho 12 chủ tịch công đoàn cơ sở.", [("Bằng khen", "LĐLĐ thành phố", 0, 12)]),
    ("Tỉnh đoàn tặng Giấy khen cho 5 bí thư chi đoàn xuất sắc.", [("Giấy khen", "Tỉnh đoàn", 0, 5)]),
    ("Có 4.327 nữ cán bộ, công chức được tặng danh hiệu 'Giỏi việc nước, đảm việc nhà'.",
     [("danh hiệu Giỏi việc nước, đảm việc nhà", None, 0, 4327)]),
]

# "tự hào" is an adverb of the subject, as "vinh dự" is
PROUD = [
    ("Bệnh viện Hữu nghị Đa khoa Nghệ An vinh dự, tự hào được Bộ trưởng Bộ Y tế trao tặng Bằng khen vì những "
     "thành tích xuất sắc.", [("Bằng khen", "Bộ trưởng Bộ Y tế", 1, 0)]),
    ("Công ty Sông Đà vinh dự, tự hào được UBND tỉnh tặng Cờ thi đua.", [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    ("Bệnh viện Đa khoa tỉnh tự hào đón nhận Huân chương Lao động hạng Nhì.",
     [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
]

# counts of a list: "có N tập thể, M cá nhân được tặng"; a result listed as an item with no verb
LISTS = [
    ("Năm qua, toàn tỉnh có 45 tập thể, 120 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 45, 120)]),
    ("Toàn ngành có 12 tập thể, 30 cá nhân được Bộ trưởng tặng Bằng khen.", [("Bằng khen", "Bộ trưởng", 12, 30)]),
    ("Huyện có 3 xã đạt chuẩn nông thôn mới, 20 cá nhân được tặng Giấy khen.", [("Giấy khen", None, 0, 20)]),
    ("Về khen thưởng: Huân chương Lao động hạng Nhì cho 1 tập thể; Huân chương Lao động hạng Ba cho 2 tập thể "
     "và 4 cá nhân.", [("Huân chương Lao động hạng Nhì", None, 1, 0), ("Huân chương Lao động hạng Ba", None, 2, 4)]),
    ("Kết quả:\n- Huân chương Chiến công hạng Ba cho 2 tập thể;\n- Bằng khen cho 6 cá nhân.",
     [("Huân chương Chiến công hạng Ba", None, 2, 0), ("Bằng khen", None, 0, 6)]),
    ("Ông nói về Huân chương Lao động hạng Ba cho 2 tập thể.", []),
]

# the i/y spellings ("sĩ/sỹ", "kỷ/kỉ") match the same award, named as written; one act told in
# both spellings is one
SPELLINGS = [
    ("UBND tỉnh công nhận danh hiệu Chiến sỹ thi đua cấp tỉnh cho 12 cá nhân.",
     [("danh hiệu Chiến sỹ thi đua cấp tỉnh", "UBND tỉnh", 0, 12)]),
    ("Bộ trưởng tặng Kỉ niệm chương cho 3 cá nhân.", [("Kỉ niệm chương", "Bộ trưởng", 0, 3)]),
    ("Bộ Quốc phòng tặng Huy chương Chiến sỹ vẻ vang hạng Nhất cho 5 chiến sỹ.",
     [("Huy chương Chiến sỹ vẻ vang hạng Nhất", "Bộ Quốc phòng", 0, 5)]),
    ("UBND tỉnh tặng danh hiệu chiến sĩ thi đua cấp tỉnh cho 12 cá nhân.",
     [("danh hiệu Chiến sĩ thi đua cấp tỉnh", "UBND tỉnh", 0, 12)]),
    ("Bộ trưởng tặng Kỷ niệm chương cho 3 cá nhân. Ảnh: Bộ trưởng trao Kỉ niệm chương cho 3 cá nhân.",
     [("Kỷ niệm chương", "Bộ trưởng", 0, 3)]),
]

# a school or a company gives its own Bằng khen and Giấy khen; a state order "của Công ty X" is
# the company's
BODY_AWARDS = [
    ("Anh Lê Văn Hùng vừa được nhận bằng khen của Trường ĐH Exeter tại buổi lễ tốt nghiệp.",
     [("Bằng khen", "Trường ĐH Exeter", 0, 1)]),
    ("Em Lê Thị Hoa nhận Giấy khen của Trường THPT Chu Văn An.", [("Giấy khen", "Trường THPT Chu Văn An", 0, 1)]),
    ("Sáng nay diễn ra lễ đón nhận Huân chương Lao động hạng Ba của Công ty CP Sông Đà.",
     [("Huân chương Lao động hạng Ba", None, 1, 0)]),
]

# a number after "năm/tháng/ngày" is a date, not a count; a date before "ông/chị" keeps it one
# person; "vì sự nghiệp ..." in lower case after a medal names it
DATES_AND_NAMES = [
    ("Với những đóng góp, năm 2020 ông được Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú.",
     [("danh hiệu Nghệ nhân ưu tú", "Chủ tịch nước", 0, 1)]),
    ("Năm 2023 là năm bản lề. Tháng 5/2023, chị được Chủ tịch huyện trao tặng Giấy khen.",
     [("Giấy khen", "Chủ tịch huyện", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho năm cá nhân.", [("Bằng khen", "UBND tỉnh", 0, 5)]),
    ("Bộ Giáo dục và Đào tạo trao Kỷ niệm chương vì sự nghiệp giáo dục cho ông Lê Văn An.",
     [("Kỷ niệm chương", "Bộ Giáo dục và Đào tạo", 0, 1)]),
    ("Bộ trưởng tặng Huy chương vì sự nghiệp giáo dục cho 5 nhà giáo.",
     [("Huy chương vì sự nghiệp giáo dục", "Bộ trưởng", 0, 5)]),
    ("UBND tỉnh tặng Bằng khen cho ông Lê Văn An vì sự nghiệp giáo dục.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
]


@pytest.mark.parametrize("text,expected", DATES_AND_NAMES + BODY_AWARDS + SPELLINGS + LISTS + PROUD + SAPOS + GOALS + CONTINUED + EARLIER + MEANS + AUTHORITIES + EACH + NAMED_MEDALS + REASON_FOR + GIVERS + ASSOCIATIONS + APPOSITIONS + GIVEN_BY + BODY_AND_PERSONS
                         + LISTED_SUBJECTS)
def test_unseen_classes_more(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text,expected", COMPOUND_VERBS + ON_BEHALF + NOT_ACTS + QUANTIFIED + DATED
                         + DECISIONS + PEOPLE + PERIODS + PARTS)
def test_unseen_classes(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in PEOPLE + PERIODS + PARTS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
