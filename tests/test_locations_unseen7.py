"""Places in the shapes that unseen articles showed, seventh round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests. Rows
that depend on how the NER model reads a span give that span explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names

# a place that ends a treaty's capitalised name is part of the name (GUIDELINES: a place word
# inside the proper name of a thing is no place), through a dash, "xuyên" or "và" too; a
# lower-case word of its own ("với", "về") ends the name, and so does a sentence's end
TREATY_NAME = [
    ("Ba nước ký Hiệp định Thương mại Tự do Bắc Mỹ (NAFTA) năm 1992.", [("LOC", "Bắc Mỹ")], set()),
    ("Nhật Bản muốn cứu Hiệp định Đối tác xuyên Thái Bình Dương (TPP).", [], {"Nhật Bản"}),
    ("Kỷ niệm ngày ký Hiệp ước Hòa bình và Hữu nghị Nhật Bản - Trung Quốc.", [], set()),
    ("Nhiều nước cam kết thực hiện Hiệp định Paris về biến đổi khí hậu.", [("LOC", "Paris")], set()),
    ("Công ước Geneva bảo vệ tù binh chiến tranh.", [("LOC", "Geneva")], set()),
    ("Hội nghị thượng đỉnh khí hậu năm 2015 diễn ra tại Paris.", [("LOC", "Paris")], {"Paris"}),
    ("Việt Nam đàm phán Hiệp định Thương mại với Mỹ trong năm nay.", [], {"Việt Nam", "Mỹ"}),
    ("Ông Trump rút khỏi hiệp định. Thái Bình Dương vẫn nóng lên.", [], {"Thái Bình Dương"}),
    ("Bão số 3 hình thành trên Thái Bình Dương.", [], {"Thái Bình Dương"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), TREATY_NAME)
def test_a_place_that_ends_a_treaty_name(text, spans, names):
    assert _names(text, spans) == names


# a capitalised feature word right after a vessel's word opens the vessel's name ("tàu Biển
# Ngọc 20"); in lower case the feature is where the vessel sails, and a country after "tàu" is
# the vessel's flag
VESSEL_NAME = [
    ("Tàu Biển Ngọc 20 bị chìm khi vào bờ.", [], set()),
    ("Chiếc tàu du lịch Biển Ngọc chở 30 du khách.", [("LOC", "Biển Ngọc")], set()),
    ("Con tàu Sông Hàn 05 vừa cập cảng.", [], set()),
    ("Tàu cá neo đậu trên biển Quy Nhơn.", [], {"Quy Nhơn"}),
    ("Du khách đi thuyền trên sông Hồng.", [], {"sông Hồng"}),
    ("Tàu Trung Quốc xâm phạm vùng biển Hoàng Sa.", [], {"Trung Quốc", "Hoàng Sa"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), VESSEL_NAME)
def test_a_feature_word_that_opens_a_vessel_name(text, spans, names):
    assert _names(text, spans) == names


# the period of "TP." may end the sentence: a word that opens a sentence ("Cũng", "Theo") after
# it is the next sentence, no unlisted city; a foreign city after "TP." stays one
ABBREVIATION_ENDS_SENTENCE = [
    ("Ông được điều về công tác ở TP. Cũng trong ngày 28.6, tỉnh bổ nhiệm thêm cán bộ.",
     [("LOC", "TP. Cũng")], set()),
    ("Hội nghị diễn ra tại TP. Theo kế hoạch, tỉnh sẽ mở đường mới.", [], set()),
    ("Vụ nổ ở TP. Manchester làm nhiều người chết.", [("LOC", "TP. Manchester")], {"Manchester"}),
    ("Đoàn công tác làm việc tại TP. Hội An.", [], {"Hội An"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), ABBREVIATION_ENDS_SENTENCE)
def test_a_sentence_after_an_abbreviated_city_word(text, spans, names):
    assert _names(text, spans) == names


# a list of bare names before a district in brackets lists that district's wards or communes:
# each a unit of the district's province (or exactly a place of the NER model), one at least of
# the district itself; the model's person over a listed name does not count there, and a name
# read as a province is the list's commune. A lone name before the bracket still needs no person
# reading, a school's name stays no place, and names of another province make no list
LISTED_BEFORE_DISTRICT = [
    ("Ngư dân ở Xuân Hà, Thanh Khê Đông, Thạch Gián (quận Thanh Khê) ra khơi sớm.",
     [("PER", "Xuân Hà"), ("LOC", "Thạch Gián")], {"Xuân Hà", "Thanh Khê Đông", "Thạch Gián", "Thanh Khê"}),
    ("Tàu thuyền ở Hòa Minh, Hòa Hiệp Nam (Liên Chiểu) của Đà Nẵng đã vào bờ.",
     [("PER", "Hòa Minh"), ("PER", "Hòa Hiệp Nam")], {"Hòa Minh", "Hòa Hiệp Nam", "Liên Chiểu", "Đà Nẵng"}),
    ("Ngư dân ở Bình Giang, Bình Minh và Bình Dương (Thăng Bình), Quảng Nam đã lên tàu.",
     [("LOC", "Bình Giang"), ("LOC", "Bình Minh")], {"Bình Giang", "Bình Minh", "Bình Dương", "Thăng Bình", "Quảng Nam"}),
    ("Đại biểu Hòa Hiệp Nam (Liên Chiểu) của Đà Nẵng phát biểu.",
     [("PER", "Hòa Hiệp Nam")], {"Liên Chiểu", "Đà Nẵng"}),
    ("Học sinh trường THCS Xuân Hà, Thanh Khê Tây (quận Thanh Khê) được khen.",
     [], {"Thanh Khê Tây", "Thanh Khê"}),
    ("Khách từ Hà Nội, Hải Phòng (quận Thanh Khê) đến dự.", [], {"Hà Nội", "Hải Phòng", "Thanh Khê"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), LISTED_BEFORE_DISTRICT)
def test_a_list_of_names_before_a_bracketed_district(text, spans, names):
    assert _names(text, spans) == names


def test_a_province_in_the_list_is_the_district_commune():
    from readings import locations_of

    place = next(x for x in locations_of("Ở Bình Giang, Bình Dương (huyện Thăng Bình) nước dâng cao.", [])
                 if x.name == "Bình Dương")
    assert (place.kind, place.province) == ("commune", "Đà Nẵng")


# GUIDELINES count a province named inside an organisation's name: after a hospital's or a
# school's word the province is a place, and so is a provincial city that ends a model's
# organisation opened by an organisation's head; a ward or a person after those words, a plant
# named after a province and an event named after a city stay no place
PLACE_IN_AN_ORGANISATION = [
    ("Bệnh nhân được chuyển đến Bệnh viện Đa khoa Hòa Bình.", [("ORG", "Bệnh viện Đa khoa Hòa Bình")], {"Hòa Bình"}),
    ("Bác sĩ BV Hà Giang cho biết bệnh nhân đã ổn.", [("ORG", "BV Hà Giang")], {"Hà Giang"}),
    ("Cháu bé được đưa tới Bệnh viện Đà Nẵng trong đêm.", [("LOC", "Bệnh viện Đà Nẵng")], {"Đà Nẵng"}),
    ("Ông là giảng viên Trường Đại học Vinh.", [("ORG", "Trường Đại học Vinh")], {"Vinh"}),
    ("Mẫu được gửi tới Viện Pasteur Nha Trang.", [("ORG", "Viện Pasteur Nha Trang")], {"Nha Trang"}),
    ("Lãnh đạo BV Bạch Mai xuống hỗ trợ.", [("ORG", "BV Bạch Mai")], set()),
    ("Ông làm việc ở Bệnh viện Thống Nhất.", [("LOC", "Bệnh viện Thống Nhất")], set()),
    ("Nhà máy thủy điện Hòa Bình xả lũ.", [("ORG", "Nhà máy thủy điện Hòa Bình")], set()),
    ("Đầu bếp dự Liên hoan Ẩm thực Quốc tế Hội An.", [("ORG", "Liên hoan Ẩm thực Quốc tế Hội An")], set()),
    ("Phó Thủ tướng Thường trực Trương Hòa Bình trả lời chất vấn.",
     [("ORG", "Phó Thủ tướng Thường trực Trương Hòa Bình")], set()),
    ("Chị Vinh làm ở Công ty May.", [("PER", "Vinh")], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), PLACE_IN_AN_ORGANISATION)
def test_a_place_inside_an_organisation_name(text, spans, names):
    assert _names(text, spans) == names


# "bản" before a name holding a foreign word is a version ("bản Galaxy S8", "các bản Limited
# Edition"), no village; northern villages have Vietnamese names, and other village words keep
# foreign villages ("làng Novobakhmutovka")
VERSION_NOT_VILLAGE = [
    ("Hãng bổ sung các bản Platinum Edition cho mẫu SUV.", [], set()),
    ("Samsung sẽ phát hành bản Galaxy S8 Active tại Mỹ.", [], {"Mỹ"}),
    ("Người dân bản Nậm Củm đã có điện lưới.", [], {"bản Nậm Củm"}),
    ("Đoàn lên thăm bản Sin Suối Hồ.", [], {"bản Sin Suối Hồ"}),
    ("Giao tranh ở làng Novobakhmutovka gần Donetsk.", [("LOC", "Donetsk")], {"làng Novobakhmutovka", "Donetsk"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), VERSION_NOT_VILLAGE)
def test_a_version_is_no_village(text, spans, names):
    assert _names(text, spans) == names


# a caption run into the text whose next sentence opens with a plural word ("Những", "Nhiều",
# "Các"): the place ends before it; a capitalised word that is no opener still makes one name
PLURAL_OPENER_AFTER = [
    ("Phong cách của cô mang chất thành thị của Sài Gòn Những món phụ kiện đều đắt.", [], {"Sài Gòn"}),
    ("Tượng Phật trong chùa ở Bắc Giang Những ngày qua bị bôi bẩn.", [], {"Bắc Giang"}),
    ("Đại sứ của người Mỹ Các đệ nhất phu nhân đều có vai trò.", [], {"Mỹ"}),
    ("Đội bóng Nam Định Xanh thắng trận.", [], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), PLURAL_OPENER_AFTER)
def test_a_place_before_a_plural_opener(text, spans, names):
    assert _names(text, spans) == names


# "Nhật" is the press's short form of Japan after a cue word, in brackets, in a list beside a
# country and after a state's collective noun; after a form of address, or opening a given name,
# it is a person
SHORT_JAPAN = [
    ("Một đạo luật được ban hành ở Nhật công nhận tiền ảo.", [("LOC", "Nhật")], {"Nhật"}),
    ("Nhóm thầu có LIXIL (Nhật), Kohler (Hoa Kỳ).", [], {"Nhật", "Hoa Kỳ"}),
    ("Đá lạnh được quảng cáo là xuất xứ Mỹ, Nhật và Hàn Quốc.", [], {"Mỹ", "Nhật", "Hàn Quốc"}),
    ("Hải quân Trung Quốc lấn át Nhật, Hàn Quốc, Đài Loan.", [], {"Trung Quốc", "Nhật", "Hàn Quốc", "Đài Loan"}),
    ("Thời kỳ quân đội Nhật chiếm đóng bán đảo.", [], {"Nhật"}),
    ("Anh Nhật cho biết sẽ về quê ăn Tết.", [("PER", "Nhật")], set()),
    ("Ảnh: Nhật Nam", [("PER", "Nhật Nam")], set()),
    ("Ông Shinzo Abe, Thủ tướng Nhật Bản, thăm Hà Nội.", [("PER", "Shinzo Abe")], {"Nhật Bản", "Hà Nội"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), SHORT_JAPAN)
def test_the_short_form_of_japan(text, spans, names):
    assert _names(text, spans) == names


def test_a_short_country_in_a_dashed_pair_before_a_foreign_person():
    text = "Bộ trưởng tiếp Đại sứ đặc biệt Việt - Nhật Sugi Ryotaro tại Hà Nội."
    assert _names(text, [("PER", "Sugi Ryotaro")]) == {"Hà Nội"}
    assert _names("Bộ trưởng tiếp Đại sứ Nga Sergey Kislyak.", [("PER", "Sergey Kislyak")]) == {"Nga"}


# a region named by compass words only ("Tây Bắc", "Đông Bắc") is a compass point after "phía"
# or "hướng", and before "của" or "nước": no region; the weather bulletin's regions and "vùng
# Tây Bắc" stay regions, and so does a region with a word of its own ("phía Tây Bắc Bộ")
COMPASS_POINT = [
    ("Cuộc diễn tập diễn ra ở phía Bắc và Tây Bắc của Estonia.", [], {"Estonia"}),
    ("Khu đô thị nằm cách trung tâm 10 km về phía Đông Bắc.", [], set()),
    ("Vụ nổ xảy ra tại thành phố Minden, thuộc Tây Bắc nước Đức.", [], {"Minden", "Đức"}),
    ("Nên xuất hành theo hướng Đông Nam, tránh hướng Tây Bắc.", [], set()),
    ("Đêm nay khu Tây Bắc, Đông Bắc có mưa vừa.", [], {"Tây Bắc", "Đông Bắc"}),
    ("Các tỉnh vùng Tây Bắc đón đợt rét mới.", [], {"Tây Bắc"}),
    ("Phía Tây Bắc Bộ có mưa rào rải rác.", [], {"Tây Bắc Bộ"}),
    ("Ông dành cả đời hỗ trợ học sinh ở Tây Bắc.", [], {"Tây Bắc"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), COMPASS_POINT)
def test_a_compass_point_is_no_region(text, spans, names):
    assert _names(text, spans) == names


# a common word written capitalised after a feature's or a village's word ("đảo Tổ quốc",
# "Làng Thiếu niên", "đông đảo" + "Đó là …") begins no name; a village named with such syllables
# in capitals of its own ("Thôn Tự Do") stays one
CAPITALISED_WORD_AFTER_FEATURE = [
    ("Cả nước chung tay bảo vệ chủ quyền biển, đảo Tổ quốc.", [], set()),
    ("Hai cháu bé được gửi trước cổng Làng Thiếu niên Thủ Đức.", [], set()),
    ("Du khách đến ngày càng đông đảo Đó là tín hiệu vui.", [], set()),
    ("Thôn Tự Do có 200 hộ dân.", [], {"Thôn Tự Do"}),
    ("Ngư dân ra khơi quanh đảo Cồn Cỏ.", [], {"đảo Cồn Cỏ"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), CAPITALISED_WORD_AFTER_FEATURE)
def test_a_capitalised_common_word_after_a_feature_word(text, spans, names):
    assert _names(text, spans) == names


# Asia-Pacific is one named region however its dash is written, not Asia and the ocean
ASIA_PACIFIC = [
    ("Hải quân tăng cường tuần tra ở khu vực châu Á-Thái Bình Dương.", [], {"châu Á-Thái Bình Dương"}),
    ("Doanh nghiệp tiếp cận thị trường châu Á - Thái Bình Dương rộng lớn.", [], {"châu Á - Thái Bình Dương"}),
    ("Mạng lưới cảng điện tử khu vực Châu Á – Thái Bình Dương ra mắt.", [], {"Châu Á – Thái Bình Dương"}),
    ("Hàng hóa từ châu Á và tàu trên Thái Bình Dương.", [], {"châu Á", "Thái Bình Dương"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), ASIA_PACIFIC)
def test_asia_pacific_is_one_region(text, spans, names):
    assert _names(text, spans) == names


# a cue name of "model_read_cues" that the NER model reads exactly as a place is the country
# without a cue word; "Anh" and "Nhật" still need a cue (a pronoun, a given name), and a person
# reading or a form of address keeps any of them a person
MODEL_READ_COUNTRY = [
    ("Tăng NATO tập trận tại Estonia khi Nga duyệt binh.", [("LOC", "Estonia"), ("LOC", "Nga")], {"Estonia", "Nga"}),
    ("Tổng thống Nga cảnh báo hậu quả của lệnh trừng phạt.", [("LOC", "Nga")], {"Nga"}),
    ("Ngày 3/7, cảnh sát Đức cho biết 31 người bị thương.", [("LOC", "Đức")], {"Đức"}),
    ("Hạ viện Bỉ thông qua một dự luật mới.", [("LOC", "Bỉ")], {"Bỉ"}),
    ("Anh ra đi lâu rồi không ngoái lại.", [("LOC", "Anh")], set()),
    ("Làm lại bài kiểm tra cùng Nhật Quang.", [("LOC", "Nhật")], set()),
    ("Nhìn thấy vị khách, Nga quay ra nói với mình.", [("PER", "Nga")], set()),
    ("Chị Nga bán hàng ở chợ.", [("LOC", "Nga")], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), MODEL_READ_COUNTRY)
def test_a_cue_country_the_model_reads(text, spans, names):
    assert _names(text, spans) == names


# a country's long form and the short name it ends with are one place, named as first written
# ("Liên bang Nga" … "Nga"); two spellings of one name stay two, and so does a region of it
LONG_AND_SHORT_FORM = [
    ("Nhà nước Liên bang Nga trao Huân chương. Quan hệ Việt Nam – Nga phát triển.", [],
     {"Liên bang Nga", "Việt Nam"}),
    ("Việt Nam và Lào ký kết. Nước Cộng hòa dân chủ nhân dân Lào cảm ơn.", [], {"Việt Nam", "Lào"}),
    ("Đội tuyển Ý thắng. Italy vào chung kết.", [("LOC", "Italy")], {"Ý", "Italy"}),
    ("Giao tranh ở Đông Ukraine. Ukraine kêu gọi ngừng bắn.", [], {"Đông Ukraine", "Ukraine"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), LONG_AND_SHORT_FORM)
def test_a_long_and_a_short_form_of_a_country(text, spans, names):
    assert _names(text, spans) == names


# a one-syllable country after a state's police, chamber or royal house, or beside a foreign
# city after its comma, is the country; a form of address before it keeps it a person
OWNED_OR_BESIDE_A_CITY = [
    ("Ngày 5/7, cảnh sát Anh cho biết nhà ga đã mở lại.", [], {"Anh"}),
    ("Thượng viện Anh đã phê chuẩn dự luật.", [], {"Anh"}),
    ("Tàu sân bay lớn nhất của Hải quân Hoàng gia Anh ra khơi.", [], {"Anh"}),
    ("Vụ tấn công xảy ra tại thành phố Manchester, Anh ngày 22/5.", [], {"Manchester", "Anh"}),
    ("Chị Anh làm cảnh sát giao thông.", [], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), OWNED_OR_BESIDE_A_CITY)
def test_a_country_after_a_state_body_or_beside_a_city(text, spans, names):
    assert _names(text, spans) == names


# a province or a country after "Chủ tịch" is the chairman's place ("Chủ tịch Hà Nội", "Chủ tịch
# Trung Quốc Tập Cận Bình"); "Chủ tịch Hồ Chí Minh" is the man, and a thing named after him too
AFTER_CHAIRMAN = [
    ("Chủ tịch Hà Nội yêu cầu xử lý nghiêm vụ việc.", [("LOC", "Hà Nội")], {"Hà Nội"}),
    ("Phó chủ tịch TP.HCM cho hay đã kiểm tra.", [("LOC", "TP.HCM")], {"TP.HCM"}),
    ("Ông Trump gặp Chủ tịch Trung Quốc Tập Cận Bình.", [("LOC", "Trung Quốc"), ("PER", "Tập Cận Bình")], {"Trung Quốc"}),
    ("Học tập tư tưởng của Chủ tịch Hồ Chí Minh.", [("PER", "Hồ Chí Minh")], set()),
    ("Đoàn viếng Lăng Chủ tịch Hồ Chí Minh.", [], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), AFTER_CHAIRMAN)
def test_a_place_after_chairman(text, spans, names):
    assert _names(text, spans) == names


# "tàu sân bay" is an aircraft carrier, no airport: the country after it is the carrier's flag;
# after "sân bay" alone a name is the airport's
CARRIER_FLAG = [
    ("Hai tàu sân bay Mỹ cùng hiệp đồng tác chiến.", [], {"Mỹ"}),
    ("Hành khách chờ ở sân bay Nội Bài.", [], set()),
    ("Chuyến bay hạ cánh xuống sân bay Đà Nẵng.", [], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), CARRIER_FLAG)
def test_the_flag_of_an_aircraft_carrier(text, spans, names):
    assert _names(text, spans) == names


# a place after "of the" or "of" that follows a capitalised foreign word ends an English name (a
# film, a newspaper): no place; the place alone, or after a Vietnamese word, stays one
ENGLISH_NAME_TAIL = [
    ("Bom tấn Pirates of the Caribbean có buổi họp báo.", [("LOC", "Caribbean")], set()),
    ("Theo tờ Times of India, vụ việc gây chấn động.", [("LOC", "India")], set()),
    ("Bão hình thành trên vùng biển Caribbean.", [], {"Caribbean"}),
    ("Du khách đến India ngày càng đông.", [("LOC", "India")], {"India"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), ENGLISH_NAME_TAIL)
def test_a_place_ending_an_english_name(text, spans, names):
    assert _names(text, spans) == names


# a minority name that opens with one letter and an apostrophe ("B’Lá", "D’Ran") is a name after
# an administrative word, not an initial; initials with a full stop stay no place
APOSTROPHE_AFTER_ONE_LETTER = [
    ("Công an xã B’Lá, huyện Bảo Lâm (tỉnh Lâm Đồng) bắt giữ đối tượng.", [], {"B’Lá", "Bảo Lâm", "Lâm Đồng"}),
    ("Ông về thị trấn D’Ran, huyện Đơn Dương.", [], {"D’Ran", "Đơn Dương"}),
    ("Bài viết của nhóm phóng viên X. Hùng.", [], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), APOSTROPHE_AFTER_ONE_LETTER)
def test_a_one_letter_minority_syllable(text, spans, names):
    assert _names(text, spans) == names


# "bầu" before a name calls a club's owner: the name is his, even where the NER model reads a
# place; "bầu trời" (the sky) over a city leaves the city
CLUB_OWNER = [
    ("Hữu Thắng chịu thua bầu Đức trong cuộc đấu trí.", [("LOC", "Đức")], set()),
    ("Pháo hoa rực sáng bầu trời Hà Nội.", [], {"Hà Nội"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), CLUB_OWNER)
def test_a_club_owner_calling(text, spans, names):
    assert _names(text, spans) == names


# a village word that is the second syllable of another word ("già làng" a village elder, "chăm
# sóc" care) names no village with the capitalised words after it
@pytest.mark.parametrize("text", [
    "Già làng Phạm Văn Dấp kể lại chuyện xưa.",
    "Công tác chăm sóc Khách hàng được chú trọng.",
    "Việc chăm sóc Ông bà là bổn phận của con cháu.",
])
def test_a_village_word_inside_a_word_is_no_village(text):
    assert _names(text) == set()


@pytest.mark.parametrize(("text", "place"), [
    ("Du khách về làng Đông Hồ mua tranh.", "làng Đông Hồ"),
    ("Về sóc Ba Se, chúng tôi gặp bà con.", "sóc Ba Se"),
])
def test_a_village_word_alone_still_names_a_village(text, place):
    assert place in _names(text)


# a numbered district or ward written with its abbreviated word ("Q.3", "P.11") is the place
# written in full ("Quận 3", "Phường 11") in the same text: one place, named as first written
@pytest.mark.parametrize(("text", "names"), [
    ("Vụ việc xảy ra tại Quận 3. Công an Q.3 đã vào cuộc.", {"Quận 3"}),
    ("Người dân Phường 11 phản ánh. UBND P.11 đã xử lý.", {"Phường 11"}),
    ("Cháy nhà ở Quận 3 và Quận 5, Q.5 thiệt hại nặng.", {"Quận 3", "Quận 5"}),
])
def test_an_abbreviated_district_is_the_one_written_in_full(text, names):
    assert _names(text) == names
