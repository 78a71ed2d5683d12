"""The hand-labelled government-news topic set: candidates, manifest, texts.

Candidates are unlabelled Báo Mới articles shaped like portal news (``portal_shape`` in
``data/topic_rules.yaml``: ceremonies, conferences, visits, reviews), drawn with a seeded shuffle
and never from the gold annotations. Each was labelled by reading its title and first paragraphs
under the rules of ``data/topics.yaml`` (``labelling``). The committed manifest
``corpus/topic_handset.jsonl`` holds ids, labels, text hashes and the split (500 train / 300
test, fixed once by a seeded shuffle of the ``portal`` batch; the other batches are train-only:
``rare_labels`` picked by title words for the labels the draw has few of, ``portal2``–``portal4``
further seeded draws, ``portal5`` drawn by shape from Báo Mới and VNTC train with
:func:`select_shapes`), never text; :func:`load_handset` finds the texts again in ``../shared``
and checks their hashes.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from .topic_corpus import (
    UNLABELLED_FILE,
    _gold_guard,
    _is_gold,
    _read_jsonl,
    fingerprint,
    load_rules,
    prepare_text,
    topic_labels,
)

__all__ = ["BIG_HAND_BATCHES", "HandDoc", "article_text", "load_handset", "read_handset", "select_candidates",
           "select_more", "select_shapes", "shape_of", "split_ids", "write_handset"]

SEED = 15
#: Seed of the second portal-shaped draw (``batch: "portal2"``, train only).
PORTAL2_SEED = 17
#: Seed of the third draw (``batch: "portal3"``, train only, session 14): titles of the weak shapes.
PORTAL3_SEED = 1414
#: Seed of the fourth draw (``batch: "portal4"``, train only, session 15): titles of
#: ``portal_shape.weak_shapes_15`` first.
PORTAL4_SEED = 1616
#: Seed of the fifth draw (``batch: "portal5"``, train only, session 19): the shapes of
#: ``portal_shape.shapes_19`` only, from Báo Mới and VNTC train (:func:`select_shapes`).
PORTAL5_SEED = 1919
#: The files a hand-labelled article's text is looked for in (ids ``baomoi-…``, ``vntc-train-…``).
HAND_SOURCES = (UNLABELLED_FILE, "vntc_train.jsonl.gz")
#: The batches the shipped big topic model was trained on (its sidecar's
#: ``big_model_hand_batches``; the model of session 10 predates that key and saw these two).
BIG_HAND_BATCHES = ("portal", "rare_labels")
TRAIN_SIZE, TEST_SIZE = 500, 300


@dataclass
class HandDoc:
    """One hand-labelled article (``text`` is not in the manifest)."""

    id: str
    label: str
    hash: str
    split: str = ""
    batch: str = "portal"  # "portal": the seeded draw; "rare_labels", "portal2": train-only supplements
    text: str = ""

    def manifest_row(self) -> dict:
        row = asdict(self)
        del row["text"]
        return row


@cache
def _shape() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spec = load_rules()["portal_shape"]

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(spec[key], key=len, reverse=True))

    title = re.compile(rf"(?<!\w)(?:{words('title')})(?!\w)", re.IGNORECASE)
    lead = re.compile(rf"(?<!\w)(?:{words('lead_time')})\s*\(?\d{{1,2}}\s*[/-]\s*\d{{1,2}}", re.IGNORECASE)
    org = re.compile(rf"(?<!\w)(?:{words('organisation')})(?!\w)")
    return title, lead, org


def _title_words(key: str) -> re.Pattern[str]:
    words = sorted(load_rules()["portal_shape"][key], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", re.IGNORECASE)


def article_text(rec: dict) -> str:
    """Title and body of an unlabelled record as one text (the body repeats the title)."""
    title, body = rec.get("title") or "", rec.get("text") or ""
    return body if body.startswith(title) else f"{title}\n\n{body}"


def _portal_like(rec: dict) -> bool:
    title_re, lead_re, org_re = _shape()
    title = rec.get("title") or ""
    body = article_text(rec)[len(title):].strip()
    return (len(body) > 300 and bool(title_re.search(title) or lead_re.search(body[:100]))
            and bool(org_re.search(f"{title} {body[:300]}")))


def select_candidates(shared: str | Path, n: int = 880, seed: int = SEED) -> list[dict]:
    """``n`` portal-shaped unlabelled records, seeded, none of the gold dev or test articles."""
    shared = Path(shared)
    gold = [row for split in ("dev", "test") if (shared / "gold" / f"{split}.jsonl").is_file()
            for row in _read_jsonl(shared / "gold" / f"{split}.jsonl")]
    guard = _gold_guard(gold)
    seen, pool = set(), []
    for rec in _read_jsonl(shared / "corpus" / "topic" / UNLABELLED_FILE):
        text = article_text(rec)
        h = fingerprint(prepare_text(text))
        if h in seen or not _portal_like(rec) or _is_gold(str(rec["id"]), text, guard):
            continue
        seen.add(h)
        pool.append(rec)
    random.Random(seed).shuffle(pool)
    return pool[:n]


def select_more(shared: str | Path, handset: str | Path, n: int = 250,
                seed: int = PORTAL2_SEED, shapes: str | None = None) -> list[dict]:
    """``n`` more portal-shaped records for the training part, none already in ``handset``.

    The pool of :func:`select_candidates` in another seeded order, less the manifest's ids and
    hashes and less any article sharing an 8-syllable shingle of its opening with one of the
    manifest's ``test`` articles (another paper's copy of a test story must not enter training).
    ``shapes`` names a word list of ``portal_shape`` (``"weak_shapes"`` for the ``portal3`` batch,
    ``"weak_shapes_15"`` for ``portal4``):
    records whose title has one of its words come first, the rest of the seeded order after them
    (the pool holds fewer such titles than a batch needs).
    """
    docs = load_handset(handset, shared)
    title_re = _title_words(shapes) if shapes else None
    known = {d.id for d in docs} | {d.hash for d in docs}
    guard = _gold_guard({"id": d.id, "text": d.text} for d in docs if d.split == "test")
    out = []
    pool = select_candidates(shared, n=10**9, seed=seed)
    if title_re is not None:
        pool.sort(key=lambda rec: not title_re.search(rec.get("title") or ""))
    for rec in pool:
        text = article_text(rec)
        if str(rec["id"]) in known or fingerprint(prepare_text(text)) in known:
            continue
        if _is_gold(str(rec["id"]), prepare_text(text), guard):
            continue
        out.append(rec)
        if len(out) == n:
            break
    return out


@cache
def _shape_groups(key: str) -> dict[str, tuple[str, list[re.Pattern[str]]]]:
    def group(words: list[str]) -> re.Pattern[str]:
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)

    return {name: (spec["where"], [group(g) for g in spec["all"]])
            for name, spec in load_rules()["portal_shape"][key].items()}


def shape_of(rec: dict, key: str = "shapes_19") -> str | None:
    """The first shape of ``portal_shape[key]`` whose every word group the record's title (or
    title and lead) has, or None. A record without a title (VNTC) reads its first 120 characters
    as one.

    Examples
    --------
    >>> shape_of({"title": "Sở Y tế tổng kết công tác năm 2024", "text": "Sáng 5/1, Sở Y tế họp."})
    'sector_review'
    >>> shape_of({"title": "Giá vàng hôm nay", "text": "Giá vàng tăng."}) is None
    True
    """
    text = article_text(rec)
    title = rec.get("title") or text[:120]
    lead = f"{title} {text[len(title):len(title) + 400]}"
    for name, (where, groups) in _shape_groups(key).items():
        hay = title if where == "title" else lead
        if all(g.search(hay) for g in groups):
            return name
    return None


def select_shapes(shared: str | Path, handsets: Iterable[str | Path], n: int = 200,
                  seed: int = PORTAL5_SEED, key: str = "shapes_19") -> list[dict]:
    """Up to ``n`` records of the shapes ``portal_shape[key]`` names, taken in turn shape by shape.

    The pool is every Báo Mới unlabelled and VNTC train record (:data:`HAND_SOURCES`) with over
    300 characters of body and a shape (:func:`shape_of`), deduplicated by fingerprint, less the
    gold dev and test articles, the ids and hashes of every manifest of ``handsets`` and any
    article sharing an 8-syllable shingle of its opening with one of their ``test`` articles.
    Each shape's records are in a seeded order; the batch takes one of each shape in turn (the
    order of ``key``), so a rare shape is drawn whole before a common one fills the batch.
    """
    shared = Path(shared)
    by_shape = _shape_pool(shared, [d for path in handsets for d in load_handset(path, shared)], key)
    rng = random.Random(seed)
    for recs in by_shape.values():
        rng.shuffle(recs)
    out = []
    for k in range(max(map(len, by_shape.values()), default=0)):
        out.extend(recs[k] for recs in by_shape.values() if k < len(recs))
    return out[:n]


def _shape_pool(shared: Path, docs: list[HandDoc], key: str) -> dict[str, list[dict]]:
    """Shape → the records of :func:`select_shapes`' pool with that shape, in file order."""
    known = {d.id for d in docs} | {d.hash for d in docs}
    gold = [row for split in ("dev", "test") if (shared / "gold" / f"{split}.jsonl").is_file()
            for row in _read_jsonl(shared / "gold" / f"{split}.jsonl")]
    guards = (_gold_guard(gold), _gold_guard({"id": d.id, "text": d.text} for d in docs if d.split == "test"))
    by_shape: dict[str, list[dict]] = {name: [] for name in _shape_groups(key)}
    for rec in _hand_records(shared):
        shape = shape_of(rec, key)
        if shape is None or str(rec["id"]) in known:
            continue
        text = prepare_text(article_text(rec))
        h = fingerprint(text)
        if h in known or len(text) < 300 + len(rec.get("title") or ""):
            continue
        if any(_is_gold(str(rec["id"]), text, g) for g in guards):
            continue
        known.add(h)
        by_shape[shape].append(rec)
    return by_shape


def _hand_records(shared: Path, wanted: set[str] | None = None):
    """The records of :data:`HAND_SOURCES` that exist under ``shared`` (VNTC's only when one of
    the ``wanted`` ids, if given, is a VNTC id)."""
    for name in HAND_SOURCES:
        path = shared / "corpus" / "topic" / name
        vntc = name.startswith("vntc")
        if not path.is_file() or (vntc and wanted is not None and not any(i.startswith("vntc-") for i in wanted)):
            continue
        yield from _read_jsonl(path)


def split_ids(ids: Iterable[str], seed: int = SEED) -> dict[str, str]:
    """id → ``train``/``test``: a seeded shuffle, the first 300 test, the rest train."""
    ids = sorted(ids)
    random.Random(seed).shuffle(ids)
    return {i: ("test" if k < TEST_SIZE else "train") for k, i in enumerate(ids)}


def write_handset(docs: list[HandDoc], path: str | Path) -> None:
    """Write the manifest rows (id, label, hash, split), one JSON object a line, sorted by id."""
    labels = set(topic_labels())
    bad = sorted({d.label for d in docs} - labels)
    if bad:
        raise ValueError(f"labels outside the taxonomy: {bad}")
    Path(path).write_text("".join(json.dumps(d.manifest_row(), ensure_ascii=False, sort_keys=True) + "\n"
                                  for d in sorted(docs, key=lambda d: d.id)), encoding="utf-8")


def read_handset(path: str | Path) -> list[HandDoc]:
    """The manifest rows as :class:`HandDoc` without text."""
    return [HandDoc(**row) for row in _read_jsonl(Path(path))]


def load_handset(path: str | Path, shared: str | Path) -> list[HandDoc]:
    """The manifest with each article's text from ``../shared``.

    Raises
    ------
    ValueError
        When an article is missing or its text no longer has the recorded hash.
    """
    docs = read_handset(path)
    wanted = {d.id: d for d in docs}
    for rec in _hand_records(Path(shared), set(wanted)):
        doc = wanted.get(str(rec["id"]))
        if doc is not None and not doc.text:
            doc.text = prepare_text(article_text(rec))
    missing = [d.id for d in docs if not d.text]
    changed = [d.id for d in docs if d.text and fingerprint(d.text) != d.hash]
    if missing or changed:
        raise ValueError(f"hand-labelled set out of date: missing {missing[:5]}, changed {changed[:5]}")
    return docs
