"""Rebuild ``src/vngovnlp/data/org_acronyms.tsv``: abbreviations that news text defines as the
name of an organisation, learned on unlabelled articles, so that a body written only by its
abbreviation ("VAMC đã mua nợ xấu", "theo số liệu của TCTK") is found.

Text: the Báo Mới unlabelled articles, the Báo Mới sections of May 2018 and the VNTC training
articles of ``shared/corpus/topic`` (no labels are read), less every article whose id or text is
in ``shared/gold/*.jsonl``. In each line holding an abbreviation in brackets, the library's own
organisation grammar is run; where a body it reads is followed by "(ABBR)", the pair is counted
("Công ty Quản lý tài sản của các tổ chức tín dụng Việt Nam (VAMC)"). An abbreviation is kept
when it is defined so in at least ``--min-articles`` articles, is three characters or longer, follows
a body in more than half of the articles that write it in brackets (not "an toàn thực phẩm
(ATTP)", "bảo hiểm y tế (BHYT)"), is so defined in at least ``--min-share`` of the articles
that write it at all (not "thẻ SIM", "nợ xấu NPL", which are words), and most of its definitions name a body with a name (not a bare head or a head and a field: "Ban Quản lý", "Ban Tổ chức", "Bộ Tài chính" share "BTC").

Output rows: ``abbreviation <TAB> articles <TAB> kind <TAB> the body most often defined``; plus
``org_acronyms.manifest.json`` beside it (sources with hashes, counts, the rebuild command).

Usage: nice python models/build_org_acronyms.py [--shared ../shared] [--min-articles 2]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from vngovnlp.extract._officials_lexicon import lexicon
from vngovnlp.extract.organisations import _grammar_spans, _tokens
from vngovnlp.integrity import sha256_of as sha256
from vngovnlp.lexicon import load as _load
from vngovnlp.normalize import normalize
from vngovnlp.training.gold_guard import gold_keys, is_gold, jsonl_rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "vngovnlp" / "data" / "org_acronyms.tsv"
SOURCES = ("topic/baomoi_unlabelled.jsonl.gz", "topic/baomoi_tc201805.jsonl.gz", "topic/vntc_train.jsonl.gz")
_CAPITALS = re.compile(r"(?<![\w.&\-])[A-ZĐ][A-ZĐ0-9&.\-]{1,11}(?![\w&\-])")
_BRACKETED = re.compile(r"\([A-ZĐ][A-ZĐ0-9&.\-]{1,11}\)")


def definitions(text: str) -> set[tuple[str, str | None, bool]]:
    """(abbreviation, body, whether the body is a bare head) for each "body (ABBR)" of ``text``;
    body None for an abbreviation in brackets after anything else ("an toàn thực phẩm (ATTP)")."""
    heads, fields = lexicon().heads, lexicon().fields
    generic = set(_load("organisation_heads.yaml")["function_bodies"])
    found = set()
    for line in normalize(text).text.split("\n"):
        if not _BRACKETED.search(line):
            continue
        toks = _tokens(line)
        found.update((m.group()[1:-1], None, False) for m in _BRACKETED.finditer(line))
        for span in _grammar_spans(toks):
            j = span.j
            if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
                abbr = toks[j + 1].text
                hit = heads.match(toks, span.i)
                field = fields.match(toks, hit[0]) if hit is not None and hit[0] < span.j else None
                bare = hit is not None and (hit[0] == span.j or field is not None and field[0] == span.j) \
                    or span.name in generic
                if _BRACKETED.fullmatch(f"({abbr})"):
                    found.add((abbr, span.name, bare))
    return found


def kind_of(body: str) -> str:
    """The kind of the body an abbreviation names, from its head ("Ngân hàng …" → enterprise)."""
    hit = lexicon().heads.match(_tokens(body), 0)
    return hit[1].get("kind", "other") if hit is not None else "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.02)
    args = ap.parse_args()
    gold = gold_keys(args.shared)
    articles: Counter[str] = Counter()
    bracketed: Counter[str] = Counter()
    written: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    bodies: dict[str, Counter[str]] = defaultdict(Counter)
    kept = skipped = 0
    for name in SOURCES:
        for row in jsonl_rows(args.shared / "corpus" / name):
            if is_gold(row, gold):
                skipped += 1
                continue
            kept += 1
            text = row.get("text") or ""
            written.update(set(_CAPITALS.findall(text)))
            if not _BRACKETED.search(text):
                continue
            for abbr, body, is_bare in definitions(text):
                if body is None:
                    bracketed[abbr] += 1
                    continue
                articles[abbr] += 1
                bare[abbr] += is_bare
                bodies[abbr][body] += 1
    rows = sorted((a, n, kind_of(bodies[a].most_common(1)[0][0]), bodies[a].most_common(1)[0][0])
                  for a, n in articles.items()
                  if n >= args.min_articles and len(a) >= 3 and 2 * bare[a] < n and 2 * n > bracketed[a]
                  and n >= args.min_share * written[a])
    OUT.write_text("".join(f"{a}\t{n}\t{kind}\t{body}\n" for a, n, kind, body in rows), encoding="utf-8")
    manifest = {
        "data": OUT.name, "sha256": sha256(OUT), "rows": len(rows),
        "sources": [{"path": f"corpus/{s}", "sha256": sha256(args.shared / "corpus" / s)} for s in SOURCES],
        "articles": kept, "gold_articles_skipped": skipped, "min_articles": args.min_articles,
        "min_share": args.min_share,
        "rule": "a body read by the library's organisation grammar, then the abbreviation in brackets",
        "rebuild": "nice python models/build_org_acronyms.py --shared ../shared",
        "licence": "derived from news corpora for research (see README 'Models and their data'); "
                   "the rows are abbreviations and the names of public bodies, no article text",
    }
    OUT.with_name("org_acronyms.manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                                           encoding="utf-8")
    print(f"{len(rows)} abbreviations from {kept} articles ({skipped} gold articles skipped)")


if __name__ == "__main__":
    main()
