"""Build the topic-classification corpus from the public labelled corpora plus weak labels.

The corpus maps each labelled source's sections onto the 13-label taxonomy
(``data/topics.yaml``) with the tables of ``data/topic_mapping.yaml``, and labels the topics no
public corpus has (defense_security, politics, agriculture; more environment) by keyword rules
(``data/topic_rules.yaml``) over unlabelled Báo Mới articles. Texts are deduplicated across all
sources (first occurrence wins, in the order of the mapping file), articles of the gold
annotations are left out, and each (source, label) and label is capped with a seeded sample, so
the same inputs always give the same corpus. Only a manifest (ids, labels, sources, hashes) is
committed, never the text.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

from ..integrity import sha256_of
from ..lexicon import load
from ..normalize import canonical_tones

__all__ = [
    "TopicDoc",
    "WeakLabeler",
    "build_corpus",
    "fingerprint",
    "load_mapping",
    "load_rules",
    "prepare_text",
    "read_manifest",
    "topic_labels",
    "topic_names",
    "write_manifest",
]

_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")
#: Sources with their own text are read before the unlabelled pool (weak labels come last).
UNLABELLED_FILE = "baomoi_unlabelled.jsonl.gz"
UNLABELLED_SOURCE = "baomoi_weak"


@cache
def _data(name: str) -> dict:
    return load(name)


@cache
def topic_labels() -> tuple[str, ...]:
    """The 13 topic slugs, in the order of ``data/topics.yaml``.

    Examples
    --------
    >>> topic_labels()[:3]
    ('politics', 'defense_security', 'economy')
    """
    return tuple(t["slug"] for t in _data("topics.yaml")["topics"])


def topic_names() -> dict[str, str]:
    """Slug → Vietnamese section name.

    Examples
    --------
    >>> topic_names()["defense_security"]
    'Quốc phòng - An ninh'
    """
    return {t["slug"]: t["name"] for t in _data("topics.yaml")["topics"]}


def load_mapping() -> dict:
    """The per-source section → topic tables of ``data/topic_mapping.yaml``."""
    return _data("topic_mapping.yaml")["sources"]


def load_rules() -> dict:
    """The weak-supervision rules of ``data/topic_rules.yaml``."""
    return _data("topic_rules.yaml")


def prepare_text(text: str) -> str:
    """NFC, canonical tone placement, whitespace collapsed.

    Examples
    --------
    >>> prepare_text("Tỉnh uỷ  Bắc Kạn\\n")
    'Tỉnh ủy Bắc Kạn'
    """
    return _SPACE.sub(" ", canonical_tones(unicodedata.normalize("NFC", text))).strip()


def fingerprint(text: str) -> str:
    """A 16-hex-digit hash of the text's lower-cased words: equal for copies that differ only
    in spacing, punctuation or tone placement.

    Examples
    --------
    >>> fingerprint("Hòa bình.") == fingerprint("hoà  bình")
    True
    """
    words = _WORD.findall(prepare_text(text).lower())
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]


def _syllables(text: str) -> list[str]:
    return _WORD.findall(prepare_text(text).lower())


class WeakLabeler:
    """Score texts against the keyword rules and give a label when one clearly wins.

    Parameters
    ----------
    rules : dict, optional
        Rules shaped as ``data/topic_rules.yaml`` (the default).

    Examples
    --------
    >>> wl = WeakLabeler()
    >>> wl.label("Bộ đội biên phòng tỉnh diễn tập phòng thủ khu vực",
    ...          "Cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh diễn tập; quân đội và dân quân phối hợp.")
    'defense_security'
    >>> wl.label("Giá vàng hôm nay tăng mạnh", "Giá vàng trong nước tăng theo thế giới.") is None
    True
    """

    def __init__(self, rules: dict | None = None):
        rules = rules or load_rules()
        settings = rules["settings"]
        self.title_weight = settings["title_weight"]
        self.body_chars = settings["body_chars"]
        self.max_count = settings["max_count"]
        self.labels = rules["labels"]
        # syllable tuple -> [(label, weight)]; first syllable -> longest phrase length
        self._phrases: dict[tuple[str, ...], list[tuple[str, float]]] = defaultdict(list)
        self._starts: dict[str, int] = {}
        common = rules.get("common") or {}
        for label, spec in self.labels.items():
            for phrase, weight in {**common, **spec["phrases"]}.items():
                key = tuple(_syllables(phrase))
                self._phrases[key].append((label, float(weight)))
                self._starts[key[0]] = max(self._starts.get(key[0], 0), len(key))

    def _counts(self, text: str) -> Counter:
        words = _syllables(text)
        found: Counter = Counter()
        for i, word in enumerate(words):
            longest = self._starts.get(word)
            if not longest:
                continue
            for n in range(1, longest + 1):
                key = tuple(words[i:i + n])
                if key in self._phrases:
                    found[key] += 1
        return found

    def scores(self, title: str, body: str) -> tuple[dict[str, float], dict[str, int]]:
        """Each rule label's score and its number of positive title hits."""
        scores = dict.fromkeys(self.labels, 0.0)
        title_hits = dict.fromkeys(self.labels, 0)
        for key in self._counts(title):
            for label, weight in self._phrases[key]:
                scores[label] += weight * self.title_weight
                title_hits[label] += int(weight > 0)
        for key, count in self._counts(body[: self.body_chars]).items():
            for label, weight in self._phrases[key]:
                scores[label] += weight * min(count, self.max_count)
        return scores, title_hits

    def label(self, title: str, body: str) -> str | None:
        """The rule label that passes its threshold, title and margin tests, else ``None``."""
        scores, title_hits = self.scores(title, body)
        best = max(scores, key=scores.__getitem__)
        spec = self.labels[best]
        others = max((s for k, s in scores.items() if k != best), default=0.0)
        if (scores[best] >= spec["threshold"] and title_hits[best] >= spec.get("min_title", 0)
                and scores[best] - others >= spec["margin"]):
            return best
        return None


@dataclass
class TopicDoc:
    """One corpus document: where it came from, its label and (not in the manifest) its text."""

    id: str
    source: str
    label: str
    origin: str  # "section" (the source's own label mapped) or "weak" (keyword rules)
    hash: str
    split: str  # "train" or "test": a fixed 20 % held out by hash
    text: str = ""

    def manifest_row(self) -> dict:
        row = asdict(self)
        del row["text"]
        return row


def _read_jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _split_of(hash_: str, test_share: float = 0.2) -> str:
    return "test" if int(hash_[:8], 16) / 0xFFFFFFFF < test_share else "train"


def _id_key(doc_id: str) -> str:
    """The trailing article number: ``vlsp2018-xahoi-23353574`` and ``vlsp2018-train-23353574``
    name the same article."""
    return doc_id.rsplit("-", 1)[-1]


def _gold_guard(gold_rows: Iterable[dict]) -> tuple[set[str], set[tuple[str, ...]]]:
    ids, shingles = set(), set()
    for row in gold_rows:
        ids.add(_id_key(str(row.get("id", ""))))
        words = _syllables(row.get("text", ""))
        shingles.update(tuple(words[i:i + 8]) for i in range(max(0, len(words) - 7)))
    return ids, shingles


def _is_gold(doc_id: str, text: str, guard) -> bool:
    ids, shingles = guard
    if _id_key(doc_id) in ids:
        return True
    words = _syllables(text[:400])
    return any(tuple(words[i:i + 8]) in shingles for i in range(0, max(1, len(words) - 7), 8))


def iter_labelled(topic_dir: Path, mapping: dict | None = None,
                  labeler: WeakLabeler | None = None) -> Iterator[tuple[str, str, str, str, str]]:
    """``(source, id, label, origin, text)`` for every labelled record whose section maps to a
    topic; articles of a ``relabel`` section that the rules label get the rule's label."""
    mapping = mapping or load_mapping()
    labeler = labeler or WeakLabeler()
    for source, spec in mapping.items():
        files = spec["file"] if isinstance(spec["file"], list) else [spec["file"]]
        relabel = set(spec.get("relabel", ()))
        for name in files:
            for rec in _read_jsonl(topic_dir / name):
                label = None
                section = rec.get(spec["field"])
                sub = spec.get("sub_field")
                if sub and rec.get(sub) in spec.get("sub_labels", {}):
                    label = spec["sub_labels"][rec[sub]]
                elif section in spec["labels"]:
                    label = spec["labels"][section]
                if label is None:
                    continue
                text = "\n\n".join(str(rec.get(f) or "") for f in spec["text"]).strip()
                if not text:
                    continue
                origin = "section"
                if section in relabel:
                    title, _, body = text.partition("\n")
                    if len(title) > 200:  # no title line: the first sentence stands for it
                        title, body = text[:150], text
                    weak = labeler.label(title, body)
                    if weak:
                        label, origin = weak, "weak"
                yield source, str(rec["id"]), label, origin, text


def iter_weak(topic_dir: Path,
              labeler: WeakLabeler | None = None) -> Iterator[tuple[str, str, str, str, str]]:
    """``(source, id, label, "weak", text)`` for unlabelled articles the rules label."""
    labeler = labeler or WeakLabeler()
    for rec in _read_jsonl(topic_dir / UNLABELLED_FILE):
        title, body = rec.get("title") or "", rec.get("text") or ""
        label = labeler.label(title, body)
        if label:
            # the body repeats the title as its first line
            text = body if body.startswith(title) else f"{title}\n\n{body}"
            yield UNLABELLED_SOURCE, str(rec["id"]), label, "weak", text


def _sample(docs: list[TopicDoc], cap: int | None, rng: random.Random) -> list[TopicDoc]:
    if cap is None or len(docs) <= cap:
        return docs
    return sorted(rng.sample(docs, cap), key=lambda d: d.hash)


def build_corpus(shared: str | Path, *, cap_per_source_label: int | None = 2500,
                 cap_per_label: int | None = 6000, seed: int = 13,
                 exclude_gold: bool = True, max_text_chars: int = 4000) -> list[TopicDoc]:
    """Build the topic corpus from ``<shared>/corpus/topic`` (deterministic for given inputs).

    Parameters
    ----------
    shared : str or Path
        The research-data directory (with ``corpus/topic/`` and ``gold/dev.jsonl``).
    cap_per_source_label, cap_per_label : int or None
        Seeded random caps: per (source, label), then per label. Weak labels use their own
        ``cap`` from the rules.
    seed : int
        Seed of the caps' samples.
    exclude_gold : bool
        Leave out articles of ``<shared>/gold/dev.jsonl`` (they are in VLSP and Báo Mới).
    max_text_chars : int
        Texts are cut to this length (the classifier reads the beginning only).

    Returns
    -------
    list of TopicDoc
        Sorted by label, source and hash.
    """
    shared = Path(shared)
    topic_dir = shared / "corpus" / "topic"
    gold_path = shared / "gold" / "dev.jsonl"
    guard = (_gold_guard(_read_jsonl(gold_path)) if exclude_gold and gold_path.is_file()
             else (set(), set()))
    rules = load_rules()
    seen: set[str] = set()
    groups: dict[tuple[str, str], list[TopicDoc]] = defaultdict(list)

    def add(source: str, doc_id: str, label: str, origin: str, text: str) -> None:
        text = prepare_text(text[: max_text_chars + 500])[:max_text_chars]
        h = fingerprint(text)
        if h in seen or _is_gold(doc_id, text, guard):
            return
        seen.add(h)
        groups[source, label].append(TopicDoc(doc_id, source, label, origin, h, _split_of(h), text))

    labeler = WeakLabeler(rules)
    for row in iter_labelled(topic_dir, labeler=labeler):
        add(*row)
    for row in iter_weak(topic_dir, labeler):
        add(*row)

    rng = random.Random(seed)
    by_label: dict[str, list[TopicDoc]] = defaultdict(list)
    for (source, label), docs in sorted(groups.items()):
        cap = rules["labels"][label]["cap"] if source == UNLABELLED_SOURCE else cap_per_source_label
        by_label[label].extend(_sample(sorted(docs, key=lambda d: d.hash), cap, rng))
    corpus: list[TopicDoc] = []
    for label in topic_labels():
        corpus.extend(sorted(_sample(by_label.get(label, []), cap_per_label, rng),
                             key=lambda d: (d.source, d.hash)))
    return corpus


def source_hashes(shared: str | Path) -> dict[str, str]:
    """SHA-256 of every corpus file the builder reads."""
    topic_dir = Path(shared) / "corpus" / "topic"
    names = sorted({n for spec in load_mapping().values() for n in
                    (spec["file"] if isinstance(spec["file"], list) else [spec["file"]])}
                   | {UNLABELLED_FILE})
    return {name: sha256_of(topic_dir / name) for name in names}


def write_manifest(docs: list[TopicDoc], path: str | Path) -> str:
    """Write ``docs`` (without text) as gzipped JSONL; return the SHA-256 of its rows.

    The hash covers the uncompressed rows, so it does not depend on gzip's timestamp.
    """
    rows = "".join(json.dumps(d.manifest_row(), ensure_ascii=False, sort_keys=True) + "\n"
                   for d in docs).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(rows)
    return hashlib.sha256(rows).hexdigest()


def manifest_hash(docs: list[TopicDoc]) -> str:
    """The SHA-256 :func:`write_manifest` would return for ``docs``."""
    rows = "".join(json.dumps(d.manifest_row(), ensure_ascii=False, sort_keys=True) + "\n"
                   for d in docs).encode("utf-8")
    return hashlib.sha256(rows).hexdigest()


def read_manifest(path: str | Path) -> list[dict]:
    """The manifest rows (id, source, label, origin, hash, split)."""
    return list(_read_jsonl(Path(path)))
