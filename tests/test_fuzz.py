"""Property-based: no ``str`` crashes analyze, offsets round-trip, every table builds (issue 18).

The strings come from ``tests/hostile.py`` (the generator ``benchmarks/bench_fuzz.py`` runs for
longer) and from hypothesis' own text strategy. Bounded to a few seconds.
"""
from __future__ import annotations

import random

from hostile import hostile, violations
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vngovnlp


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32))
def test_hostile_strings_never_crash_and_keep_offsets(seed: int) -> None:
    text = hostile(random.Random(seed))  # a seed, not st.randoms(): its choices go to extremes
    art = vngovnlp.analyze(text)
    assert violations(art) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_crashes_and_keeps_offsets(text: str) -> None:
    art = vngovnlp.analyze(text, html=False)
    assert violations(art) == []
