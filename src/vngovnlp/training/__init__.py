"""Training and corpus building for the topic model (install with ``pip install vngovnlp[training]``).

Nothing in the runtime package (``analyze``, ``classify``, the ``analyze`` command) imports this
subpackage: it reads the research corpora (``../shared``) to rebuild ``models/topic.skops``.
:mod:`~vngovnlp.training.topic_corpus` builds the labelled corpus and its manifest,
:mod:`~vngovnlp.training.topic_cli` holds the ``build-corpus``, ``train`` and ``evaluate``
commands (the ``vngovnlp`` CLI imports it only when one of them is called).
"""
