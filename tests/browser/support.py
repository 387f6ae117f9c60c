"""Debian's Chromium driven by Playwright, and the served mock it looks at.

Playwright's own browser builds are not downloaded: the tests launch the system's Chromium, which
CI installs with apt. Its flags keep it off the network (the machine has none to offer).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from hex_mock.testing import ProcessServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def chromium() -> Iterator[Browser]:
    """The system's Chromium; a missing browser is an error, never a reason to skip."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: `apt-get install chromium` to run tests/browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def served_mock(*arguments: str) -> ProcessServer:
    """`hex-mock serve` with the control plane on a manual clock (not yet started)."""
    return ProcessServer("--control-plane", "--clock", "manual", *arguments)
