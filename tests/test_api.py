"""The public surface: every name in ``__all__`` resolves, and importing stays light."""
from __future__ import annotations

import subprocess
import sys

import pytest

import vngovnlp


@pytest.mark.parametrize("name", vngovnlp.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(vngovnlp, name) is not None


def test_classify_is_callable_on_the_package() -> None:
    topics = vngovnlp.classify(["Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập khu vực phòng thủ năm 2024"])
    assert len(topics) == 1
    assert topics[0].label in topics[0].scores
    assert abs(sum(topics[0].scores.values()) - 1) < 1e-3


def test_classify_refuses_a_plain_string() -> None:
    with pytest.raises(TypeError, match="texts"):
        vngovnlp.classify("Bộ Quốc phòng")


def test_import_does_not_load_heavy_libraries() -> None:
    code = ("import sys, vngovnlp; heavy = [m for m in ('sklearn', 'pandas', 'underthesea', 'spacy', "
            "'trafilatura', 'dask') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
