"""Places in the shapes that unseen articles showed, sixth round (issue #12, the places part).

Each table is one class of phrase, with positives and negatives written for these tests. Rows
that depend on how the NER model reads a span give that span explicitly (``entities=``).
"""
from __future__ import annotations

import pytest
from readings import location_names as _names

# the weather bulletin's regions of the North and the world regions the press writes in its own
# spelling; not a pageant's or a film's title read as a person, nor a common word
REGIONS = [
    ("Phía Tây Bắc Bộ có mưa rào rải rác trong đêm.", [], {"Tây Bắc Bộ"}),
    ("Khu vực Đông Bắc Bộ trời rét, có nơi rét hại.", [], {"Đông Bắc Bộ"}),
    ("Các tỉnh vùng Tây Bắc đón đợt rét mới.", [], {"Tây Bắc"}),
    ("Xuất khẩu cà phê sang Mỹ Latinh tăng nhẹ.", [], {"Mỹ Latinh"}),
    ("Hãng xe sẽ bán mẫu mới ở châu Âu và Mỹ La-tinh.", [], {"châu Âu", "Mỹ La-tinh"}),
    ("Một cơn bão nhiệt đới hình thành trên vùng biển Caribbean.", [], {"Caribbean"}),
    ("Du khách châu Âu đổ về Crimea mỗi mùa hè.", [], {"châu Âu", "Crimea"}),
    ("Hàng Mỹ bán chạy ở chợ đêm.", [], {"Mỹ"}),
    ("Bộ sưu tập mỹ thuật được trưng bày.", [], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), REGIONS)
def test_a_region_of_the_bulletin_or_the_world(text, spans, names):
    assert _names(text, spans) == names


# a place standing alone, run into the next sentence of a weather bulletin whose first word is
# capitalised ("Mây", "Nhiều", "Có"): the place ends before it; a prefixed name may end in such a
# word ("núi Chân Mây"), and a capitalised word that is no opener still makes one longer name
BULLETIN_RUN_ON = [
    ("Khu vực Tây Nguyên Mây thay đổi, ngày nắng nóng.", [], {"Tây Nguyên"}),
    ("Khu vực Nam Bộ Nhiều mây, chiều tối có mưa rào.", [], {"Nam Bộ"}),
    ("Vùng Bắc Trung Bộ Có mưa vài nơi, gió nhẹ.", [], {"Bắc Trung Bộ"}),
    ("Tại Thanh Hóa Trời rét về đêm và sáng sớm.", [], {"Thanh Hóa"}),
    ("Du khách leo núi Chân Mây ngắm biển.", [], {"núi Chân Mây"}),
    ("Cả đoàn ghé thăm Nam Định Xanh trong chuyến đi.", [], set()),
]


@pytest.mark.parametrize(("text", "spans", "names"), BULLETIN_RUN_ON)
def test_a_place_before_a_bulletin_sentence(text, spans, names):
    assert _names(text, spans) == names


# a one-syllable country name that is the first or the last syllable of a common word ("Pháp
# lệnh", "Tư pháp", "Hiến pháp", "Chủ nhật"), written in capitals inside a title, is that word;
# the country stays after other words, and after the word itself ("Bộ Tư pháp Pháp")
COUNTRY_INSIDE_A_WORD = [
    ("Quốc hội thông qua Pháp lệnh phí và lệ phí.", [], set()),
    ("Đại diện Bộ Tư Pháp phát biểu tại hội thảo.", [], set()),
    ("Sửa đổi Hiến Pháp là việc hệ trọng.", [], set()),
    ("Buổi ra mắt sách diễn ra vào Chủ Nhật tới.", [], set()),
    ("Trường dạy Thẩm Mỹ và trang điểm khai giảng.", [], set()),
    ("Học sinh giỏi được tặng sách Đạo Đức.", [], set()),
    ("Đoàn cán bộ sang Pháp học tập kinh nghiệm.", [], {"Pháp"}),
    ("Lãnh đạo Bộ Tư pháp Pháp thăm Hà Nội.", [], {"Pháp", "Hà Nội"}),
    ("Hàng hóa từ Đức và Pháp nhập về.", [], {"Đức", "Pháp"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), COUNTRY_INSIDE_A_WORD)
def test_a_country_name_inside_a_common_word(text, spans, names):
    assert _names(text, spans) == names


# a highway named after a city ("Xa lộ Hà Nội" in Ho Chi Minh City) is the road's name, like an
# avenue's; the city itself stays a place after other street words
HIGHWAY = [
    ("Xe tải lật trên Xa lộ Hà Nội chiều qua.", [], set()),
    ("Ùn tắc kéo dài trên xa lộ Hà Nội hướng về cầu Sài Gòn.", [], set()),
    ("Trên đường phố Hà Nội, người dân đi lại đông đúc.", [], {"Hà Nội"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), HIGHWAY)
def test_a_highway_named_after_a_city(text, spans, names):
    assert _names(text, spans) == names


# a unit's dash glued to one name only ("Bà Rịa- Vũng Tàu", "Thừa Thiên -Huế") is still the one
# unit, as written; a transliteration's lower-case hyphen stays one word, and two units joined by
# a hyphen stay two
GLUED_DASH = [
    ("Đoàn khảo sát làm việc tại tỉnh Bà Rịa- Vũng Tàu.", [], {"Bà Rịa- Vũng Tàu"}),
    ("Sở Y tế tỉnh Thừa Thiên -Huế ra thông báo khẩn.", [], {"Thừa Thiên -Huế"}),
    ("Nhiều khách sạn ở Bà Rịa- Vũng Tàu kín phòng.", [], {"Bà Rịa- Vũng Tàu"}),
    ("Đoàn khảo sát làm việc tại tỉnh Bà Rịa-Vũng Tàu.", [], {"Bà Rịa-Vũng Tàu"}),
    ("Mưa lớn ở 2 tỉnh Đắk Lắk-Đắk Nông gây ngập.", [], {"Đắk Lắk", "Đắk Nông"}),
    ("Người dân thị trấn Mang-đau đón Tết.", [("LOC", "thị trấn Mang-đau")], {"Mang-đau"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), GLUED_DASH)
def test_a_unit_with_a_glued_dash(text, spans, names):
    assert _names(text, spans) == names


# an apostrophe the press keeps inside a minority name the gazetteer writes without it ("Đắk
# G’Long" for "Đắk Glong"): the listed unit, as written; a listed name with its apostrophe stays
APOSTROPHE_VARIANT = [
    ("Bà con huyện Đắk G’Long thu hoạch cà phê.", [], {"Đắk G’Long"}),
    ("Bà con huyện Đắk G'Long thu hoạch cà phê.", [], {"Đắk G'Long"}),
    ("Bà con huyện Đắk Glong thu hoạch cà phê.", [], {"Đắk Glong"}),
    ("Huyện Cư M’gar tổ chức lễ mừng lúa mới.", [], {"Cư M’gar"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), APOSTROPHE_VARIANT)
def test_a_minority_name_with_an_apostrophe(text, spans, names):
    assert _names(text, spans) == names


# a route written as streets joined by dashes after one street's word: every name of the chain
# is a street's ("đường Bà Triệu – Lê Đại Hành"), as the first is; a route between provinces
# names them, and a chain with no street's word before it is a list of places
STREET_CHAIN = [
    ("Ùn tắc ở đoạn đường Tràng Thi – Cầu Giấy – Núi Trúc giờ tan tầm.", [], set()),
    ("Va chạm tại ngã tư đường Bà Triệu – Lê Đại Hành chiều qua.", [], set()),
    ("Thông xe tuyến đường Láng - Cầu Giấy mới mở rộng.", [], set()),
    ("Dự án nâng cấp tuyến đường Hà Nội – Hải Phòng khởi công.", [], {"Hà Nội", "Hải Phòng"}),
    ("Xe buýt chạy từ Hà Nội – Cầu Giấy – Hà Đông mỗi giờ.", [], {"Hà Nội", "Cầu Giấy", "Hà Đông"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), STREET_CHAIN)
def test_a_chain_of_streets(text, spans, names):
    assert _names(text, spans) == names


# "Anh quốc" (lower-case second syllable) is Britain, as written; "Pháp Luật" in a title's
# capitals is the word law, as "Pháp luật" is; "Anh" alone before a given name is no country
COUNTRY_FORMS = [
    ("Chị ấy sang Anh quốc làm việc từ năm ngoái.", [], {"Anh quốc"}),
    ("Theo báo Pháp Luật, vụ việc đang được xác minh.", [], set()),
    ("Theo báo Pháp luật, vụ việc đang được xác minh.", [], set()),
    ("Nhà hát đón đoàn nghệ sĩ đến từ Pháp.", [], {"Pháp"}),
]


@pytest.mark.parametrize(("text", "spans", "names"), COUNTRY_FORMS)
def test_a_country_form(text, spans, names):
    assert _names(text, spans) == names
