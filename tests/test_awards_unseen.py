"""Awards: classes found reading unseen news articles (session 9, issue 13).

Each row is a phrase written for this test (names, units and numbers made up) in a shape news
articles write award acts in: records told by a count of times, merits and wishes that are no
act, recent acts told after "trước đó", target years, counts per award given ("lượt"), a group a
recipient belongs to ("một trong 20 DN"), gifts handed over with an award, persons who hand one
award over together, counted subjects after a conjunction or "trong đó". Tables of (phrase,
[(award, giver, collectives, individuals), ...]); negatives give no award.
"""
from __future__ import annotations

import pytest
from readings import award_key as _key
from readings import awards_of as _awards

# a count of times right before the verb tells a holder's record, not an act; an ordinal
# ("lần thứ hai") is the act's own, and times of a counted recipients' deed are no record
RECORDS = [
    ("Công ty 3 lần được Chủ tịch nước tặng Huân chương Lao động.", []),
    ("- 4 lần được Thủ tướng Chính phủ tặng Cờ thi đua xuất sắc.", []),
    ("Trường đã được UBND tỉnh 02 lần tặng Cờ thi đua.", []),
    ("Đơn vị được Nhà nước hai lần phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.", []),
    ("Hợp tác xã nhiều lần được UBND huyện tặng Giấy khen.", []),
    ("Đây là lần thứ hai Công an tỉnh được tặng Cờ thi đua của Chính phủ.",
     [("Cờ thi đua", "Chính phủ", 1, 0)]),
    ("Tại buổi lễ, 492 cá nhân hiến máu tình nguyện 20 lần được UBND thành phố tặng Bằng khen.",
     [("Bằng khen", "UBND thành phố", 0, 492)]),
    ("Trường đón nhận Huân chương Lao động hạng Ba lần thứ 2 từ Chủ tịch nước.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    # the years of a record in brackets after the award, older than the article's events
    ("Bệnh viện được Nhà nước phong tặng danh hiệu Anh hùng Lao động (năm 2004 và 2011). "
     "Năm 2016, bệnh viện tiếp tục phát triển.", []),
    ("Xã được tặng Huân chương Lao động hạng Ba (2009, 2013). Năm 2016, xã về đích nông thôn mới.", []),
]

# a merit or a wish before the verb is no act
WISHES = [
    ("Người dân cho rằng hai ông xứng đáng được tặng Bằng khen.", []),
    ("Bà con mong được Chủ tịch UBND tỉnh tặng Bằng khen cho anh Tùng.", []),
    ("Gia đình mong muốn được tặng Giấy khen cho cháu.", []),
    ("Hai em xứng đáng nhận Bằng khen của Bộ trưởng.", []),
    # a merit stated after the act does not undo it
    ("UBND tỉnh tặng Bằng khen cho 2 cá nhân xứng đáng.", [("Bằng khen", "UBND tỉnh", 0, 2)]),
]

# "trước đó" recalls, unless "vừa"/"mới" makes the act recent
RECENT = [
    ("Trước đó, chị Lan vừa được UBND tỉnh trao Bằng khen.", [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Trước đó, Công an huyện mới được Giám đốc Công an tỉnh tặng Giấy khen.",
     [("Giấy khen", "Giám đốc Công an tỉnh", 1, 0)]),
    ("Trước đó, chị Lan đã được UBND tỉnh trao Bằng khen.", []),
    ("Trước đây, anh Hùng từng được tặng Giấy khen.", []),
]

# a target year ("đến năm 2020") is no year of the events: a flag of the year before stays an act
TARGETS = [
    ("Phấn đấu đến năm 2020, tỉnh có 80% xã đạt chuẩn. Chủ tịch UBND tỉnh trao Cờ thi đua năm 2016 "
     "cho Trung tâm Khoa học xã hội.", [("Cờ thi đua", "Chủ tịch UBND tỉnh", 1, 0)]),
    ("Quy hoạch tầm nhìn 2030 được thông qua. UBND tỉnh trao Cờ thi đua năm 2016 cho Sở Y tế.",
     [("Cờ thi đua", "UBND tỉnh", 1, 0)]),
    # a year the article writes as an event still dates an old award as a record
    ("Năm 2020, trường tổ chức kỷ niệm. UBND tỉnh đã tặng Cờ thi đua năm 2012 cho trường.", []),
]

# counts: one award each ("lượt"), a group the recipient belongs to, counted subjects after a
# conjunction or a breakdown word, an abbreviated collective noun
COUNTS = [
    ("Ban tổ chức đã trao Giấy khen cho 50 lượt cá nhân.", [("Giấy khen", "Ban tổ chức", 0, 50)]),
    ("UBND huyện tặng Giấy khen cho 12 lượt tập thể và 30 lượt cá nhân.", [("Giấy khen", "UBND huyện", 12, 30)]),
    ("Chủ tịch UBND tỉnh trao Bằng khen cho Công ty Hòa Phát, một trong 20 doanh nghiệp tiêu biểu.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho Trường THPT Lê Lợi, là một trong 5 trường dẫn đầu.",
     [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho 20 DN có thành tích xuất sắc.", [("Bằng khen", "UBND tỉnh", 20, 0)]),
    ("Dịp này, 3 tập thể được Bộ trưởng tặng Bằng khen và 12 tập thể, 20 cá nhân được Tư lệnh Quân khu "
     "tặng Giấy khen.", [("Bằng khen", "Bộ trưởng", 3, 0), ("Giấy khen", "Tư lệnh Quân khu", 12, 20)]),
    ("Tổng cộng có 105 tập thể, cá nhân được khen thưởng, trong đó 25 tập thể, 80 cá nhân được tặng Giấy khen.",
     [("Giấy khen", None, 25, 80)]),
    # a count opening an earlier clause with its own verb is not added
    ("Huyện có 30 xã đạt chuẩn, 12 tập thể, 20 cá nhân được tặng Giấy khen.", [("Giấy khen", None, 12, 20)]),
]

# gifts handed over with the award; persons handing one award over together give one act,
# bodies each give their own
GIVERS = [
    ("Lãnh đạo tỉnh trao cúp và Bằng khen cho Công ty Hòa Phát.", [("Bằng khen", "Lãnh đạo tỉnh", 1, 0)]),
    ("Ban tổ chức trao biểu trưng và Giấy khen cho 12 đơn vị tài trợ.", [("Giấy khen", "Ban tổ chức", 12, 0)]),
    ("Bí thư Thành ủy Nguyễn Văn An và Chủ tịch UBND thành phố Trần Văn Bình trao Bằng khen cho Công ty Hòa Phát.",
     [("Bằng khen", "Bí thư Thành ủy và Chủ tịch UBND thành phố Trần Văn Bình", 1, 0)]),
    ("Em Lan được Hội đồng Đội tỉnh, UBND huyện Thạch Hà tặng Giấy khen.",
     [("Giấy khen", "Hội đồng Đội tỉnh", 0, 1), ("Giấy khen", "UBND huyện Thạch Hà", 0, 1)]),
]

# named recipients: a body and a person named together, a bracket describing the one named
# before it, a pronoun before "và N người khác", a caption run into the next sentence without a
# full stop, the subject of the next clause after a comma
NAMED = [
    ("Bộ trưởng trao Bằng khen của Thủ tướng Chính phủ tặng Đại sứ quán Việt Nam tại Pháp và Đại sứ "
     "Lê Văn Hòa vì có nhiều thành tích.", [("Bằng khen", "Thủ tướng Chính phủ", 1, 1)]),
    ("UBND tỉnh tặng Bằng khen cho Công an huyện Bảo Lâm và Đại úy Nguyễn Văn Hải.", [("Bằng khen", "UBND tỉnh", 1, 1)]),
    ("UBND tỉnh tặng Bằng khen cho Công an huyện Bảo Lâm, Đồn Biên phòng Pò Hèn và Trung tá Lê Văn Nam.",
     [("Bằng khen", "UBND tỉnh", 2, 1)]),
    ("UBND tỉnh tặng Bằng khen cho ông Hà Văn Bình và bà Lý Thị Hoa.", [("Bằng khen", "UBND tỉnh", 0, 2)]),
    ("Thủ tướng tặng Bằng khen cho bà Nghiêm Thị Lan (vợ cố nhạc sĩ Văn Toàn).", [("Bằng khen", "Thủ tướng", 0, 1)]),
    ("UBND tỉnh tặng Bằng khen cho ông Lò Văn Minh (nguyên giáo viên Trường THCS Quyết Tiến).",
     [("Bằng khen", "UBND tỉnh", 0, 1)]),
    ("Anh Tùng cho biết anh và 8 người khác vừa được Chủ tịch UBND huyện trao Giấy khen.",
     [("Giấy khen", "Chủ tịch UBND huyện", 0, 9)]),
    ("Chị cho biết chị và 3 người bạn được Công an huyện tặng Giấy khen.", [("Giấy khen", "Công an huyện", 0, 4)]),
    ("Giấy khen của UBND huyện Đăk Hà trao cho Lê Văn Tùng Theo danh sách 21 người tham gia cứu người, "
     "có đến 9 người là người nhà anh.", [("Giấy khen", "UBND huyện Đăk Hà", 0, 1)]),
    ("Lãnh đạo huyện trao Bằng khen cho em Lan Anh Trao đổi với PV, ông Nguyễn Công Đức cho biết.",
     [("Bằng khen", "Lãnh đạo huyện", 0, 1)]),
    # a capitalised word inside a body's name is not cut ("Trung tâm Phát triển")
    ("UBND tỉnh tặng Bằng khen cho Trung tâm Phát triển quỹ đất huyện và 3 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 1, 3)]),
    ("Phát biểu và trao Huân chương Độc lập hạng Nhất cho tỉnh Lào Cai, Chủ tịch nước Trần Văn An nhiệt liệt "
     "biểu dương những kết quả.", [("Huân chương Độc lập hạng Nhất", None, 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho Công an tỉnh, Đại tá Lê Văn Hùng và Thiếu tá Ma Văn Dũng.",
     [("Bằng khen", "UBND tỉnh", 1, 2)]),
]

# a second passive joined to the act before it with no subject of its own has that act's
# recipients; the same award to different persons in two sentences is one act for all of them
JOINED = [
    ("Anh Mười đã được Trung ương Hội Nông dân tặng danh hiệu “Nông dân Việt Nam xuất sắc” và vinh dự được "
     "Thủ tướng Chính phủ tặng Bằng khen.",
     [("danh hiệu Nông dân Việt Nam xuất sắc", "Trung ương Hội Nông dân", 0, 1), ("Bằng khen", "Thủ tướng Chính phủ", 0, 1)]),
    ("5 tập thể được UBND tỉnh tặng Cờ thi đua và được Bộ trưởng tặng Bằng khen.",
     [("Cờ thi đua", "UBND tỉnh", 5, 0), ("Bằng khen", "Bộ trưởng", 5, 0)]),
    ("Công an huyện được UBND tỉnh tặng Cờ thi đua; 3 cá nhân được tặng Bằng khen.",
     [("Cờ thi đua", "UBND tỉnh", 1, 0), ("Bằng khen", None, 0, 3)]),
    ("Bí thư Tỉnh ủy trao Huy hiệu 50 năm tuổi Đảng cho ông Nguyễn Văn Tâm. Bí thư Tỉnh ủy cũng trao Huy hiệu "
     "50 năm tuổi Đảng cho ông Trần Văn Lộc.", [("Huy hiệu 50 năm tuổi Đảng", "Bí thư Tỉnh ủy", 0, 2)]),
    # told twice of one person (caption and body) it stays one
    ("Chủ tịch UBND huyện trao Bằng khen cho em Nguyễn Thị Lan Anh. Ảnh: CTV. Trưởng phòng Giáo dục huyện "
     "trao Bằng khen cho em Lan Anh.", [("Bằng khen", "Chủ tịch UBND huyện", 0, 1)]),
    # bodies are written in more ways than one: two names of a body are not added up
    ("Chủ tịch nước trao Huân chương Lao động hạng Ba cho Tổng công ty Bưu điện Việt Nam. Tại buổi lễ, "
     "Chủ tịch nước trao Huân chương Lao động hạng Ba cho TCT Bưu điện Việt Nam.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
]

# a new subject after a conjunction opens the next act; an order pinned on the recipient's flag
# ("gắn Huân chương lên cờ truyền thống"); cells and committees of the Party counted together
CLAUSES = [
    ("UBND tỉnh tặng Bằng khen cho 2 tập thể và 3 cá nhân; Giám đốc Sở tặng Giấy khen cho 5 tập thể, 8 cá nhân "
     "và Chủ tịch Công đoàn tặng Giấy khen cho 4 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 2, 3), ("Giấy khen", "Giám đốc Sở", 5, 8), ("Giấy khen", "Chủ tịch Công đoàn", 0, 4)]),
    ("UBND tỉnh tặng Bằng khen cho 3 tập thể và Giám đốc Sở Y tế tặng Giấy khen cho 10 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 3, 0), ("Giấy khen", "Giám đốc Sở Y tế", 0, 10)]),
    ("UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn An và Công an huyện tặng Giấy khen cho ông Lê Văn Bình.",
     [("Bằng khen", "UBND tỉnh", 0, 1), ("Giấy khen", "Công an huyện", 0, 1)]),
    # a conjunction inside the recipients joins recipients, not a new subject
    ("Giám đốc Công an tỉnh tặng Giấy khen cho 5 tập thể và 12 cá nhân.", [("Giấy khen", "Giám đốc Công an tỉnh", 5, 12)]),
    ("UBND tỉnh tặng Bằng khen cho Công an huyện và Trường THCS Kim Đồng.", [("Bằng khen", "UBND tỉnh", 2, 0)]),
    ("Thay mặt Đảng, Nhà nước, Chủ tịch nước Trần Văn An gắn Huân chương Độc lập hạng Nhất lên cờ truyền thống "
     "của tỉnh Lào Cai.", [("Huân chương Độc lập hạng Nhất", "Chủ tịch nước", 1, 0)]),
    ("Bộ trưởng gắn Huân chương Bảo vệ Tổ quốc hạng Nhì lên lá cờ truyền thống của Học viện Biên phòng.",
     [("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Bộ trưởng", 1, 0)]),
    ("Huyện ủy tặng Giấy khen cho 12 chi, đảng bộ cơ sở và 35 đảng viên.", [("Giấy khen", "Huyện ủy", 12, 35)]),
    ("Các đại biểu gắn biển công trình chào mừng kỷ niệm.", []),
]

# the recipient written between the verb and the award; a post after a comma opens the next
# subject, not more of the giver; a verb joined to an earlier one keeps its subject; a photo
# credit ends a giver; "đội tuyển X" is one team
ORDER = [
    ("Chủ tịch UBND tỉnh Nguyễn Văn Hồng đã trao tặng Đại sứ Lý Kiến Quốc Kỷ niệm chương “Vì hòa bình hữu nghị”.",
     [("Kỷ niệm chương", "Chủ tịch UBND tỉnh", 0, 1)]),
    ("Chủ tịch nước trao tặng Bệnh viện Chợ Rẫy Huân chương Độc lập hạng Nhất.",
     [("Huân chương Độc lập hạng Nhất", "Chủ tịch nước", 1, 0)]),
    ("Sau khi trao tặng Cục Quản lý thị trường Cờ thi đua của Chính phủ, Phó Thủ tướng phát biểu.",
     [("Cờ thi đua", "Chính phủ", 1, 0)]),
    ("Trường nhận Bằng khen của Bộ Lao động, Thương binh và Xã hội.",
     [("Bằng khen", "Bộ Lao động, Thương binh và Xã hội", 1, 0)]),
    # a lower-case word after the verb is no named recipient
    ("UBND tỉnh trao quà và Bằng khen cho 5 hộ nghèo vượt khó.", [("Bằng khen", "UBND tỉnh", 5, 0)]),
    ("Hội Phụ nữ tỉnh trao 150 triệu đồng cho 5 VĐV: Văn Ngọc Tú, Đỗ Ngân Thương, Nhữ Thị Khoa và trao Bằng khen "
     "cho đội tuyển bóng đá nữ.", [("Bằng khen", "Hội Phụ nữ tỉnh", 1, 0)]),
    ("Trường vừa được Chủ tịch nước tặng Huân chương Lao động hạng Nhất và Hiệu trưởng Tạ Xuân Tề được tặng "
     "danh hiệu Anh hùng Lao động.",
     [("Huân chương Lao động hạng Nhất", "Chủ tịch nước", 1, 0), ("danh hiệu Anh hùng Lao động", None, 0, 1)]),
    ("Các cựu tuyển thủ nhận Kỷ niệm chương của Báo Tuổi Trẻ - Ảnh: T.T.D",
     [("Kỷ niệm chương", "Báo Tuổi Trẻ", 0, 0)]),
]

# a branch of the administration ("ngành tư pháp") is one collective; "trong năm đó" recalls; a
# future or a proposal also governs a verb joined to it by a conjunction
MORE = [
    ("Thay mặt lãnh đạo Đảng và Nhà nước, Chủ tịch Quốc hội đã trao Huân chương Lao động hạng Nhất cho ngành tư pháp.",
     [("Huân chương Lao động hạng Nhất", "Chủ tịch Quốc hội", 1, 0)]),
    ("Sáng nay, ngành thể dục thể thao Hà Nội đã vinh dự đón nhận Huân chương Độc lập hạng Nhất.",
     [("Huân chương Độc lập hạng Nhất", None, 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho các ngành, địa phương có thành tích.", [("Bằng khen", "UBND tỉnh", 0, 0)]),
    ("Cũng trong năm đó, ông được trao Huân chương Lao động hạng Ba.", []),
    ("Ban tổ chức sẽ duyệt lại và trao Bằng khen cho các thí sinh.", []),
    ("Sở Nội vụ đề nghị xem xét và tặng Bằng khen cho 3 cá nhân.", []),
    ("Công ty không ngừng phát triển và được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Ban tổ chức đã tổng kết và trao Giấy khen cho 12 đội.", [("Giấy khen", "Ban tổ chức", 12, 0)]),
]

# a capitalised syllable inside a name is no verb ("Lê Hồng Phong" holds "phong", "Thành Nhận"
# holds "nhận"); a verb opening a sentence still is; recipient nouns written in capitals ("VĐV",
# "HLV") are no company brand
NAMES_NOT_VERBS = [
    ("Trường THPT chuyên Lê Hồng Phong cũng được đón nhận danh hiệu Anh hùng Lao động.",
     [("danh hiệu Anh hùng Lao động", None, 1, 0)]),
    ("UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn Phong và 3 cá nhân.", [("Bằng khen", "UBND tỉnh", 0, 4)]),
    ("Công ty Thành Nhận được UBND tỉnh tặng Bằng khen.", [("Bằng khen", "UBND tỉnh", 1, 0)]),
    ("Trao Bằng khen cho 5 tập thể. Tặng Giấy khen cho ông Lê Văn Tám.",
     [("Bằng khen", None, 5, 0), ("Giấy khen", None, 0, 1)]),
    ("Sở Văn hóa tặng Giấy khen cho HLV Nguyễn Văn Hùng.", [("Giấy khen", "Sở Văn hóa", 0, 1)]),
    ("Một số tập thể, HLV, VĐV cũng được Sở Văn hóa tặng Giấy khen.", [("Giấy khen", "Sở Văn hóa", 0, 0)]),
]

# a counted clause with its own give verb and no award, joined to the subject, gets the same award
JOINED_PASSIVES = [
    ("Trong đó, 21 vị được Chủ tịch nước truy tặng và 26 vị được Chủ tịch nước trao tặng Huân chương Đại đoàn kết "
     "toàn dân tộc.", [("Huân chương Đại đoàn kết toàn dân tộc", "Chủ tịch nước", 0, 47)]),
    ("Có 12 liệt sĩ được truy tặng và 5 cá nhân được tặng Huân chương Dũng cảm.", [("Huân chương Dũng cảm", None, 0, 17)]),
    # a clause with another verb is not given the award
    ("Có 12 hộ dân được hỗ trợ và 5 cá nhân được tặng Giấy khen.", [("Giấy khen", None, 0, 5)]),
]

# a subject whose last comma segment holds only adverbs is the clause before them; organisations
# counted by their abbreviation
SUBJECTS = [
    ("Ba nữ thực tập sinh Đỗ Thị Minh (30 tuổi), Phạm Thị Thương (28 tuổi), Bùi Thị Nguyệt (24 tuổi), đã được "
     "cảnh sát tặng Bằng khen.", [("Bằng khen", None, 0, 3)]),
    ("Nguyên Chủ tịch Hội, ông Lê Văn Bửu, cũng vừa vinh dự nhận Kỷ niệm chương của Hội Nhà báo Việt Nam.",
     [("Kỷ niệm chương", "Hội Nhà báo Việt Nam", 0, 1)]),
    ("Tại buổi lễ, Công ty Hòa Bình, cũng được tặng Bằng khen.", [("Bằng khen", None, 1, 0)]),
    ("Dịp này, Liên hiệp đã trao Bằng khen cho 24 INGO tiêu biểu.", [("Bằng khen", "Liên hiệp", 24, 0)]),
    ("UBND huyện tặng Giấy khen cho 15 HTX tiêu biểu.", [("Giấy khen", "UBND huyện", 15, 0)]),
]

# a foreign order (a kind the lexicon does not list) in an article whose events are all dated long
# ago is history, not an act; a listed order there, or a foreign one in a recent article, is an act
HISTORY = [
    ("Tháng 2/1942, Clive Hulme rời chiến trường. Với những thành tích ở đảo Crete, Clive Hulme được tặng "
     "thưởng Huân chương Victoria.", []),
    ("Năm 1943, Roza ra mặt trận. Trong một tháng, Roza được trao Huân chương Vinh quang hạng ba.", []),
    ("Ngày 14/7/2017, Tổng lãnh sự Pháp trao Huân chương Bắc đẩu bội tinh cho bà Trần Tố Nga.",
     [("Huân chương Bắc đẩu bội tinh", "Tổng lãnh sự Pháp", 0, 1)]),
    ("Nhân kỷ niệm ngày giải phóng (30/4/1975), Chủ tịch nước trao Huân chương Quân công hạng Ba cho Sư đoàn 312.",
     [("Huân chương Quân công hạng Ba", "Chủ tịch nước", 1, 0)]),
]

ROWS = (HISTORY + SUBJECTS + JOINED_PASSIVES + RECORDS + WISHES + RECENT + TARGETS + COUNTS + GIVERS + NAMED + JOINED + CLAUSES + ORDER + MORE
        + NAMES_NOT_VERBS)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_unseen_classes(text, expected):
    assert [_key(a) for a in _awards(text)] == expected
