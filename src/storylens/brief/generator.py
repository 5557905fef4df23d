"""Opt-in rephrasing of the brief by a language model, held to the same grounding check.

The template brief is complete without it: nothing here runs unless a base URL and a model
are configured (``generator_base_url`` / ``generator_model``, or ``STORYLENS_GENERATOR_*``).
A :class:`Generator` gets one template sentence and the verbatim evidence it cites and
returns a smoother sentence in the same language; that sentence keeps the template's
citations and passes through :func:`storylens.brief.verify.check`. Any sentence the check
rejects, and any failed call, falls back to the template sentence: a model may make the
brief read better, never say more than the sources.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import httpx

from ..records import BriefSentence

# What the model is asked to do: rephrase, never add.
INSTRUCTION = (
    "Rewrite the sentence below so it reads naturally in the language '{language}'. Keep "
    "every name, number, date and quotation exactly as written; add no fact, name, number "
    "or date that is not in the sentence or the evidence. Answer with the sentence only.")
# Seconds a call may take before the template sentence is kept.
DEFAULT_TIMEOUT = 30.0


class Generator(Protocol):
    """Rephrases one brief sentence; returns None when it has nothing better."""

    def rephrase(self, sentence: str, evidence: list[str], language: str) -> str | None: ...


@dataclass
class OpenAICompatibleGenerator:
    """Chat completions on any OpenAI-compatible endpoint (a local server included)."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    client: httpx.Client | None = None

    def rephrase(self, sentence: str, evidence: list[str], language: str) -> str | None:
        """The model's sentence, or None on any transport or format error."""
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        body = {
            "model": self.model, "temperature": 0,
            "messages": [
                {"role": "system", "content": INSTRUCTION.format(language=language)},
                {"role": "user", "content": "Evidence:\n" + "\n".join(f"- {e}" for e in evidence)
                 + f"\n\nSentence:\n{sentence}"},
            ],
        }
        url = self.base_url.rstrip("/") + "/chat/completions"
        owned = self.client is None
        client = self.client or httpx.Client(timeout=self.timeout)
        try:
            response = client.post(url, json=body, headers=headers, timeout=self.timeout)
            response.raise_for_status()
            text = response.json()["choices"][0]["message"]["content"]
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError):
            return None
        finally:
            if owned:
                client.close()
        return " ".join(str(text).split()) or None


def generator_from_settings(base_url: str | None, model: str | None,
                            api_key: str | None = None) -> Generator | None:
    """The configured generator, or None (the default: template sentences only). The key
    may also come from ``STORYLENS_GENERATOR_API_KEY`` or ``OPENAI_API_KEY``."""
    if not base_url or not model:
        return None
    key = api_key or os.environ.get("STORYLENS_GENERATOR_API_KEY") or \
        os.environ.get("OPENAI_API_KEY")
    return OpenAICompatibleGenerator(base_url=base_url, model=model, api_key=key)


def rephrase(sentences: list[BriefSentence], generator: Generator, evidence_of: Callable[
        [BriefSentence], list[str]], problems_of: Callable[[BriefSentence], list[str]],
             language: str) -> list[BriefSentence]:
    """Each sentence rephrased when the rephrasing passes the check, else kept as it was."""
    out = []
    for original in sentences:
        text = generator.rephrase(original.text, evidence_of(original), language)
        candidate = BriefSentence(text, original.claim_ids, original.article_ids) \
            if text else None
        out.append(candidate if candidate is not None and not problems_of(candidate)
                   else original)
    return out
