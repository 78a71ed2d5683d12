"""Cleaning: portal boilerplate blanked, page metadata read, nothing deleted."""
from __future__ import annotations

import pytest

import vngovnlp
from vngovnlp.clean import clean, looks_like_html
from vngovnlp.normalize import normalize

BOILERPLATE_ROWS = [
    "Skip Ribbon Commands",
    "Skip to main content",
    "Sign In",
    "Cổng thông tin điện tử Bắc Kạn kính chào quý khách! Trang chủ Góp ý Sơ đồ trang Liên hệ",
    "Chào mừng quý khách đến với Cổng thông tin điện tử tỉnh Cao Bằng",
    "Trang chủ Góp ý Sơ đồ trang Liên hệ",
    "In bài viết",
    "Gửi email",
    "Lượt xem: 1.234",
    "Bản quyền thuộc về Cổng thông tin điện tử tỉnh Lào Cai",
    "Tin liên quan",
]


@pytest.mark.parametrize("line", BOILERPLATE_ROWS)
def test_boilerplate_lines_are_blanked(line: str) -> None:
    text = f"{line}\nNgày 26/9, UBND tỉnh tổ chức hội nghị.\nHội nghị kết thúc lúc 11 giờ."
    page = clean(normalize(text))
    assert page.text[: len(line)].strip() == ""
    assert "UBND tỉnh" in page.text
    assert len(page.text) == len(text)


PROSE_ROWS = [
    # ordinary sentences that mention the same words must survive
    "Ông Nguyễn Văn A, Giám đốc Sở Thông tin và Truyền thông, giới thiệu cổng thông tin điện tử mới của tỉnh.",
    "Người dân có thể góp ý trực tiếp qua trang chủ của UBND huyện.",
    "Trang chủ của hội nghị có hơn 1.234 lượt xem trong ngày đầu tiên.",
]


@pytest.mark.parametrize("line", PROSE_ROWS)
def test_prose_is_not_boilerplate(line: str) -> None:
    page = clean(normalize(f"Tiêu đề bài viết\n{line}"))
    assert line in page.text


META_ROWS = [
    ("(Cập nhật lúc: 27/09/2019 09:13:55 )", "published", "2019-09-27T09:13:55"),
    ("Cập nhật lúc: 5/1/2024 8:05", "published", "2024-01-05T08:05:00"),
    ("Ngày đăng: 12/03/2024", "published", "2024-03-12"),
    ("Thứ Hai, 02/10/2023 - 14:25", "published", "2023-10-02T14:25:00"),
    ("Ngày cập nhật: 28/09/2019 10:00", "updated", "2019-09-28T10:00:00"),
    ("Cổng thông tin điện tử Bắc Kạn kính chào quý khách!", "source", "Cổng thông tin điện tử Bắc Kạn"),
    ("Tác giả: Minh Hằng", "author", "Minh Hằng"),
]


@pytest.mark.parametrize(("line", "field", "value"), META_ROWS)
def test_metadata_lines(line: str, field: str, value: str) -> None:
    text = f"{line}\nHội nghị sơ kết công tác quân sự\nNgày 26/9, UBND tỉnh tổ chức hội nghị."
    assert getattr(clean(normalize(text)).meta, field) == value


def test_seed_article_metadata_and_clean_text(seed_text: str) -> None:
    art = vngovnlp.analyze(seed_text)
    assert art.meta.title == "Hội nghị sơ kết xây dựng nền quốc phòng toàn dân giai đoạn 2009 - 2019"
    assert art.meta.published == "2019-09-27T09:13:55"
    assert art.meta.author == "Thu Trang"
    assert art.meta.source == "Cổng thông tin điện tử Bắc Kạn"
    assert art.reference_date == "2019-09-27"
    for junk in ("Skip Ribbon", "Skip to main", "Sign In", "kính chào", "Sơ đồ trang", "Cập nhật lúc", "Thu Trang"):
        assert junk not in art.clean_text
    assert art.clean_text.startswith("Hội nghị sơ kết")
    assert art.clean_text.endswith("giai đoạn 2009 - 2019./.")


def test_html_page_is_extracted_with_its_metadata() -> None:
    html = (
        "<html><head><title>Tin</title><meta name='author' content='Thanh Tâm'>"
        "<meta property='article:published_time' content='2023-11-20T10:05:00+07:00'></head><body>"
        "<div class='menu'>Trang chủ | Góp ý | Liên hệ</div><article><h1>Quảng Ninh bảo vệ môi trường vịnh</h1>"
        "<p>Ngày 19/11, UBND tỉnh Quảng Ninh tổ chức hội nghị triển khai kế hoạch bảo vệ môi trường "
        "vịnh Hạ Long giai đoạn 2023 - 2025 với sự tham gia của các sở, ngành.</p></article>"
        "<footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh Quảng Ninh</footer></body></html>"
    )
    art = vngovnlp.analyze(html)
    assert "UBND tỉnh Quảng Ninh" in art.text
    assert "<p>" not in art.text
    assert art.meta.published == "2023-11-20T10:05:00"
    assert art.meta.author == "Thanh Tâm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<html><body>x</body></html>", True), ("<p>Ngày 26/9</p>", True),
     ("Điểm số 3 < 5 và 7 > 2", False), ("Quân khu 1 <tin nhanh>", False)],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
