"""URLs: fetched from a local server on 127.0.0.1 only, with every safety check exercised."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storylens.config import Settings
from storylens.errors import FetchError
from storylens.ingest import read_inputs
from storylens.ingest._url import (
    Fetcher,
    FetchOptions,
    _non_public,
    looks_like_url,
    resolve_host,
)
from storylens.records import Problem, RawDocument

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
AGENT = "storylens-test/1.0"
PAGE = ("<html><head><meta charset='utf-8'><title>Quay</title></head><body>"
        "<p>The quay reopened on Monday after a month of repairs, the port said. "
        "Über 300 Menschen kamen.</p></body></html>").encode()


@dataclass(frozen=True)
class NetSettings(Settings):
    """Settings with the fetch fields the fetcher reads through getattr."""

    fetch_timeout: float = 2.0
    allow_private_addresses: bool = True
    user_agent: str = AGENT
    respect_robots: bool = True


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    send_length: bool = True


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.stop = threading.Event()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (timeout, size cap) is expected here, not an error."""


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        route = self.server.routes.get(self.path, Route(404, b"no such page", "text/plain"))
        if route.delay:
            self.server.stop.wait(route.delay)
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.send_length:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client hung up first (size cap): expected
            self.wfile.write(route.body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture()
def server() -> Iterator[Server]:
    srv = Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.stop.set()
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=2)


def run(inputs: Iterable[str | Path], settings: Settings | None = None
        ) -> tuple[list[RawDocument], list[Problem]]:
    items = list(read_inputs(inputs, settings or NetSettings()))
    return ([i for i in items if isinstance(i, RawDocument)],
            [i for i in items if isinstance(i, Problem)])


def test_html_and_text_pages_are_fetched_and_robots_read_once(server: Server) -> None:
    server.routes["/quay"] = Route(body=PAGE)
    server.routes["/note"] = Route(body=b"Plain note: the ferry runs.",
                                   content_type="text/plain; charset=utf-8")
    server.routes["/old"] = Route(301, headers={"Location": "/quay"})
    docs, problems = run([f"{server.base}/quay", f"{server.base}/note", f"{server.base}/old"])
    assert problems == []
    page, note, moved = docs
    assert (page.source, page.format, page.url) == (
        f"{server.base}/quay", "html", f"{server.base}/quay")
    assert "Über 300 Menschen kamen." in page.content
    assert (note.format, note.content) == ("text", "Plain note: the ferry runs.")
    assert (moved.source, moved.url) == (f"{server.base}/old", f"{server.base}/quay")
    assert server.hits.count("/robots.txt") == 1


def test_feed_url_gives_one_document_per_entry(server: Server) -> None:
    server.routes["/feed"] = Route(body=(FEEDS / "harbour.rss").read_bytes(),
                                   content_type="application/rss+xml")
    docs, problems = run([f"{server.base}/feed"])
    assert problems == []
    assert [d.source for d in docs] == [f"{server.base}/feed#entry 1",
                                        f"{server.base}/feed#entry 2"]
    assert (docs[0].format, docs[0].url, docs[0].title, docs[0].published, docs[0].outlet,
            docs[0].author) == (
        "html", "https://gazette.example/2024/03/harbour-wall", "Harbour wall repairs begin",
        "2024-03-01", "Wend Harbour Gazette", "Ada Lowe")


def test_robots_txt_disallow_is_respected(server: Server) -> None:
    server.routes["/robots.txt"] = Route(
        body=b"User-agent: storylens-test\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n",
        content_type="text/plain")
    server.routes["/private/memo"] = Route(body=PAGE)
    server.routes["/public"] = Route(body=PAGE)
    docs, problems = run([f"{server.base}/private/memo", f"{server.base}/public"])
    assert [d.source for d in docs] == [f"{server.base}/public"]
    (blocked,) = problems
    assert blocked.source == f"{server.base}/private/memo"
    assert blocked.message.startswith(f"blocked by robots.txt of {server.base}")
    assert "/private/memo" not in server.hits
    # Turning the check off is the user's call; then the page is read.
    docs, _ = run([f"{server.base}/private/memo"], NetSettings(respect_robots=False))
    assert len(docs) == 1


def test_slow_server_times_out_quickly(server: Server) -> None:
    server.routes["/slow"] = Route(body=PAGE, delay=5.0)
    started = time.monotonic()
    docs, problems = run([f"{server.base}/slow"], NetSettings(fetch_timeout=0.5))
    assert time.monotonic() - started < 1.5
    assert docs == []
    assert [p.message for p in problems] == ["timed out after 0.5 s"]


@pytest.mark.parametrize("send_length", [True, False])
def test_response_over_the_cap_is_refused(server: Server, send_length: bool) -> None:
    server.routes["/big"] = Route(body=b"<p>" + b"x" * 50_000 + b"</p>", send_length=send_length)
    settings = dataclasses.replace(NetSettings(), max_file_bytes=4_000)
    docs, problems = run([f"{server.base}/big"], settings)
    assert docs == []
    assert problems[0].message.startswith("too large: over 4,000 bytes")


def test_redirect_to_loopback_is_refused_when_private_addresses_are_not_allowed(
    server: Server,
) -> None:
    port = server.server_address[1]
    server.routes["/hop"] = Route(302, headers={"Location": f"http://127.0.0.2:{port}/quay"})
    server.routes["/quay"] = Route(body=PAGE)

    def only_the_test_server_is_public(address: str) -> str | None:
        """Pretend the test server's address is public so the first hop passes the policy
        (the fetcher connects to the address it checked, so it must be the real one)."""
        return None if address == "127.0.0.1" else "loopback"

    options = FetchOptions(timeout=2.0, user_agent=AGENT)
    assert options.allow_private_addresses is False
    with Fetcher(options, address_kind=only_the_test_server_is_public) as fetcher, \
            pytest.raises(FetchError) as caught:
        fetcher.fetch(f"http://127.0.0.1:{port}/hop")
    assert caught.value.reason.startswith(
        f"refused: loopback address 127.0.0.2 (redirected to http://127.0.0.2:{port}/quay)")
    assert "allow_private_addresses = true" in caught.value.reason
    assert "/hop" in server.hits and "/quay" not in server.hits


def test_default_settings_refuse_loopback_without_any_request(server: Server) -> None:
    server.routes["/quay"] = Route(body=PAGE)
    docs, problems = run([f"{server.base}/quay"], Settings())
    assert docs == []
    (refused,) = problems
    assert refused.source == f"{server.base}/quay"
    assert refused.message.startswith("refused: loopback address 127.0.0.1;")
    assert "allow_private_addresses" in refused.message
    assert server.hits == []


def test_http_errors_and_unsupported_types_are_problems(server: Server) -> None:
    server.routes["/logo.png"] = Route(body=b"\x89PNG\r\n", content_type="image/png")
    server.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    server.routes["/to-file"] = Route(302, headers={"Location": "file:///etc/passwd"})
    urls = [f"{server.base}/{name}" for name in ("missing", "logo.png", "loop", "to-file")]
    docs, problems = run(urls)
    assert docs == []
    assert [p.source for p in problems] == urls
    missing, logo, loop, to_file = (p.message for p in problems)
    assert missing == "HTTP 404 Not Found"
    assert logo.startswith("unsupported content type image/png")
    assert loop == "too many redirects (over 5)"
    assert to_file.startswith("refused: unsupported scheme 'file' in redirect to file://")
    assert all("\n" not in p.message and p.stage == "ingest" for p in problems)


def test_non_http_schemes_are_refused_and_the_batch_goes_on(server: Server) -> None:
    server.routes["/quay"] = Route(body=PAGE)
    docs, problems = run(["ftp://127.0.0.1/news.txt", "file:///etc/hostname",
                          f"{server.base}/quay"])
    assert [d.source for d in docs] == [f"{server.base}/quay"]
    assert [p.message.split(";")[0] for p in problems] == [
        "refused: unsupported scheme 'ftp' in URL", "refused: unsupported scheme 'file' in URL"]


def test_urls_file_lists_urls_one_a_line(server: Server, tmp_path: Path) -> None:
    server.routes["/quay"] = Route(body=PAGE)
    listing = tmp_path / "today.urls"
    listing.write_text(f"# morning reading\n\n{server.base}/quay\nnews.example/x\n"
                       f"  {server.base}/gone  \n", encoding="utf-8")
    docs, problems = run([listing])
    assert [d.source for d in docs] == [f"{server.base}/quay"]
    assert [(p.source, p.message.split(" (")[0]) for p in problems] == [
        (f"{listing}#L4", "line 4 is not a URL"), (f"{server.base}/gone", "HTTP 404 Not Found")]


def test_looks_like_url() -> None:
    assert looks_like_url("https://news.example/a") and looks_like_url("ftp://x/y")
    assert not looks_like_url("C://data/a.txt") and not looks_like_url("articles/a.txt")
    assert not looks_like_url(Path("https://news.example/a"))


def test_unavailable_robots_txt_blocks_the_host(server: Server) -> None:
    server.routes["/robots.txt"] = Route(503, b"busy", "text/plain")
    server.routes["/quay"] = Route(body=PAGE)
    docs, problems = run([f"{server.base}/quay"])
    assert docs == [] and "/quay" not in server.hits
    assert problems[0].message == (f"robots.txt of {server.base} could not be read: "
                                   "HTTP 503 Service Unavailable")


@pytest.mark.parametrize(("address", "kind"), [
    ("10.0.0.1", "private"), ("169.254.169.254", "link-local"), ("::1", "loopback"),
    ("::ffff:127.0.0.1", "loopback"), ("224.0.0.1", "multicast"), ("fe80::1%eth0", "link-local"),
    ("100.64.0.1", "non-public"), ("2002:a00:1::1", "private"), ("93.184.215.14", None),
    ("2606:4700::1111", None),
])
def test_address_policy_kinds(address: str, kind: str | None) -> None:
    assert _non_public(address) == kind


def test_connection_goes_to_the_checked_address_not_a_second_dns_answer(
    server: Server,
) -> None:
    """DNS rebinding: the policy sees a public address, a second lookup would give loopback."""
    port = server.server_address[1]
    server.routes["/quay"] = Route(body=PAGE)
    answers = iter([["93.184.216.34"], ["127.0.0.1"], ["127.0.0.1"]])

    def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    with Fetcher(FetchOptions(timeout=2.0, user_agent=AGENT, respect_robots=False),
                 resolve=rebinding) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(f"http://rebind.test:{port}/quay")
    assert caught.value.reason.startswith("refused: loopback address 127.0.0.1")
    assert server.hits == []


def test_connection_uses_the_resolved_address(server: Server) -> None:
    """A name the system cannot resolve is reached through the fetcher's own answer."""
    server.routes["/quay"] = Route(body=PAGE)
    options = FetchOptions(timeout=2.0, user_agent=AGENT, respect_robots=False,
                           allow_private_addresses=True)

    def to_server(host: str, port: int) -> list[str]:
        return ["127.0.0.1"] if host == "news.invalid" else resolve_host(host, port)

    with Fetcher(options, resolve=to_server) as fetcher:
        page = fetcher.fetch(f"http://news.invalid:{server.server_address[1]}/quay")
    assert page.body == PAGE and server.hits == ["/quay"]
