"""Serving an app over HTTP with uvicorn, the way `hex-mock serve` and `make bench` both do."""

from __future__ import annotations

import gc
import socket
from collections.abc import Mapping
from typing import Any

# uvicorn settings every served mock uses (the pytest plugin's live server too). Proxy headers are
# off: the mock never looks at a client's address, so X-Forwarded-For is only work. No `server`
# header: Hex does not send one.
SERVER_SETTINGS: Mapping[str, Any] = {"access_log": False, "proxy_headers": False, "server_header": False}


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (0: any free port). Raises OSError when it cannot be had, so a
    caller can say so before announcing anything."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def bound_port(sock: socket.socket) -> int:
    port: int = sock.getsockname()[1]
    return port


def serve(
    app: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    sock: socket.socket | None = None,
    log_level: str = "warning",
    loop: str = "auto",
    http: str = "auto",
) -> None:
    """uvicorn with production settings: one process, no reload, SERVER_SETTINGS, on `sock` (already
    bound) or else on host:port.

    `loop`/`http` "auto" take uvloop and httptools (dependencies of this package) where they run.
    """
    import uvicorn

    listening = sock if sock is not None else bind(host, port)
    # Everything built so far (the compiled spec, the workspace, the modules) lives as long as the
    # process. Frozen out of the collector's reach, it is no longer walked by every full collection:
    # under a stream of writes those walks cost milliseconds each, and showed in the p99 latency.
    gc.collect()
    gc.freeze()
    config = uvicorn.Config(app, log_level=log_level, loop=loop, http=http, **SERVER_SETTINGS)
    try:
        uvicorn.Server(config).run(sockets=[listening])
    finally:
        listening.close()
