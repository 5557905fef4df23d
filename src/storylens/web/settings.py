"""Settings of the web app, built once by ``storylens serve`` (or a test) and passed down."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ConfigError

# Default upload cap per add-coverage request: a few hundred saved pages or a WARC of a
# day's crawl, small enough that a stray multi-GB upload cannot fill the disk.
DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024
DEFAULT_ALIAS_FILE = "storylens-aliases.json"


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: only this machine can connect."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class WebSettings:
    """Everything the app needs: the store, where it listens, and who may write."""

    db_path: Path
    host: str = "127.0.0.1"
    port: int = 8000
    # Required on write endpoints when set; always set when bound beyond loopback.
    token: str | None = None
    alias_file: Path = Path(DEFAULT_ALIAS_FILE)
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    # Folder where uploaded files wait for their analysis job.
    upload_dir: Path | None = None

    def checked(self) -> WebSettings:
        """Validated copy: a port in range, and a token made up when listening beyond
        loopback without one (any machine on the network could otherwise write)."""
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"port {self.port} is out of range (0-65535)")
        if self.max_upload_bytes <= 0:
            raise ConfigError("max_upload_bytes must be positive")
        if self.token is None and not is_loopback(self.host):
            return replace(self, token=secrets.token_urlsafe(24))
        return self
