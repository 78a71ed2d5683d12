"""Linking officials across articles (vngovnlp.link): tables of sightings and who they are.

Each case is a few articles, written as (article id, date, name, [(position, organisation)], rank),
built as Article objects directly so that the linker is tested apart from the extractor; the
phrases are of our own making, in the shapes portals write. A case says how many people the
sightings make and, for some, the posts of a person in order.
"""
from __future__ import annotations

import pytest

from vngovnlp import Article, Award, Meta, Official, Title
from vngovnlp.link import Linker, link_officials


def _article(aid, date, officials, awards=()):
    offs = []
    for name, posts, rank in officials:
        titles = tuple(Title(f"{p} {o}" if o else p, p, o, f"{p} {o}" if o else p, 0, 1)
                       for p, o in posts)
        offs.append(Official(name, name, 0, len(name), rank, None, titles))
    return Article(aid, "", Meta(published=date), officials=tuple(offs), awards=tuple(awards))


def _arts(rows):
    by_id: dict = {}
    for aid, date, name, posts, rank in rows:
        by_id.setdefault((aid, date), []).append((name, posts, rank))
    return [_article(aid, date, offs) for (aid, date), offs in by_id.items()]


# (case, sightings, number of people)
CASES = [
    ("namesakes in different provinces stay apart", [
        ("a1", "2019-01-05", "Nguyễn Văn Hùng", [("Chủ tịch", "UBND tỉnh Cao Bằng")], None),
        ("a2", "2019-02-05", "Nguyễn Văn Hùng", [("Chủ tịch", "UBND tỉnh Lạng Sơn")], None),
    ], 2),
    ("same department head, two spellings of the department", [
        ("a1", "2019-01-05", "Trần Minh Khoa", [("Giám đốc", "Sở GTVT TP.HCM")], None),
        ("a2", "2019-03-01", "Trần Minh Khoa", [("Giám đốc", "Sở Giao thông vận tải Thành phố Hồ Chí Minh")], None),
    ], 1),
    ("two departments of one province are two bodies", [
        ("a1", "2019-01-05", "Lê Thị Hoa", [("Giám đốc", "Sở Y tế tỉnh Nghệ An")], None),
        ("a2", "2019-03-01", "Lê Thị Hoa", [("Giám đốc", "Sở Tài chính tỉnh Nghệ An")], None),
    ], 2),
    ("promotion within a province", [
        ("a1", "2018-06-01", "Phạm Quốc Bảo", [("Phó Chủ tịch", "UBND tỉnh Hà Giang")], None),
        ("a2", "2020-09-10", "Phạm Quốc Bảo", [("Chủ tịch", "UBND tỉnh Hà Giang")], None),
    ], 1),
    ("from the People's Committee to the Party committee of the same province", [
        ("a1", "2016-04-01", "Vũ Đình Lâm", [("Chủ tịch", "UBND tỉnh Thái Bình")], None),
        ("a2", "2020-10-20", "Vũ Đình Lâm", [("Bí thư", "Tỉnh ủy Thái Bình")], None),
    ], 1),
    ("a ladder post written without its province joins the one person on that ladder", [
        ("a1", "2017-01-01", "Hoàng Trung Kiên", [("Phó Bí thư", "Tỉnh ủy Yên Bái")], None),
        ("a2", "2017-05-01", "Hoàng Trung Kiên", [("Phó Bí thư", "Tỉnh ủy")], None),
    ], 1),
    ("…but not when two people of that name are on the ladder", [
        ("a1", "2017-01-01", "Hoàng Trung Kiên", [("Phó Bí thư", "Tỉnh ủy Yên Bái")], None),
        ("a2", "2017-02-01", "Hoàng Trung Kiên", [("Phó Bí thư", "Tỉnh ủy Hòa Bình")], None),
        ("a3", "2017-05-01", "Hoàng Trung Kiên", [("Phó Bí thư", "Tỉnh ủy")], None),
    ], 3),
    ("a bare post never links", [
        ("a1", "2019-01-05", "Đỗ Văn Toàn", [("Giám đốc", "Sở Y tế Hà Nội")], None),
        ("a2", "2019-02-05", "Đỗ Văn Toàn", [("Giám đốc", None)], None),
    ], 2),
    ("a body every province has, without its place, never links", [
        ("a1", "2019-01-05", "Ngô Thanh Tùng", [("Giám đốc", "Sở Y tế")], None),
        ("a2", "2019-02-05", "Ngô Thanh Tùng", [("Giám đốc", "Sở Y tế")], None),
    ], 2),
    ("a ministry, abbreviated or written out", [
        ("a1", "2019-01-05", "Trịnh Văn Sáu", [("Thứ trưởng", "Bộ NN&PTNT")], None),
        ("a2", "2019-02-05", "Trịnh Văn Sáu", [("Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")], None),
        ("a3", "2019-03-05", "Trịnh Văn Sáu", [("Thứ trưởng", "Bộ Tài chính")], None),
    ], 2),
    ("national posts link on the national ladder", [
        ("a1", "2019-01-05", "Lương Quốc Hưng", [("Ủy viên", "Ban Chấp hành Trung ương Đảng")], None),
        ("a2", "2020-01-05", "Lương Quốc Hưng", [("Ủy viên", "Bộ Chính trị")], None),
    ], 1),
    ("posts written together join two anchors", [
        ("a1", "2019-01-05", "Mai Đức Chính", [("Bí thư", "Tỉnh ủy Quảng Trị")], None),
        ("a2", "2019-05-05", "Mai Đức Chính", [("Ủy viên", "Trung ương Đảng"), ("Bí thư", "Tỉnh ủy Quảng Trị")], None),
        ("a3", "2019-08-05", "Mai Đức Chính", [("Ủy viên", "Trung ương Đảng")], None),
    ], 1),
    ("tone placement does not split a name, a different tone does", [
        ("a1", "2019-01-05", "Lê Văn Thủy", [("Chủ tịch", "UBND tỉnh Bắc Ninh")], None),
        ("a2", "2019-02-05", "Lê Văn Thuỷ", [("Chủ tịch", "UBND tỉnh Bắc Ninh")], None),
        ("a3", "2019-03-05", "Lê Văn Thúy", [("Chủ tịch", "UBND tỉnh Bắc Ninh")], None),
    ], 2),
    ("a short name links only within its article", [
        ("a1", "2019-01-05", "Hải", [("Chủ tịch", "UBND tỉnh Bắc Kạn")], None),
        ("a2", "2019-02-05", "Hải", [("Chủ tịch", "UBND tỉnh Bắc Kạn")], None),
    ], 2),
    ("a given name without family name links only within its article", [
        ("a1", "2019-01-05", "Minh Hải", [("Chủ tịch", "UBND tỉnh Bắc Kạn")], None),
        ("a2", "2019-02-05", "Minh Hải", [("Chủ tịch", "UBND tỉnh Bắc Kạn")], None),
    ], 2),
    ("a rank change keeps one person", [
        ("a1", "2017-01-05", "Đặng Văn Hòa", [("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn")], "Đại tá"),
        ("a2", "2021-02-05", "Đặng Văn Hòa", [("Chỉ huy trưởng", "Bộ CHQS tỉnh Lạng Sơn")], "Thiếu tướng"),
    ], 1),
    ("a numbered military region", [
        ("a1", "2017-01-05", "Hà Minh Trí", [("Phó Tư lệnh", "Quân khu 1")], "Thiếu tướng"),
        ("a2", "2018-02-05", "Hà Minh Trí", [("Tư lệnh", "Quân khu 1")], "Trung tướng"),
        ("a3", "2018-02-05", "Hà Minh Trí", [("Tư lệnh", "Quân khu 2")], "Trung tướng"),
    ], 2),
    ("a post written with its province alone is the province's post", [
        ("a1", "2019-01-05", "Võ Văn Phụng", [("Chủ tịch", "tỉnh Phú Yên")], None),
        ("a2", "2019-02-05", "Võ Văn Phụng", [("Chủ tịch", "UBND tỉnh Phú Yên")], None),
    ], 1),
]


@pytest.mark.parametrize("case, rows, n_people", CASES, ids=[c[0] for c in CASES])
def test_people_count(case, rows, n_people):
    assert len(link_officials(_arts(rows))) == n_people


def test_promotion_two_posts_in_order():
    people = link_officials(_arts(CASES[3][1])[::-1])  # order of the input does not matter
    (p,) = people
    assert [s.title for s in p.posts] == ["Phó Chủ tịch UBND tỉnh Hà Giang", "Chủ tịch UBND tỉnh Hà Giang"]
    assert [s.province for s in p.posts] == ["Hà Giang", "Hà Giang"]
    assert (p.first_date, p.last_date) == ("2018-06-01", "2020-09-10")
    assert p.posts[0].article_ids == ("a1",)
    (merge,) = p.merges
    assert merge.rule == "ladder: phó chủ tịch → chủ tịch"
    assert {merge.article_id, merge.with_article_id} == {"a1", "a2"}


def test_rank_change_keeps_id():
    one = link_officials(_arts(CASES[15][1][:1]))
    both = link_officials(_arts(CASES[15][1]))
    assert [p.id for p in one] == [p.id for p in both]
    assert [r.rank for r in both[0].ranks] == ["Đại tá", "Thiếu tướng"]


def test_short_mention_stays_in_its_article():
    people = link_officials(_arts(CASES[13][1]))
    assert sorted(p.article_ids for p in people) == [("a1",), ("a2",)]
    assert not any(p.linked for p in people)


def test_ids_stable_across_order_and_partitions():
    rows = [(f"{k}{r[0]}", *r[1:]) for k, (_, case, _) in enumerate(CASES) for r in case]
    arts = [a for k, a in enumerate(_arts(rows)) if k % 7 != 3]
    whole = link_officials(arts)
    left, right = Linker(), Linker()
    for k, a in enumerate(arts[::-1]):
        (left if k % 2 else right).add(a)
    combined = left.combine(right).result()
    assert sorted(p.id for p in whole) == sorted(p.id for p in combined)
    assert {p.id: p.article_ids for p in whole} == {p.id: p.article_ids for p in combined}


def test_awards_go_to_the_giver():
    award = Award("Bằng khen", "Bằng khen", 0, 1, giver="Chủ tịch UBND tỉnh", giver_official="Phạm Quốc Bảo",
                  collectives=8)
    arts = [_article("a1", "2019-01-05", [("Phạm Quốc Bảo", [("Chủ tịch", "UBND tỉnh Hà Giang")], None)], [award]),
            _article("a2", "2019-02-05", [("Phạm Quốc Bảo", [("Chủ tịch", "UBND tỉnh Hà Giang")], None)])]
    (p,) = link_officials(arts)
    assert [(a.article_id, a.award, a.collectives) for a in p.awards] == [("a1", "Bằng khen", 8)]
    table = link_officials(arts).awards
    assert list(table["collectives"]) == [8]


def test_tables():
    people = link_officials(_arts(CASES[3][1] + CASES[0][1]))
    pe, po = people.people, people.posts
    assert len(pe) == 3 and pe["person_id"].is_unique
    assert pe.iloc[0]["n_articles"] == 2 and pe.iloc[0]["title"] == "Chủ tịch UBND tỉnh Hà Giang"
    assert list(po[po["person_id"] == pe.iloc[0]["person_id"]]["order"]) == [0, 1]
    assert set(people.merges["rule"]) == {"ladder: phó chủ tịch → chủ tịch"}


def test_from_dicts_and_tables_agree():
    arts = _arts([(f"{k}{r[0]}", *r[1:]) for k in (3, 0, 15) for r in CASES[k][1]])
    from_objects = link_officials(arts)
    from_dicts = link_officials(a.to_dict() for a in arts)
    assert [p.id for p in from_objects] == [p.id for p in from_dicts]
    pd = pytest.importorskip("pandas")
    rows = [dict(row=k, article_id=a.id, name=o.name, rank=o.rank, title=t.title, position=t.position,
                 organisation=t.organisation, resolved_organisation=None)
            for k, a in enumerate(arts) for o in a.officials for t in o.titles]
    dates = pd.DataFrame([dict(row=k, id=a.id, published=a.meta.published) for k, a in enumerate(arts)])
    from_tables = link_officials(pd.DataFrame(rows), tables=dates)
    assert sorted(p.id for p in from_tables) == sorted(p.id for p in from_objects)
    assert {p.id: p.first_date for p in from_tables} == {p.id: p.first_date for p in from_objects}


@pytest.mark.parametrize("bad", ["Chủ tịch UBND tỉnh", 42, None])
def test_misuse(bad):
    with pytest.raises(TypeError, match="'articles' parameter of link_officials"):
        link_officials(bad)


def test_empty():
    people = link_officials([])
    assert len(people) == 0 and list(people.people.columns)[0] == "person_id"


def test_dask_reduction_matches_one_pass():
    bag = pytest.importorskip("dask.bag")
    rows = [(f"{k}{r[0]}", *r[1:]) for k, (_, case, _) in enumerate(CASES) for r in case]
    arts = _arts(rows)
    whole = link_officials(arts)
    from vngovnlp.link import link_dask

    people = link_dask(bag.from_sequence(arts, npartitions=4), compute=False).compute(scheduler="sync")
    assert sorted(p.id for p in people) == sorted(p.id for p in whole)
    assert people.n_articles == len(arts)


def test_cli_tables_write_people_and_posts(tmp_path):
    from click.testing import CliRunner

    from vngovnlp import cli

    src = tmp_path / "bai.txt"
    src.write_text("Ngày 5/1/2019, Phó Chủ tịch UBND tỉnh Bắc Kạn Lý Thái Hải dự họp.", encoding="utf-8")
    res = CliRunner().invoke(cli.main, ["analyze", "--no-progress", str(src), "-o", str(tmp_path / "o.jsonl"),
                                        "--tables", str(tmp_path / "t"), "--table-format", "csv"])
    assert res.exit_code == 0, res.output
    pd = pytest.importorskip("pandas")
    people = pd.read_csv(tmp_path / "t" / "people.csv")
    posts = pd.read_csv(tmp_path / "t" / "posts.csv")
    assert list(people["name"]) == ["Lý Thái Hải"]
    assert list(posts["title"]) == ["Phó Chủ tịch UBND tỉnh Bắc Kạn"]
