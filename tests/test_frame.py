"""Tables hold whatever a string holds: a lone surrogate (which ``analyze`` accepts and Arrow
strings refuse) becomes U+FFFD in the cell, one character for one, instead of breaking the table
of the whole batch (issue 18, found by ``benchmarks/bench_fuzz.py``)."""
from __future__ import annotations

import pytest

import vngovnlp
from vngovnlp.frame import to_frame
from vngovnlp.normalize import replace_surrogates

_ARTICLE = ("Ngày 26/9/2019, Chủ tịch UBND tỉnh Bắc Kạn trao Bằng khen cho 08 tập{s} thể và 12 cá "
            "nhân tại xã Đồng{s} Lạc.")


@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "\udc80\udc81"])
def test_a_surrogate_inside_an_extracted_span_leaves_every_table_whole(surrogate):
    text = _ARTICLE.format(s=surrogate)
    batch = vngovnlp.analyze_batch([text, "Ngày 26/9/2019, UBND tỉnh Bắc Kạn họp."], progress=False)
    awards, places = batch.awards, batch.locations
    assert len(awards) == 1
    award = awards.iloc[0]
    assert surrogate in text[award["start"]:award["end"]]
    assert award["text"] == replace_surrogates(text[award["start"]:award["end"]])
    assert "Đồng\ufffd" in "".join(places["text"].dropna())
    assert len(batch.articles) == 2


def test_cells_keep_their_length_and_other_values():
    rows = [{"row": 0, "article_id": "a", "text": "x\ud800y", "start": 3, "end": 6}]
    df = to_frame("locations", [{**{c: None for c in _columns("locations")}, **rows[0]}])
    assert df["text"].iloc[0] == "x\ufffdy" and int(df["start"].iloc[0]) == 3


def _columns(table):
    from vngovnlp.frame import COLUMNS

    return COLUMNS[table]
