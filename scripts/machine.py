"""What a report says about the machine it was measured on (`make bench`, `make reliability`)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import platform
import re
from pathlib import Path

import psutil

# The event loop and HTTP parser uvicorn's "auto" settings pick here, chosen once when a run starts.
STACK = (
    "uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
    "httptools" if importlib.util.find_spec("httptools") else "h11",
)


def cpu_model() -> str:
    """The CPU's marketing name where Linux tells it (platform.processor() rarely does)."""
    cpuinfo = Path("/proc/cpuinfo")
    text = cpuinfo.read_text() if cpuinfo.exists() else ""
    found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else platform.processor() or platform.machine()


def machine() -> dict[str, str]:
    return {
        "CPU": cpu_model(),
        "Cores": str(os.cpu_count()),
        "Memory": f"{psutil.virtual_memory().total / 1024**3:.1f} GiB",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "uvicorn": f"{importlib.metadata.version('uvicorn')} ({', '.join(STACK)})",
        "starlette": importlib.metadata.version("starlette"),
        "Load average at start": load_average(),
    }


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in psutil.getloadavg())
