"""The app factory: one FastAPI app per ``WebSettings``, no module-level state.

Everything a request needs hangs off ``app.state`` (settings, templates, the job runner);
each request opens its own read-only ``StoreReader``, so reads never wait on the writer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..config import load_settings
from ..errors import StorylensError
from ..pipeline import Pipeline
from ..store import open_store
from .api import router as api_router
from .jobs import JobRunner
from .pages import router as pages_router
from .settings import WebSettings

# No inline script or style, nothing from other origins; forms post only here. Article
# text is untrusted: even if escaping failed somewhere, the browser would run nothing.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("storylens.web") / name))


def templates() -> Jinja2Templates:
    """Jinja with autoescaping on for every template, whatever its file name."""
    env = Environment(loader=FileSystemLoader(_package_dir("templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    return Jinja2Templates(env=env)


class Guard:
    """ASGI middleware: security headers on every response; request bodies capped."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        """Wrap ``app``; bodies over ``max_body`` bytes are refused before being read."""
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse oversized or unsized bodies with 413/411, add headers to the rest."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if scope["method"] in ("POST", "PUT", "PATCH"):
            length = headers.get(b"content-length")
            problem = None
            if length is None and headers.get(b"transfer-encoding"):
                problem = (411, "send a Content-Length header")
            elif length is not None and (not length.isdigit() or int(length) > self.max_body):
                problem = (413, f"request body over the limit of {self.max_body} bytes")
            if problem:
                await JSONResponse({"detail": problem[1]}, status_code=problem[0])(
                    scope, receive, self._with_headers(send))
                return
        await self.app(scope, receive, self._with_headers(send))

    def _with_headers(self, send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)
        return wrapped


def default_pipeline_factory() -> Callable[[], Pipeline]:
    """Load the pipeline with the project's settings, on the first write job only."""
    return lambda: Pipeline(load_settings())


def create_app(settings: WebSettings,
               pipeline_factory: Callable[[], Pipeline] | None = None) -> FastAPI:
    """Build the web app over the store named in ``settings``.

    The store is opened for writing once here so that migrations run (an older store gets
    story search); a store that cannot be written is still served, read-only.
    """
    settings = settings.checked()
    try:
        open_store(settings.db_path).close()
    except StorylensError:
        if not settings.db_path.is_file():
            raise
    runner = JobRunner(settings.db_path, pipeline_factory or default_pipeline_factory())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        runner.close()

    app = FastAPI(title="storylens", version=__version__, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  description="Stories, claims, articles and entities of a storylens store.")
    app.state.settings = settings
    app.state.templates = templates()
    app.state.jobs = runner
    app.mount("/static", StaticFiles(directory=_package_dir("static")), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        page: HTMLResponse = request.app.state.templates.TemplateResponse(
            request, "error.html", {"status": exc.status_code, "detail": exc.detail},
            status_code=exc.status_code)
        return page

    app.add_middleware(Guard, max_body=settings.max_upload_bytes)
    return app
