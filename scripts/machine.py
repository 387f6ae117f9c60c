"""What a report says about the machine it was measured on (`make bench`, `make reliability`)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import platform
from pathlib import Path


def uvicorn_stack() -> tuple[str, str]:
    """(event loop, HTTP parser) uvicorn's "auto" settings pick here."""
    loop = "uvloop" if importlib.util.find_spec("uvloop") is not None else "asyncio"
    http = "httptools" if importlib.util.find_spec("httptools") is not None else "h11"
    return loop, http


# The uvicorn event loop and HTTP parser of this run, chosen once when it starts.
STACK = uvicorn_stack()


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024**2:.1f} GiB"
                break
    except OSError:
        pass
    loop, http = STACK
    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "Memory": memory,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "uvicorn": f"{importlib.metadata.version('uvicorn')} ({loop}, {http})",
        "starlette": importlib.metadata.version("starlette"),
        "Load average at start": load_average(),
    }


def load_average() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return " ".join(f"{value:.2f}" for value in load)
