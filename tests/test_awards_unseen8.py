"""Awards: classes found reading unseen ceremonies of VNTC (2006) and Báo Mới (session 16, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape the
news writes award acts and non-acts in: a body written with its place after a comma ("UBND
huyện Đăk Hà, tỉnh Kon Tum tặng ...", "Sở Cứu hỏa X, tỉnh Y, trao ...": where the body is, no
giver of its own: one act, the giver the body with its place), a place's abbreviation with a
full stop inside a sentence ("(H. Krông Pa, Gia Lai)", "tại TP. Hồ Chí Minh": no sentence ends
there; after a capitalised word, as an initial of a name, it may), the leaders of a body written
in lower case ("lãnh đạo UBND quận X đã tặng ...": they give in its name), persons of more trades ("ba
dịch giả", "4 họa sĩ"), an ordinal that is no count and, as a comma segment of its own, no
subject ("A, 18 tuổi, lần thứ hai được ..."), a press body with a lower-case head before a
person ("phóng viên Thông tấn xã Việt Nam Đinh Văn Dư": one individual), zones that receive
("Khu Công nghệ cao X", "Làng trẻ em X"), a plural of recipients after another verb's words
("Bộ trưởng chúc mừng các nhà giáo được phong tặng ...": they, not the minister, are its subject),
a medal won in a contest inside a counted subject ("12 học sinh giành huy chương Olympic được ..."),
the police's movement named in a flag ("Cờ ... phong trào Thi đua vì an ninh Tổ quốc": "vì" opens
no reason there, and the counts after it are the flag's), more units counted as collectives
("2 dòng họ", "6 liên đội", "8 công đoàn"), a body's history told over its road ("Trong suốt
chặng đường ...") and a tally run on after an ellipsis that ends a record: records; a firm written
in lower case before its name ("công ty Dược phẩm X đã được ...": one collective), a rule of the
law on rewards ("Cá nhân được tặng Bằng khen ... được thưởng 3,5 lần mức lương cơ sở": no act), a
team named by its age group ("cho U23 Việt Nam": one collective), the Youth Union's badges
("Huy hiệu Tuổi trẻ dũng cảm": an award, as the Party's badges are).
Tables of (phrase, [(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

from vngovnlp.extract.awards import find_awards
from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize

# a place after a body and a comma says where the body is: one giver, the body with its place
PLACE_APPOSITIONS = [
    ("UBND huyện Đăk Hà, tỉnh Kon Tum tặng Giấy khen cho 5 cá nhân.",
     [("Giấy khen", "UBND huyện Đăk Hà, tỉnh Kon Tum", 0, 5)]),
    ("UBND huyện Sông Mã, tỉnh Hòa An, đã tặng Giấy khen cho 6 tập thể.",
     [("Giấy khen", "UBND huyện Sông Mã, tỉnh Hòa An", 6, 0)]),
    ("Công an huyện Tân Lạc, tỉnh Hòa Bình, trao Giấy khen cho 4 chiến sĩ.",
     [("Giấy khen", "Công an huyện Tân Lạc, tỉnh Hòa Bình", 0, 4)]),
    ("Hội Nông dân xã Tân Hòa, huyện Sông Mã trao Giấy khen cho 7 hội viên.",
     [("Giấy khen", "Hội Nông dân xã Tân Hòa, huyện Sông Mã", 0, 7)]),
    # the passive and "của" read one giver too, where they read two
    ("Du học sinh Lê Văn Đức được Sở Cứu hỏa Mitaka, tỉnh Tokyo, trao giấy khen.",
     [("Giấy khen", "Sở Cứu hỏa Mitaka, tỉnh Tokyo", 0, 1)]),
    ("8 cá nhân được UBND huyện Đăk Hà, tỉnh Kon Tum tặng Giấy khen.",
     [("Giấy khen", "UBND huyện Đăk Hà, tỉnh Kon Tum", 0, 8)]),
    ("Ông Lê Văn An nhận Bằng khen của UBND quận Sơn Trà, TP Đà Nẵng.",
     [("Bằng khen", "UBND quận Sơn Trà, TP Đà Nẵng", 0, 1)]),
    # bodies listed before the place each give; two bodies stay two; a place alone gives none
    ("Sở Y tế, Sở Nội vụ, tỉnh Kon Tum đã tặng Giấy khen cho 5 cá nhân.",
     [("Giấy khen", "Sở Y tế", 0, 5), ("Giấy khen", "Sở Nội vụ, tỉnh Kon Tum", 0, 5)]),
    ("UBND tỉnh, UBND huyện Đăk Hà đã tặng Giấy khen cho 5 cá nhân.",
     [("Giấy khen", "UBND tỉnh", 0, 5), ("Giấy khen", "UBND huyện Đăk Hà", 0, 5)]),
    ("UBND TP Hòa An, Sở Nội vụ đã tặng Giấy khen cho 3 cá nhân.",
     [("Giấy khen", "UBND TP Hòa An", 0, 3), ("Giấy khen", "Sở Nội vụ", 0, 3)]),
    ("Ông Lê Văn An, tỉnh Hòa An tặng Bằng khen cho 5 tập thể.", [("Bằng khen", None, 5, 0)]),
]

# a place's abbreviation with a full stop ends no sentence after a bracket or a lower-case word
ABBREVIATED_PLACES = [
    ("UBND thị trấn Phú Lâm (H. Krông Sơn, Gia Lai) vừa tặng giấy khen cho anh Lê Văn Kiên.",
     [("Giấy khen", "UBND thị trấn Phú Lâm (H. Krông Sơn, Gia Lai)", 0, 1)]),
    ("Sở Y tế tại TP. Hồ Chí Minh tặng Giấy khen cho 5 cá nhân.",
     [("Giấy khen", "Sở Y tế tại TP. Hồ Chí Minh", 0, 5)]),
    ("Ngày 3-10, Hội Khuyến học (HKH) Q. Sơn Trà đón nhận Cờ thi đua của Trung ương Hội.",
     [("Cờ thi đua", "Trung ương Hội", 1, 0)]),
    # an initial after a capitalised word may end the sentence
    ("Người báo tin là anh Lê Văn H. Sau đó, UBND tỉnh tặng Bằng khen cho 5 tập thể.",
     [("Bằng khen", "UBND tỉnh", 5, 0)]),
    ("Ông Lê Văn An về thăm UBND TP. Chủ tịch UBND tỉnh tặng Bằng khen cho 2 cá nhân.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 2)]),
]

# persons of more trades counted and cued ("ba dịch giả là A, B và C", "4 họa sĩ", "6 chuyên gia")
TRADES = [
    ("Đại sứ trao tặng Huân chương Công trạng cho ba dịch giả Việt Nam là Lê Thị Thư, Tạ Minh Châu và Lê Bá "
     "Thự.", [("Huân chương Công trạng", "Đại sứ", 0, 3)]),
    ("Bộ trưởng tặng Kỷ niệm chương cho 4 họa sĩ và 2 nhạc sĩ.", [("Kỷ niệm chương", "Bộ trưởng", 0, 6)]),
    ("UBND tỉnh tặng Bằng khen cho 6 chuyên gia nước ngoài.", [("Bằng khen", "UBND tỉnh", 0, 6)]),
    ("Hội Nhà báo tặng Giấy khen cho nhiếp ảnh gia Lê Văn Toàn.", [("Giấy khen", "Hội Nhà báo", 0, 1)]),
    # a kind of them, uncounted, counts none
    ("UBND tỉnh tặng Bằng khen cho các chuyên gia.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
]

# an ordinal is no count ("lần thứ hai chị ..."), and written as a comma segment of its own it is
# no subject: the subject is written before it
ORDINALS = [
    ("Lê Văn Bảo, 18 tuổi, lần thứ hai được Chủ tịch nước tặng Huân chương Lao động hạng ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 1)]),
    ("Trường THCS Hòa An, lần đầu tiên được UBND tỉnh tặng Cờ thi đua.", [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    ("Nhà hát Kịch Sông Mã đón nhận Huân chương Lao động hạng Nhì, đây là lần thứ hai nhà hát nhận huân chương.",
     [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 2 tập thể, lần thứ ba liên tiếp.", [("Bằng khen", "UBND tỉnh", 2, 0)]),
    # counts after the marker stay
    ("UBND tỉnh tặng Bằng khen cho hai cá nhân.", [("Bằng khen", "UBND tỉnh", 0, 2)]),
]

# a press body written with a lower-case head ("Thông tấn xã Việt Nam") before a person's full name
PRESS_NAMES = [
    ("Thủ tướng truy tặng Bằng khen cho phóng viên Thông tấn xã Việt Nam Đinh Văn Dư đã hy sinh.",
     [("Bằng khen", "Thủ tướng", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho phóng viên Thông tấn xã Việt Nam Lê Văn Hùng và 3 tập thể.",
     [("Bằng khen", "UBND tỉnh", 3, 1)]),
    # the press body alone, or as a recipient, is no person
    ("UBND tỉnh tặng Bằng khen cho phóng viên Thông tấn xã Việt Nam.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
    ("Bộ trưởng tặng Bằng khen cho Thông tấn xã Việt Nam.", [("Bằng khen", "Bộ trưởng", 1, 0)]),
]

# zones and villages that receive awards ("Khu Công nghệ cao X", "Khu kinh tế X", "Làng trẻ em X"): one collective
ZONES = [
    ("Sáng 9/10, Khu Công nghệ cao Hòa An (HAP) đã tổ chức lễ kỷ niệm 15 năm thành lập và nhận Huân chương "
     "Lao động hạng Nhất, với sự tham dự của Thủ tướng.", [("Huân chương Lao động hạng Nhất", None, 1, 0)]),
    ("Khu kinh tế Vân Long được Thủ tướng tặng Bằng khen.", [("Bằng khen", "Thủ tướng", 1, 0)]),
    ("Khu chế xuất Tân Hòa đón nhận Huân chương Lao động hạng Ba.", [("Huân chương Lao động hạng Ba", None, 1, 0)]),
    ("Làng trẻ em SOS Hòa An nhận Huân chương Lao động Hạng Nhất sau 30 năm xây dựng và phát triển",
     [("Huân chương Lao động hạng Nhất", None, 1, 0)]),
    ("Chủ tịch nước trao Huân chương Lao động hạng Nhì cho Làng trẻ em SOS Sông Mã.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 1, 0)]),
    ("Khu Công nghiệp Tân Hòa được Thủ tướng tặng Cờ thi đua.", [("Cờ thi đua", "Thủ tướng", 1, 0)]),
    # a zone named as a place of the ceremony receives nothing
    ("Tại Khu kinh tế Vân Long, UBND tỉnh tặng Giấy khen cho 5 cá nhân.", [("Giấy khen", "UBND tỉnh", 0, 5)]),
]

# a plural of recipients written after another verb's words is the passive's subject, not the
# body that greets them; joined to a named one by a conjunction, the named one stays
PLURAL_SUBJECTS = [
    ("Bộ trưởng chúc mừng các nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú.", []),
    ("UBND tỉnh đã tổ chức lễ kỷ niệm và tôn vinh các nhà giáo vừa được phong tặng danh hiệu Nhà giáo Nhân dân.",
     []),
    ("Sở Y tế gặp mặt những thầy thuốc được phong tặng danh hiệu Thầy thuốc ưu tú.", []),
    # counted, or joined to a named body, the recipients are read as before
    ("Bộ trưởng gặp mặt 5 nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú.",
     [("danh hiệu Nhà giáo ưu tú", None, 0, 5)]),
    ("Công ty Sông Mã và các đơn vị thành viên được tặng Bằng khen.", [("Bằng khen", None, 1, 0)]),
    ("Trường THCS Hòa An cùng nhiều giáo viên được tặng Giấy khen.", [("Giấy khen", None, 1, 0)]),
    ("Đảng bộ và nhân dân các dân tộc tỉnh Hòa An được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
     [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", None, 1, 0)]),
]

# a medal won in a contest, written in the subject after "giành", "đạt", "đoạt", describes the
# subject: the counts before it receive
WON_MEDALS = [
    ("12 học sinh giành huy chương Olympic quốc tế năm 2023 được Chủ tịch nước tặng Huân chương Lao động.",
     [("Huân chương Lao động", "Chủ tịch nước", 0, 12)]),
    ("Đội tuyển giành huy chương vàng và được Thủ tướng tặng Bằng khen.", [("Bằng khen", "Thủ tướng", 1, 0)]),
    ("Dịp này, 6 học sinh đạt huy chương vàng được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 6)]),
    ("Ba vận động viên đoạt huy chương bạc được Bộ trưởng tặng Bằng khen.", [("Bằng khen", "Bộ trưởng", 0, 3)]),
    # an award received, and an act before, keep their own recipients
    ("Ông Lê Văn An nhận Giấy khen, 5 cá nhân được tặng Bằng khen.",
     [("Giấy khen", None, 0, 1), ("Bằng khen", None, 0, 5)]),
    ("Trường giành Cờ thi đua và 5 cá nhân được tặng Bằng khen.", [("Cờ thi đua", None, 1, 0), ("Bằng khen", None, 0, 5)]),
]

# the police's emulation movement named after a flag is part of its name; "vì" alone opens a reason
POLICE_FLAGS = [
    ("Bộ Công an tặng Cờ Đơn vị xuất sắc phong trào Thi đua vì an ninh Tổ quốc cho 3 đơn vị.",
     [("Cờ Đơn vị xuất sắc phong trào Thi đua vì an ninh Tổ quốc", "Bộ Công an", 3, 0)]),
    ("Công an huyện Sông Mã được Bộ trưởng tặng Cờ thi đua xuất sắc phong trào Thi đua Vì an ninh Tổ quốc.",
     [("Cờ thi đua xuất sắc phong trào Thi đua Vì an ninh Tổ quốc", "Bộ trưởng", 1, 0)]),
    ("Bộ Công an tặng Cờ thi đua xuất sắc phong trào Toàn dân bảo vệ an ninh Tổ quốc cho Công an xã Tân Hòa.",
     [("Cờ thi đua xuất sắc phong trào Toàn dân bảo vệ an ninh Tổ quốc", "Bộ Công an", 1, 0)]),
    # a reason after the flag stays a reason
    ("Công an tỉnh được Bộ Công an tặng Cờ thi đua vì có thành tích xuất sắc.", [("Cờ thi đua", "Bộ Công an", 1, 0)]),
    ("Bộ Công an tặng Cờ thi đua cho 2 đơn vị vì có thành tích xuất sắc.", [("Cờ thi đua", "Bộ Công an", 2, 0)]),
]

# more units counted as collectives ("2 dòng họ", "6 liên đội", "5 đại đội", "8 công đoàn")
UNITS_COUNTED = [
    ("UBND huyện đã tặng Giấy khen cho 4 gia đình và 2 dòng họ hiếu học tiêu biểu.", [("Giấy khen", "UBND huyện", 6, 0)]),
    ("Hội đồng Đội huyện tặng Giấy khen cho 6 liên đội và 12 chi đội.", [("Giấy khen", "Hội đồng Đội huyện", 18, 0)]),
    ("Bộ Quốc phòng tặng Bằng khen cho 2 lữ đoàn, 5 đại đội.", [("Bằng khen", "Bộ Quốc phòng", 7, 0)]),
    ("LĐLĐ tỉnh tặng Bằng khen cho 8 công đoàn và 3 nghiệp đoàn.", [("Bằng khen", "LĐLĐ tỉnh", 11, 0)]),
    # the persons of a union stay persons
    ("LĐLĐ tỉnh tặng Bằng khen cho 12 chủ tịch công đoàn cơ sở.", [("Bằng khen", "LĐLĐ tỉnh", 0, 12)]),
]

# a body's history told over its road ("Trong suốt chặng đường ...") and a tally run on after an
# ellipsis that ends a record ("... cùng nhiều phần thưởng cao quý khác… 83 tập thể ...") are records
HISTORY_TALLIES = [
    ("Trong suốt chặng đường vẻ vang đó, Sư đoàn, 04 Trung đoàn, 05 Tiểu đoàn và 11 cán bộ, chiến sĩ của Sư "
     "đoàn được tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân.", []),
    ("Trên chặng đường 60 năm, nhà trường được Nhà nước tặng Huân chương Lao động hạng Nhất.", []),
    ("Tỉnh đã vinh dự được Nhà nước tặng danh hiệu Anh hùng Lực lượng vũ trang Nhân dân, Huân chương Sao vàng, "
     "Huân chương Hồ Chí Minh, cùng nhiều phần thưởng cao quý khác… 80 tập thể, 15 cá nhân được phong tặng danh "
     "hiệu Anh hùng Lực lượng vũ trang Nhân dân.", []),
    # the anniversary's own ceremony, a run-on after an act, or a sentence of its own are acts
    ("Nhân kỷ niệm 50 năm xây dựng và phát triển, Công ty Sông Mã đón nhận Huân chương Lao động hạng Nhất.",
     [("Huân chương Lao động hạng Nhất", None, 1, 0)]),
    ("Công ty Sông Mã tổ chức lễ kỷ niệm 50 năm xây dựng và trưởng thành và đón nhận Huân chương Lao động hạng Nhất.",
     [("Huân chương Lao động hạng Nhất", None, 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể… 8 cá nhân được tặng Giấy khen.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Giấy khen", None, 0, 8)]),
    ("Năm 2005, trường được tặng Huân chương Lao động hạng Ba... Sáng nay, 8 cá nhân được tặng Giấy khen.",
     [("Giấy khen", None, 0, 8)]),
]

# a firm, a bank, a factory or a cooperative written in lower case before its name is one body; a
# person's workplace in an apposition stays the person's
LOWER_FIRMS = [
    ("Với nhiều sản phẩm, công ty Dược phẩm Hoa Sen đã được Bộ Y tế tặng bằng khen.", [("Bằng khen", "Bộ Y tế", 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho công ty Sông Mã và ngân hàng Hòa An.", [("Bằng khen", "UBND tỉnh", 2, 0)]),
    ("Hợp tác xã Tân Hòa và nhà máy Đường Sông Lam được UBND tỉnh tặng Giấy khen.", [("Giấy khen", "UBND tỉnh", 2, 0)]),
    ("Anh Lê Văn An, công nhân công ty Sông Mã, được tặng Bằng khen.", [("Bằng khen", None, 0, 1)]),
    ("Bà Lê Thị Hoa, giám đốc công ty Sông Mã, nhận Bằng khen của Thủ tướng.", [("Bằng khen", "Thủ tướng", 0, 1)]),
    ("Bạn Lê Văn Cảnh, sinh viên năm cuối, trường Đại học Sông Mã đã được trao bằng khen của Hội Sinh viên.",
     [("Bằng khen", "Hội Sinh viên", 0, 1)]),
]

# a rule of the law on rewards: a bare kind of recipient as the whole subject, and what it earns
# after the award
RULE_CASES = [
    ("Cá nhân được tặng Bằng khen của Thủ tướng được thưởng 3,5 lần mức lương cơ sở.", []),
    ("Tập thể được tặng Cờ thi đua của Chính phủ được thưởng 24,5 lần mức lương cơ sở.", []),
    ("Người được tặng danh hiệu Chiến sĩ thi đua toàn quốc được hưởng tiền thưởng 4,5 lần mức lương.", []),
    # a named or counted subject, or no earnings in the sentence, is an act
    ("Ông Lê Văn An được tặng Bằng khen của Thủ tướng và được thưởng 3 triệu đồng.", [("Bằng khen", "Thủ tướng", 0, 1)]),
    ("5 cá nhân được tặng Bằng khen của Thủ tướng được thưởng 3,5 lần mức lương cơ sở.",
     [("Bằng khen", "Thủ tướng", 0, 5)]),
    ("Đơn vị được tặng Cờ thi đua của Chính phủ.", [("Cờ thi đua", "Chính phủ", 1, 0)]),
]

# a team named by its age group or as the national team before its country is one collective
TEAMS = [
    ("Thủ tướng tặng Bằng khen cho U23 Việt Nam.", [("Bằng khen", "Thủ tướng", 1, 0)]),
    ("U19 Việt Nam được Bộ trưởng tặng Bằng khen.", [("Bằng khen", "Bộ trưởng", 1, 0)]),
    ("Thủ tướng tặng Bằng khen cho ĐT Việt Nam và HLV Park Hang-seo.", [("Bằng khen", "Thủ tướng", 1, 1)]),
    # players of the team are counted as persons
    ("UBND tỉnh tặng Bằng khen cho 23 cầu thủ U23.", [("Bằng khen", "UBND tỉnh", 0, 23)]),
    ("UBND tỉnh tặng Bằng khen cho 3 cầu thủ của U23 Việt Nam.", [("Bằng khen", "UBND tỉnh", 0, 3)]),
]

# the badges of the Youth Union are awards as the Party's badges are
YOUTH_BADGES = [
    ("Trung ương Đoàn tặng Huy hiệu Tuổi trẻ dũng cảm cho anh Lê Văn An.",
     [("Huy hiệu Tuổi trẻ dũng cảm", "Trung ương Đoàn", 0, 1)]),
    ("Tỉnh đoàn trao Huy hiệu Tuổi trẻ sáng tạo cho 5 đoàn viên.", [("Huy hiệu Tuổi trẻ sáng tạo", "Tỉnh đoàn", 0, 5)]),
    ("Anh Lê Văn An được Trung ương Đoàn tặng huy hiệu Tuổi trẻ dũng cảm vì cứu người.",
     [("huy hiệu Tuổi trẻ dũng cảm", "Trung ương Đoàn", 0, 1)]),
    ("Bí thư Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho 3 đảng viên.", [("Huy hiệu 50 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 3)]),
    # a badge still to come is none
    ("Các em sẽ được trao Huy hiệu Tuổi trẻ sáng tạo.", []),
]


@pytest.mark.parametrize("text,expected", TRADES + ORDINALS + PRESS_NAMES + ZONES + PLURAL_SUBJECTS + WON_MEDALS
                         + POLICE_FLAGS + UNITS_COUNTED + HISTORY_TALLIES + LOWER_FIRMS + RULE_CASES + TEAMS
                         + YOUTH_BADGES)
def test_unseen_counts_session16(text, expected):
    assert [_key(a) for a in _awards(text)] == expected

# the leaders or a representative of a capitalised body, written in lower case, give in its name;
# of no body named, they give none
LOWER_LEADERS = [
    ("Ngày 14/6, lãnh đạo UBND quận Sơn Trà, TP Đà Nẵng, đã tặng giấy khen cho ba tập thể.",
     [("Giấy khen", "lãnh đạo UBND quận Sơn Trà, TP Đà Nẵng", 3, 0)]),
    ("Sáng nay, đại diện Sở Y tế trao Giấy khen cho 5 cá nhân.", [("Giấy khen", "đại diện Sở Y tế", 0, 5)]),
    ("Sáng nay, lãnh đạo tỉnh trao Giấy khen cho 5 cá nhân.", [("Giấy khen", None, 0, 5)]),
    ("Sáng nay, đại diện các đơn vị trao Giấy khen cho 5 cá nhân.", [("Giấy khen", None, 0, 5)]),
    # a ceremony named as the subject gives nothing; a body whose name holds the word gives
    ("Buổi lễ trao Giấy khen cho 5 học sinh diễn ra sáng nay.", [("Giấy khen", None, 0, 5)]),
    ("Lễ trao Giấy khen cho 6 học sinh được tổ chức tại trường.", [("Giấy khen", None, 0, 6)]),
    ("Ban Tổ chức Lễ hội trao Giấy khen cho 5 đội.", [("Giấy khen", "Ban Tổ chức Lễ hội", 5, 0)]),
]


@pytest.mark.parametrize("text,expected", PLACE_APPOSITIONS + ABBREVIATED_PLACES + LOWER_LEADERS)
def test_unseen_classes_session16(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", [row[0] for row in PLACE_APPOSITIONS + ABBREVIATED_PLACES + LOWER_LEADERS])
def test_offsets_round_trip(text):
    text = normalize(text).text
    for a in find_awards(text, officials=find_officials(text)):
        assert text[a.start:a.end] == a.text
