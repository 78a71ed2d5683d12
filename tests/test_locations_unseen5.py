"""Places in the shapes that unseen articles showed, fifth round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests. Rows
that depend on how the NER model reads a span give that span explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names
from readings import locations_of as _locations

# a district, commune or ward written without its word after a place cue, where the NER model
# reads exactly that name as a place; not a direction, a person's full name (a street), the
# first of two names joined by a dash (one relic), nor a name the model does not read as a place
CUE_UNIT = [
    ("Người dân ở Đồng Tâm phản đối việc thu hồi đất.", [("LOC", "Đồng Tâm")], {"Đồng Tâm"}),
    ("Cả nhóm lên nghỉ mát tại Tam Đảo cuối tuần.", [("LOC", "Tam Đảo")], {"Tam Đảo"}),
    ("Chiều nay anh ấy về Mường Lát thăm bà con.", [("LOC", "Mường Lát")], {"Mường Lát"}),
    ("Xe buýt đi từ Đồng Văn đến Phủ Lý.", [("LOC", "Đồng Văn"), ("LOC", "Phủ Lý")], {"Đồng Văn", "Phủ Lý"}),
    ("Gió Đông đến Đông Nam cấp 2.", [("LOC", "Đông Nam")], set()),
    ("Xe chở khách từ Phạm Văn Hai đi chợ.", [("LOC", "Phạm Văn Hai")], set()),
    ("Du khách ở Văn Miếu – Quốc Tử Giám rất đông.", [("LOC", "Văn Miếu")], set()),
    ("Cả nhóm lên nghỉ mát tại Tam Đảo cuối tuần.", [], set()),
    ("Bà ấy gặp Tam Đảo ở quán.", [("LOC", "Tam Đảo")], set()),
    ("Bà con ở Tam Đảo rất hiếu khách.", [("PER", "Tam Đảo")], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), CUE_UNIT)
def test_a_unit_after_a_cue_read_as_a_place(text, spans, names):
    assert _names(text, spans) == names


def test_a_cue_unit_prefers_the_district():
    locs = _locations("Chiều nay anh ấy về Mường Lát thăm bà con.", [("LOC", "Mường Lát")])
    assert [(x.name, x.kind, x.province) for x in locs] == [("Mường Lát", "district", "Thanh Hóa")]


# an address's bare first name before a district that stands alone (a district of a province the
# text names) is a ward or commune of that district, as it is before a prefixed one
BEFORE_BARE_DISTRICT = [
    ("Anh Nam (ở Ô Chợ Dừa, Đống Đa, Hà Nội) bị bắt.", {"Ô Chợ Dừa", "Đống Đa", "Hà Nội"}),
    ("Gia đình chị sống ở KĐT Tân Tây Đô, Tân Lập, Đan Phượng, Hà Nội.", {"Tân Lập", "Đan Phượng", "Hà Nội"}),
    ("Anh Nam ở 15 Tôn Đức Thắng, Đống Đa, Hà Nội bị bắt.", {"Đống Đa", "Hà Nội"}),
    ("Ông Nguyễn Văn Đông Anh, Hà Nội dự họp.", {"Hà Nội"}),
]


@pytest.mark.parametrize(("text", "names"), BEFORE_BARE_DISTRICT)
def test_an_address_first_name_before_a_bare_district(text, names):
    assert _names(text, []) == names


# a unit named with a spaced hyphen is also written with the hyphen unspaced or with an en dash:
# one place, as written, bare or after its word; two provinces joined by a hyphen stay two
DASH_VARIANTS = [
    ("Mưa to ở các tỉnh từ Nghệ An đến Thừa Thiên-Huế.", {"Nghệ An", "Thừa Thiên-Huế"}),
    ("Công an tỉnh Thừa Thiên – Huế vừa bắt một nghi phạm.", {"Thừa Thiên – Huế"}),
    ("UBND tỉnh Bà Rịa–Vũng Tàu họp với các sở.", {"Bà Rịa–Vũng Tàu"}),
    ("Bà về TP Phan Rang-Tháp Chàm ăn Tết.", {"Phan Rang-Tháp Chàm"}),
    ("Hai tỉnh Đắk Lắk-Đắk Nông ký kết hợp tác.", {"Đắk Lắk", "Đắk Nông"}),
    ("Đoàn khách tới Thừa Thiên - Huế tham quan.", {"Thừa Thiên - Huế"}),
]


@pytest.mark.parametrize(("text", "names"), DASH_VARIANTS)
def test_a_dashed_unit_written_with_another_dash(text, names):
    assert _names(text, []) == names


def test_a_dash_variant_resolves_the_province():
    locs = _locations("Công an tỉnh Thừa Thiên-Huế cho biết.", [])
    assert [(x.name, x.province) for x in locs] == [("Thừa Thiên-Huế", "Huế")]


# a unit named after a person is, standing alone, the person's name or a thing's named after him;
# the city keeps its word or its abbreviation
NAMED_AFTER_PERSON = [
    ("Xe khách lao xuống vực trên đường Hồ Chí Minh đoạn qua Kon Tum.", {"Kon Tum"}),
    ("Anh là học viên Học viện Chính trị Quốc gia Hồ Chí Minh.", set()),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh ra quân tình nguyện.", set()),
    ("Giá nhà ở TP Hồ Chí Minh tăng mạnh.", {"Hồ Chí Minh"}),
    ("Giá nhà ở Thành phố Hồ Chí Minh tăng mạnh.", {"Hồ Chí Minh"}),
    ("Giá nhà ở TP.HCM tăng mạnh.", {"TP.HCM"}),
]


@pytest.mark.parametrize(("text", "names"), NAMED_AFTER_PERSON)
def test_a_unit_named_after_a_person_alone(text, names):
    assert _names(text, []) == names


# after a street's word a district's or a ward's name, or a capitalised village word, names the
# street; after an avenue's word any name does; a province or a country stays the place, and a
# lower-case village word after a road is the hamlet's road
STREET_NAMES = [
    ("Cửa hàng trên đường Hồng Bàng, Hải Phòng bị cháy.", {"Hải Phòng"}),
    ("Nước ngập nhà dân trên đường Xóm Chiếu (quận 4).", {"Quận 4"}),
    ("Quán nằm trên phố Núi Trúc, quận Ba Đình.", {"Ba Đình"}),
    ("Khách sạn mới mở trên Đại lộ Hòa Bình, phường Hòa Lạc.", {"Hòa Lạc"}),
    ("Hoa ban nở trắng trên đường phố Hà Nội.", {"Hà Nội"}),
    ("Thi thể được tìm thấy ven đường ấp 1, xã Phước Bình.", {"ấp 1", "Phước Bình"}),
    ("Cô gái đứng giữa đường Trung Quốc mời khách.", {"Trung Quốc"}),
]


@pytest.mark.parametrize(("text", "names"), STREET_NAMES)
def test_a_street_named_after_a_place(text, names):
    assert _names(text, []) == names


# a headline run into the text: a place before a word that opens the next sentence ("Theo",
# "Sáng 21/6", "Đây là", "Tuy nhiên") ends there, bare or after a feature's word; a listed name
# that goes on with such a word stays whole, and a capitalised word that goes on a name vetoes it
HEADLINE_RUN_ON = [
    ("Xe tải tông chết 3 học sinh ở Bắc Ninh Theo lời khai của tài xế, xe mất phanh.", {"Bắc Ninh"}),
    ("Ngộ độc thực phẩm ở Cao Bằng Sáng 21/6, Sở Y tế cho biết.", {"Cao Bằng"}),
    ("Doanh số tăng mạnh tại Trung Quốc Tuy nhiên, thị trường Mỹ chững lại.", {"Trung Quốc", "Mỹ"}),
    ("Ô tô lao xuống sông Chiều 31.5, công an đã trục vớt.", set()),
    ("Cấm nạo vét sông Đuống Đây là vụ án lớn.", {"sông Đuống"}),
    ("Xe buýt điện chạy trên đảo Cát Bà Sáng 10-2, thành phố đã thử nghiệm.", {"đảo Cát Bà"}),
    ("Bà con xã Dền Sáng, huyện Bát Xát thu hoạch lúa.", {"Dền Sáng", "Bát Xát"}),
    ("Cháu bé trú tại phường Vĩnh Tuy, quận Hai Bà Trưng.", {"Vĩnh Tuy", "Hai Bà Trưng"}),
    ("Nam Định Xanh là đội bóng mạnh.", set()),
]


@pytest.mark.parametrize(("text", "names"), HEADLINE_RUN_ON)
def test_a_place_before_the_next_sentence(text, names):
    assert _names(text, []) == names


# the first syllable of a Central Highlands name is spelled "Đắk", "Đăk" or "Đak": a district
# of the text's province, bare or in a list after a plural unit word, is found under any of them
DAK_ANY_SPELLING = [
    ("Rừng bị phá ở các huyện Chư Păh, Đắk Đoa của Gia Lai.", {"Chư Păh", "Đắk Đoa", "Gia Lai"}),
    ("Xe khách chạy từ Đăk Tô về thành phố Kon Tum.", {"Đăk Tô", "Kon Tum"}),
    ("Đoàn công tác tới huyện Đak Mil kiểm tra hạn hán.", {"Đak Mil"}),
    ("Người dân Đắk Tô đổ về thành phố, không ai nhắc tới Kon Tum.", {"Đắk Tô", "Kon Tum"}),
]


@pytest.mark.parametrize(("text", "names"), DAK_ANY_SPELLING)
def test_any_spelling_of_dak(text, names):
    assert _names(text, []) == names


# a treaty is named after a place, through a direction word too: no place; the ocean or the
# region alone stays one
TREATY = [
    ("Tổng thư ký Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) tới Brussels.", [("LOC", "Brussels")], {"Brussels"}),
    ("Các nước ký Hiệp ước Warsaw năm 1955.", [("LOC", "Warsaw")], set()),
    ("Bão hình thành trên Bắc Đại Tây Dương.", [], {"Bắc Đại Tây Dương"}),
    ("Tàu cá đánh bắt ở Đại Tây Dương.", [], {"Đại Tây Dương"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), TREATY)
def test_a_treaty_named_after_a_place(text, spans, names):
    assert _names(text, spans) == names


# "khu vực" before a name made mostly of foreign words is a region; before Vietnamese words it is
# an area of no unit, and before a person's name (a post's area) no place
AREA_OF_FOREIGN_WORDS = [
    ("Lở đất xảy ra tại khu vực Luwu Timur sau mưa lớn.", [], {"Luwu Timur"}),
    ("Giao tranh ác liệt ở khu vực Deir Ezzor, miền Đông Syria.", [], {"Deir Ezzor", "Đông Syria"}),
    ("Dư luận khu vực Mỹ Latinh phản đối lệnh cấm vận.", [], {"Mỹ Latinh"}),
    ("Quân đội giành lại khu vực Đông Nam Damascus.", [], {"Đông Nam Damascus"}),
    ("Xe bị kẹt ở khu vực Cầu Hai - Đá Bạc.", [], set()),
    ("Bà bị bắt khi đến khu vực Cống Bara Nghi Quang.", [], set()),
    ("Giám đốc ICRC khu vực Robert Mardini cho biết.", [("PER", "Robert Mardini")], set()),
    ("Căng thẳng tăng ở khu vực Trung Đông.", [], {"Trung Đông"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), AREA_OF_FOREIGN_WORDS)
def test_an_area_of_foreign_words(text, spans, names):
    assert _names(text, spans) == names


@pytest.mark.parametrize("text", [
    "Ông Tom Lee, Giám đốc khu vực Diebold Việt Nam, cho rằng thị trường còn rộng.",
    "Bà là đại diện khu vực Nissan tại châu Á.",
])
def test_an_area_after_a_post_is_no_region(text):
    assert not any(x.kind == "region" and x.name in ("Diebold", "Nissan") for x in _locations(text, []))


# a direction word before a listed foreign city names part of the city: the city is a place
DIRECTION_BEFORE_CITY = [
    ("Phiến quân bị đẩy lùi ở phía Đông Aleppo.", [("LOC", "Aleppo")], {"Aleppo"}),
    ("Tên lửa được phóng từ Tây Bắc Bình Nhưỡng.", [("LOC", "Bình Nhưỡng")], {"Bình Nhưỡng"}),
    ("Giao tranh diễn ra ở phía Tây Mosul.", [("LOC", "Mosul")], {"Mosul"}),
    ("Ông Trung Paris là nhân chứng.", [("PER", "Trung Paris")], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), DIRECTION_BEFORE_CITY)
def test_a_direction_before_a_foreign_city(text, spans, names):
    assert _names(text, spans) == names


# an unlisted name after a unit word is a place when the NER model reads it as one, but not when
# the model's place goes on past it into lower-case words (a hospital, "Nam bộ")
UNLISTED_RUN_ON = [
    ("Cháu được chuyển lên Bệnh viện Nhi đồng 1 Tp Hồ Chí Minh, Bệnh viện Nhi đồng 2 thì hết giường.",
     [("LOC", "Bệnh viện Nhi đồng 1"), ("LOC", "Tp Hồ Chí Minh"), ("LOC", "Bệnh viện Nhi đồng 2")], {"Hồ Chí Minh"}),
    ("Mưa lớn ở các tỉnh Nam bộ kéo dài.", [("LOC", "tỉnh Nam bộ")], set()),
    ("Hàng hóa từ tỉnh Vân Nam tràn sang.", [("LOC", "tỉnh Vân Nam")], {"Vân Nam"}),
    ("Du khách tới tỉnh Luông Nậm Thà (Lào) đông.", [], {"Luông Nậm Thà", "Lào"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), UNLISTED_RUN_ON)
def test_an_unlisted_unit_the_model_runs_on(text, spans, names):
    assert _names(text, spans) == names


# a bare commune just before its district in brackets is a unit of that district when the
# gazetteer lists it there; a school or a market named after the commune is no place
BEFORE_BRACKETED_DISTRICT = [
    ("Chín xã là Trà Linh, Trà Nam (huyện Nam Trà My - tỉnh Quảng Nam) được hỗ trợ.",
     {"Trà Nam", "Nam Trà My", "Quảng Nam"}),
    ("Đoàn công tác lên Mường Hoong (huyện Đắk Glei) kiểm tra.", {"Mường Hoong", "Đắk Glei"}),
    ("Nữ sinh trường THCS Thừa Đức (huyện Cẩm Mỹ, tỉnh Đồng Nai) bị đánh.", {"Cẩm Mỹ", "Đồng Nai"}),
    ("Tiểu thương chợ Bến Thành (quận 1) được giảm thuế.", {"Quận 1"}),
    ("Cô giáo trường Mầm non Tuệ Tĩnh (Tp. Hải Dương) bị kỷ luật.", {"Hải Dương"}),
]


@pytest.mark.parametrize(("text", "names"), BEFORE_BRACKETED_DISTRICT)
def test_a_commune_before_its_bracketed_district(text, names):
    assert _names(text, []) == names
