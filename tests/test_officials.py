"""Officials: tables of phrases in the shapes government portals write them.

The phrases were written for these tests after the shapes of provincial portals and national
news (delegate lists "các đồng chí: A - T1; B - T2", "RANK NAME, TITLE", "TITLE ORG NAME",
"ông A, Giám đốc Sở …", later short and role-only mentions); the names are made up or public
office holders. Rows: development examples, negative phrases that must give no official, and
known misses kept as strict xfails.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vngovnlp.extract.officials import find_officials
from vngovnlp.normalize import normalize


def _officials(text: str):
    return find_officials(normalize(text).text)


def _summary(text: str):
    return {o.name: (o.rank, [t.title for t in o.titles]) for o in _officials(text)}


# (phrase, {name: (rank, [titles])})
DEVELOPMENT = [
    ("Dự có các đồng chí: Lý Văn An - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Thiếu tướng Hoàng "
     "Văn Bình - Phó Tư lệnh Quân khu 1.",
     {"Lý Văn An": (None, ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
      "Hoàng Văn Bình": ("Thiếu tướng", ["Phó Tư lệnh Quân khu 1"])}),
    ("Phát biểu kết luận, đồng chí Chủ tịch UBND tỉnh Lý Văn An chỉ rõ nhiệm vụ.",
     {"Lý Văn An": (None, ["Chủ tịch UBND tỉnh"])}),
    ("Đại tướng Ngô Văn Cường, Ủy viên Bộ Chính trị, Phó bí thư Quân ủy Trung ương, Bộ trưởng Bộ "
     "Quốc phòng đã làm việc với tỉnh.",
     {"Ngô Văn Cường": ("Đại tướng", ["Ủy viên Bộ Chính trị", "Phó bí thư Quân ủy Trung ương",
                                     "Bộ trưởng Bộ Quốc phòng"])}),
    ("Theo ông Đôn Văn Dũng, Giám đốc Sở Y tế, dịch đã được khống chế.",
     {"Đôn Văn Dũng": (None, ["Giám đốc Sở Y tế"])}),
    ("Phó Chủ tịch UBND tỉnh Hà Giang Hà Thị Minh Em trao Bằng khen.",
     {"Hà Thị Minh Em": (None, ["Phó Chủ tịch UBND tỉnh Hà Giang"])}),
    ("Bộ trưởng Bộ Lao động, Thương binh và Xã hội Đào Văn Giang chia sẻ khó khăn.",
     {"Đào Văn Giang": (None, ["Bộ trưởng Bộ Lao động, Thương binh và Xã hội"])}),
    ("Bà Nguyễn Thị Hoa (Thứ trưởng Bộ GD-ĐT) đã trao quà.",
     {"Nguyễn Thị Hoa": (None, ["Thứ trưởng Bộ GD-ĐT"])}),
    ("Đồng chí Nguyễn Quang Khải, Phó Bí Thư quận Ủy, Chủ tịch UBND quận Hoàng Mai dự hội nghị.",
     {"Nguyễn Quang Khải": (None, ["Phó Bí Thư quận Ủy", "Chủ tịch UBND quận Hoàng Mai"])}),
    ("Đại tá Nguyễn Hồng Lâm, Trưởng Công an quận Hoàng Mai trao giấy khen.",
     {"Nguyễn Hồng Lâm": ("Đại tá", ["Trưởng Công an quận Hoàng Mai"])}),
    ("Thiếu tướng Bạch Văn Minh, Phó Giám đốc CATP Hà Nội đã chúc mừng.",
     {"Bạch Văn Minh": ("Thiếu tướng", ["Phó Giám đốc CATP Hà Nội"])}),
    ("Đồng chí Đỗ Văn Nam, Phó Tư lệnh được thăng cấp bậc hàm từ Đại tá lên Thiếu tướng.",
     {"Đỗ Văn Nam": ("Thiếu tướng", ["Phó Tư lệnh"])}),
    ("Đại tá Nguyễn Đình Oanh được bổ nhiệm chức vụ Phó tư lệnh BTL Thủ đô.",
     {"Nguyễn Đình Oanh": ("Đại tá", ["Phó tư lệnh BTL Thủ đô"])}),
    ("Sau chuyến thăm của Thủ tướng Thổ Nhĩ Kỳ Binali Yildirim, hai nước hợp tác.",
     {"Binali Yildirim": (None, ["Thủ tướng Thổ Nhĩ Kỳ"])}),
    ("Bộ trưởng đã tiếp Đại sứ Vương quốc Thụy Điển Pereric Högberg tại Hà Nội.",
     {"Pereric Högberg": (None, ["Đại sứ Vương quốc Thụy Điển"])}),
    ("Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Nguyễn Văn Phúc, Chủ tịch Ủy ban T.Ư MTTQ "
     "Việt Nam; Phạm Văn Quý, Trưởng Ban Tổ chức T.Ư.",
     {"Nguyễn Văn Phúc": (None, ["Ủy viên Bộ Chính trị", "Chủ tịch Ủy ban T.Ư MTTQ Việt Nam"]),
      "Phạm Văn Quý": (None, ["Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức T.Ư"])}),
    ("Đồng chí Trần Văn Sang - Chủ tịch và đồng chí Lê Thị Tâm - Phó Chủ tịch LĐLĐ Hà Tĩnh đã đến thăm.",
     {"Trần Văn Sang": (None, ["Chủ tịch"]), "Lê Thị Tâm": (None, ["Phó Chủ tịch LĐLĐ Hà Tĩnh"])}),
    ("Các đồng chí: Lê Bá Út và Nguyễn Văn Vĩnh nguyên Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam được tặng "
     "Huân chương.",
     {"Lê Bá Út": (None, ["nguyên Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam"]),
      "Nguyễn Văn Vĩnh": (None, ["nguyên Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam"])}),
    ("Bổ sung đồng chí Nguyễn Hữu Xuân, Ủy viên Ủy ban T.Ư MTTQ Việt Nam, nhiệm kỳ 2014-2019, Ủy viên "
     "Ban Thường vụ Tỉnh ủy Quảng Trị, Bí thư Đảng đoàn.",
     {"Nguyễn Hữu Xuân": (None, ["Ủy viên Ủy ban T.Ư MTTQ Việt Nam",
                                 "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Trị", "Bí thư Đảng đoàn"])}),
    ("Ông Phết Ta Von Phi La Văn, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà bày tỏ vinh dự.",
     {"Phết Ta Von Phi La Văn": (None, ["Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Luông Nậm Thà"])}),
    ("PGS,TS Phạm Viết Yên, Giám đốc Bệnh viện Phổi Trung ương báo cáo.",
     {"Phạm Viết Yên": (None, ["Giám đốc Bệnh viện Phổi Trung ương"])}),
    ("Phó Thủ tướng thường trực Chính phủ Trương Văn Bảo, Trưởng Ban Chỉ đạo 389 quốc gia tới dự.",
     {"Trương Văn Bảo": (None, ["Phó Thủ tướng thường trực Chính phủ",
                                "Trưởng Ban Chỉ đạo 389 quốc gia"])}),
    ("Tổng thống Nga Vladimir Putin đã điện đàm với Thủ tướng Đức Angela Merkel.",
     {"Vladimir Putin": (None, ["Tổng thống Nga"]), "Angela Merkel": (None, ["Thủ tướng Đức"])}),
    ("Bộ trưởng Công Thương Trần Tuấn Hùng phát biểu tại buổi làm việc.",
     {"Trần Tuấn Hùng": (None, ["Bộ trưởng Công Thương"])}),
    ("Ngoại trưởng gặp Bộ trưởng Ngoại giao Mỹ Rex Tillerson tại Manila.",
     {"Rex Tillerson": (None, ["Bộ trưởng Ngoại giao Mỹ"])}),
    ("Đại úy Phạm Văn Hưng đã kịp thời cứu người.", {"Phạm Văn Hưng": ("Đại úy", [])}),
    ("Ông Hoàng Văn Cảnh - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; ông Vi Trọng Đức - Ủy viên BTV Tỉnh "
     "ủy, Phó Chủ tịch Thường trực HĐND tỉnh.",
     {"Hoàng Văn Cảnh": (None, ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]),
      "Vi Trọng Đức": (None, ["Ủy viên BTV Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"])}),
]

# issue 12: the failure classes seen on articles nobody tuned on, in phrases written for the tests
ISSUE_12 = [
    # a title keeps its whole organisation, chained after commas
    ("Ông Lê Văn Hòa, Phó Vụ trưởng Vụ Pháp chế, Bộ Tư pháp phát biểu.",
     {"Lê Văn Hòa": (None, ["Phó Vụ trưởng Vụ Pháp chế, Bộ Tư pháp"])}),
    # a one-syllable country ("Nga", "Anh", "Đức") ends a foreign post before a comma or a stop
    ("Ông Ivan Petrov, Đại sứ Nga, phát biểu.", {"Ivan Petrov": (None, ["Đại sứ Nga"])}),
    ("Bà Theresa May, Thủ tướng Anh, cho biết.", {"Theresa May": (None, ["Thủ tướng Anh"])}),
    ("Theo ông Peter Schmidt, Bộ trưởng Ngoại giao Đức.",
     {"Peter Schmidt": (None, ["Bộ trưởng Ngoại giao Đức"])}),
    # a present-time word before the linker ("hiện là", "đang giữ chức"), after the name or a comma
    ("Ông Đinh Việt Thắng hiện là Cục trưởng Cục Hàng không Việt Nam.",
     {"Đinh Việt Thắng": (None, ["Cục trưởng Cục Hàng không Việt Nam"])}),
    ("Bà Nguyễn Thị Lan, hiện là Phó Chủ tịch UBND huyện Mỹ Đức, cho biết.",
     {"Nguyễn Thị Lan": (None, ["Phó Chủ tịch UBND huyện Mỹ Đức"])}),
    ("Ông Lê Văn Hòa hiện đang giữ chức Phó Giám đốc Sở Y tế tỉnh Nghệ An.",
     {"Lê Văn Hòa": (None, ["Phó Giám đốc Sở Y tế tỉnh Nghệ An"])}),
    ("Ông Trần Văn Nam, nay là Bí thư Huyện ủy Tân Uyên, phát biểu.",
     {"Trần Văn Nam": (None, ["Bí thư Huyện ủy Tân Uyên"])}),
    ("Đồng chí Lê Văn Tám, được bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh.",
     {"Lê Văn Tám": (None, ["Phó Giám đốc Công an tỉnh"])}),
    ("Anh Nguyễn Văn Hùng, Trưởng thôn, Anh cho biết.", {"Nguyễn Văn Hùng": (None, ["Trưởng thôn"])}),
    # a pair joined by a dash stays in the title; a dash before a person ends it
    ("Ông Sugi Ryotaro, Đại sứ đặc biệt Việt Nam - Nhật Bản, phát biểu.",
     {"Sugi Ryotaro": (None, ["Đại sứ đặc biệt Việt Nam - Nhật Bản"])}),
    ("Ông Nguyễn Văn Nam, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An, trao quà.",
     {"Nguyễn Văn Nam": (None, ["Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An"])}),
    ("Ông Trần Văn Bình, Tổng Giám đốc Công ty cổ phần Đầu tư Việt Nam - Oman cho biết.",
     {"Trần Văn Bình": (None, ["Tổng Giám đốc Công ty cổ phần Đầu tư Việt Nam - Oman"])}),
    # an enterprise named by its line of business keeps it whole in the title
    ("Ông Lê Minh Tâm, Giám đốc Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình giao thông cho biết.",
     {"Lê Minh Tâm": (None, ["Giám đốc Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình giao thông"])}),
    ("Ông Vũ Văn Hải, Chủ tịch HĐQT Hợp tác xã Chăn nuôi dịch vụ tổng hợp Hòa Mỹ cho biết.",
     {"Vũ Văn Hải": (None, ["Chủ tịch HĐQT Hợp tác xã Chăn nuôi dịch vụ tổng hợp Hòa Mỹ"])}),
    # a field ("Tổ chức") with a lower-case rest that the comma and the parent body close
    # (was a known miss)
    ("Ông Lê Văn Hòa, Phó Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tư pháp phát biểu.",
     {"Lê Văn Hòa": (None, ["Phó Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tư pháp"])}),
    ("Bà Nguyễn Thị Hoa, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Y tế cho biết.",
     {"Nguyễn Thị Hoa": (None, ["Vụ trưởng Vụ Tổ chức cán bộ, Bộ Y tế"])}),
    ("Ông Trần Minh Đức, Phó Trưởng phòng Tổ chức hành chính, Sở Nội vụ tỉnh Nam Định dự.",
     {"Trần Minh Đức": (None, ["Phó Trưởng phòng Tổ chức hành chính, Sở Nội vụ tỉnh Nam Định"])}),
    ("Bà Trần Thị Mơ, Phó Chủ tịch UBND xã Tân Lập, huyện Đan Phượng, Hà Nội cho biết.",
     {"Trần Thị Mơ": (None, ["Phó Chủ tịch UBND xã Tân Lập, huyện Đan Phượng, Hà Nội"])}),
    ("Ông Vũ Văn Kiên, Trưởng Công an huyện Bát Xát, tỉnh Lào Cai nói.",
     {"Vũ Văn Kiên": (None, ["Trưởng Công an huyện Bát Xát, tỉnh Lào Cai"])}),
    ("Dự có ông Đỗ Văn Lực, Viện trưởng VKSND tối cao.",
     {"Đỗ Văn Lực": (None, ["Viện trưởng VKSND tối cao"])}),
    ("Đồng chí Hà Văn Mạnh, Trưởng Ban Tuyên giáo Tỉnh ủy dự.",
     {"Hà Văn Mạnh": (None, ["Trưởng Ban Tuyên giáo Tỉnh ủy"])}),
    ("Bà Lò Thị Nga, Phó trưởng Đoàn ĐBQH tỉnh chủ trì.",
     {"Lò Thị Nga": (None, ["Phó trưởng Đoàn ĐBQH tỉnh"])}),
    ("Ông Phan Văn Sáu, Giám đốc Trung tâm, cho biết.", {"Phan Văn Sáu": (None, ["Giám đốc Trung tâm"])}),
    # abbreviated posts and bodies
    ("Ông Cầm Văn Tâm, UV.BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự.",
     {"Cầm Văn Tâm": (None, ["UV.BTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"])}),
    ("Đồng chí Mai Văn Út, PBT Thị ủy, phát biểu.", {"Mai Văn Út": (None, ["PBT Thị ủy"])}),
    ("Ông Lương Văn Vũ, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy dự.",
     {"Lương Văn Vũ": (None, ["Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"])}),
    ("Ông Hồ Văn Xuyên, Chủ tịch HĐQT Công ty CP Sông Đà 9 cho biết.",
     {"Hồ Văn Xuyên": (None, ["Chủ tịch HĐQT Công ty CP Sông Đà 9"])}),
    # "nguyên" stays; lower-case posts before a body or a name
    ("Ông Võ Văn Yên, nguyên Thứ trưởng Bộ Quốc phòng, đến dự.",
     {"Võ Văn Yên": (None, ["nguyên Thứ trưởng Bộ Quốc phòng"])}),
    ("Theo thứ trưởng Bộ Y tế Đinh Văn Hải, dịch đã giảm.", {"Đinh Văn Hải": (None, ["thứ trưởng Bộ Y tế"])}),
    # names: a hyphen between the name and the post, Khmer family names
    ("Ông Nguyễn Văn Hùng-Giám đốc Sở Xây dựng trả lời.",
     {"Nguyễn Văn Hùng": (None, ["Giám đốc Sở Xây dựng"])}),
    ("Ông Thạch Sô Phol, Chủ tịch UBND xã Lạc Hòa nói.", {"Thạch Sô Phol": (None, ["Chủ tịch UBND xã Lạc Hòa"])}),
    ("Bà Kim Thị Sa Ren, Phó Chủ tịch Hội Nông dân tỉnh tặng quà.",
     {"Kim Thị Sa Ren": (None, ["Phó Chủ tịch Hội Nông dân tỉnh"])}),
    ("Ông Danh Út, Bí thư Đảng ủy xã Vĩnh Phong dự.", {"Danh Út": (None, ["Bí thư Đảng ủy xã Vĩnh Phong"])}),
    ("Bà Nguyễn Thị Kim Thoa, Giám đốc Sở Y tế báo cáo.", {"Nguyễn Thị Kim Thoa": (None, ["Giám đốc Sở Y tế"])}),
    # a body in lower case right after a post; a post ending in a head word takes the name
    ("Ông Hà Văn Quế, Trưởng công an huyện Mường Khương cho biết.",
     {"Hà Văn Quế": (None, ["Trưởng công an huyện Mường Khương"])}),
    ("Bà Lưu Thị Hạnh, Trưởng phòng Giáo dục quận Ba Đình cho biết.",
     {"Lưu Thị Hạnh": (None, ["Trưởng phòng Giáo dục quận Ba Đình"])}),
    ("Ông Tạ Văn Lý, Xóm trưởng xóm Đồng Tâm kể lại.", {"Tạ Văn Lý": (None, ["Xóm trưởng xóm Đồng Tâm"])}),
    ("Ông Bế Văn Sinh, Bí thư Đảng ủy cơ quan LĐLĐ tỉnh phát biểu.",
     {"Bế Văn Sinh": (None, ["Bí thư Đảng ủy cơ quan LĐLĐ tỉnh"])}),
    ("Anh Triệu Văn Tú, Bí thư Đoàn Thanh niên Bộ Công Thương chia sẻ.",
     {"Triệu Văn Tú": (None, ["Bí thư Đoàn Thanh niên Bộ Công Thương"])}),
    ("Trưởng đoàn Nông Văn Bảy cho biết đoàn đã về.", {"Nông Văn Bảy": (None, ["Trưởng đoàn"])}),
    ("Trưởng phòng Kinh tế huyện Tiên Du - bà Ngô Thị Xuân cho biết.",
     {"Ngô Thị Xuân": (None, ["Trưởng phòng Kinh tế huyện Tiên Du"])}),
    # diplomats and foreign posts
    ("Ông Ali Demir, Đại sứ đặc mệnh toàn quyền nước Cộng hòa Thổ Nhĩ Kỳ tại Việt Nam, dự lễ.",
     {"Ali Demir": (None, ["Đại sứ đặc mệnh toàn quyền nước Cộng hòa Thổ Nhĩ Kỳ tại Việt Nam"])}),
    ("Ông Peter Brown, Bộ trưởng Bộ Nội vụ Liên bang Australia, cho biết.",
     {"Peter Brown": (None, ["Bộ trưởng Bộ Nội vụ Liên bang Australia"])}),
]

# phrases with persons who hold no post: no official
NEGATIVE = [
    "Bà con nông dân Nguyễn Văn Hùng và Trần Thị Lan phấn khởi.",
    "Ảnh: Văn Điệp/TTXVN",
    "Sign In",
    "Thu Trang",
    "Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể.",
    "Đại diện lãnh đạo các sở, ban, ngành, huyện, thành phố trong tỉnh.",
    "Vận động viên Nguyễn Thị Ánh Viên giành huy chương vàng.",
    "Lực lượng của Hàn Quốc và Thừa Thiên - Huế phối hợp.",
    "Ông Đoàn Thế Quảng là nông dân.",
    "Ông Đoàn Thế Quảng hiện là nông dân.",
    "Anh Trần Văn Bảo, hiện đang là sinh viên năm cuối.",
    "Ông Giám đốc Lixil Việt Nam cho biết.",
    "",
    "   \n ",
    "Các giám đốc doanh nghiệp Nguyễn Văn Hùng và Trần Văn Nam dự.",  # a plural post is no title
    "Hội nghị tổng kết của Hội Nông dân diễn ra.",
]

# what stands between a post and its holder: the body's abbreviation in brackets, the age in
# brackets; and a body written only as its abbreviation after the post (phrase, {name: titles})
BETWEEN_POST_AND_NAME = [
    ("Phó Chủ tịch thường trực Liên đoàn bóng đá Việt Nam (VFF) Trần Quốc Toàn cho biết.",
     {"Trần Quốc Toàn": (None, ["Phó Chủ tịch thường trực Liên đoàn bóng đá Việt Nam"])}),
    ("Giám đốc Sở Y tế (SYT) Nguyễn Văn Hùng phát biểu.", {"Nguyễn Văn Hùng": (None, ["Giám đốc Sở Y tế"])}),
    ("Tổng giám đốc ACV Lê Mạnh Hà nói.", {"Lê Mạnh Hà": (None, ["Tổng giám đốc ACV"])}),
    ("Chủ tịch HĐQT PVN Trần Văn Sỹ dự.", {"Trần Văn Sỹ": (None, ["Chủ tịch HĐQT PVN"])}),
    ("Bà Dương Thị Tuyên (67 tuổi) - Chủ tịch Hội Người cao tuổi xã cho biết.",
     {"Dương Thị Tuyên": (None, ["Chủ tịch Hội Người cao tuổi xã"])}),
    ("Ông Lê Duy Phúc, Trưởng Ban bạn đọc Báo Nhân Dân, cho biết.",
     {"Lê Duy Phúc": (None, ["Trưởng Ban bạn đọc Báo Nhân Dân"])}),
    # a commune's Youth Union is "Đoàn" and its place word
    ("Ông Đặng Văn Xuân được bổ nhiệm làm Bí thư Đoàn xã từ tháng 7. Sau đó ông Xuân thôi giữ chức.",
     {"Đặng Văn Xuân": (None, ["Bí thư Đoàn xã"])}),
]

# a name ends before an award or a connective written with no comma or full stop
NAME_ENDS = [
    ("Liên bang Nga tặng Thượng tướng Trương Quang Khánh Huân chương Hữu nghị.",
     {"Trương Quang Khánh": ("Thượng tướng", [])}),
    ("Chủ tịch UBND tỉnh trao cho Đại tá Lê Văn Hòa Bằng khen.", {"Lê Văn Hòa": ("Đại tá", [])}),
    ("Thứ trưởng Huỳnh Vĩnh Ái Như vậy, mục đích đã rõ.", {"Huỳnh Vĩnh Ái": (None, ["Thứ trưởng"])}),
    ("Bà Lê Thị Như, Giám đốc Sở Y tế, dự.", {"Lê Thị Như": (None, ["Giám đốc Sở Y tế"])}),
    # a name written in capitals opens with a family name; a heading in capitals is no name
    ("Bà NGUYỄN THỤY TRÚC MAI, Phó Chủ tịch Công đoàn KCX-KCN TP.HCM cho biết.",
     {"NGUYỄN THỤY TRÚC MAI": (None, ["Phó Chủ tịch Công đoàn KCX-KCN TP.HCM"])}),
    ("Ông TRẦN VĂN HÀ, Giám đốc Sở Y tế, dự.", {"TRẦN VĂN HÀ": (None, ["Giám đốc Sở Y tế"])}),
    ("HÀ NỘI - Chủ tịch UBND thành phố cho biết.", {}),
    ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA MỚI", {}),
]


@pytest.mark.parametrize("text,expected", NAME_ENDS)
def test_a_name_ends_before_an_award_or_a_connective(text, expected):
    assert _summary(text) == expected


# and what does not: an age makes no one an official
NOT_BETWEEN_POST_AND_NAME = [
    ("Ông Trần Văn Hà (67 tuổi) là nông dân.", {}),
    ("Bà Lò Thị Mai (45 tuổi) - người dân bản Mển cho biết.", {}),
]


@pytest.mark.parametrize("word,expected", [("VFF", True), ("HĐQT", True), ("KCX-KCN", True),
                                           ("PC47", True), ("XII", False), ("XIV", False),
                                           ("Vinamilk", False), ("A", False)])
def test_an_acronym_is_upper_case_and_no_roman_numeral(word, expected):
    from vngovnlp.extract._officials_lexicon import tokens
    from vngovnlp.extract._officials_orgs import is_acronym

    assert is_acronym(tokens(word), 0) is expected


@pytest.mark.parametrize("text,expected", BETWEEN_POST_AND_NAME + NOT_BETWEEN_POST_AND_NAME)
def test_what_stands_between_a_post_and_its_holder(text, expected):
    assert _summary(text) == expected


# foreign names: initials ("George W. Bush", "Konstantin V.Vnukov"), hyphenated given names
# ("Jean-Claude Juncker"), and a foreign name that a post follows needs no honorific; a
# Vietnamese name, two people joined by a hyphen and a place before a post are none of these
FOREIGN_NAMES = [
    ("Tổng thống George W. Bush nói.", {"George W. Bush": (None, ["Tổng thống"])}),
    ("Đại sứ Konstantin V.Vnukov trao Kỷ niệm chương.", {"Konstantin V.Vnukov": (None, ["Đại sứ"])}),
    ("Ông viết thư cho Jean-Claude Juncker, Chủ tịch Ủy ban châu Âu, hôm qua.",
     {"Jean-Claude Juncker": (None, ["Chủ tịch Ủy ban châu Âu"])}),
    ("Sergei Lavrov, Ngoại trưởng Nga, cho biết.", {"Sergei Lavrov": (None, ["Ngoại trưởng Nga"])}),
    ("Ông Nguyễn Văn An-Chủ tịch UBND xã phát biểu.", {"Nguyễn Văn An": (None, ["Chủ tịch UBND xã"])}),
    ("Cuộc gặp giữa hai Tổng thống Putin-Trump kết thúc.", {}),  # one syllable needs the model
    ("Sông Hồng, Chủ tịch UBND tỉnh nói, cần được bảo vệ.", {}),
    ("Tây Nguyên - Bí thư Tỉnh ủy cho biết, sẽ trồng rừng.", {}),
    # particles of a foreign name
    ("Quốc vương Qatar Tamim bin Hamad al-Thani phát biểu.", {"Tamim bin Hamad al-Thani": (None, ["Quốc vương Qatar"])}),
    ("Thái tử Mohammed bin Salman, Bộ trưởng Quốc phòng, cho biết.",
     {"Mohammed bin Salman": (None, ["Bộ trưởng Quốc phòng"])}),
    ("Ông Frank-Walter Steinmeier, Tổng thống Đức, phát biểu.", {"Frank-Walter Steinmeier": (None, ["Tổng thống Đức"])}),
    ("Chủ tịch UBND tỉnh Nguyễn Văn An la lớn.", {"Nguyễn Văn An": (None, ["Chủ tịch UBND tỉnh"])}),
    # a foreign name after its post and a comma or a dash; one word after the post is its body
    ("Về phần mình, Tổng Giám đốc Sputnik, Dmitry Kiselev cho biết.",
     {"Dmitry Kiselev": (None, ["Tổng Giám đốc Sputnik"])}),
    ("Cựu Chủ tịch Barcelona - Sandro Rosell vừa bị bắt.", {"Sandro Rosell": (None, ["Cựu Chủ tịch Barcelona"])}),
    ("Giám đốc Sở Y tế, Hà Nội cho biết.", {}),
]


# a foreign person named after a public body is not part of its name: the body ends where two
# capitalised words that are no Vietnamese syllables begin ("Mac" + "Thornberry" spells like
# one); a country ends no person ("Liên Bang Australia", "New Zealand"); "sỹ" spells "sĩ"
FOREIGN_AFTER_BODY = [
    ("Chủ tịch Hạ viện Tadamori Oshima tiếp đoàn.", {"Tadamori Oshima": (None, ["Chủ tịch Hạ viện"])}),
    ("Chủ tịch Hạ viện Nhật Bản Tadamori Oshima hoan nghênh chuyến thăm.",
     {"Tadamori Oshima": (None, ["Chủ tịch Hạ viện Nhật Bản"])}),
    ("Chủ tịch Ủy ban Quân lực Hạ viện Mac Thornberry cho rằng mức tăng chưa đủ.",
     {"Mac Thornberry": (None, ["Chủ tịch Ủy ban Quân lực Hạ viện"])}),
    ("Bộ trưởng Hải quân Philip B. Bilden rút lui.", {"Philip B. Bilden": (None, ["Bộ trưởng Hải quân"])}),
    ("Thượng nghị sỹ John McCain, Chủ tịch Ủy ban Quân lực Thượng viện Mỹ, phát biểu.",
     {"John McCain": (None, ["Thượng nghị sỹ", "Chủ tịch Ủy ban Quân lực Thượng viện Mỹ"])}),
    ("Ông Michael Keenan, Bộ trưởng Bộ Tư pháp Liên Bang Australia, dự.",
     {"Michael Keenan": (None, ["Bộ trưởng Bộ Tư pháp Liên Bang Australia"])}),
    ("Ông Peter Lane, Giám đốc Hải quan New Zealand, dự.",
     {"Peter Lane": (None, ["Giám đốc Hải quan New Zealand"])}),
    ("Giám đốc Công ty Nippon Paint Việt Nam phát biểu.", {}),
    ("Ông gặp Đại sứ Nga tại Mỹ Sergei Kislyak hôm qua.", {"Sergei Kislyak": (None, ["Đại sứ Nga tại Mỹ"])}),
    ("Chị Nga tại Hà Nội cho biết.", {}),
]


@pytest.mark.parametrize("text,expected", FOREIGN_AFTER_BODY)
def test_a_foreign_name_after_a_body(text, expected):
    assert _summary(text) == expected


# brackets after a name: the age or a standing, then the post ("(37 tuổi, nguyên …)",
# "(Đảng viên, Trưởng trạm …)"); a post whose unit is written in lower case ("Trưởng phòng
# tham mưu"), closed by punctuation or a body, and the parent body in brackets after it; a rank
# in lower case before a full name
BRACKETS_AND_UNITS = [
    ("Bị cáo Dương Minh Tâm (37 tuổi, nguyên Phó Giám đốc Sở GTVT TP Cần Thơ) khai.",
     {"Dương Minh Tâm": (None, ["nguyên Phó Giám đốc Sở GTVT TP Cần Thơ"])}),
    ("Ông Lê Văn Hải (SN 1968, Chủ tịch UBND xã Gia Phú) bị kỷ luật.",
     {"Lê Văn Hải": (None, ["Chủ tịch UBND xã Gia Phú"])}),
    ("Khiển trách ông Bùi Đức Hoan (Đảng viên, Trưởng trạm Y tế xã Gia Xuân) vì đánh bạc.",
     {"Bùi Đức Hoan": (None, ["Trưởng trạm Y tế xã Gia Xuân"])}),
    ("Thượng tá Bùi Trọng Tuấn, Trưởng phòng tham mưu (Công an tỉnh Đắk Lắk) cho biết.",
     {"Bùi Trọng Tuấn": ("Thượng tá", ["Trưởng phòng tham mưu (Công an tỉnh Đắk Lắk)"])}),
    ("Theo thượng tá Bùi Trọng Tuấn, Trưởng phòng tham mưu, vụ việc đang được làm rõ.",
     {"Bùi Trọng Tuấn": ("Thượng tá", ["Trưởng phòng tham mưu"])}),
    ("Bà Lê Thị Hoa, Trưởng phòng giáo dục huyện Ba Vì, cho biết.",
     {"Lê Thị Hoa": (None, ["Trưởng phòng giáo dục huyện Ba Vì"])}),
    ("Ông Trần Văn Nam, Phó Chi cục trưởng Chi cục Thủy sản (Sở NN&PTNT Thanh Hóa), cho biết.",
     {"Trần Văn Nam": (None, ["Phó Chi cục trưởng Chi cục Thủy sản (Sở NN&PTNT Thanh Hóa)"])}),
    ("Ông Lê Văn Tám, Trưởng phòng cho biết, số vụ giảm.", {"Lê Văn Tám": (None, ["Trưởng phòng"])}),
    ("Bà Hoa (SN 1970, quê Nghệ An) đã đến.", {}),
    ("Ông là đại tá quân đội.", {}),
]


# a body's field in sentence case joined by dashes; a list after "như" with its honorific; a
# lower-case word that qualifies the post ("điều hành", "phụ trách")
AS_WRITTEN = [
    ("Ông Trần Văn Vinh, Tổng cục trưởng Tổng cục Tiêu chuẩn - Đo lường - Chất lượng cho biết.",
     {"Trần Văn Vinh": (None, ["Tổng cục trưởng Tổng cục Tiêu chuẩn - Đo lường - Chất lượng"])}),
    ("Ông Lê Văn Bình, Giám đốc Sở Y tế - Trưởng ban chỉ đạo, phát biểu.",
     {"Lê Văn Bình": (None, ["Giám đốc Sở Y tế", "Trưởng ban chỉ đạo"])}),
    ("Đã kỷ luật các nguyên Ủy viên Trung ương như đồng chí Vũ Văn Hòa, Huỳnh Minh Châu.",
     {"Vũ Văn Hòa": (None, ["nguyên Ủy viên Trung ương"]), "Huỳnh Minh Châu": (None, ["nguyên Ủy viên Trung ương"])}),
    ("Ông Lê Văn An, Giám đốc điều hành Công ty Điện lực Hà Nội, phát biểu.",
     {"Lê Văn An": (None, ["Giám đốc điều hành Công ty Điện lực Hà Nội"])}),
    ("Ông Trần Văn Cường, Phó Giám đốc phụ trách Sở Y tế, dự.",
     {"Trần Văn Cường": (None, ["Phó Giám đốc phụ trách Sở Y tế"])}),
    ("Như đồng chí nói, việc này cần làm ngay.", {}),
    # a second post of the same person in brackets; a parent after the body's abbreviation and a
    # dash; a lower-case unit closed by a verb; "nguyên" inside a field ("Tài nguyên")
    ("Ông Nguyễn An Huy - Trưởng đoàn Thanh tra (Phó Chánh thanh tra TP Hà Nội) đọc kết luận.",
     {"Nguyễn An Huy": (None, ["Trưởng đoàn Thanh tra", "Phó Chánh thanh tra TP Hà Nội"])}),
    ("Ông Nguyễn Đăng Chương, Cục trưởng Cục Nghệ thuật biểu diễn (NTBD) - Bộ VH-TT&DL lên tiếng.",
     {"Nguyễn Đăng Chương": (None, ["Cục trưởng Cục Nghệ thuật biểu diễn (NTBD) - Bộ VH-TT&DL"])}),
    ("Ông Nguyễn Cường – Phó phòng khoáng sản bị kiểm điểm.", {"Nguyễn Cường": (None, ["Phó phòng khoáng sản"])}),
    # abbreviated party posts (UVTW, TUV: members of the Central and of the provincial committee)
    ("Đồng chí Vũ Văn Giang, UVTW Đảng, Bí thư Tỉnh ủy Nghệ An chủ trì.",
     {"Vũ Văn Giang": (None, ["UVTW Đảng", "Bí thư Tỉnh ủy Nghệ An"])}),
    ("Đồng chí Lê Văn Tám, TUV, Bí thư Huyện ủy dự.", {"Lê Văn Tám": (None, ["TUV", "Bí thư Huyện ủy"])}),
    # military and police units as written after their posts; a post inside a body's head is no one's
    ("Trung tá Nguyễn Đức Giá - Đồn trưởng Đồn Biên phòng đảo Cồn Cỏ cho biết.",
     {"Nguyễn Đức Giá": ("Trung tá", ["Đồn trưởng Đồn Biên phòng đảo Cồn Cỏ"])}),
    ("Đại tá Vũ Nhân Khánh, Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng đã tới.",
     {"Vũ Nhân Khánh": ("Đại tá", ["Thủ trưởng cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng"])}),
    ("Đại tá Phùng Tất Thành - Trưởng phòng Tham mưu (Công an tỉnh Lâm Đồng) cho biết.",
     {"Phùng Tất Thành": ("Đại tá", ["Trưởng phòng Tham mưu (Công an tỉnh Lâm Đồng)"])}),
    ("Thiếu tướng Lâm Quang Đại, Phó chính ủy Quân chủng Phòng không - Không quân nói.",
     {"Lâm Quang Đại": ("Thiếu tướng", ["Phó chính ủy Quân chủng Phòng không - Không quân"])}),
    ("Đại tá Stanfield Chien, Tổng chỉ huy PP17 cùng lãnh đạo huyện dự.",
     {"Stanfield Chien": ("Đại tá", ["Tổng chỉ huy PP17"])}),
    # two posts of a firm's officer share its name; a party secretary does not share the
    # people's committee's, nor "Chủ tịch HĐQT", which names its board
    ("Ông Lê Văn An, Chủ tịch, Tổng Giám đốc Tổng Cty Sông Đà dự.",
     {"Lê Văn An": (None, ["Chủ tịch Tổng Cty Sông Đà", "Tổng Giám đốc Tổng Cty Sông Đà"])}),
    ("Chủ tịch kiêm Tổng Giám đốc Tập đoàn Nikkei Inc, Naotoshi Okada đặt câu hỏi.",
     {"Naotoshi Okada": (None, ["Tổng Giám đốc Tập đoàn Nikkei Inc", "Chủ tịch Tập đoàn Nikkei Inc"])}),
    ("Ông Trần Văn Bình, Bí thư, Chủ tịch UBND xã Tân Lập dự.",
     {"Trần Văn Bình": (None, ["Bí thư", "Chủ tịch UBND xã Tân Lập"])}),
    ("Ông Phạm Gia Lý, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Apatit, phát biểu.",
     {"Phạm Gia Lý": (None, ["Chủ tịch HĐQT", "Tổng Giám đốc Công ty Apatit"])}),
    # a foreign body's short name in brackets; an education level after "Giáo dục"
    ("Thị trường chờ phát biểu của Chủ tịch Cục Dự trữ Liên bang Mỹ (Fed) Janet Yellen.",
     {"Janet Yellen": (None, ["Chủ tịch Cục Dự trữ Liên bang Mỹ"])}),
    ("Bà Hoàng Thanh Hương (Trưởng phòng Giáo dục Mầm Non - Sở GD&ĐT TP Hà Nội) dự.",
     {"Hoàng Thanh Hương": (None, ["Trưởng phòng Giáo dục Mầm Non - Sở GD&ĐT TP Hà Nội"])}),
    ("Trao đổi với Reuters, Bộ Tư lệnh Thái Bình Dương Mỹ cho biết.", {}),
    ("Ban Giám đốc Công an tỉnh Nguyễn Văn An đến hiện trường.", {}),
    ("Ông Cao Minh Phương – Trưởng phòng Tài nguyên nước bị cách chức.",
     {"Cao Minh Phương": (None, ["Trưởng phòng Tài nguyên nước"])}),
    ("Ngày 11/5, trưởng Đoàn đại biểu Quốc hội tỉnh Thanh Hóa Đỗ Trọng Hưng ký công văn.",
     {"Đỗ Trọng Hưng": (None, ["trưởng Đoàn đại biểu Quốc hội tỉnh Thanh Hóa"])}),
]


# a party committee in lower case right after its post; a place after its word ends where a
# full name begins (unless a known place runs on: "Bình Giang"); a province's abbreviation; a
# post written as its abbreviation; "làm" before a post; words joined by a hyphen
PLACES_AND_LINKS = [
    ("Anh em của Bí thư huyện ủy Hồ Xuân Trăng được bổ nhiệm.", {"Hồ Xuân Trăng": (None, ["Bí thư huyện ủy"])}),
    ("Chủ tịch UBND huyện A Lưới Nguyễn Mạnh Hùng ký.", {"Nguyễn Mạnh Hùng": (None, ["Chủ tịch UBND huyện A Lưới"])}),
    ("Chủ tịch UBND huyện Bình Giang Nguyễn Văn An dự.", {"Nguyễn Văn An": (None, ["Chủ tịch UBND huyện Bình Giang"])}),
    ("Đại tá Đỗ Văn Xuyền, Trưởng Công an huyện Krông Búk cho biết.",
     {"Đỗ Văn Xuyền": ("Đại tá", ["Trưởng Công an huyện Krông Búk"])}),
    ("Ông Trương Công Lân – GĐ Ngân hàng Chính sách xã hội tỉnh TT-Huế cho rằng.",
     {"Trương Công Lân": (None, ["GĐ Ngân hàng Chính sách xã hội tỉnh TT-Huế"])}),
    ("Tỉnh bổ nhiệm ông Trần Đình Chương làm phó giám đốc Sở Khoa học và Công nghệ.",
     {"Trần Đình Chương": (None, ["phó giám đốc Sở Khoa học và Công nghệ"])}),
    ("Ông Hồ Thanh Hà – Phó trưởng phòng Tài chính-Kế hoạch huyện bị trả về.",
     {"Hồ Thanh Hà": (None, ["Phó trưởng phòng Tài chính-Kế hoạch huyện"])}),
    ("Ông Lê Văn An làm việc với Sở Y tế.", {}),
    ("Bà Hoa làm nông ở xã.", {}),
    ("Thầy Võ Minh Phương, Phó Hiệu trưởng Trường Trung học phổ thông Lý Sơn chia sẻ.",
     {"Võ Minh Phương": (None, ["Phó Hiệu trưởng Trường Trung học phổ thông Lý Sơn"])}),
]


@pytest.mark.parametrize("text,expected", PLACES_AND_LINKS)
def test_places_links_and_abbreviations(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", AS_WRITTEN)
def test_posts_and_bodies_as_written(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", BRACKETS_AND_UNITS)
def test_brackets_lower_case_units_and_ranks(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", FOREIGN_NAMES)
def test_foreign_names(text, expected):
    assert _summary(text) == expected


# a chain of posts before a name may hold the rank; a body's head in lower case closed by
# punctuation is the body; every country of CLDR is a country a post may be held in
CHAINS = [
    ("Phó Bí thư Quân ủy Trung ương, Đại tướng, Bộ trưởng Quốc phòng Ngô Xuân Lịch tới thăm.",
     {"Ngô Xuân Lịch": ("Đại tướng", ["Bộ trưởng Quốc phòng", "Phó Bí thư Quân ủy Trung ương"])}),
    ("Thiếu tướng Lê Văn An, Đại tá Trần Văn Bình dự.",
     {"Lê Văn An": ("Thiếu tướng", []), "Trần Văn Bình": ("Đại tá", [])}),
    ("Đồng chí Tống Văn Thắng, Bí thư chi bộ - Giám đốc Trung tâm; đồng chí Lê Văn Bình dự.",
     {"Tống Văn Thắng": (None, ["Bí thư chi bộ", "Giám đốc Trung tâm"])}),
    ("Ông Nguyễn Chí Thành, Đại sứ đặc mệnh toàn quyền của Việt Nam tại Albania, phát biểu.",
     {"Nguyễn Chí Thành": (None, ["Đại sứ đặc mệnh toàn quyền của Việt Nam tại Albania"])}),
    ("Ông Trần Văn Nam, Đại sứ Việt Nam tại Mozambique, phát biểu.",
     {"Trần Văn Nam": (None, ["Đại sứ Việt Nam tại Mozambique"])}),
    # an assistant's post is the post assisted
    ("Bà Trương Thị Lệ Trinh, Trợ lý Bộ trưởng Bộ Y tế, cho biết.",
     {"Trương Thị Lệ Trinh": (None, ["Trợ lý Bộ trưởng Bộ Y tế"])}),
    ("Trợ lý Tổng Bí thư Nguyễn Văn Hải dự.", {"Nguyễn Văn Hải": (None, ["Trợ lý Tổng Bí thư"])}),
    ("Bà Lê Thị Hoa, Trợ lý, cho biết.", {"Lê Thị Hoa": (None, ["Trợ lý"])}),
    ("Ông bị nghi đã tiếp tay cho Nghị sĩ Oleksandr Onishchenko chiếm đoạt tiền.",
     {"Oleksandr Onishchenko": (None, ["Nghị sĩ"])}),
]


@pytest.mark.parametrize("text,expected", CHAINS)
def test_chains_of_posts(text, expected):
    assert _summary(text) == expected


# whose post it is: a post spoken of ("của Bộ trưởng …, bà X") is not the name's after it; the
# post of an appointment goes to the name after "cho"; "X sẽ đảm nhiệm chức vụ T" is X's
WHOSE_POST = [
    ("Theo Quyết định của Bộ trưởng Bộ Tài chính, bà Phan Thị Hiền sẽ đảm nhiệm chức vụ Vụ trưởng Vụ Ngân sách.",
     {"Phan Thị Hiền": (None, ["Vụ trưởng Vụ Ngân sách"])}),
    ("Thay mặt Chủ tịch nước, ông Nguyễn Văn An trao Huân chương.", {}),
    # on whose behalf is never whose post, whoever is named after the comma
    ("Thừa ủy quyền của Thủ tướng Chính phủ, Phó Thủ tướng Vương Đình Huệ vừa ký công văn.",
     {"Vương Đình Huệ": (None, ["Phó Thủ tướng"])}),
    ("Thay mặt Chủ tịch nước, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh trao Huân chương.",
     {"Đặng Thị Ngọc Thịnh": (None, ["Phó Chủ tịch nước"])}),
    ("Phát biểu của Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn An được hoan nghênh.",
     {"Nguyễn Văn An": (None, ["Chủ tịch HĐND tỉnh", "Bí thư Tỉnh ủy"])}),
    # a project management board named in lower case up to its number; a place named for a person
    ("Ông Phạm Hồng Sơn, Giám đốc Ban quản lý dự án 2 cho biết.",
     {"Phạm Hồng Sơn": (None, ["Giám đốc Ban quản lý dự án 2"])}),
    ("Giám đốc Sở Y tế, ông Nguyễn Văn An cho biết.", {"Nguyễn Văn An": (None, ["Giám đốc Sở Y tế"])}),
    ("Bộ trưởng Trần Văn Sơn trao quyết định bổ nhiệm chức vụ Vụ trưởng Vụ Pháp chế cho bà Lê Thị Hà.",
     {"Trần Văn Sơn": (None, ["Bộ trưởng"]), "Lê Thị Hà": (None, ["Vụ trưởng Vụ Pháp chế"])}),
    ("Giám đốc Sở Nội vụ trao Bằng khen cho bà Lê Thị Hà.", {}),
    ("Lời thăm hỏi của Phó Bí thư Quân ủy Trung ương, Đại tướng, Bộ trưởng Quốc phòng Ngô Xuân Lịch.",
     {"Ngô Xuân Lịch": ("Đại tướng", ["Bộ trưởng Quốc phòng", "Phó Bí thư Quân ủy Trung ương"])}),
    ("Phó Chủ nhiệm UB KHCN-MT Lê Hồng Tịnh cho biết.", {"Lê Hồng Tịnh": (None, ["Phó Chủ nhiệm UB KHCN-MT"])}),
    ("Ông Vũ Đình Duy sinh năm 1975, nguyên là Tổng Giám đốc PVTEX.", {"Vũ Đình Duy": (None, ["Tổng Giám đốc PVTEX"])}),
    ("Ông Lê Văn Tám (SN 1970, quê Nam Định), Chủ tịch UBND xã, cho biết.",
     {"Lê Văn Tám": (None, ["Chủ tịch UBND xã"])}),
    ("Nạn nhân là anh Nguyễn Văn Chung (SN 1998, quê Thanh Hóa).", {}),
    ("Vũ Phương Nam, Kế toán trưởng PVTEX, bị khởi tố.", {"Vũ Phương Nam": (None, ["Kế toán trưởng PVTEX"])}),
    ("Thủ tướng tiếp ông Atsusuke Kawada, Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản tại Việt Nam.",
     {"Atsusuke Kawada": (None, ["Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản tại Việt Nam"])}),
    ("Bổ nhiệm Vụ trưởng Vụ Ngân sách Theo Quyết định đó, ông sẽ nhận việc.", {}),
    ("Thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Trần Văn Minh - Giám đốc Công an tỉnh trao Huân chương.",
     {"Trần Văn Minh": ("Đại tá", ["Giám đốc Công an tỉnh"])}),
    ("Phó Chủ tịch Quốc hội Uông Chu Lưu dự.", {"Uông Chu Lưu": (None, ["Phó Chủ tịch Quốc hội"])}),
]


@pytest.mark.parametrize("text,expected", WHOSE_POST)
def test_whose_post_it_is(text, expected):
    assert _summary(text) == expected


# "như" and "gồm" open the list of a post's holders as a colon does; a post in lower case may
# name its body in capitals ("ủy viên Trung ương")
LISTS_OF_HOLDERS = [
    ("Đã xử lý mấy nguyên ủy viên Trung ương như Vũ Huy Hoàn, Nguyễn Minh Quân… và nhiều người khác.",
     {"Vũ Huy Hoàn": (None, ["nguyên ủy viên Trung ương"]), "Nguyễn Minh Quân": (None, ["nguyên ủy viên Trung ương"])}),
    ("Các Phó Chủ tịch UBND tỉnh gồm Lê Văn An, Trần Văn Bình dự.",
     {"Lê Văn An": (None, ["Phó Chủ tịch UBND tỉnh"]), "Trần Văn Bình": (None, ["Phó Chủ tịch UBND tỉnh"])}),
    ("Bộ trưởng Trần Văn Sơn như mọi năm đến thăm.", {"Trần Văn Sơn": (None, ["Bộ trưởng"])}),
    ("Những người như Trần Văn Sơn, Lê Văn An đều đến.", {}),
]


@pytest.mark.parametrize("text,expected", LISTS_OF_HOLDERS)
def test_lists_of_holders(text, expected):
    assert _summary(text) == expected


KNOWN_MISSES = [
    # a body whose name runs through "về các" is cut before it
    ("Theo ông Đôn Tuấn Yên, Phó Chủ nhiệm Ủy ban Công tác về các tổ chức Phi Chính phủ nước ngoài.",
     {"Đôn Tuấn Yên": (None, ["Phó Chủ nhiệm Ủy ban Công tác về các tổ chức Phi Chính phủ nước ngoài"])}),
]


@pytest.mark.parametrize("text,expected", DEVELOPMENT)
def test_development(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize("text,expected", ISSUE_12)
def test_issue_12(text, expected):
    assert _summary(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert _officials(text) == []


@pytest.mark.parametrize(
    "text,expected", [pytest.param(t, e, marks=pytest.mark.xfail(strict=True)) for t, e in KNOWN_MISSES]
)
def test_known_misses(text, expected):
    assert _summary(text) == expected


def test_title_parts_and_honorific():
    o = _officials("Dự có Thiếu tướng Hoàng Văn Bình - Phó Tư lệnh Quân khu 1.")[0]
    t = o.titles[0]
    assert (t.title, t.position, t.organisation) == ("Phó Tư lệnh Quân khu 1", "Phó Tư lệnh", "Quân khu 1")
    assert o.honorific is None
    o = _officials("Đồng chí Chủ tịch UBND tỉnh Lý Văn An phát biểu.")[0]
    assert o.honorific == "đồng chí"


def test_mentions_merge_short_and_role_only():
    text = ("Dự có đồng chí Lý Văn An - Chủ tịch UBND tỉnh; Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an. "
            "Đồng chí An nhấn mạnh. Chủ tịch UBND tỉnh trao Bằng khen. Bộ trưởng Tô Lâm phát biểu.")
    found = {o.name: o for o in _officials(text)}
    assert set(found) == {"Lý Văn An", "Tô Lâm"}
    assert [m.text for m in found["Lý Văn An"].mentions] == ["Lý Văn An", "An", "Chủ tịch UBND tỉnh"]
    assert [m.text for m in found["Tô Lâm"].mentions] == ["Tô Lâm", "Tô Lâm"]
    assert found["Lý Văn An"].start == text.index("Lý Văn An")


def test_misspelt_mention_merges():
    text = ("Đồng chí Nguyễn Văn Thanh - Chủ tịch LĐLĐ Hà Tĩnh đến thăm. "
            "Ông Nguyên Văn Thanh - Chủ tịch LĐLĐ Hà Tĩnh trao quà.")
    found = _officials(text)
    assert len(found) == 1 and len(found[0].mentions) == 2


def test_resolved_organisation():
    text = ("Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị tại tỉnh Bắc Kạn. "
            "Đồng chí Lý Văn An - Chủ tịch UBND tỉnh phát biểu.")
    (o,) = _officials(text)
    assert o.titles[0].organisation == "UBND tỉnh"
    assert o.titles[0].resolved_organisation == "UBND tỉnh Bắc Kạn"
    assert o.titles[0].title == "Chủ tịch UBND tỉnh"


def test_seed(seed_text):
    found = {o.name: o for o in _officials(seed_text)}
    assert set(found) == {"Lý Thái Hải", "Hoàng Công Hàm"}
    hai, ham = found["Lý Thái Hải"], found["Hoàng Công Hàm"]
    assert hai.rank is None and [t.title for t in hai.titles] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    assert ham.rank == "Thiếu tướng" and [t.title for t in ham.titles] == ["Phó Tư lệnh Quân khu 1"]
    assert [t.resolved_organisation for t in hai.titles] == ["Tỉnh ủy Bắc Kạn", "UBND tỉnh Bắc Kạn"]
    assert (ham.titles[0].position, ham.titles[0].organisation) == ("Phó Tư lệnh", "Quân khu 1")


def test_offsets_round_trip_on_gold(gold_rows):
    for row in gold_rows[:8]:
        text = normalize(row["text"]).text
        for o in find_officials(text):
            assert text[o.start:o.end] == o.text
            for m in o.mentions:
                assert text[m.start:m.end] == m.text
            for t in o.titles:
                assert text[t.start:t.end] == t.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ÁĐ ,.-:;()àăâ\nBộSởUBND tỉnhNguyễnVănÔng")), max_size=80))
def test_hostile_strings_never_crash(text):
    for o in find_officials(text):
        assert text[o.start:o.end] == o.text


def test_former_word_stays_in_title_not_in_position():
    (o,) = _officials("Ông Võ Văn Yên, nguyên Thứ trưởng Bộ Quốc phòng, đến dự.")
    t = o.titles[0]
    assert (t.title, t.position, t.organisation) == ("nguyên Thứ trưởng Bộ Quốc phòng", "Thứ trưởng",
                                                     "Bộ Quốc phòng")


def test_precomputed_tokens_give_the_same_officials():
    from vngovnlp.extract._officials_lexicon import tokens

    text = normalize("Đại tá Lê Văn An, Giám đốc Công an tỉnh; ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh.").text
    assert find_officials(text, tokens=tokens(text)) == find_officials(text)


def test_ner_persons_cut_a_place_from_a_name_and_confirm_one_syllable_names():
    from vngovnlp.types import Entity

    text = "Thị trưởng London Sadiq Khan cho biết. Tổng thống Obama phát biểu."
    ents = [Entity("LOC", "London", 11, 17), Entity("PER", "Sadiq Khan", 18, 28), Entity("PER", "Obama", 50, 55)]
    found = {o.name: [t.title for t in o.titles] for o in find_officials(text, entities=ents)}
    assert found == {"Sadiq Khan": ["Thị trưởng London"], "Obama": ["Tổng thống"]}
    # a brand after the post of the name before it is no person, even when the model says so
    text2 = "Ông Trần Văn Việt, Tổng Giám đốc Vinatour cho biết."
    found2 = find_officials(text2, entities=[Entity("PER", "Vinatour", 33, 41)])
    assert [(o.name, [t.title for t in o.titles]) for o in found2] == [("Trần Văn Việt", ["Tổng Giám đốc"])]
    # without the model's spans the grammar reads the city before a foreign name into the title
    assert {o.name: [t.title for t in o.titles] for o in find_officials(text)}["Sadiq Khan"] == ["Thị trưởng London"]


def test_first_mention_is_the_name_not_a_role():
    text = "Chủ tịch UBND tỉnh khai mạc hội nghị. Đồng chí Lý Văn An - Chủ tịch UBND tỉnh phát biểu."
    (o,) = _officials(text)
    assert (o.text, o.start) == ("Lý Văn An", text.index("Lý Văn An"))
    assert [m.text for m in o.mentions] == ["Chủ tịch UBND tỉnh", "Lý Văn An"]
