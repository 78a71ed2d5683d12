"""Places in the shapes that unseen articles showed, fourth round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests. Rows
that depend on how the NER model reads a span give that span explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names
from readings import locations_of as _locations

# a list of numbered units goes on when a comma is glued to the next number, once the list of
# numbers has begun; a number with a decimal comma right after the word names one unit
NUMBERED_LIST = [
    ("Xe chữa cháy của quận 1, 3, 5,10 đã tới.", {"Quận 1", "Quận 3", "Quận 5", "Quận 10"}),
    ("Mưa lớn làm ngập các phường 2, 4,7 của thành phố.", {"Phường 2", "Phường 4", "Phường 7"}),
    ("Người dân các quận 2, 9 và 12 được tiêm trước.", {"Quận 2", "Quận 9", "Quận 12"}),
    ("Giá đất quận 1,5 lần cao hơn năm trước.", {"Quận 1"}),
    ("Mức tăng của phường 6,7% là cao nhất.", {"Phường 6"}),
]


@pytest.mark.parametrize(("text", "names"), NUMBERED_LIST)
def test_a_list_of_numbered_units(text, names):
    assert _names(text, []) == names


# an address from the smaller unit to the larger: a name after a district that is the province
# holding it is that province, even where a district elsewhere has the same name
ADDRESS_PROVINCE = [
    ("Anh về thăm huyện Vân Đồn, Quảng Ninh dịp hè.", "Quảng Ninh", "province"),
    ("Xã Hải Lạng, huyện Tiên Yên, Quảng Ninh vừa đón bằng nông thôn mới.", "Quảng Ninh", "province"),
    ("Cô sinh ra ở huyện Lệ Thủy, Quảng Bình.", "Quảng Bình", "province"),
    # the district of that name in another province, in a list of its own province's districts
    ("Lũ về các huyện Lệ Thủy, Quảng Ninh và Bố Trạch.", "Quảng Ninh", "district"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ADDRESS_PROVINCE)
def test_an_address_ends_with_its_province(text, name, kind):
    assert {x.name: x.kind for x in _locations(text, [])}[name] == kind


# a village or a natural feature right after a facility's or a festival's word is the name of
# that thing, not a mention of the place; without the word it is the place
NAMED_AFTER_A_PLACE = [
    ("Nhà máy thủy điện sông Ba Hạ xả lũ từ sáng.", set()),
    ("Công nhân dọn rác ở cầu sông Hàn.", set()),
    ("Lễ hội Làng Sen 2019 mở màn tối qua.", set()),
    ("Khách đến lễ hội làng Đông Kỵ rất đông.", set()),
    # the place itself, without the thing's word
    ("Nước sông Ba dâng cao sau mưa.", {"sông Ba"}),
    ("Bà con làng Đông Kỵ mở hội đầu xuân.", {"làng Đông Kỵ"}),
]


@pytest.mark.parametrize(("text", "names"), NAMED_AFTER_A_PLACE)
def test_a_thing_named_after_a_village_or_feature(text, names):
    assert _names(text, []) == names


# "khu" names a quarter only before the commune, ward or township holding it; elsewhere it is
# an area ("khu vực", "khu kinh tế") or part of a word ("tàu khu trục")
QUARTER = [
    ("Bà cụ sống ở khu Đồng Tâm, thị trấn Hùng Sơn.", "khu Đồng Tâm"),
    ("Hộ ông Lân ở khu 7, phường Bắc Sơn bị ngập.", "khu 7"),
    ("Lễ mừng thọ ở khu Phú Lộc, xã Yên Bình rất vui.", "khu Phú Lộc"),
]


@pytest.mark.parametrize(("text", "name"), QUARTER)
def test_a_quarter_before_its_commune(text, name):
    assert name in _names(text, [])


NOT_QUARTER = [
    ("Nhà đầu tư rót vốn vào khu Kinh tế Dung Quất, tỉnh Quảng Ngãi.", "khu Kinh tế Dung Quất"),
    ("Tàu khu trục Sabalan rời cảng.", "khu trục Sabalan"),
    ("Cảnh sát phong tỏa khu Chợ Lớn suốt đêm.", "khu Chợ Lớn"),
]


@pytest.mark.parametrize(("text", "name"), NOT_QUARTER)
def test_no_quarter_without_its_commune(text, name):
    assert name not in _names(text, [])


# "hòn" in lower case before a capitalised name is an islet or a rock of the sea; "Hòn Đất"
# (capitalised) is a district's own name
ISLET = [
    ("Tàu cá chìm gần hòn Bánh Sữa.", {"hòn Bánh Sữa"}),
    ("Du khách lặn biển quanh hòn Mun và hòn Tằm.", {"hòn Mun", "hòn Tằm"}),
    ("Em bé nhặt một hòn đá ven suối.", set()),
    ("Ông là Bí thư huyện ủy Hòn Đất nhiều năm.", set()),
]


@pytest.mark.parametrize(("text", "names"), ISLET)
def test_an_islet_after_hon(text, names):
    assert _names(text, []) == names


# "hạt" is a county when the name after it holds a foreign word; the forest rangers' "Hạt Kiểm
# lâm" and "hạt nhân" (nuclear) name no place
COUNTY = [
    ("Sở Cứu hỏa Hạt Santa Clara dập tắt đám cháy.", {"Santa Clara"}),
    ("Cảnh sát hạt Harris đang truy tìm nghi phạm.", {"Harris"}),
    ("Lốc xoáy quét qua hạt Marion, bang Iowa.", {"Marion", "Iowa"}),
    ("Hạt Kiểm lâm Ba Vì tăng cường tuần tra.", set()),
    ("Triều Tiên thử vũ khí hạt nhân lần thứ sáu.", {"Triều Tiên"}),
    ("Gạo Hạt Ngọc Trời được bày bán khắp nơi.", set()),
]


@pytest.mark.parametrize(("text", "names"), COUNTY)
def test_a_county_after_hat(text, names):
    assert _names(text, []) == names


# an address from the smaller foreign place to the larger: after a place cue, a foreign city
# and the state or country after its comma, as the NER model reads them; a bracketed country
# after a place in Vietnamese words the model reads, after a cue
FOREIGN_ADDRESS = [
    ("Công ty có trụ sở tại Cupertino, California.",
     [("LOC", "Cupertino"), ("LOC", "California")], {"Cupertino", "California"}),
    ("Tổng thống nghỉ cuối tuần ở Tampa, Florida.",
     [("LOC", "Tampa"), ("LOC", "Florida")], {"Tampa", "Florida"}),
    ("Đoàn phật tử đến Bồ Đề Đạo Tràng (Ấn Độ) chiêm bái.",
     [("LOC", "Bồ Đề Đạo Tràng"), ("LOC", "Ấn Độ")], {"Bồ Đề Đạo Tràng", "Ấn Độ"}),
    ("Xưởng bia giả ở Đông Quản (Trung Quốc) bị triệt phá.",
     [("LOC", "Đông Quản"), ("LOC", "Trung Quốc")], {"Đông Quản", "Trung Quốc"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), FOREIGN_ADDRESS)
def test_a_foreign_address(text, spans, names):
    assert _names(text, spans) == names


NOT_FOREIGN_ADDRESS = [
    # a person after the comma, as the model reads it
    ("Sau hội nghị ở Davos, Schwarzman nói với báo giới.", [("LOC", "Davos"), ("PER", "Schwarzman")],
     {"Davos"}),
    # no place cue before the bracketed name: a university, a company
    ("Đại học Thanh Hoa (Trung Quốc) tuyển sinh.", [("ORG", "Đại học Thanh Hoa"), ("LOC", "Trung Quốc")],
     {"Trung Quốc"}),
    ("Tập đoàn Hoa Vũ (Trung Quốc) mua lại nhà máy.", [("LOC", "Hoa Vũ"), ("LOC", "Trung Quốc")],
     {"Trung Quốc"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), NOT_FOREIGN_ADDRESS)
def test_no_foreign_address(text, spans, names):
    assert _names(text, spans) == names


# a capital that the NER model reads as a one-word person of exactly itself is the capital,
# named for its government; another listed city so read is a person or a club ("Okazaki" the
# footballer, "Leipzig" the team, "Tổng thống Santos")
CAPITAL_ALONE = [
    ("Lệnh cấm vận khiến Riyadh phải đối mặt với khó khăn.", [("PER", "Riyadh")], {"Riyadh"}),
    ("Đòn trừng phạt buộc Tehran phải nhượng bộ.", [("PER", "Tehran")], {"Tehran"}),
    ("Bàn gỡ của Okazaki đến ở phút 42.", [("PER", "Okazaki")], set()),
    ("Hàng thủ của Leipzig chơi thiếu tập trung.", [("PER", "Leipzig")], set()),
    ("Chính phủ của Tổng thống Santos hòa đàm với phiến quân.", [("PER", "Santos")], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), CAPITAL_ALONE)
def test_a_capital_read_as_a_person(text, spans, names):
    assert _names(text, spans) == names


# a place name right after a form of address is a person's name, whatever the NER model reads;
# after a calling it is a nationality or a birthplace, and after "đàn ông", "trẻ em" too
AFTER_ADDRESS = [
    ("Năm 2012, ông Mỹ mở thêm một xưởng in.", [("LOC", "Mỹ")], set()),
    ("Cả đoàn đến thăm cha nuôi Thái Châu tại nhà riêng.", [("LOC", "Thái Châu")], set()),
    ("Em được thầy Hải Dương dạy đàn từ nhỏ.", [("LOC", "Hải Dương")], set()),
    ("Chị Ninh Bình bán xôi ở đầu ngõ.", [("LOC", "Ninh Bình")], set()),
    # a calling or a compound before: the country or province is one
    ("Nữ ca sĩ Hàn Quốc sang biểu diễn.", [("LOC", "Hàn Quốc")], {"Hàn Quốc"}),
    ("Một người đàn ông Ấn Độ thổi sáo dụ rắn.", [("LOC", "Ấn Độ")], {"Ấn Độ"}),
    ("Hàng nghìn trẻ em Úc được tiêm vắc xin.", [("LOC", "Úc")], {"Úc"}),
    ("Tiền vệ Nghệ An ghi bàn phút cuối.", [("LOC", "Nghệ An")], {"Nghệ An"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), AFTER_ADDRESS)
def test_a_place_name_after_a_form_of_address(text, spans, names):
    assert _names(text, spans) == names


# a name before a province in brackets is a unit of it, but not after a street's word: the
# street is named after the ward or the person ("đường Điện Biên Phủ (Hà Nội)")
STREET_BEFORE_PROVINCE = [
    ("Xe buýt chạy trên đường Điện Biên Phủ (Hà Nội) từ sáng.", {"Hà Nội"}),
    ("Quán ăn nằm ở phố Hàng Bạc (Hà Nội) rất đông khách.", {"Hà Nội"}),
    ("Người dân phường Phúc Xá (Hà Nội) được cấp nước sạch.", {"Phúc Xá", "Hà Nội"}),
    ("Lượng mưa ở Mường Tè (Lai Châu) đạt 120 mm.", {"Mường Tè", "Lai Châu"}),
    # "đường phố": the streets of the city, which is named
    ("Xe sang chạy trên đường phố Vinh (Nghệ An) gây chú ý.", {"Vinh", "Nghệ An"}),
]


@pytest.mark.parametrize(("text", "names"), STREET_BEFORE_PROVINCE)
def test_a_street_before_a_province(text, names):
    assert _names(text, []) == names


# a country's other name in brackets right after it is one place with it, and so are its later
# mentions; two countries side by side stay two
BRACKETED_ALIAS = [
    ("Các tiểu vương quốc Ả Rập thống nhất (UAE) cắt quan hệ. Sau đó UAE đóng cửa biên giới.",
     [("LOC", "Các tiểu vương quốc Ả Rập thống nhất"), ("LOC", "UAE")],
     ["Các tiểu vương quốc Ả Rập thống nhất"]),
    ("Hợp chủng quốc Hoa Kỳ (Mỹ) tuyên bố rút quân.", [("LOC", "Hoa Kỳ"), ("LOC", "Mỹ")], ["Hoa Kỳ"]),
    ("Hàn Quốc (Nhật Bản) bất đồng.", [("LOC", "Hàn Quốc"), ("LOC", "Nhật Bản")], ["Hàn Quốc", "Nhật Bản"]),
]


@pytest.mark.parametrize(("text", "spans", "names"), BRACKETED_ALIAS)
def test_a_bracketed_alias_is_the_same_country(text, spans, names):
    assert [x.name for x in _locations(text, spans)] == names


# a one-syllable country in a list after "và cả" ("and also"); a name that ends a longer listed
# one with the capitalised syllable before it is no place ("Hòa Mỹ"); "Mỹ nhân" is a beauty;
# "Hợp tác xã" is a cooperative, no commune
COUNTRY_IN_LIST_AND_WORDS = [
    ("Thổ Nhĩ Kỳ, Iran và cả Nga phản đối.", [], {"Thổ Nhĩ Kỳ", "Iran", "Nga"}),
    ("Mỹ nhân họ Phạm khoe ảnh cưới.", [], set()),
    ("Ông Tuấn, Chủ nhiệm Hợp tác xã Nông nghiệp Hòa Mỹ cho biết.",
     [("ORG", "Hợp tác xã Nông nghiệp Hòa Mỹ")], set()),
    ("Liên minh Hợp tác xã Việt Nam tổ chức hội nghị.", [("ORG", "Liên minh Hợp tác xã Việt Nam")], {"Việt Nam"}),
    ("Mỹ và Nga đối thoại.", [], {"Mỹ", "Nga"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), COUNTRY_IN_LIST_AND_WORDS)
def test_a_country_in_a_list_or_a_word(text, spans, names):
    assert _names(text, spans) == names


def test_a_cooperative_names_no_commune():
    locs = _locations("Liên minh Hợp tác xã Việt Nam tổ chức hội nghị.", [("ORG", "Liên minh Hợp tác xã Việt Nam")])
    assert [(x.name, x.kind) for x in locs] == [("Việt Nam", "country")]


# a country the NER model reads run into the next sentence ("tại Syria" + "Mỹ đang …"): the
# country, which goes on in no Vietnamese syllable
COUNTRY_THEN_SENTENCE = [
    ("Tên lửa được triển khai tại Syria Mỹ đang theo dõi sát.", [("LOC", "Syria Mỹ")], {"Syria"}),
    ("Đoàn đã tới Mexico Chiều cùng ngày, họ ký hợp đồng.", [("LOC", "Mexico Chiều")], {"Mexico"}),
    ("Anh ấy sống tại New Mexico nhiều năm.", [("LOC", "New Mexico")], {"New Mexico"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), COUNTRY_THEN_SENTENCE)
def test_a_country_run_into_the_next_sentence(text, spans, names):
    assert _names(text, spans) == names


# an address's first name, bare, just before a district and its comma, is a commune or ward of
# that district when the gazetteer lists it there; after a house number it is a street, and
# after a temple's word the temple
BEFORE_DISTRICT = [
    ("Cháu bé ngụ tại Phước Tân, TP Biên Hòa, Đồng Nai.", {"Phước Tân", "Biên Hòa", "Đồng Nai"}),
    ("Anh Hải, trú tại Yên Phụ, quận Tây Hồ, bị bắt.", {"Yên Phụ", "Tây Hồ"}),
    ("Cửa hàng ở 15B Quang Trung, quận Hà Đông bị cháy.", {"Hà Đông"}),
    ("Ông Lê Văn Minh Khai, quận Hai Bà Trưng là nhân chứng.", {"Hai Bà Trưng"}),
    ("Lễ hội ở đền Đông Cuông, huyện Văn Yên thu hút đông người.", {"Văn Yên"}),
    ("Khách hành hương lên chùa Côn Sơn (Hải Dương) đầu năm.", {"Hải Dương"}),
]


@pytest.mark.parametrize(("text", "names"), BEFORE_DISTRICT)
def test_an_address_first_name_before_its_district(text, names):
    assert _names(text, []) == names


# "vùng" before a name holding a foreign word is a region; "vùng Vịnh", "vùng Tây Bắc" are
# regions' own names, and "vùng" before Vietnamese words is an area ("vùng Đồng bằng", "vùng Cao")
FOREIGN_REGION = [
    ("Giao tranh lại nổ ra ở vùng Donbass.", {"Donbass"}),
    ("Bão quét qua vùng Caribbean tuần trước.", {"Caribbean"}),
    ("Các nước vùng Baltic tăng chi tiêu quốc phòng.", {"Baltic"}),
    ("Dầu mỏ vùng Vịnh tăng giá.", {"vùng Vịnh"}),
    ("Mưa lớn ở vùng Tây Bắc gây sạt lở.", {"Tây Bắc"}),
    ("Nông dân vùng Đồng bằng được mùa.", set()),
]


@pytest.mark.parametrize(("text", "names"), FOREIGN_REGION)
def test_a_foreign_region_after_vung(text, names):
    assert _names(text, []) == names


# an administrative word capitalised because it opens a sentence, before a name of foreign
# words: the foreign unit; before an unknown Vietnamese name it stays no place
SENTENCE_START_FOREIGN_UNIT = [
    ("Giao tranh tiếp diễn. Thành phố Marawi bị phong tỏa.", [("LOC", "Thành phố Marawi")], {"Marawi"}),
    ("Tỉnh Zeeland vẫn nằm ngoài vòng kiểm soát.", [("LOC", "Tỉnh Zeeland")], {"Zeeland"}),
    ("Du lịch hồi phục. Tỉnh Krabi đón nhiều khách.", [], {"Krabi"}),
    ("Hội nghị bế mạc. Tỉnh Đoàn Thanh Niên tổ chức giao lưu.", [("LOC", "Tỉnh Đoàn Thanh Niên")], set()),
    ("Năm nay khác hẳn. Thành phố Sáng Tạo là chủ đề chính.", [("LOC", "Thành phố Sáng Tạo")], set()),
    ("Thủ đô Hà Nội đón khách quốc tế.", [], {"Hà Nội"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), SENTENCE_START_FOREIGN_UNIT)
def test_a_foreign_unit_after_a_sentence_opening_word(text, spans, names):
    assert _names(text, spans) == names


# the Central Highlands' "Đắk" and "Đăk" are one syllable spelled two ways: a name after an
# administrative word is found under either
DAK_SPELLINGS = [
    ("Lũ quét qua huyện Đắk Hà tối qua.", ("Đắk Hà", "district")),
    ("Đường vào huyện Đăk Mil sạt lở.", ("Đăk Mil", "district")),
    ("Bà con xã Đắk Pơ thu hoạch cà phê.", ("Đắk Pơ", "commune")),
]


@pytest.mark.parametrize(("text", "place"), DAK_SPELLINGS)
def test_either_spelling_of_dak(text, place):
    assert [(x.name, x.kind) for x in _locations(text, [])] == [place]
