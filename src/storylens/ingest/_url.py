"""Fetch http(s) URLs for ingest: address policy, robots.txt, timeouts and a size cap."""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from urllib.robotparser import RobotFileParser

import httpx

from ..config import Settings
from ..errors import FetchError, IngestError
from ..records import Problem, RawDocument
from ._decode import charset_from_content_type, charset_from_meta, decode_bytes, read_capped
from ._feed import parse_feed
from ._pinned import pinned_transport
from ._reader import Reader, readers

DEFAULT_USER_AGENT = "storylens/0.1 (+offline news analysis)"
# A scheme followed by "//": what a user types for a URL. Two letters at least, so a
# Windows drive ("C://") is never taken for one.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
_SCHEMES = ("http", "https")
# Google reads the first 500 KiB of a robots.txt and ignores the rest; so do we.
_ROBOTS_MAX_BYTES = 500 * 1024
# httpx's timeout bounds each connect and each read; a server dripping a byte at a time
# never trips it, so one URL (redirects, robots.txt and body) also gets this many
# timeouts in all.
_TOTAL_TIMEOUT_FACTOR = 3
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/feed+xml", "application/xml", "text/xml",
})
_TEXT_TYPES = frozenset({"text/plain"})

Resolver = Callable[[str, int], list[str]]
# Says what kind of non-public address an address is ("loopback", ...), None if public.
AddressPolicy = Callable[[str], str | None]


@dataclass(frozen=True)
class FetchOptions:
    """How URLs are fetched; read from settings so a config file can change each."""

    timeout: float = 10.0
    allow_private_addresses: bool = False
    user_agent: str = DEFAULT_USER_AGENT
    respect_robots: bool = True
    max_bytes: int = 20 * 1024 * 1024
    # Browsers allow 20; news sites need 1-2 (http->https, www, a tracker), so 5 is ample.
    max_redirects: int = 5

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchOptions:
        """Options from settings fields when present, else the defaults above."""
        return cls(
            timeout=float(getattr(settings, "fetch_timeout", cls.timeout)),
            allow_private_addresses=bool(
                getattr(settings, "allow_private_addresses", cls.allow_private_addresses)),
            user_agent=str(getattr(settings, "user_agent", cls.user_agent)),
            respect_robots=bool(getattr(settings, "respect_robots", cls.respect_robots)),
            max_bytes=int(settings.max_file_bytes),
        )


@dataclass(frozen=True)
class Fetched:
    """A successful response: the final URL after redirects, its media type and body."""

    url: str
    media_type: str
    charset: str | None
    body: bytes


class _Failure(Exception):
    """Why one fetch failed, before it is tied to the URL the user named."""


class _TooLarge(_Failure):
    """The body passed the byte cap (robots.txt reads its first part instead)."""


def looks_like_url(value: object) -> bool:
    """True for a string written as a URL ("https://...", also "ftp://..." to refuse it)."""
    return isinstance(value, str) and _URL.match(value.strip()) is not None


def resolve_host(host: str, port: int) -> list[str]:
    """Every address the host resolves to (what a connection could end up using)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class Fetcher:
    """One HTTP client per run; robots.txt answers are cached here, per origin."""

    def __init__(self, options: FetchOptions, resolve: Resolver | None = None,
                 address_kind: AddressPolicy | None = None) -> None:
        """The client trusts no proxy settings: a proxy would bypass the address policy.

        Connections go to the address the policy approved when connecting (no second
        DNS answer); ``resolve`` and ``address_kind`` can be replaced in tests.
        """
        self.options = options
        self._resolve = resolve or resolve_host
        self._address_kind = address_kind or _non_public
        self._client = httpx.Client(
            timeout=httpx.Timeout(options.timeout), follow_redirects=False, trust_env=False,
            headers={"User-Agent": options.user_agent},
            transport=pinned_transport(self._approved_address),
        )
        self._robots: dict[str, RobotFileParser | _Failure] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(self, url: str) -> Fetched:
        """GET one URL with every check; FetchError with a one-line reason when it fails."""
        deadline = time.monotonic() + self.options.timeout * _TOTAL_TIMEOUT_FACTOR
        try:
            status, final, content_type, body = self._get(
                url, self.options.max_bytes, deadline, robots=self.options.respect_robots)
        except _Failure as exc:
            raise FetchError(url, str(exc)) from None
        if not 200 <= status < 300:
            raise FetchError(url, f"HTTP {status} {_reason(status)}".rstrip())
        media_type = content_type.split(";")[0].strip().lower()
        return Fetched(final, media_type, charset_from_content_type(content_type), body)

    def documents(self, url: str, settings: Settings) -> Iterator[RawDocument | Problem]:
        """The documents at a URL (a page, a text, a feed's entries); failures are Problems."""
        try:
            page = self.fetch(url)
            if not page.body.strip():
                raise FetchError(url, "response body is empty")
            if page.media_type in _FEED_TYPES:
                yield from parse_feed(page.body, url, settings, url=page.url)
                return
            declared: tuple[str | None, ...] = (page.charset,)
            if page.media_type in _HTML_TYPES:
                declared, kind = (page.charset, charset_from_meta(page.body)), "html"
            elif page.media_type in _TEXT_TYPES:
                kind = "text"
            else:
                raise FetchError(url, f"unsupported content type {page.media_type or '(none)'}; "
                                      "only HTML, plain text and RSS/Atom feeds are read")
            text = decode_bytes(page.body, url, declared)
            yield RawDocument(source=url, format="html" if kind == "html" else "text",
                              content=text, url=page.url, language_hint=settings.lang_hint)
        except IngestError as exc:
            yield Problem(source=exc.source, stage="ingest", message=exc.reason)

    # -- one request chain ---------------------------------------------------------------
    def _get(self, url: str, cap: int, deadline: float, robots: bool
             ) -> tuple[int, str, str, bytes]:
        """Status, final URL, Content-Type and body (2xx only), following redirects."""
        current = _parse(url)
        for hop in range(self.options.max_redirects + 1):
            via = f" (redirected to {current})" if hop else ""
            if time.monotonic() > deadline:
                total = self.options.timeout * _TOTAL_TIMEOUT_FACTOR
                raise _Failure(f"timed out after {total:g} s in all{via}")
            self._check_address(current, via)
            if robots:
                self._check_robots(current, deadline, via)
            try:
                with self._client.stream("GET", current) as response:
                    if response.has_redirect_location:
                        current = _parse(response.headers["location"], base=current)
                        continue
                    content_type = response.headers.get("content-type", "")
                    if not 200 <= response.status_code < 300:
                        return response.status_code, str(current), content_type, b""
                    body = self._read_body(response, cap, deadline)
                    return response.status_code, str(current), content_type, body
            except httpx.TimeoutException:
                raise _Failure(f"timed out after {self.options.timeout:g} s{via}") from None
            except httpx.HTTPError as exc:
                raise _Failure(f"connection failed{via}: {_first_line(exc)}") from None
        raise _Failure(f"too many redirects (over {self.options.max_redirects})")

    def _read_body(self, response: httpx.Response, cap: int, deadline: float) -> bytes:
        """The body, decompressed, aborted as soon as it passes ``cap`` bytes or the deadline."""
        too_large = f"too large: over {cap:,} bytes (max_file_bytes); raise it to fetch this"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise _TooLarge(too_large)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise _TooLarge(too_large)
            if time.monotonic() > deadline:
                total = self.options.timeout * _TOTAL_TIMEOUT_FACTOR
                raise _Failure(f"timed out after {total:g} s (download too slow)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _check_address(self, url: httpx.URL, via: str) -> None:
        """Refuse hosts that resolve to any private, loopback, link-local or reserved address
        before any request (the connection checks again: see ``_approved_address``)."""
        if self.options.allow_private_addresses:
            return
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            host = url.raw_host.decode("ascii")
        except UnicodeError as exc:
            raise _Failure(f"cannot resolve host {url.host}{via}: {_first_line(exc)}") from None
        self._approved_address(host, port, via)

    def _approved_address(self, host: str, port: int, via: str = "") -> str:
        """The address to connect to: the host resolved once, every address checked."""
        try:
            addresses = self._resolve(host.strip("[]"), port)
        except OSError as exc:
            raise _Failure(f"cannot resolve host {host}{via}: {_first_line(exc)}") from None
        if not addresses:
            raise _Failure(f"cannot resolve host {host}{via}: no address")
        if not self.options.allow_private_addresses:
            for address in addresses:
                kind = self._address_kind(address)
                if kind:
                    raise _Failure(f"refused: {kind} address {address}{via}; set "
                                   "allow_private_addresses = true to fetch private or "
                                   "local hosts")
        return addresses[0]

    def _check_robots(self, url: httpx.URL, deadline: float, via: str) -> None:
        """Refuse URLs the host's robots.txt disallows for our user agent."""
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin, deadline)
        rules = self._robots[origin]
        if isinstance(rules, _Failure):
            raise _Failure(f"robots.txt of {origin} could not be read{via}: {rules}")
        if not rules.can_fetch(self.options.user_agent, str(url)):
            raise _Failure(f"blocked by robots.txt of {origin}{via}; "
                           "set respect_robots = false only for sites you may crawl")

    def _load_robots(self, origin: str, deadline: float) -> RobotFileParser | _Failure:
        """Rules by RFC 9309: a 4xx allows everything, a 5xx disallows everything."""
        rules = RobotFileParser()
        try:
            status, _, _, body = self._get(f"{origin}/robots.txt", _ROBOTS_MAX_BYTES, deadline,
                                           robots=False)
        except _TooLarge:
            status, body = 200, b""  # rare enough to treat as "no rules" rather than fail
        except _Failure as exc:
            return exc
        if status >= 500:
            return _Failure(f"HTTP {status} {_reason(status)}".rstrip())
        rules.parse(body.decode("utf-8", "replace").splitlines() if status < 300 else [])
        return rules


class UrlListReader:
    """A ``.urls`` file lists URLs, one a line (``#`` comments); each is fetched.

    The same instance fetches the URLs named on the command line, so one run has one
    HTTP client and reads each host's robots.txt once.
    """

    name = "urls"
    suffixes: tuple[str, ...] = (".urls",)

    def __init__(self) -> None:
        self._fetcher: Fetcher | None = None

    def read(self, path: Path, settings: Settings) -> Iterator[RawDocument | Problem]:
        """Fetch every URL of the list in order; a bad line is a Problem, the rest goes on."""
        text = decode_bytes(read_capped(path, settings), str(path))
        for number, line in enumerate(text.splitlines(), start=1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not looks_like_url(url):
                yield Problem(source=f"{path}#L{number}", stage="ingest",
                              message=f"line {number} is not a URL ({url[:80]!r}); "
                                      "write it with http:// or https://")
                continue
            yield from self.fetch_documents(url, settings)

    def fetch_documents(self, url: str, settings: Settings) -> Iterator[RawDocument | Problem]:
        """The documents at one URL, with this run's client (created on first use)."""
        if self._fetcher is None:
            self._fetcher = Fetcher(FetchOptions.from_settings(settings))
        yield from self._fetcher.documents(url.strip(), settings)

    def close(self) -> None:
        """Release the HTTP client at the end of the run."""
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None


def _parse(url: str, base: httpx.URL | None = None) -> httpx.URL:
    """An http(s) URL with a host (relative to ``base`` for a redirect), or a _Failure."""
    where = f"redirect to {url[:200]}" if base is not None else "URL"
    try:
        parsed = base.join(url) if base is not None else httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise _Failure(f"invalid {where}: {_first_line(exc)}") from None
    if parsed.scheme not in _SCHEMES:
        raise _Failure(f"refused: unsupported scheme {parsed.scheme or '(none)'!r} in {where}; "
                       "only http and https URLs are fetched")
    if not parsed.host:
        raise _Failure(f"invalid {where}: no host name")
    return parsed


def _non_public(address: str) -> str | None:
    """What kind of non-public address this is ("loopback", "private", ...), or None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparsable"
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address wrapped in IPv6 reaches that IPv4 host: judge the inner one.
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        ip = embedded or ip
    for kind in ("loopback", "link_local", "multicast", "private", "reserved", "unspecified"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def _reason(status: int) -> str:
    return httpx.codes.get_reason_phrase(status)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


@readers.register("urls")
def make_url_list_reader() -> Reader:
    """Registered like any third-party reader would be."""
    return UrlListReader()
