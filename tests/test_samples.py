"""End to end on the bundled samples, checked against what their authors wrote into them.

The samples in ``corpus/samples`` were written for the project (people and events fictional), so
these expectations are known by construction and were not used to develop the extractors: they
are a small held-out check of the whole pipeline, from boilerplate to awards.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import vngovnlp

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@cache
def _article(name: str, row_id: str | None = None) -> vngovnlp.Article:
    path = SAMPLES / name
    if row_id is None:
        return vngovnlp.analyze(path.read_text(encoding="utf-8"))
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == row_id:
            return vngovnlp.analyze(row.get("text") or row["html"], reference_date=row.get("reference_date"))
    raise KeyError(row_id)


OFFICIAL_ROWS = [
    # (sample, jsonl id, name, rank, titles that must be found)
    ("thainguyen-2025-08-15-thi-dua.txt", None, "Hoàng Văn Khánh", None,
     ["Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"]),
    ("thainguyen-2025-08-15-thi-dua.txt", None, "Lê Minh Quang", None, ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
    ("thainguyen-2025-08-15-thi-dua.txt", None, "Đinh Thị Thu", None, ["Phó Chủ tịch UBND tỉnh"]),
    ("langson-2024-03-12-bien-gioi.txt", None, "Lục Văn Tuấn", "Đại tá", ["Chỉ huy trưởng Bộ đội Biên phòng tỉnh"]),
    ("langson-2024-03-12-bien-gioi.txt", None, "Nông Minh Đức", "Thượng tá", ["Phó Chính ủy Bộ đội Biên phòng tỉnh"]),
    ("quangninh-2023-11-20-moi-truong.html", None, "Bùi Văn Hưng", None, ["Phó Chủ tịch UBND tỉnh"]),
    ("batch.jsonl", "nghean-2022-09-02-quoc-khanh", "Vũ Đình Phong", None,
     ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]),
    ("batch.jsonl", "hanoi-2023-07-28-an-ninh", "Phan Văn Lực", "Trung tướng", ["Giám đốc Công an thành phố"]),
]


@pytest.mark.parametrize(("sample", "row_id", "name", "rank", "titles"), OFFICIAL_ROWS)
def test_officials(sample: str, row_id: str | None, name: str, rank: str | None, titles: list[str]) -> None:
    found = {o.name: o for o in _article(sample, row_id).officials}
    assert name in found
    assert found[name].rank == rank
    assert set(titles) <= {t.title for t in found[name].titles}


AWARD_ROWS = [
    # (sample, jsonl id, award, collectives, individuals, giver official)
    ("thainguyen-2025-08-15-thi-dua.txt", None, "Bằng khen", 15, 20, "Lê Minh Quang"),
    ("langson-2024-03-12-bien-gioi.txt", None, "Giấy khen", 6, 12, "Lục Văn Tuấn"),  # "mười hai cá nhân"
    ("batch.jsonl", "hagiang-2024-05-07-giao-duc", "Bằng khen", 4, 25, None),
    ("batch.jsonl", "hagiang-2024-05-07-giao-duc", "Giấy khen", 0, 30, None),
    ("batch.jsonl", "hanoi-2023-07-28-an-ninh", "Giấy khen", 12, 35, "Phan Văn Lực"),
]


@pytest.mark.parametrize(("sample", "row_id", "award", "collectives", "individuals", "official"), AWARD_ROWS)
def test_awards(sample: str, row_id: str | None, award: str, collectives: int, individuals: int,
                official: str | None) -> None:
    found = [(a.award, a.collectives, a.individuals, a.giver_official) for a in _article(sample, row_id).awards]
    assert (award, collectives, individuals, official) in found


DATE_ROWS = [
    ("thainguyen-2025-08-15-thi-dua.txt", None,
     {"2025-08-15T16:20:05", "2025-08-14", "2021/2025", "P5Y", "2025-H1", "2025-Q4"}),
    ("langson-2024-03-12-bien-gioi.txt", None, {"2024-03-12T08:45:10", "2024-03-11", "2024-Q1", "2023"}),
    ("quangninh-2023-11-20-moi-truong.html", None,
     {"2023-11-19", "2023/2025", "2023-01/2023-09", "2023-12-01/2024-03-31"}),
    ("batch.jsonl", "hanoi-2023-07-28-an-ninh", {"2023-07-27", "2023-H1", "2023-H2"}),
    ("batch.jsonl", "danang-2023-06-11-phao-hoa", {"2023-06-10", "2023-07-08"}),
]


@pytest.mark.parametrize(("sample", "row_id", "values"), DATE_ROWS)
def test_dates(sample: str, row_id: str | None, values: set[str]) -> None:
    assert values <= {d.value for d in _article(sample, row_id).dates}


def test_no_false_dates_in_award_counts() -> None:
    values = {d.value for d in _article("langson-2024-03-12-bien-gioi.txt").dates}
    assert not any(v.startswith(("XXXX-06", "0006", "1500")) for v in values)


def test_locations_resolved_across_the_2025_merger() -> None:
    places = {loc.name: loc for loc in _article("batch.jsonl", "hagiang-2024-05-07-giao-duc").locations}
    assert places["Hà Giang"].province == "Tuyên Quang"


def test_every_sample_has_its_metadata() -> None:
    art = _article("quangninh-2023-11-20-moi-truong.html")
    assert art.meta.title == "Quảng Ninh triển khai kế hoạch bảo vệ môi trường vịnh Hạ Long"
    assert art.meta.published == "2023-11-20T10:05:00"
    art = _article("thainguyen-2025-08-15-thi-dua.txt")
    assert (art.meta.author, art.meta.source) == ("Minh Hằng", "Cổng thông tin điện tử tỉnh Thái Nguyên")
    assert "Sign In" not in art.clean_text
