"""The dashboard in a real browser, against the served mock on a manual clock: what a tester sees
and does. Every expectation waits for the page's own polling; none sleeps."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from hex_mock.store import secret_digest
from tests.browser.support import served_mock
from tests.resources.conftest import ADMIN, READONLY_WORKSPACE, bearer
from tests.resources.demo_ids import WEEKLY

pytestmark = pytest.mark.live


def start_run(api: httpx.Client) -> str:
    created = api.post(f"/api/v1/projects/{WEEKLY}/runs", headers=bearer(ADMIN))
    assert created.status_code == 201
    run_id: str = created.json()["runId"]
    return run_id


def run_status(page: Page, run_id: str) -> Locator:
    return page.locator(f"#runs tr[data-run='{run_id}'] .status")


def test_a_run_completes_when_the_clock_is_advanced(page: Page, api: httpx.Client) -> None:
    run_id = start_run(api)
    expect(run_status(page, run_id)).to_have_text("PENDING")
    page.locator("form[data-action=advance] input[name=seconds]").fill("10")
    page.get_by_role("button", name="Advance").click()
    expect(page.locator("#notice")).to_have_text("Clock advanced")
    expect(page.locator("#clock")).to_have_text("2025-01-06T09:00:10.000Z")
    expect(run_status(page, run_id)).to_have_text("COMPLETED")


def test_scripted_outcomes_and_progression_apply_to_the_next_run(page: Page, api: httpx.Client) -> None:
    page.locator("form[data-action=progression] select[name=mode]").select_option("immediate")
    page.get_by_role("button", name="Set progression").click()
    expect(page.locator("#notice")).to_have_text("Run progression set")
    page.locator("form[data-action=outcomes] select[name=project]").select_option(WEEKLY)
    page.locator("form[data-action=outcomes] input[name=statuses]").fill("ERRORED")
    page.get_by_role("button", name="Script outcomes").click()
    expect(page.locator("#notice")).to_have_text("Outcomes scripted")
    expect(page.locator("#projects")).to_contain_text("ERRORED")
    run_id = start_run(api)
    expect(run_status(page, run_id)).to_have_text("ERRORED")


def test_a_refused_action_says_why(page: Page) -> None:
    page.locator("form[data-action=outcomes] input[name=statuses]").fill("SIDEWAYS")
    page.get_by_role("button", name="Script outcomes").click()
    expect(page.locator("#notice")).to_contain_text("body.statuses[0]: 'SIDEWAYS' is not one of")


def test_the_journal_is_live_newest_first_and_filterable(page: Page, api: httpx.Client) -> None:
    api.get(f"/api/v1/projects/{WEEKLY}", headers=bearer(ADMIN))
    api.get("/api/v1/projects/00000000-0000-4000-8000-00000000dead", headers=bearer(ADMIN))
    api.get("/api/v1/projects", headers=bearer(READONLY_WORKSPACE))
    api.get("/api/v1/projects")
    entries = page.locator("#journal details.entry summary")
    expect(entries).to_have_count(4)
    expect(entries.first).to_contain_text("401")  # newest first
    filters = page.locator("#journal-filters")

    filters.locator("select[name=operation]").select_option("GetProject")
    expect(entries).to_have_count(2)
    filters.locator("input[name=status]").fill("404")
    # Count and text in one retried check: the list re-renders as each filter applies.
    expect(entries).to_have_text([re.compile("/api/v1/projects/00000000-0000-4000-8000-00000000dead")])

    filters.locator("select[name=operation]").select_option("")
    filters.locator("input[name=status]").fill("2xx")
    filters.locator("select[name=token]").select_option(secret_digest(READONLY_WORKSPACE))
    expect(entries).to_have_text([re.compile("ListProjects")])


def test_an_entry_shows_its_exchange_and_a_replay_without_secrets(page: Page, api: httpx.Client) -> None:
    api.post("/api/v1/groups", json={"name": "Analysts"}, headers=bearer(ADMIN))
    entry = page.locator("#journal details.entry").first
    entry.locator("summary").click()
    expect(entry).to_contain_text('"name": "Analysts"')  # the request
    expect(entry).to_contain_text('"members"')  # the response
    curl = entry.locator("pre.curl")
    expect(curl).to_contain_text("curl -X POST")
    expect(curl).to_contain_text('"Authorization: Bearer $HEX_API_TOKEN"')
    expect(page.locator("body")).not_to_contain_text(ADMIN)
    # Still open after the next refresh brings a newer entry in above it.
    api.get("/api/v1/groups", headers=bearer(ADMIN))
    expect(page.locator("#journal details.entry")).to_have_count(2)
    expect(page.locator("#journal details.entry").nth(1)).to_have_attribute("open", "")


def test_an_injected_fault_fails_the_next_request(page: Page, api: httpx.Client) -> None:
    fault = page.locator("form[data-action=fault]")
    fault.locator("select[name=operation]").select_option("GetProject")
    fault.locator("input[name=status]").fill("503")
    page.get_by_role("button", name="Inject fault").click()
    expect(page.locator("#faults")).to_have_text("GetProject \N{MULTIPLICATION SIGN}1")
    assert api.get(f"/api/v1/projects/{WEEKLY}", headers=bearer(ADMIN)).status_code == 503
    expect(page.locator("#faults")).to_have_text("none")
    expect(page.locator("#journal details.entry summary").first).to_contain_text("503")
    assert api.get(f"/api/v1/projects/{WEEKLY}", headers=bearer(ADMIN)).status_code == 200


def test_reset_brings_back_the_initial_workspace(page: Page, api: httpx.Client) -> None:
    api.post("/api/v1/groups", json={"name": "Temporary"}, headers=bearer(ADMIN))
    expect(page.locator("#groups")).to_contain_text("Temporary")
    expect(page.locator("#journal details.entry")).to_have_count(1)
    page.get_by_role("button", name="Reset the workspace").click()
    expect(page.locator("#notice")).to_have_text("Workspace reset")
    expect(page.locator("#groups")).not_to_contain_text("Temporary")
    expect(page.locator("#journal")).to_have_text("No matching requests.")


def test_with_an_admin_token_the_browser_must_log_in(browser: Browser) -> None:
    with served_mock("--admin-token", "s3cret") as server:
        refused = httpx.get(f"{server.base_url}/__mock__/ui")
        assert refused.status_code == 401
        assert refused.headers["www-authenticate"].startswith("Basic ")  # the browser asks for it
        admin = browser.new_context(http_credentials={"username": "admin", "password": "s3cret"})
        try:
            page = admin.new_page()
            page.goto(f"{server.base_url}/__mock__/ui")
            page.get_by_role("button", name="Reset the workspace").click()
            expect(page.locator("#notice")).to_have_text("Workspace reset")
        finally:
            admin.close()


def test_the_switcher_shows_and_acts_on_another_workspace(page: Page, api: httpx.Client) -> None:
    made = api.post("/__mock__/workspaces").json()
    try:
        admin = next(token["secret"] for token in made["tokens"] if token["replaces"] == ADMIN)
        api.post("/api/v1/groups", json={"name": "Only over there"}, headers=bearer(admin))
        page.reload()
        page.locator("#workspace-switcher select").select_option(made["id"])
        expect(page).to_have_url(f"{api.base_url}/__mock__/ui?workspace={made['id']}")
        expect(page.locator("#groups")).to_contain_text("Only over there")
        page.locator("form[data-action=advance] input[name=seconds]").fill("30")
        page.get_by_role("button", name="Advance").click()
        expect(page.locator("#clock")).to_have_text("2025-01-06T09:00:30.000Z")
        assert api.get(f"{made['controlPlane']}/clock").json()["now"] == "2025-01-06T09:00:30.000Z"
        assert api.get("/__mock__/clock").json()["now"] == "2025-01-06T09:00:00.000Z"
        page.locator("#workspace-switcher select").select_option("default")
        expect(page.locator("#groups")).not_to_contain_text("Only over there")
    finally:
        api.delete(f"/__mock__/workspaces/{made['id']}").raise_for_status()
