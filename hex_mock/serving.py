"""Serving an app over HTTP with uvicorn, the way `hex-mock serve` and `make bench` both do."""

from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import Any

# uvicorn settings every served mock uses (the pytest plugin's live server too). Proxy headers are
# off: the mock never looks at a client's address, so X-Forwarded-For is only work. No `server`
# header: Hex does not send one.
SERVER_SETTINGS: Mapping[str, Any] = {"access_log": False, "proxy_headers": False, "server_header": False}


def serve(
    app: Any, *, host: str, port: int, log_level: str = "warning", loop: str = "auto", http: str = "auto"
) -> None:
    """uvicorn with production settings: one process, no reload, SERVER_SETTINGS.

    `loop`/`http` "auto" take uvloop and httptools (dependencies of this package) where they run.
    """
    import uvicorn

    # Everything built so far (the compiled spec, the workspace, the modules) lives as long as the
    # process. Frozen out of the collector's reach, it is no longer walked by every full collection:
    # under a stream of writes those walks cost milliseconds each, and showed in the p99 latency.
    gc.collect()
    gc.freeze()
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=log_level,
        loop=loop,
        http=http,
        **SERVER_SETTINGS,
    )
