"""``storylens serve``: the web app and REST API over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..config import load_settings
from ..errors import StorylensError
from ._store import existing_store


def serve_command(
    db: Annotated[Path | None, typer.Option(
        help="SQLite store (default: db_path of the config, ./storylens.db)")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="STORYLENS_TOKEN",
        help="Token required by write endpoints (made up when --host is not loopback)")] = None,
    aliases: Annotated[Path | None, typer.Option(
        help="Alias file for entity corrections (default: alias_file of the config)")] = None,
    max_upload_mb: Annotated[float, typer.Option(help="Largest upload per request, MiB")] = 50,
    config: Annotated[Path | None, typer.Option(help="TOML config file")] = None,
) -> None:
    """Browse the store's stories in a browser, and read or add to them over a REST API."""
    import uvicorn  # the server is only needed by this command

    from ..pipeline import Pipeline
    from ..web import WebSettings, create_app

    try:
        settings = load_settings(config_file=config)
        store_path = existing_store(db or Path(settings.db_path))
        # The pipeline that derives stories again must read the very file the pages write.
        settings = settings.replace(
            db_path=str(store_path),
            alias_file=str(aliases.resolve()) if aliases is not None else None,
        )
        web = WebSettings(
            db_path=store_path, host=host, port=port,
            token=token, max_upload_bytes=int(max_upload_mb * 1024 * 1024),
            alias_file=settings.alias_path(),
        ).checked()
        app = create_app(web, lambda: Pipeline(settings))
    except StorylensError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    if web.token and not token:
        typer.echo(f"write token (needed to add coverage or edit aliases): {web.token}")
    typer.echo(f"storylens serving {web.db_path} on http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")
