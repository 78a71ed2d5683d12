"""A small syllable BiLSTM tagger for NER, measured against the shipped CRF (issue #20).

The experiment of ``models/ner.manifest.json``, row "BiLSTM (neural)" of the block-split table:
the same training sentences as ``models/train_ner.py`` (VLSP 2016 + 2018 train, normalised and
cut into syllables as at run time), the same held-out blocks (``held_out_blocks``: a seeded 10 %
of the runs of 100 consecutive sentences), the same score (entity-level exact span, MISC
ignored). Hyper-parameters are set on those held-out blocks only; the dev files are not read.

Inputs per syllable, all as embeddings: the lower-cased syllable (seen at least twice in the
training part, else UNK), its shape (d/p/U/C/l/m, as the CRF's), the gazetteer place flag
(B/I/none), its word2vec k-means clusters at 100/500/2000 (``data/ner_clusters.tsv``, the CRF's
clusters) and the 500-cluster of the bigrams it ends and starts. One BiLSTM layer, a softmax
over the 9 BIO labels, and at decoding a Viterbi that forbids an I- after anything but its own
B-/I- (a constrained decoding, no learned transitions).

torch (and gensim for ``--w2v``) is needed to train only, installed by hand (``pip install torch
gensim``): the library ships no neural model. One torch thread, seeded.

Usage: nice -n 15 python models/train_ner_neural.py [--shared ../shared] [--epochs 8]
       [--arch lstm|cnn] [--w2v vectors.npz] [--hidden 128] [--out models/ner_neural.npz]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from train_ner import TRAIN_FILES, held_out_blocks, read_conll  # noqa: E402

from vngovnlp.extract.entities import _clusters, _place_flags, _shape, bio_spans  # noqa: E402

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
SHAPES = ("<pad>", "d", "p", "U", "C", "l", "m")
GAZ = ("<pad>", "-", "B", "I")
SCORED = ("PER", "ORG", "LOC")


class Encoder:
    """Syllables -> integer feature columns (syllable, shape, gaz, c100, c500, c2000, bl500, br500).

    Index 0 is padding in every column, 1 is UNK / none."""

    def __init__(self, vocab: list[str]) -> None:
        self.vocab = {w: i for i, w in enumerate(vocab, start=2)}

    @staticmethod
    def build(sents: list[list[str]], min_count: int = 2, extra: tuple[str, ...] = ()) -> Encoder:
        """Syllables seen ``min_count`` times in ``sents``, and the ``extra`` ones (pretrained)."""
        counts = Counter(t.lower() for s in sents for t in s)
        return Encoder(sorted({w for w, c in counts.items() if c >= min_count} | set(extra)))

    def __call__(self, tokens: list[str]) -> np.ndarray:
        clusters = _clusters()
        low = [t.lower() for t in tokens]
        gaz = _place_flags(tokens, low)
        n = len(tokens)
        out = np.zeros((n, 8), dtype=np.int64)
        for i, (t, w) in enumerate(zip(tokens, low, strict=True)):
            c = clusters.get(w)
            left = clusters.get(low[i - 1] + " " + w) if i else None
            right = clusters.get(w + " " + low[i + 1]) if i + 1 < n else None
            out[i] = (self.vocab.get(w, 1), SHAPES.index(_shape(t)), GAZ.index(gaz[i] or "-"),
                      int(c[0]) + 2 if c else 1, int(c[1]) + 2 if c else 1, int(c[2]) + 2 if c else 1,
                      int(left[1]) + 2 if left else 1, int(right[1]) + 2 if right else 1)
        return out


#: (column, number of ids, embedding width)
def columns(n_vocab: int, widths: dict) -> list[tuple[int, int, int]]:
    return [(0, n_vocab + 2, widths["syl"]), (1, len(SHAPES), 8), (2, len(GAZ), 4),
            (3, 102, 8), (4, 502, 16), (5, 2002, 32), (6, 502, 16), (7, 502, 16)]


def allowed() -> np.ndarray:
    """allowed[a, b]: label b may follow label a (an I-X only after B-X or I-X)."""
    ok = np.ones((len(LABELS), len(LABELS)), dtype=bool)
    for b, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            for a, prev in enumerate(LABELS):
                ok[a, b] = prev[2:] == lab[2:]
    return ok


def decode(logp: np.ndarray) -> list[int]:
    """Best label path under the BIO constraint, ``logp`` (n, labels) log-probabilities."""
    ok = allowed()
    start = np.array([not lab.startswith("I-") for lab in LABELS])
    trans = np.where(ok, 0.0, -1e9)
    score = np.where(start, logp[0], -1e9)
    back = np.zeros(logp.shape, dtype=np.intp)
    for t in range(1, len(logp)):
        step = score[:, None] + trans
        back[t] = step.argmax(axis=0)
        score = step.max(axis=0) + logp[t]
    best = [int(score.argmax())]
    for t in range(len(logp) - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return best[::-1]


def spans(tags: list[str]) -> set[tuple[str, int, int]]:
    return {s for s in bio_spans([(i, i + 1, t) for i, t in enumerate(tags)]) if s[0] in SCORED}


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, float]:
    out = {}
    for label in (*SCORED, "all"):
        tp = n_g = n_p = 0
        for g, p in zip(gold, pred, strict=True):
            gs = {s for s in spans(g) if label in ("all", s[0])}
            ps = {s for s in spans(p) if label in ("all", s[0])}
            tp, n_g, n_p = tp + len(gs & ps), n_g + len(gs), n_p + len(ps)
        prec, rec = tp / max(n_p, 1), tp / max(n_g, 1)
        out[label] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    return out


def syllable_vectors(shared: Path, cache: Path, budget: int, dim: int, seed: int,
                     top: int = 30000) -> tuple[list[str], np.ndarray]:
    """word2vec (gensim CBOW, one worker thread, seeded) of the lower-cased syllables of the
    unlabelled news text, read as ``build_ner_clusters.py`` reads it (gold articles skipped),
    ``budget`` syllables from each source; the ``top`` most frequent syllables that have a letter
    or digit, and their vectors. Kept in ``cache`` (an ``.npz``, no pickle) once built."""
    if cache.exists():
        z = np.load(cache, allow_pickle=False)
        return [str(k) for k in z["keys"]], z["vectors"]
    from build_ner_clusters import read_lines
    from gensim.models import Word2Vec

    t0 = time.perf_counter()
    lines, kept, skipped = read_lines(shared, budget)
    print(f"word2vec text: {kept} articles ({skipped} gold skipped), {sum(map(len, lines))} syllables "
          f"in {time.perf_counter() - t0:.0f} s", flush=True)
    w2v = Word2Vec(lines, vector_size=dim, window=5, sg=0, negative=5, epochs=3, seed=seed, min_count=5, workers=1)
    keys = [k for k in w2v.wv.index_to_key if any(c.isalnum() for c in k)][:top]
    vectors = np.stack([w2v.wv[k] for k in keys]).astype(np.float32)
    np.savez(cache, keys=np.array(keys), vectors=vectors)
    print(f"word2vec: {len(keys)} syllables in {time.perf_counter() - t0:.0f} s", flush=True)
    return keys, vectors


def build_model(cols: list[tuple[int, int, int]], hidden: int, dropout: float, arch: str = "lstm"):
    """``lstm``: one BiLSTM layer; ``cnn``: two width-5 convolutions (no recurrence, so that a
    numpy forward pass is a few matrix products per text)."""
    import torch
    from torch import nn

    if arch == "cnn":
        return _cnn(cols, hidden, dropout)

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embs = nn.ModuleList(nn.Embedding(n, d, padding_idx=0) for _, n, d in cols)
            width = sum(d for _, _, d in cols)
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(width, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, len(LABELS))

        def forward(self, x, lengths):
            e = torch.cat([emb(x[:, :, c]) for (c, _, _), emb in zip(cols, self.embs, strict=True)], dim=-1)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(e), lengths, batch_first=True,
                                                       enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
            return self.out(self.drop(h))

    return Tagger()


def _cnn(cols: list[tuple[int, int, int]], hidden: int, dropout: float):
    import torch
    from torch import nn

    class ConvTagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embs = nn.ModuleList(nn.Embedding(n, d, padding_idx=0) for _, n, d in cols)
            width = sum(d for _, _, d in cols)
            self.drop = nn.Dropout(dropout)
            self.conv1 = nn.Conv1d(width, 2 * hidden, 5, padding=2)
            self.conv2 = nn.Conv1d(2 * hidden, 2 * hidden, 5, padding=2)
            self.out = nn.Linear(2 * hidden, len(LABELS))

        def forward(self, x, lengths):
            e = torch.cat([emb(x[:, :, c]) for (c, _, _), emb in zip(cols, self.embs, strict=True)], dim=-1)
            mask = (x[:, :, 0] > 0).unsqueeze(1).float()
            h = torch.relu(self.conv1(self.drop(e).transpose(1, 2))) * mask
            h = torch.relu(self.conv2(self.drop(h))) * mask + h
            return self.out(self.drop(h.transpose(1, 2)))

    return ConvTagger()


def batches(xs: list[np.ndarray], ys: list[np.ndarray], size: int, rng: random.Random):
    """Batches of sentences of similar length (sorted within shuffled pools of 50 batches)."""
    import torch

    order = list(range(len(xs)))
    rng.shuffle(order)
    pool = size * 50
    out = []
    for k in range(0, len(order), pool):
        chunk = sorted(order[k:k + pool], key=lambda i: len(xs[i]))
        out += [chunk[j:j + size] for j in range(0, len(chunk), size)]
    rng.shuffle(out)
    for idx in out:
        width = max(len(xs[i]) for i in idx)
        x = np.zeros((len(idx), width, xs[0].shape[1]), dtype=np.int64)
        y = np.full((len(idx), width), -100, dtype=np.int64)
        for r, i in enumerate(idx):
            x[r, :len(xs[i])] = xs[i]
            y[r, :len(ys[i])] = ys[i]
        yield torch.from_numpy(x), torch.from_numpy(y), torch.tensor([len(xs[i]) for i in idx])


def predict(model, xs: list[np.ndarray], size: int = 256) -> list[list[str]]:
    import torch

    model.eval()
    out: list[list[str]] = []
    with torch.no_grad():
        for k in range(0, len(xs), size):
            part = xs[k:k + size]
            width = max(len(x) for x in part)
            x = np.zeros((len(part), width, part[0].shape[1]), dtype=np.int64)
            for r, xi in enumerate(part):
                x[r, :len(xi)] = xi
            logp = torch.log_softmax(model(torch.from_numpy(x), torch.tensor([len(p) for p in part])), -1).numpy()
            out += [[LABELS[j] for j in decode(logp[r, :len(xi)])] for r, xi in enumerate(part)]
    model.train()
    return out


def save_npz(model, encoder: Encoder, cols, path: Path, meta: dict) -> None:
    """Weights as plain float32 arrays (``numpy.load(..., allow_pickle=False)`` reads them back)."""
    arrays = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    vocab = sorted(encoder.vocab, key=encoder.vocab.__getitem__)
    arrays["vocab"] = np.array(vocab)
    arrays["meta"] = np.array(json.dumps({**meta, "labels": LABELS, "columns": cols}))
    np.savez_compressed(path, **arrays)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--minutes", type=float, default=60.0,
                        help="a safety stop: no epoch starts after this many minutes of training")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--arch", choices=("lstm", "cnn"), default="lstm")
    parser.add_argument("--syl-dim", type=int, default=64)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--full", action="store_true", help="train on all training sentences (no held-out score)")
    parser.add_argument("--out", type=Path, default=None, help="save the weights (.npz)")
    parser.add_argument("--w2v", type=Path, default=None,
                        help="init syllable embeddings from word2vec vectors kept in this .npz (built if missing)")
    parser.add_argument("--w2v-budget", type=int, default=3_000_000, help="syllables read from each source")
    parser.add_argument("--w2v-only", action="store_true", help="build the vectors and stop")
    return parser.parse_args(argv)


def load(args: argparse.Namespace, extra: tuple[str, ...]) -> tuple[Encoder, tuple, tuple]:
    """The encoder, (features, label ids) of the training part, (features, tags) of the held-out blocks."""
    t0 = time.perf_counter()
    sents = [s for name in TRAIN_FILES for s in read_conll(args.shared / "corpus" / name)]
    drop = set() if args.full else held_out_blocks(len(sents))
    train = [s for i, s in enumerate(sents) if i not in drop]
    held = [s for i, s in enumerate(sents) if i in drop]
    encoder = Encoder.build([[w for w, _ in s] for s in train], extra=extra)
    lab = {t: k for k, t in enumerate(LABELS)}
    fit_data = ([encoder([w for w, _ in s]) for s in train], [np.array([lab[t] for _, t in s]) for s in train])
    held_data = ([encoder([w for w, _ in s]) for s in held], [[t for _, t in s] for s in held])
    print(f"{len(train)} training, {len(held)} held-out sentences, vocab {len(encoder.vocab)}; "
          f"encoded in {time.perf_counter() - t0:.0f} s", flush=True)
    return encoder, fit_data, held_data


def fit(model, fit_data: tuple, held_data: tuple, args: argparse.Namespace) -> list[dict]:
    """Adam, cross-entropy per syllable; the held-out score after every epoch."""
    import torch

    rng = random.Random(args.seed)
    (xs, ys), (hx, hy) = fit_data, held_data
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    history = []
    t1 = time.perf_counter()
    for epoch in range(1, args.epochs + 1):
        total = 0.0
        for x, y, lengths in batches(xs, ys, args.batch, rng):
            opt.zero_grad()
            loss = loss_fn(model(x, lengths).reshape(-1, len(LABELS)), y.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item() * len(lengths)
        row = {"epoch": epoch, "loss": round(total / len(xs), 4), "minutes": round((time.perf_counter() - t1) / 60, 1)}
        if hx:
            row["held_out"] = score(hy, predict(model, hx))
        history.append(row)
        print(json.dumps(row), flush=True)
        if time.perf_counter() - t1 > args.minutes * 60:
            break
    return history


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    keys, vectors = ((), None)
    if args.w2v:
        keys, vectors = syllable_vectors(args.shared, args.w2v, args.w2v_budget, args.syl_dim, args.seed)
        if args.w2v_only:
            return 0
    encoder, fit_data, held_data = load(args, tuple(keys))
    cols = columns(len(encoder.vocab), {"syl": args.syl_dim})
    model = build_model(cols, args.hidden, args.dropout, args.arch)
    if vectors is not None:
        with torch.no_grad():  # pretrained rows, scaled to the N(0, 1) of the other rows
            rows = torch.from_numpy(vectors / vectors.std())
            model.embs[0].weight[[encoder.vocab[k] for k in keys]] = rows
    history = fit(model, fit_data, held_data, args)
    if args.out:
        save_npz(model, encoder, cols, args.out, {"args": {k: str(v) for k, v in vars(args).items()},
                                                  "history": history})
        print(f"saved {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
