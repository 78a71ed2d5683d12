"""What ships about each model: digest, training data and the licence its data carries."""
import json
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from vngovnlp import model_manifests as mi
from vngovnlp.cli import main
from vngovnlp.errors import ModelLoadError
from vngovnlp.integrity import sha256_of

README = Path(__file__).resolve().parents[1] / "README.md"


def test_both_models_listed_with_every_licence_key():
    infos = mi.models_info()
    assert [m.name for m in infos] == ["ner", "topic"]
    for m in infos:
        for key in mi.LICENCE_KEYS:
            assert m.licence[key].strip(), (m.name, key)


@pytest.mark.parametrize("info", mi.models_info(), ids=lambda m: m.name)
def test_digest_is_the_shipped_file(info):
    path = resources.files("vngovnlp.models") / info.file
    assert sha256_of(Path(str(path))) == info.sha256


def test_manifest_without_licence_is_refused(monkeypatch):
    real = mi._read_manifest

    def stripped(name):
        manifest = real(name)
        manifest.pop("licence", None)
        return manifest

    monkeypatch.setattr(mi, "_read_manifest", stripped)
    with pytest.raises(ModelLoadError, match="licence"):
        mi.models_info()


@pytest.mark.parametrize("info", mi.models_info(), ids=lambda m: m.name)
def test_readme_states_what_the_manifest_says(info):
    text = README.read_text(encoding="utf-8")
    for key in ("training_data", "data_licence", "model_use"):
        assert info.licence[key] in text, (info.name, key)


def test_cli_models_json():
    result = CliRunner().invoke(main, ["models", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert [m["name"] for m in listed] == ["ner", "topic"]
