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


# Issue 18.1: an impossible date in the page's metadata used to become the reference date and
# crash analyze with ValueError; the article is now analysed, the date dropped with a warning.
BAD_META_DATE_ROWS = [
    # (metadata line, published kept, words the warning quotes)
    ("(Cập nhật lúc: 31/02/2024 10:00:00 )", None, "31/02/2024"),
    ("Thứ hai, 30/02/2024", None, "30/02/2024"),
    ("Chủ nhật, 15/13/2023", None, "15/13/2023"),
    ("Thứ ba, 12/05/0000", None, "0000"),
    ("(Đăng ngày: 12/05/2024 25:61 )", "2024-05-12", "25:61"),
]


@pytest.mark.parametrize(("line", "published", "quoted"), BAD_META_DATE_ROWS)
def test_impossible_metadata_date_is_dropped_not_fatal(line: str, published, quoted: str) -> None:
    text = f"Hội nghị sơ kết\n{line}\nNgày 26/9, Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải phát biểu."
    art = vngovnlp.analyze(text)
    assert art.meta.published == published
    assert art.reference_date == published
    assert len(art.meta.warnings) == 1 and quoted in art.meta.warnings[0]
    assert [o.name for o in art.officials] == ["Lý Thái Hải"]  # the article is not lost
    assert art.meta.title == "Hội nghị sơ kết"


@pytest.mark.parametrize("content", ["garbage-garbage-x", "2024-02-30T10:00:00", "0000-00-00T00:00:00"])
def test_impossible_html_metadata_date_is_dropped(content: str) -> None:
    html = (f'<html><head><meta property="article:published_time" content="{content}"></head>'
            "<body><article><h1>Hội nghị</h1><p>Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị "
            "sơ kết công tác quốc phòng năm 2019 với nhiều nội dung.</p></article></body></html>")
    art = vngovnlp.analyze(html)
    assert art.meta.published is None and art.reference_date is None
    assert any(content[:10] in w for w in art.meta.warnings)
    assert "UBND tỉnh Bắc Kạn" in art.text


def test_a_valid_metadata_date_has_no_warning() -> None:
    art = vngovnlp.analyze("Tin\n(Cập nhật lúc: 29/02/2024 10:00:00 )\nNgày 26/9, UBND tỉnh họp.")
    assert art.meta.published == "2024-02-29T10:00:00" and art.meta.warnings == ()
    assert art.reference_date == "2024-02-29"


# Issue 18.4: CRLF gave a title ending in "\r" and no author; CR-only and U+2028 lost the title
# and the date. Every kind of line break now reads like "\n".
@pytest.mark.parametrize("brk", ["\r\n", "\r", "\u2028", "\u2029", "\x0c", "\x85", "\n"])
def test_line_breaks_of_every_kind_give_title_author_and_date(brk: str) -> None:
    lines = ["Hội nghị sơ kết công tác quốc phòng", "(Cập nhật lúc: 27/09/2019 09:13:55 )",
             "Ngày 26/9, UBND tỉnh Bắc Kạn tổ chức hội nghị.", "Hội nghị kết thúc lúc 11 giờ.", "Thu Trang"]
    text = brk.join(lines)
    art = vngovnlp.analyze(text)
    assert art.meta.title == lines[0]
    assert art.meta.published == "2019-09-27T09:13:55"
    assert art.meta.author == "Thu Trang"
    assert art.body.startswith(lines[0]) and art.body.endswith("11 giờ.")
    assert all(text[d.start : d.end] == d.text for d in art.dates)


@pytest.mark.parametrize("depth", [10, 250, 300, 1000])
def test_deeply_nested_html_keeps_its_body(depth):
    # issue 18.6: from 255 nested elements lxml gives up and trafilatura returned the title only
    body = "<p>" + "Ngày 26/9/2019, UBND tỉnh Bắc Kạn tổ chức hội nghị sơ kết công tác quốc phòng. " * 20 + "</p>"
    html = f"<html><head><title>Hội nghị sơ kết</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"
    art = vngovnlp.analyze(html)
    assert art.text.count("UBND tỉnh Bắc Kạn") == 20
    assert len(art.dates) >= 1
    assert bool(art.meta.warnings) == (depth > 250)  # the fallback says so


def test_visible_text_leaves_scripts_out():
    from vngovnlp.clean import visible_text

    assert visible_text("<p>Tin</p><style>p{}</style><script>var x</script><p>Bắc Kạn</p>") == "Tin\nBắc Kạn"
