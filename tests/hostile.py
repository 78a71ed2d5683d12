"""Hostile strings for the fuzz test and ``benchmarks/bench_fuzz.py`` (one generator, two users).

Each class is one way real input goes wrong (issue 18): impossible dates in metadata lines,
numbers no ceremony has, every spelling of a line break, lone surrogates, invisible and control
characters, decomposed accents, characters underthesea rewrites, deep HTML. ``hostile(rng)``
builds one string from a few random pieces of several classes, so that they meet.
"""
from __future__ import annotations

import dataclasses
import random

WORDS = ("Ngày", "UBND", "tỉnh", "Bắc Kạn", "Chủ tịch", "Nguyễn Văn A", "trao", "Bằng khen", "cho",
         "tập thể", "cá nhân", "Sở", "Nội vụ", "Thiếu tướng", "Quân khu 1", "huyện", "xã", "họp",
         "Tỉnh uỷ", "hoà", "Ðồng Nai", "Thủ tướng", "Chính phủ", "Huân chương", "hạng Ba", ".", ",")
BREAKS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x0c", "\x85", "\x0b")
ODD = ("\u200b", "\ufeff", "\u00ad", "\u00a0", "\x00", "\x1f", "\x7f", "\ud800", "\udfff", "\ue000",
       "\u0301", "\u0309", "e\u0302\u0301", "Ð", "ð", "…", "“", "”", "<", ">", "&", "\t", "\\", "'",
       "\U0001f600", "\u202e", "\ufffd")
DATE_LINES = ("(Cập nhật lúc: {d}/{m}/{y} {h}:{mi}:{s} )", "Thứ hai, {d}/{m}/{y}",
              "Chủ nhật, {d}/{m}/{y} - {h}:{mi}", "(Đăng ngày: {d}/{m}/{y} {h}:{mi} )",
              "Ngày cập nhật: {d}/{m}/{y}", "Ngày {d}/{m}/{y}", "ngày {d} tháng {m} năm {y}")
NUMBERS = ("0", "00", "08", "1.250", "10000000000000000000000", "9223372036854775808",
           "99999999999999999999999999999999", "-5", "1e9", "½", "٣", "1.000.000.000")


def _number(rng: random.Random, width: int) -> str:
    return rng.choice((str(rng.randint(0, 10**width)), rng.choice(NUMBERS), "0" * width))


def _date_line(rng: random.Random) -> str:
    return rng.choice(DATE_LINES).format(d=_number(rng, 2), m=_number(rng, 2), y=_number(rng, 4),
                                         h=_number(rng, 2), mi=_number(rng, 2), s=_number(rng, 2))


def _award(rng: random.Random) -> str:
    return (f"Chủ tịch UBND tỉnh {rng.choice(('Bắc Kạn', 'Lào Cai', 'X'))} trao Bằng khen cho "
            f"{_number(rng, 25)} tập thể và {_number(rng, 5)} cá nhân.")


def _html(rng: random.Random, long: bool = False) -> str:
    depth = rng.choice((1, 5, 40, 260 if long else 40))
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40)))
    meta = f'<meta property="article:published_time" content="{_date_line(rng)}">'
    return (f"<html><head>{meta}<title>{rng.choice(WORDS)}</title></head><body>" + "<div>" * depth
            + f"<p>{body}</p>" + "</div>" * rng.randint(0, depth) + "</body></html>")


def _noise(rng: random.Random) -> str:
    pieces = [rng.choice(WORDS + ODD + BREAKS) for _ in range(rng.randint(0, 60))]
    return "".join(p + rng.choice(("", " ", " ", "")) for p in pieces)


def _long_sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(("Ðồng", "Nai", "uỷ", "họp", "…", "“a”")) for _ in range(rng.randint(20, 150)))


CLASSES = (_date_line, _award, _html, _noise, _long_sentence)


def hostile(rng: random.Random) -> str:
    """One hostile string: a few pieces of random classes joined by random line breaks."""
    parts = [rng.choice(CLASSES)(rng) for _ in range(rng.randint(1, 3))]
    return "".join(p + rng.choice(BREAKS) for p in parts)


def _facts(value):
    """Every (text, start, end) evidence inside a result, nested ones included."""
    if isinstance(value, (list, tuple)):
        for v in value:
            yield from _facts(v)
    elif dataclasses.is_dataclass(value):
        if all(hasattr(value, a) for a in ("text", "start", "end")):
            yield value.text, value.start, value.end
        for f in dataclasses.fields(value):
            if f.name != "meta":
                yield from _facts(getattr(value, f.name))


def violations(article) -> list[str]:
    """The invariants an Article breaks: offsets that do not round-trip, bounds, tables."""
    import json

    from vngovnlp.frame import LONG_TABLES, article_record, long_records, to_frame

    text, found = article.text, []
    for fact_text, start, end in _facts([article.officials, article.organisations, article.dates,
                                         article.awards, article.locations, article.entities]):
        if not (0 <= start <= end <= len(text)) or text[start:end] != fact_text:
            found.append(f"offset ({start}, {end}) does not give {fact_text!r}")
    if not 0 <= article.body_start <= article.body_end <= len(text):
        found.append(f"body ({article.body_start}, {article.body_end}) outside the text")
    json.dumps(article.to_dict(), ensure_ascii=True)
    records = {"articles": [article_record(0, article.id, article, None)]}
    records.update((t, long_records(t, 0, article)) for t in LONG_TABLES)
    for table, rows in records.items():
        for row in rows:
            found.extend(f"{table}.{c} = {v} overflows int64" for c, v in row.items()
                         if isinstance(v, int) and not -(2**63) <= v < 2**63)
    if records["awards"]:  # the table the huge counts reach (pandas is slow to build)
        to_frame("awards", records["awards"])
    return found
