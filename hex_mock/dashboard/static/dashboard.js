// The dashboard's behaviour: keep the live parts of the page current, and send the actions.
// URLs are relative to /__mock__/ (the page is /__mock__/ui); credentials are the browser's own.
"use strict";

// The control plane's requests, in one place: the page's forms name their fields, this maps them
// onto the control plane's JSON (hex_mock/control.py).
const CONTROL = {
  reset: () => ["POST", "reset", null, "Workspace reset"],
  advance: (form) => ["POST", "clock/advance", { seconds: Number(form.seconds) }, "Clock advanced"],
  outcomes: (form) => [
    "POST",
    `projects/${encodeURIComponent(form.project)}/outcomes`,
    { statuses: form.statuses.split(/[\s,]+/).filter(Boolean) },
    "Outcomes scripted",
  ],
  fault: (form) => [
    "POST",
    "faults",
    { operationId: form.operation, status: Number(form.status), count: Number(form.count) },
    "Fault injected",
  ],
  progression: (form) => {
    const params = {
      clock: { pendingSeconds: Number(form.pending_seconds), runningSeconds: Number(form.running_seconds) },
      reads: { reads: Number(form.reads) },
      immediate: {},
    }[form.mode];
    return ["PUT", "runs/progression", { mode: form.mode, ...params }, "Run progression set"];
  },
};

const POLL_MS = 1000;
// The workspace shown (and acted on): the page's `?workspace=`, through the control plane's mirror.
const WORKSPACE = document.body.dataset.workspace;
const IN_WORKSPACE = `workspaces/${encodeURIComponent(WORKSPACE)}/`;
const switcher = document.getElementById("workspace-switcher");
const notice = document.getElementById("notice");
const filters = document.getElementById("journal-filters");

function say(text, failed = false) {
  notice.textContent = text;
  notice.className = failed ? "failed" : "";
}

function journalUrl() {
  const query = new URLSearchParams(new FormData(filters));
  for (const [name, value] of [...query]) if (!value) query.delete(name);
  query.set("workspace", WORKSPACE);
  return `ui/journal?${query}`;
}

// Swap a section's HTML for the server's newer rendering, keeping the journal entries open that were.
async function refresh(element, url) {
  const response = await fetch(url, { cache: "no-store" });
  const html = await response.text();
  if (!response.ok) {
    say(html, true);
    return;
  }
  if (element.dataset.rendered === html) return;
  const open = new Set([...element.querySelectorAll("details[open]")].map((entry) => entry.dataset.trace));
  element.innerHTML = html;
  element.dataset.rendered = html;
  for (const entry of element.querySelectorAll("details")) entry.open = open.has(entry.dataset.trace);
}

let running = Promise.resolve();
let waiting = null;
function refreshAll() {
  // At most one refresh runs and one waits: a slow answer never overwrites a newer one, and a slow
  // mock does not pile up requests. A status filter still being typed ("4") keeps the last journal.
  if (!waiting) {
    waiting = running
      .then(() => {
        waiting = null;
        const workspaceUrl = `ui/workspace?${new URLSearchParams({ workspace: WORKSPACE })}`;
        const parts = [refresh(document.getElementById("workspace"), workspaceUrl)];
        if (filters.checkValidity()) parts.push(refresh(document.getElementById("journal"), journalUrl()));
        return Promise.all(parts);
      })
      .catch((error) => say(`Cannot reach the mock: ${error}`, true));
    running = waiting;
  }
  return waiting;
}

async function act(event) {
  event.preventDefault();
  const form = event.target;
  const [method, path, body, done] = CONTROL[form.dataset.action](Object.fromEntries(new FormData(form)));
  const response = await fetch(IN_WORKSPACE + path, {
    method,
    headers: body === null ? {} : { "Content-Type": "application/json" },
    body: body === null ? undefined : JSON.stringify(body),
  });
  if (response.ok) {
    say(done);
  } else {
    const reply = await response.json().catch(() => ({ error: response.statusText }));
    say(`${done.split(" ")[0]} failed: ${reply.error}`, true);
  }
  await refreshAll();
}

for (const form of document.querySelectorAll("form[data-action]")) form.addEventListener("submit", act);
filters.addEventListener("input", refreshAll);
if (switcher) switcher.addEventListener("change", () => switcher.submit());
filters.addEventListener("submit", (event) => event.preventDefault());
setInterval(refreshAll, POLL_MS);
