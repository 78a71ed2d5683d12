"""Awards: tables of phrases in the shapes provincial portals and national news write them.

The phrases were written for these tests after the ceremonies reported on government portals
(commendation sections of conference reports, photo captions, "several acts in one sentence"
digests); names and numbers are made up. Rows: development examples, negative phrases that must
give no award, and known misses kept as strict xfails.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from readings import award_key as _key

from vngovnlp.extract.awards import find_awards
from vngovnlp.normalize import normalize
from vngovnlp.types import Mention, Official, Title


def _awards(text: str):
    return find_awards(normalize(text).text)




# (phrase, [(award, giver, collectives, individuals), ...])
DEVELOPMENT = [
    ("UBND tỉnh đã trao Bằng khen cho 08 tập thể và 12 cá nhân có thành tích xuất sắc.",
     [("Bằng khen", "UBND tỉnh", 8, 12)]),
    ("Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể, 10 cá nhân.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 5, 10)]),
    ("Giám đốc Sở Y tế tặng Giấy khen cho hai mươi cá nhân.",
     [("Giấy khen", "Giám đốc Sở Y tế", 0, 20)]),
    ("Bộ trưởng Bộ Công an tặng Bằng khen cho mười lăm tập thể.",
     [("Bằng khen", "Bộ trưởng Bộ Công an", 15, 0)]),
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho một trăm linh năm cá nhân.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 105)]),
    ("Tại hội nghị, 75 tập thể và 32 cá nhân đã được Ủy ban nhân dân tỉnh tặng Bằng khen.",
     [("Bằng khen", "Ủy ban nhân dân tỉnh", 75, 32)]),
    ("Nhân dịp này, ông Nguyễn Văn An được tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", None, 0, 1)]),
    ("Bệnh viện Đa khoa tỉnh đón nhận Huân chương Lao động hạng nhì.",
     [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
    ("Thủ tướng Chính phủ tặng Bằng khen cho ông Trần Văn Bình.",
     [("Bằng khen", "Thủ tướng Chính phủ", 0, 1)]),
    ("Phó Thủ tướng trao Cờ thi đua của Chính phủ cho Cục Thuế tỉnh.",
     [("Cờ thi đua", "Chính phủ", 1, 0)]),
    ("Chủ tịch nước tặng Huân chương Độc lập hạng Nhất cho 3 cá nhân, Huân chương Độc lập hạng Ba "
     "cho 12 cá nhân.",
     [("Huân chương Độc lập hạng Nhất", "Chủ tịch nước", 0, 3),
      ("Huân chương Độc lập hạng Ba", "Chủ tịch nước", 0, 12)]),
    ("Chủ tịch UBND huyện tặng Giấy khen cho 4 tập thể; Trưởng Công an huyện tặng Giấy khen cho 7 cá nhân.",
     [("Giấy khen", "Chủ tịch UBND huyện", 4, 0), ("Giấy khen", "Trưởng Công an huyện", 0, 7)]),
    ("Liên đoàn Lao động tỉnh tặng 6 Cờ thi đua xuất sắc cho công đoàn cấp trên và 40 cờ cho công đoàn cơ sở.",
     [("Cờ thi đua xuất sắc", "Liên đoàn Lao động tỉnh", 6, 0),
      ("Cờ thi đua xuất sắc", "Liên đoàn Lao động tỉnh", 40, 0)]),
    ("Anh Lê Văn Cường được công nhận danh hiệu Chiến sĩ thi đua cơ sở.",
     [("danh hiệu Chiến sĩ thi đua cơ sở", None, 0, 1)]),
    ("Trung đoàn 5 được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
     [("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", None, 1, 0)]),
    ("Bộ trưởng Bộ Quốc phòng trao tặng Kỷ niệm chương “Vì sự nghiệp xây dựng Quân đội” cho các cá nhân.",
     [("Kỷ niệm chương", "Bộ trưởng Bộ Quốc phòng", 0, 0)]),
    ("UBND tỉnh tặng 15 Bằng khen cho các cá nhân có thành tích.",
     [("Bằng khen", "UBND tỉnh", 0, 15)]),
    ("Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy trao tặng Huân chương Lao động hạng Nhất cho tập thể "
     "cán bộ, công nhân Công ty Cổ phần Xi măng.",
     [("Huân chương Lao động hạng Nhất", "Chủ tịch nước", 1, 0)]),
    ("Tại lễ, các đồng chí: Nguyễn Văn Hùng và Trần Thị Mai được tặng Huân chương Lao động hạng Ba.",
     [("Huân chương Lao động hạng Ba", None, 0, 2)]),
    ("Công ty được Bộ Xây dựng, UBND tỉnh trao tặng Cờ thi đua xuất sắc.",
     [("Cờ thi đua xuất sắc", "Bộ Xây dựng", 1, 0), ("Cờ thi đua xuất sắc", "UBND tỉnh", 1, 0)]),
    ("Đơn vị vinh dự được đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba của Đảng, Nhà nước.",
     [("Huân chương Bảo vệ Tổ quốc hạng Ba", None, 1, 0)]),  # "Đơn vị" stands for one body (issue 13)
    ("Nhiều tập thể nhận Bằng khen của Thủ tướng Chính phủ và Bằng khen của Bộ trưởng Bộ Y tế.",
     [("Bằng khen", "Thủ tướng Chính phủ", 0, 0), ("Bằng khen", "Bộ trưởng Bộ Y tế", 0, 0)]),
    ("Chủ tịch Quốc hội đã trao 11 Huân chương Độc lập hạng Nhì, 74 Huân chương Độc lập hạng Ba, "
     "3 Huân chương Lao động hạng Nhất tặng các đồng chí lãnh đạo 15 tỉnh của nước bạn.",
     [("Huân chương Độc lập hạng Nhì", "Chủ tịch Quốc hội", 0, 11),
      ("Huân chương Độc lập hạng Ba", "Chủ tịch Quốc hội", 0, 74),
      ("Huân chương Lao động hạng Nhất", "Chủ tịch Quốc hội", 0, 3)]),
    ("Chủ tịch nước trao Huân chương Độc lập hạng Nhất cho tỉnh Lào Cai.",
     [("Huân chương Độc lập hạng Nhất", "Chủ tịch nước", 1, 0)]),
    ("Phát biểu và trao Huân chương Độc lập hạng Nhất cho tỉnh Điện Biên, Chủ tịch nước biểu dương.",
     [("Huân chương Độc lập hạng Nhất", None, 1, 0)]),
    ("Phó Chủ tịch huyện trao bằng khen cho em Lan Anh Cô bé rất chăm ngoan.",
     [("Bằng khen", "Phó Chủ tịch huyện", 0, 1)]),
    ("Thủ tướng Chính phủ tặng Bằng khen đối với ông Trần Văn Bảy.",
     [("Bằng khen", "Thủ tướng Chính phủ", 0, 1)]),
    ("Ông được tặng Huân chương Kháng chiến chống Mỹ hạng hai.",
     [("Huân chương Kháng chiến chống Mỹ hạng Nhì", None, 0, 1)]),  # "Ông" stands for one person
    ("Trong đó, 70 cá nhân hiến máu 40 lần được trao Kỷ niệm chương “Vì sự nghiệp nhân đạo”, 180 cá nhân "
     "hiến máu 30 lần được tặng Bằng khen của Hội Chữ thập đỏ tỉnh và 490 cá nhân hiến máu 20 lần được "
     "UBND TP.Cần Thơ tặng Giấy khen.",
     [("Kỷ niệm chương", None, 0, 70), ("Bằng khen", "Hội Chữ thập đỏ tỉnh", 0, 180),
      ("Giấy khen", "UBND TP.Cần Thơ", 0, 490)]),
    ("Các học sinh đoạt giải Ba, giải Tư Hội thi được nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.",
     [("Bằng khen", "Bộ trưởng Bộ Giáo dục và Đào tạo", 0, 0)]),
    ("Nhân dịp này, ông Hoàng Văn Quân thay mặt Thủ tướng Chính phủ trao Bằng khen cho NXB Kim Đồng.",
     [("Bằng khen", "Thủ tướng Chính phủ", 1, 0)]),
    ("Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch) và UBND tỉnh đã trao tặng Bằng khen cho 37 đội.",
     [("Bằng khen", "Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch)", 37, 0), ("Bằng khen", "UBND tỉnh", 37, 0)]),
    ("Bệnh viện đã được Bộ Quốc phòng tặng “Cờ thi đua” đơn vị xuất sắc năm 2016.",
     [("Cờ thi đua", "Bộ Quốc phòng", 1, 0)]),
    ("Ba thí sinh khác được tặng Bằng khen gồm: Nguyễn Văn Long, học sinh lớp 11.",
     [("Bằng khen", None, 0, 3)]),
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn Sơn và Trần Văn Hà.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 2)]),
    ("Thủ tướng tặng Bằng khen cho ông Nguyễn Văn Sơn, Giám đốc Sở Y tế.",
     [("Bằng khen", "Thủ tướng", 0, 1)]),
    ("Chiều 5/3, Nữ hoàng trao Huân chương Công trạng cho bà Teresa.",
     [("Huân chương Công trạng", "Nữ hoàng", 0, 1)]),
    ("Ban Cơ yếu được Đảng, Nhà nước tặng thưởng Huân chương Giải phóng hạng Nhất năm 1965.",
     [("Huân chương Giải phóng hạng Nhất", None, 1, 0)]),
    # an occupation noun before a name opens a person (was a known miss)
    ("Thượng tá Lê Văn Sơn trao quyết định khen thưởng, tài xế Nguyễn Văn Hoàng nhận Giấy khen.",
     [("Giấy khen", None, 0, 1)]),
]

# A recipient that is named, not counted, counts as one; several named ones count one each.
NAMED_RECIPIENTS = [
    ("Chủ tịch UBND tỉnh tặng Cờ thi đua cho Công an tỉnh.",
     [("Cờ thi đua", "Chủ tịch UBND tỉnh", 1, 0)]),
    ("Giám đốc Sở Nội vụ tặng Giấy khen cho anh Phạm Văn Toàn vì đã dũng cảm cứu người.",
     [("Giấy khen", "Giám đốc Sở Nội vụ", 0, 1)]),
    ("UBND huyện trao Giấy khen cho Công an xã Tân Lập, Trường Tiểu học Hòa Bình và Trạm Y tế xã.",
     [("Giấy khen", "UBND huyện", 3, 0)]),
    ("Bộ trưởng Bộ Công an tặng Bằng khen cho Phòng Cảnh sát hình sự, Đội Cảnh sát giao thông.",
     [("Bằng khen", "Bộ trưởng Bộ Công an", 2, 0)]),
    ("Bí thư Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho đảng viên Lò Văn Sáng.",
     [("Huy hiệu 40 năm tuổi Đảng", "Bí thư Huyện ủy", 0, 1)]),
    # a clause after the comma ("... là đơn vị phát hiện") is no second recipient
    ("Chủ tịch UBND quận tặng Bằng khen cho Đội Cảnh sát cơ động, Công an phường 5 là đơn vị phát hiện vụ việc.",
     [("Bằng khen", "Chủ tịch UBND quận", 1, 0)]),
    # "cá nhân, tập thể khác" names two kinds, it is no single body
    ("Chủ tịch nước trao 6 Huân chương Lao động hạng Nhì, 9 Huân chương Lao động hạng Ba cho các cá nhân, "
     "tập thể khác.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 0),
      ("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 0)]),
]

# Counts before the award, in tally lists, in the clauses before a passive, in a breakdown.
COUNT_PHRASES = [
    ("Tại buổi lễ, 45 đồng chí được tặng Huân chương Kháng chiến hạng Nhất.",
     [("Huân chương Kháng chiến hạng Nhất", None, 0, 45)]),
    ("Khen thưởng năm 2024: Cờ thi đua của UBND tỉnh: 12 tập thể; danh hiệu Chiến sĩ thi đua cấp tỉnh: "
     "30 cá nhân; Bằng khen: 90 tập thể và 210 cá nhân.",
     [("Cờ thi đua", "UBND tỉnh", 12, 0), ("danh hiệu Chiến sĩ thi đua cấp tỉnh", None, 0, 30),
      ("Bằng khen", None, 90, 210)]),
    ("Giấy khen của Giám đốc Sở: 14 tập thể, 25 cá nhân.",
     [("Giấy khen", "Giám đốc Sở", 14, 25)]),
    ("Có 20 học sinh đạt giải quốc gia; 11 giáo viên có học sinh đạt giải được trao Bằng khen của Chủ tịch UBND tỉnh.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 31)]),
    ("18 tập thể tiêu biểu, 26 cá nhân xuất sắc được tặng Giấy khen của UBND huyện.",
     [("Giấy khen", "UBND huyện", 18, 26)]),
    ("Dịp này, 30 cá nhân được tặng thưởng Huân chương, gồm: 4 Huân chương Độc lập hạng Ba, "
     "6 Huân chương Lao động hạng Nhì và 20 Huân chương Lao động hạng Ba.",
     [("Huân chương Độc lập hạng Ba", None, 0, 4), ("Huân chương Lao động hạng Nhì", None, 0, 6),
      ("Huân chương Lao động hạng Ba", None, 0, 20)]),
    ("UBND tỉnh tặng Bằng khen cho 40 tập thể, cá nhân, gồm: 15 tập thể và 25 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 15, 25)]),
    ("Bà Vương Thị Hạnh được Chủ tịch nước tặng Huân chương Lao động hạng III.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 1)]),
    # the award as the subject of a passive give verb
    ("Bằng khen được trao cho 6 tập thể và 15 cá nhân có thành tích xuất sắc.",
     [("Bằng khen", None, 6, 15)]),
    ("Giấy khen của Giám đốc Công an tỉnh đã được trao tặng cho 9 cán bộ, chiến sĩ.",
     [("Giấy khen", "Giám đốc Công an tỉnh", 0, 9)]),
    ("Giấy khen của UBND huyện trao cho Phan Văn Lực.", [("Giấy khen", "UBND huyện", 0, 1)]),
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho Đỗ Minh Quân và Công ty Điện lực tỉnh.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 1, 1)]),
    # commas inside the description of a counted subject
    ("15 tập thể và 22 cá nhân có thành tích trong phong trào thi đua, xây dựng nông thôn mới, đô thị văn minh "
     "đã được UBND tỉnh tặng Bằng khen.",
     [("Bằng khen", "UBND tỉnh", 15, 22)]),
    # a quoted kind, a class in digits, "vị" counts persons
    ("Đại hội trao tặng Huân chương “Đại đoàn kết dân tộc” cho 12 vị.",
     [("Huân chương Đại đoàn kết dân tộc", "Đại hội", 0, 12)]),
    ("Nhà máy Thủy điện Sơn La đón nhận Huân chương Lao động hạng 2.",
     [("Huân chương Lao động hạng Nhì", None, 1, 0)]),
    # money beside the award is no part of the giver
    ("Có 30 đơn vị được nhận Bằng khen của UBND thành phố và tiền thưởng 200 triệu đồng.",
     [("Bằng khen", "UBND thành phố", 30, 0)]),
    # a year inside a phrase is no recall: the year-end review is held now
    ("Ngày 8/1/2025, tại hội nghị tổng kết năm 2024, UBND tỉnh trao Bằng khen cho 20 tập thể.",
     [("Bằng khen", "UBND tỉnh", 20, 0)]),
    ("Năm 2025, Công ty được Thủ tướng Chính phủ tặng Bằng khen. Ngày 3/2/2025 Công ty tổ chức lễ đón nhận.",
     [("Bằng khen", "Thủ tướng Chính phủ", 1, 0)]),
]

# The giver is the one in whose name the award is given, not the one who hands it over.
GIVER_PHRASES = [
    # an authority that names no one ("Lãnh đạo Đảng, Nhà nước") leaves the giver to the presenter
    ("Thay mặt Lãnh đạo Đảng, Nhà nước, Chủ tịch nước trao danh hiệu Anh hùng Lao động tặng Công ty Than Hà Lầm.",
     [("danh hiệu Anh hùng Lao động", "Chủ tịch nước", 1, 0)]),
    ("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Hà Văn Lực, Chính ủy Quân khu 9 trao Huân chương "
     "Bảo vệ Tổ quốc hạng Ba cho Bộ Chỉ huy Quân sự tỉnh.",
     [("Huân chương Bảo vệ Tổ quốc hạng Ba", "Chủ tịch nước", 1, 0)]),
    ("Sở Nội vụ đã trình Thủ tướng Chính phủ tặng Bằng khen cho 3 tập thể và 12 cá nhân.",
     [("Bằng khen", "Thủ tướng Chính phủ", 3, 12)]),
    ("Hội đồng Thi đua tỉnh trình Bộ trưởng Bộ Tài chính tặng Bằng khen cho Cục Thuế tỉnh.",
     [("Bằng khen", "Bộ trưởng Bộ Tài chính", 1, 0)]),
    ("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho ông Đinh Văn Khải.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 1)]),
    ("Ông Trần Văn Hòa thay mặt Ban Thường vụ Tỉnh ủy trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Mạnh.",
     [("Huy hiệu 50 năm tuổi Đảng", "Ban Thường vụ Tỉnh ủy", 0, 1)]),
    # the authority stated for the class is the giver of the orders handed over
    ("Lễ trao tặng Huân chương của Chủ tịch nước cho các cá nhân nước bạn.\n"
     "Tại lễ, Phó Chủ tịch Quốc hội trao Huân chương Hữu nghị cho 7 cá nhân.",
     [("Huân chương Hữu nghị", "Chủ tịch nước", 0, 7)]),
    # a caption with the presenter and the body with the authority are one act, the authority's
    ("Thứ trưởng Bộ Công Thương trao Huân chương Lao động hạng Nhì cho ông Vũ Minh Tâm.\n"
     "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng trao Huân chương Lao động hạng Nhì cho ông Vũ Minh Tâm.",
     [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", 0, 1)]),
]

# An award recalled from the past, a record of honours, a proposal: no act.
NOT_ACTS = [
    "Năm 2010, bà được tặng Bằng khen của Thủ tướng Chính phủ.",
    "Trong nhiệm kỳ qua, 02 đồng chí được Tỉnh đoàn tặng Bằng khen.",
    "Mặc dù trong năm 2015-2016, cháu nhận danh hiệu Lao động tiên tiến, gia đình vẫn lo lắng.",
    "Ông từng được tặng Huân chương Kháng chiến chống Mỹ hạng Nhì.",
    "Nhiều năm liền, chị được công nhận danh hiệu Chiến sĩ thi đua cơ sở.",
    "Tỉnh đã vinh dự được Đảng, Nhà nước tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân, Huân chương "
    "Sao vàng, Huân chương Hồ Chí Minh, Huân chương Độc lập hạng Nhất.",
    "Gia đình ông là một trong 12 hộ được đề nghị Chủ tịch UBND huyện tặng Giấy khen.",
    "Sở yêu cầu Hội báo cáo về việc tặng bằng khen cho ông Lê Văn Thành.",
    "Các đội đoạt giải Nhất, giải Nhì và giải Khuyến khích của hội thi.",
    "Ngày 5/6/2024, Cục tổ chức lễ kỷ niệm. Cục đã được Nhà nước tặng thưởng Huân chương Chiến công hạng Ba năm 1972.",
]

# The same act told twice is one award; different acts stay apart.
ARTICLES = [
    ("Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc\n"
     "Dịp này, UBND tỉnh đã trao Bằng khen cho 08 tập thể và 12 cá nhân.",
     [("Bằng khen", "Chủ tịch UBND tỉnh", 8, 12)]),
    ("Bộ trưởng trao bằng khen cho hai lão nông.\n"
     "Chiều 23/6, Bộ Lao động tổ chức lễ trao tặng bằng khen cho hai lão nông Nguyễn Văn Tư và Lê Văn Năm.",
     [("Bằng khen", "Bộ trưởng", 0, 2)]),
    ("UBND tỉnh tặng Bằng khen cho 5 tập thể. Sở Nội vụ tặng Bằng khen cho 9 cá nhân.",
     [("Bằng khen", "UBND tỉnh", 5, 0), ("Bằng khen", "Sở Nội vụ", 0, 9)]),
    ("Lễ trao tặng Huân chương cho các cá nhân.\n"
     "Chủ tịch nước trao tặng Huân chương Lao động hạng Ba cho 3 cá nhân.",
     [("Huân chương Lao động hạng Ba", "Chủ tịch nước", 0, 3)]),
    ("Đồng chí Phạm Văn Sáu, Chủ tịch UBND quận, trao giấy khen cho các tập thể.\n"
     "Nhiều cá nhân được Chủ tịch UNND quận tặng giấy khen.",
     [("Giấy khen", "Chủ tịch UBND quận", 0, 0)]),
    ("Trao Bằng khen cho các trưởng thôn tiêu biểu của huyện.\n"
     "24 trưởng thôn tiêu biểu được biểu dương là những người tiêu biểu trong số 90 trưởng thôn của huyện. "
     "Huyện biểu dương 24 trưởng thôn tiêu biểu.",
     [("Bằng khen", None, 0, 24)]),
]

NOT_AWARDS = [
    "Đại tá Nguyễn Văn Hải được thăng cấp bậc hàm Thiếu tướng.",
    "UBND tỉnh hỗ trợ 500 triệu đồng cho các hộ gia đình bị thiệt hại.",
    "Xã Tân Sơn được công nhận đạt chuẩn nông thôn mới năm 2020.",
    "Vận động viên Nguyễn Thị Hoa giành Huy chương vàng tại giải điền kinh.",
    "Đội tuyển của trường giành giải Nhất cuộc thi khoa học kỹ thuật.",
    "Mẹ Việt Nam Anh hùng Hà Thị Lan dự buổi lễ.",
    "Đơn vị đã được Nhà nước trao tặng nhiều Huân chương Lao động, Cờ thi đua, Bằng khen của Thủ tướng.",
    "Ngày 5/9, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.",
    "Bằng khen",
    "Các em treo 100 cờ Tổ quốc dọc tuyến đường.",
    "Huyện lập danh sách đề nghị tặng Bằng khen cho 5 cá nhân.",
    "Ông không được nhận Huy chương Kháng chiến hạng Nhì.",
    "Ông có Huân chương Lao động hạng Ba và danh hiệu Anh hùng Lao động.",
    "",
    "   \n ",
]

KNOWN_MISSES = [
    # a name that is no full name after the list ("và Hà") is not counted
    pytest.param("Chủ tịch UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn Sơn và Hà.",
                 [("Bằng khen", "Chủ tịch UBND tỉnh", 0, 2)], marks=pytest.mark.xfail(strict=True)),
    # without the officials extractor the presenter's name stays in the giver
    pytest.param("Phó Thủ tướng Vũ Đức Nam trao Huân chương Lao động hạng Nhất cho Bệnh viện K.",
                 [("Huân chương Lao động hạng Nhất", "Phó Thủ tướng", 1, 0)],
                 marks=pytest.mark.xfail(strict=True)),
]


@pytest.mark.parametrize(("text", "expected"),
                         DEVELOPMENT + NAMED_RECIPIENTS + COUNT_PHRASES + GIVER_PHRASES + ARTICLES + KNOWN_MISSES)
def test_awards_table(text, expected):
    assert [_key(a) for a in _awards(text)] == expected


@pytest.mark.parametrize("text", NOT_AWARDS + NOT_ACTS)
def test_not_awards(text):
    assert _awards(text) == []


def test_level_reason_and_recipients():
    [a] = _awards("Ông Nguyễn Văn An được tặng Huân chương Lao động hạng Ba vì có thành tích xuất sắc "
                  "trong công tác.")
    assert a.level == "hạng Ba"
    assert a.recipients == ("Nguyễn Văn An",)
    assert a.reason == "vì có thành tích xuất sắc trong công tác"
    [b] = _awards("UBND tỉnh tặng Bằng khen cho 08 tập thể.")
    assert b.level is None and b.reason is None and b.recipients == ()


def test_offsets_point_into_the_normalised_text():
    text = normalize("Chủ tịch UBND tỉnh trao Bằng khen cho 08 tập thể; Giám đốc Sở tặng Giấy khen "
                     "cho 3 cá nhân.").text
    awards = find_awards(text)
    assert len(awards) == 2
    for a in awards:
        assert text[a.start:a.end] == a.text
        assert a.award.lower() in a.text.lower()


def _official(text: str, name: str, *titles: str) -> Official:
    start = text.index(name)
    made = []
    for title in titles:
        t_start = text.index(title)
        position, _, organisation = title.partition(" UBND ")
        made.append(Title(title=title, position=position, organisation="UBND " + organisation,
                          text=title, start=t_start, end=t_start + len(title)))
    return Official(name=name, text=name, start=start, end=start + len(name), titles=tuple(made),
                    mentions=(Mention(name, start, start + len(name)),))


def test_giver_official_from_titles():
    text = normalize("Ông Lý Văn Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu.\n"
                     "Chủ tịch UBND tỉnh trao Bằng khen cho 08 tập thể và 12 cá nhân.").text
    official = _official(text, "Lý Văn Hải", "Chủ tịch UBND tỉnh")
    [a] = find_awards(text, officials=[official])
    assert (a.giver, a.giver_official) == ("Chủ tịch UBND tỉnh", "Lý Văn Hải")
    [b] = find_awards(text)
    assert b.giver_official is None


def test_giver_official_named_in_the_giver():
    text = normalize("Phó Thủ tướng Vũ Đức Nam trao Huân chương Lao động hạng Nhất cho Bệnh viện K.").text
    start = text.index("Vũ Đức Nam")
    official = Official(name="Vũ Đức Nam", text="Vũ Đức Nam", start=start, end=start + 10)
    [a] = find_awards(text, officials=[official])
    assert (a.giver, a.giver_official) == ("Phó Thủ tướng", "Vũ Đức Nam")


def test_seed_article_has_exactly_one_award(seed_text):
    awards = find_awards(normalize(seed_text).text)
    assert [_key(a) for a in awards] == [("Bằng khen", "Chủ tịch UBND tỉnh", 8, 12)]


def test_gold_awards_f1(gold_rows):
    from collections import Counter

    def key(a):
        return (" ".join(a["award"].lower().split()), a.get("collectives") or 0, a.get("individuals") or 0)

    tp = n_pred = n_gold = 0
    for row in gold_rows:
        gold = Counter(key(a) for a in row.get("awards", []))
        pred = Counter(key(a.to_dict()) for a in find_awards(normalize(row["text"]).text))
        tp += sum((gold & pred).values())
        n_pred += sum(pred.values())
        n_gold += sum(gold.values())
    precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
    assert 2 * precision * recall / max(precision + recall, 1e-9) >= 0.88


_FRAGMENTS = ["Bằng khen", "Huân chương Lao động hạng Ba", "Cờ thi đua", "cờ", "trao", "tặng", "được",
              "cho", "của", "08", "hai mươi", "tập thể", "cá nhân", "và", ",", ";", ".", "\n", "ông",
              "Nguyễn Văn A", "UBND tỉnh", "Chủ tịch", "các", "nhiều", "đón nhận", "danh hiệu",
              "Chiến sĩ thi đua", "“", "”", "-", "Thừa ủy quyền của", "tập thể lãnh đạo", "Công ty"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25).map(" ".join))
def test_award_shaped_noise_never_crashes(text):
    text = normalize(text).text
    for a in find_awards(text):
        assert text[a.start:a.end] == a.text
        assert a.collectives >= 0 and a.individuals >= 0


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_hostile_strings_never_crash(text):
    text = normalize(text).text
    for a in find_awards(text):
        assert text[a.start:a.end] == a.text


def test_reason_is_the_whole_clause():
    [a] = _awards("Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể có thành tích xuất sắc trong phong trào "
                  "thi đua yêu nước giai đoạn 2020-2025.")
    assert a.reason == "có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020-2025"


def test_named_recipients_are_kept():
    [a] = _awards("UBND huyện trao Giấy khen cho Công an xã Tân Lập, Trường Tiểu học Hòa Bình và Trạm Y tế xã.")
    assert a.recipients == ("Công an xã Tân Lập", "Trường Tiểu học Hòa Bình", "Trạm Y tế xã")


def test_giver_resolved_from_the_officials_titles():
    text = normalize("Ông Lý Văn Hải, Chủ tịch UBND tỉnh phát biểu.\n"
                     "UBND tỉnh trao Bằng khen cho 08 tập thể.").text
    start = text.index("Chủ tịch UBND tỉnh")
    title = Title(title="Chủ tịch UBND tỉnh", position="Chủ tịch", organisation="UBND tỉnh",
                  resolved_organisation="UBND tỉnh Cao Bằng", text="Chủ tịch UBND tỉnh", start=start,
                  end=start + 18)
    official = _official(text, "Lý Văn Hải")
    official = Official(name=official.name, text=official.text, start=official.start, end=official.end,
                        titles=(title,), mentions=official.mentions)
    [a] = find_awards(text, officials=[official])
    assert (a.giver, a.giver_resolved) == ("UBND tỉnh", "UBND tỉnh Cao Bằng")


def test_bare_post_resolved_from_the_body_the_article_names():
    text = normalize("Bộ Y tế tổ chức lễ kỷ niệm. Bộ trưởng trao Bằng khen cho 3 bệnh viện. "
                     "Bộ Y tế cũng phát động phong trào thi đua.").text
    [a] = find_awards(text)
    assert (a.giver, a.giver_resolved) == ("Bộ trưởng", "Bộ trưởng Bộ Y tế")
    [b] = find_awards(normalize("Bộ trưởng trao Bằng khen cho 3 bệnh viện.").text)
    assert b.giver_resolved is None


def test_lexicon_refers_to_the_officials_lists():
    from vngovnlp.extract._awards_lexicon import data, lexicon, words
    from vngovnlp.lexicon import load as _load

    d = data()
    assert isinstance(d["person_cues"], dict) and "shared" in d["person_cues"]
    cues = words(d["person_cues"])
    for rank in _load("ranks.yaml")["ranks"]:
        assert rank in cues  # every rank opens a recipient's name, with no copy in awards.yaml
    heads = words(d["organisation_heads"])
    assert {h["form"] for h in _load("organisation_heads.yaml")["heads"]} <= set(heads)
    assert lexicon().person_cue.match("Chuẩn Đô đốc Trần Văn A")


# A post before a person the officials extractor found names one individual.
WITH_OFFICIALS = [
    ("Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Đại sứ Nguyễn Thanh Hải và Huân chương Lao động "
     "hạng Nhì cho Đại sứ quán Việt Nam tại Ai Cập.",
     [("Huân chương Lao động hạng Nhất", 0, 1), ("Huân chương Lao động hạng Nhì", 1, 0)]),
    ("Thủ tướng trao Huân chương Độc lập hạng Nhất tặng nguyên Phó Thủ tướng Lê Văn Bình.",
     [("Huân chương Độc lập hạng Nhất", 0, 1)]),
    ("Bộ trưởng trao Bằng khen cho Giám đốc Sở Y tế Trần Thị Mai và Bệnh viện Đa khoa tỉnh.",
     [("Bằng khen", 1, 1)]),
]


@pytest.mark.parametrize(("text", "expected"), WITH_OFFICIALS)
def test_named_persons_from_the_officials(text, expected):
    from vngovnlp.extract.officials import find_officials

    text = normalize(text).text
    found = find_awards(text, officials=find_officials(text))
    assert [(a.award, a.collectives, a.individuals) for a in found] == expected
