"""An HTTP transport that connects to the address the URL policy approved.

httpx resolves a host name again when it connects, so a host that answers a public
address to the policy check and a loopback one a moment later (DNS rebinding) would reach
a private service. Here the connection is made by a backend that resolves once, asks the
policy about those very addresses, and connects to the approved one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

# Resolves a host and port to the one address to connect to, raising when it is refused.
Approver = Callable[[str, int], str]


class PinnedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to the address ``approve`` returns."""

    def __init__(self, approve: Approver) -> None:
        self._approve = approve

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        """Open the TCP connection to the approved address; TLS still checks ``host``."""
        return super().connect_tcp(self._approve(host, port), port, timeout, local_address,
                                   socket_options)


def pinned_transport(approve: Approver) -> httpx.HTTPTransport:
    """An httpx transport whose connections go through :class:`PinnedBackend`."""
    transport = httpx.HTTPTransport()
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(), network_backend=PinnedBackend(approve))
    return transport
