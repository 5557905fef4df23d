"""The opt-in Generator: an OpenAI-compatible endpoint may rephrase, never add facts."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import ClassVar

import httpx
import pytest

import storylens.brief as brief_module
from claim_builders import make_article, make_claim
from storylens.brief import build_brief
from storylens.brief.generator import OpenAICompatibleGenerator, generator_from_settings
from storylens.config import Settings
from storylens.reconcile import reconcile
from storylens.records import Value


class _FakeChat(BaseHTTPRequestHandler):
    """Answers chat completions: a faithful rephrasing, or one that invents a place."""

    seen: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _FakeChat.seen.append({"path": self.path, "auth": self.headers.get("Authorization"),
                               "body": body})
        sentence = body["messages"][-1]["content"].rsplit("Sentence:\n", 1)[-1]
        if "injured" in sentence:  # an embellishment the sources never wrote
            answer = sentence.replace("injured", "injured in Paris")
        else:
            answer = "Reportedly, " + sentence[:1].lower() + sentence[1:]
        payload = json.dumps({"choices": [{"message": {"role": "assistant",
                                                       "content": answer}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _FakeChat)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeChat.seen.clear()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()
    server.server_close()


def _story() -> tuple[list, dict]:  # type: ignore[type-arg]
    a = make_article("Officials said 12 people were killed and 40 were injured.", "Outlet A",
                     language="en")
    b = make_article("At least 12 people were killed, police said.", "Outlet B", language="en")
    claims = [make_claim(a, "12 people were killed", value=Value("killed", 12, 12)),
              make_claim(b, "12 people were killed", value=Value("killed", 12, 12)),
              make_claim(a, "40 were injured", value=Value("injured", 40, 40))]
    articles = {x.id: x for x in (a, b)}
    return reconcile(claims, articles)[0], articles


def test_generator_output_passes_the_verifier_or_the_template_stays(
        endpoint: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Template sentences only (no member lead quoted first): those are what gets rephrased.
    monkeypatch.setattr(brief_module, "central_sentence", lambda *args: None)
    story, articles = _story()
    template = [s.text for s in build_brief(story, articles, []).sentences]
    generator = OpenAICompatibleGenerator(endpoint, "fake-model", api_key="k",
                                          client=httpx.Client(trust_env=False))
    rephrased = build_brief(story, articles, [], "en", generator).sentences
    texts = [s.text for s in rephrased]
    assert len(texts) == len(template) == 2
    assert texts[0] == "Reportedly, " + template[0][:1].lower() + template[0][1:]
    # "in Paris" is in no cited claim: that rephrasing is dropped for the template sentence.
    assert texts[1] == template[1] and "Paris" not in texts[1]
    call = _FakeChat.seen[0]
    assert call["path"] == "/v1/chat/completions" and call["auth"] == "Bearer k"
    assert call["body"]["model"] == "fake-model"  # type: ignore[index]


def test_generator_is_off_by_default_and_a_dead_endpoint_keeps_the_templates() -> None:
    assert Settings().generator_base_url is None
    assert generator_from_settings(None, None) is None
    story, articles = _story()
    dead = OpenAICompatibleGenerator("http://127.0.0.1:9/v1", "m", timeout=0.5,
                                     client=httpx.Client(trust_env=False))
    assert build_brief(story, articles, [], "en", dead) == build_brief(story, articles, [])
