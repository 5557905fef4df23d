from pathlib import Path

import pytest

from storylens.config import Settings, load_settings
from storylens.errors import ConfigError


def test_defaults_then_file_then_env_then_overrides(tmp_path: Path) -> None:
    config = tmp_path / "storylens.toml"
    config.write_text('db_path = "from-file.db"\ncluster_threshold = 0.7\nbatch_size = 8\n')
    env = {"STORYLENS_CLUSTER_THRESHOLD": "0.65", "STORYLENS_LANGUAGES": "en, fr ,de"}
    settings = load_settings({"batch_size": 4}, config_file=config, environ=env)
    assert settings.db_path == "from-file.db"
    assert settings.cluster_threshold == pytest.approx(0.65)
    assert settings.languages == ("en", "fr", "de")
    assert settings.batch_size == 4


def test_pyproject_table_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.storylens]\nembedder = "e5-small"\n')
    monkeypatch.chdir(tmp_path)
    assert load_settings(environ={}).embedder == "e5-small"


def test_unknown_setting_and_bad_value_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings().replace(nope=1)
    with pytest.raises(ConfigError, match="cluster_threshold"):
        load_settings(environ={"STORYLENS_CLUSTER_THRESHOLD": "high"})
    broken = tmp_path / "broken.toml"
    broken.write_text("db_path = ")
    with pytest.raises(ConfigError, match="cannot read config"):
        load_settings(config_file=broken, environ={})


def test_ner_table_from_env_json() -> None:
    settings = load_settings(environ={"STORYLENS_NER": '{"en": "capitalized"}'})
    assert settings.ner == {"en": "capitalized"}
