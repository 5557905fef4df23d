"""One batch of hostile inputs through the whole pipeline: each bad item is one clear
problem, the good article still comes out, nothing crashes."""

from __future__ import annotations

import gzip
import http.server
import io
import threading
import time
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens import Pipeline, load_settings

GOOD = (
    "Ferry crews walked out on Monday over pay, stranding about 3,000 passengers on the "
    "islands, the port authority said. Talks with the shipping company resume on Wednesday, "
    "according to the union, which says its members have not had a raise in four years."
)
# Unclosed tags, a stray end tag, an unterminated attribute and a NUL byte.
MALFORMED = (
    "<html><head><title>Council <b>votes</title><body><div><p>The town council voted on "
    "Tuesday to rebuild the old harbour wall, damaged in the winter storms, at a cost of "
    "two million euros.<p>Work starts in May <a href='x>and ends in October.</div></span>"
    "<p>Residents welcomed the decision.\x00</body>"
)


def _bomb_warc() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    body = gzip.compress(b"<html><body><p>" + b"boom " * 2_000_000 + b"</p></body></html>")
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"),
                                          ("Content-Encoding", "gzip")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://news.example/bomb", "response", payload=io.BytesIO(body), length=len(body),
        http_headers=headers))
    return out.getvalue()


class _Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(2.0)
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


def test_hostile_batch_gives_one_problem_per_bad_item(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "malformed.html").write_text(MALFORMED, encoding="utf-8")
    big = b"<html><body>" + b"<p>" + b"word " * 450_000 + b"</p>" * 3 + b"</body></html>"
    (tmp_path / "huge.html").write_bytes(big)  # just over the 2 MB cap set below
    (tmp_path / "bomb.warc.gz").write_bytes(_bomb_warc())
    (tmp_path / "broken.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><item><title>",
        encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/slow"
    settings = load_settings(
        {"max_file_bytes": 2 * 1024 * 1024, "fetch_timeout": 0.5,
         "allow_private_addresses": True, "respect_robots": False},
        environ={},
    )
    try:
        report = Pipeline(settings).run([tmp_path, url])
    finally:
        server.shutdown()
        server.server_close()
    sources = {Path(a.source).name for a in report.articles}
    assert "good.txt" in sources
    # Malformed HTML is repaired by the parser, not rejected.
    assert "malformed.html" in sources
    council = next(a for a in report.articles if a.source.endswith("malformed.html"))
    assert "harbour wall" in council.text and "\x00" not in council.text
    problems = {p.source.rsplit("/", 1)[-1]: p.message for p in report.problems}
    assert any("huge.html" in s for s in problems), problems
    assert any("bomb" in s or "bomb" in m for s, m in problems.items()), problems
    assert any("broken.rss" in s for s in problems), problems
    assert any("slow" in s and "timed out" in m for s, m in problems.items()), problems
    for message in problems.values():
        assert "\n" not in message and len(message) < 300
