"""Rebuild the shipped topic model: ``models/topic.skops`` and its sidecar ``models/topic.json``.

Run from the repository root, with the research data in ``../shared`` (or ``$VNGOVNLP_SHARED``)::

    nice python models/train_topic.py            # same as: vngovnlp train
    nice python models/train_topic.py --rebuild  # ignore the local corpus cache
    python models/train_topic.py --keep-big      # refit only the government-news model + blend
    python models/train_topic.py --keep-big --gold-test  # ... and score the gold test too

It builds the topic corpus (``vngovnlp.training.topic_corpus.build_corpus``: labelled sections mapped by
``data/topic_mapping.yaml``, weak labels from ``data/topic_rules.yaml``, deduplicated, gold
articles left out, capped per label), writes its manifest ``corpus/topic_manifest.jsonl.gz``,
trains ``vngovnlp.classify.TopicClassifier`` with its default parameters on the manifest's
``train`` split plus the hand-labelled train part (``corpus/topic_handset.jsonl``, weighted
``--hand-weight``), fits the government-news model on the hand-labelled train part alone and
blends it in (``--domain-weight``, ``--domain-c``, ``--domain-balance``: chosen by 5-fold CV on the hand-labelled train
split with ``vngovnlp.training.topic_domain``, the big model refitted per fold), scores the
``test`` split, the hand-labelled test and the gold dev topics (the gold *test* only with
``--gold-test``: each read of it is deliberate and counted; without it the sidecar's
``evaluation.gold_test`` is null), and saves the model with skops plus the JSON sidecar (labels, version, manifest hash, parameters, the blend, figures).
About six minutes on one core once the corpus is cached (building it takes two more); with
``--keep-big`` about half a minute.
"""
from __future__ import annotations

import sys

from vngovnlp.training.topic_cli import train_command

if __name__ == "__main__":
    train_command.main(args=sys.argv[1:], prog_name="train_topic.py")
