"""One served mock and one browser for the module; a fresh page on a reset workspace per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page

from tests.browser.support import chromium, served_mock


# Module scope, not session: Playwright's sync API keeps an event loop running in this thread while
# it is open, and asyncio.run() in the tests that follow refuses to start beside it.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with served_mock() as server:
        yield server.base_url


@pytest.fixture
def api(base_url: str) -> Iterator[httpx.Client]:
    """A client of the served mock; the workspace, clock and journal are reset first."""
    with httpx.Client(base_url=base_url) as client:
        client.post("/__mock__/reset").raise_for_status()
        yield client


@pytest.fixture
def page(browser: Browser, api: httpx.Client) -> Iterator[Page]:
    """The dashboard, opened after `api` reset the workspace."""
    context = browser.new_context()
    opened = context.new_page()
    opened.goto(str(api.base_url.join("/__mock__/ui")))
    try:
        yield opened
    finally:
        context.close()
