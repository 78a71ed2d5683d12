"""The person-name grammar shared by the officials extractor and the entities helper."""
from __future__ import annotations

import re

import pytest

from vngovnlp import names

NAMES = ["Lý Thái Hải", "Hoàng Công Hàm", "Nguyễn Thị Kim Ngân", "Tô Lâm", "Tôn Thất Thuyết"]
NOT_NAMES = ["Sign In", "Quân khu", "UBND tỉnh", "Bắc Kạn Hà", "Hải", "nguyễn văn a", "Thiếu tướng Hàm"]


@pytest.mark.parametrize("s", NAMES)
def test_names(s):
    assert names.looks_like_person_name(s)


@pytest.mark.parametrize("s", NOT_NAMES)
def test_not_names(s):
    assert not names.looks_like_person_name(s)


@pytest.mark.parametrize("text,expected", [
    ("đồng chí Chủ tịch UBND tỉnh Lý Thái Hải chỉ rõ", ["Lý Thái Hải"]),
    ("Thiếu tướng Hoàng Công Hàm - Phó Tư lệnh", ["Hoàng Công Hàm"]),
    ("các sở, ban, ngành trong tỉnh", []),
])
def test_name_pattern(text, expected):
    assert re.findall(names.NAME_PATTERN, text) == expected


def test_name_key_ignores_diacritics():
    assert names.name_key("Nguyên Văn Thanh") == names.name_key("Nguyễn  Văn Thanh")


def test_unknown_attribute():
    with pytest.raises(AttributeError):
        names.NOT_A_THING  # noqa: B018
