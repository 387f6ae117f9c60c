"""Take the README's picture of the dashboard: `python -m tests.browser.screenshot docs/dashboard.png`.

A few requests, runs and a fault give the page something to show; the same served mock and browser
as the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
from playwright.sync_api import expect

from tests.browser.support import chromium, served_mock
from tests.resources.conftest import ADMIN, bearer
from tests.resources.demo_ids import WEEKLY


def exercise(api: httpx.Client) -> None:
    """Requests a tester would have sent: a run that ended, one in progress, a miss and a fault."""
    admin = bearer(ADMIN)
    api.post(f"/api/v1/projects/{WEEKLY}/runs", headers=admin).raise_for_status()
    api.post("/__mock__/clock/advance", json={"seconds": 10}).raise_for_status()
    api.post(f"/api/v1/projects/{WEEKLY}/runs", headers=admin).raise_for_status()
    api.get("/api/v1/projects", params={"limit": 2}, headers=admin).raise_for_status()
    api.get("/api/v1/projects/00000000-0000-4000-8000-00000000dead", headers=admin)
    api.post("/__mock__/faults", json={"operationId": "GetProject", "status": 503}).raise_for_status()
    api.get(f"/api/v1/projects/{WEEKLY}", headers=admin)
    api.post("/api/v1/groups", json={"name": "Analysts"}, headers=admin).raise_for_status()


def main(target: Path) -> None:
    with served_mock() as server, chromium() as browser, httpx.Client(base_url=server.base_url) as api:
        exercise(api)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{server.base_url}/__mock__/ui")
        page.locator("#journal details.entry summary").first.click()
        expect(page.locator("#journal details.entry").first).to_have_attribute("open", "")
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=target, full_page=True)
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/dashboard.png"))
