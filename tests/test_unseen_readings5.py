"""Classes of phrases found by reading the library's output on unseen news articles (session 15).

Each table holds phrases written for these tests in the shapes the unseen articles showed:
positives (the body that must be read) and negatives (what must not be read).
"""
from __future__ import annotations

import pytest
from readings import org_names

from vngovnlp.extract._org_abbreviations import abbreviates

# a body written with its field abbreviated to initials is the body written in full: one
# organisation, the full name's
ABBREVIATED_FIELDS = [
    ("Sở VHTT TP Hải Phòng", "Sở Văn hóa thông tin TP Hải Phòng"),
    ("Bộ VH TT&DL", "Bộ Văn hóa - Thể thao và Du lịch"),
    ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Sở KH&ĐT tỉnh Lào Cai", "Sở Kế hoạch và Đầu tư tỉnh Lào Cai"),
    ("Chi cục QLTT", "Chi cục Quản lý thị trường"),
    ("Ban QLDA", "Ban Quản lý dự án thủy điện Sông Đà"),
]
NOT_ABBREVIATED = [
    ("Sở TC tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Định"),      # other initials
    ("Sở GTVT Hà Nội", "Sở Giao thông vận tải Hải Phòng"),    # another province
    ("Ban QL", "Ban Quản lý dự án thủy điện Sông Đà"),        # two letters say too little
    ("Bộ Tài chính", "Bộ Thông tin và Truyền thông"),          # no abbreviation
    ("Cục QLCT", "Tổng cục Quản lý cạnh tranh"),              # another head
]


@pytest.mark.parametrize(("short", "full"), ABBREVIATED_FIELDS)
def test_an_abbreviated_field_is_the_full_name(short, full):
    assert abbreviates(short, full)


@pytest.mark.parametrize(("short", "full"), NOT_ABBREVIATED)
def test_other_initials_or_other_words_are_another_body(short, full):
    assert not abbreviates(short, full)


@pytest.mark.parametrize("text", [
    "Sở Văn hóa thông tin TP Hải Phòng cho biết, Sở VHTT TP Hải Phòng đã cấp phép cho lễ hội.",
    "Bộ Văn hóa, Thể thao và Du lịch đã có văn bản; theo Bộ VHTT&DL, lễ hội sẽ được tổ chức.",
    "Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo, Bộ NN&PTNT cũng cử đoàn công tác.",
])
def test_both_spellings_are_one_body(text):
    names = org_names(text)
    assert len(names) == 1, names
