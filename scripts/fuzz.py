"""`make fuzz`: coverage-guided fuzzing (atheris) of the mock's request path, bounded in runs and time.

    python -m scripts.fuzz [--target asgi|validation|all] [--runs 20000] [--seconds 60] [--merge]
    python -m scripts.fuzz --seed   # (re)write the seed inputs into the corpus

Both targets take an HTTP request written out as text: `METHOD TARGET`, `name: value` header lines,
a blank line, then the body.

- `validation`: the request routed, its parameters and body validated against the spec as the
  request pipeline does (hex_mock/validation.py); anything but a HexError with a 4xx status is a bug.
- `asgi`: the whole app called as ASGI, on the demo workspace reset before every input, its answers
  checked against the spec (test mode); an exception, a 5xx or a reply that is not JSON is a bug.

`make test` replays the committed corpus (tests/fuzz/corpus/<target>/) without atheris. Inputs of a
run that reach new coverage go to .fuzz/<target>-new/ (git-ignored), or with `--merge` into the
corpus. libFuzzer's output is kept in .fuzz/<target>.log and crashes are written to .fuzz/ too; once
the bug is fixed, copy the input into the corpus.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import operator
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from functools import partial, reduce
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from hex_mock.errors import HexError
from hex_mock.mock import HexMock
from hex_mock.rate_limit import DEFAULT_RATE_LIMITS
from hex_mock.routing import Router
from hex_mock.spec import Operation, load_spec
from hex_mock.testing import (
    DEMO_ADMIN_TOKEN,
    DEMO_OVERVIEW_CELL,
    DEMO_WEEKLY_PROJECT,
    Reply,
    Request,
    asgi_path,
    call_asgi,
)
from hex_mock.validation import check_body, decode_body, validate_parameters

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
ARTIFACTS = ROOT / ".fuzz"
# Larger inputs only slow the fuzzer down: size limits have their own tests.
MAX_INPUT_BYTES = 8192


def parse(data: bytes) -> Request:
    """Any bytes as a request: the format is lenient so that every mutation is a request."""
    head, _, body = data.partition(b"\n\n")
    lines = head.split(b"\n")
    method, _, target = lines[0].strip(b"\r").partition(b" ")
    target = target.split(b" ", 1)[0]
    raw_path, _, query = target.partition(b"?")
    headers = []
    for line in lines[1:]:
        name, colon, value = line.strip(b"\r").partition(b":")
        if colon:
            headers.append((name.strip().lower(), value.strip()))
    return Request(method.decode("latin-1")[:16] or "GET", raw_path or b"/", query, headers, body)


def render(request: Request, version: bytes = b"", newline: bytes = b"\n") -> bytes:
    """The input format; with b" HTTP/1.1" and CRLF newlines, the request as sent over a socket."""
    target = request.raw_path + (b"?" + request.query if request.query else b"")
    lines = [request.method.encode("latin-1") + b" " + target + version]
    lines += [name + b": " + value for name, value in request.headers]
    return newline.join(lines) + newline * 2 + request.body


def validation_target() -> Callable[[bytes], None]:
    router: Router[Operation] = Router(load_spec().operations)

    def validate(data: bytes) -> None:
        request = parse(data)
        try:
            match = router.match(request.method, asgi_path(request.raw_path))
            query = parse_qs(request.query.decode("latin-1"), keep_blank_values=True)
            headers: dict[str, list[str]] = {}
            for key, raw in request.headers:
                headers.setdefault(key.decode("latin-1"), []).append(raw.decode("latin-1"))
            operation = match.operation
            validate_parameters(operation.parameters, match.params, query, headers)
            if operation.body is not None:
                body = decode_body(operation.body, request.body, headers.get("content-type", [None])[0])
                check_body(operation.body, body)
        except HexError as error:
            if not 400 <= error.status < 500:
                raise AssertionError(f"validation answered {error.status}: {error}") from error

    return validate


class AsgiTarget:
    """With `reset` (what the fuzzer uses) every input meets the demo workspace; without it, inputs
    accumulate in one workspace, so one that stores something poisonous shows on a later one."""

    def __init__(self, *, reset: bool = True) -> None:
        self.mock = HexMock(
            fixtures="demo", validate_responses=True, rate_limits=DEFAULT_RATE_LIMITS, control_plane=False
        )
        self.reset = reset

    def __call__(self, data: bytes) -> None:
        if self.reset:
            self.mock.reset()
        request = parse(data)
        check_reply(request, asyncio.run(call_asgi(self.mock.app, request)))


def check_reply(request: Request, reply: Reply) -> None:
    if reply.status >= 500:
        raise AssertionError(f"{request.method} {request.raw_path!r}: {reply.status} {reply.body[:300]!r}")
    if reply.status == 401:
        if reply.body != b"Unauthorized":  # Hex's plain-text refusal at its edge
            raise AssertionError(f"{request.method} {request.raw_path!r}: 401 {reply.body[:300]!r}")
    elif reply.body:
        json.loads(reply.body)  # every other reply with a body is JSON
    for name, value in reply.headers:
        if b"\r" in value or b"\n" in value or b"\r" in name or b"\n" in name:
            raise AssertionError(f"header {name!r} carries a line break: {value!r}")


# How each target's harness is made (once per process: it loads the spec, or a whole mock).
TARGETS = {"validation": validation_target, "asgi": AsgiTarget}


def corpus_files(name: str) -> list[Path]:
    return sorted((CORPUS / name).glob("*"))


ADMIN = f"Bearer {DEMO_ADMIN_TOKEN}".encode()
WEEKLY = DEMO_WEEKLY_PROJECT
ANA = "6a1f0c3e-2b7d-4e59-9a18-3c5d7e9f1b20"
# The demo workspace's records (hex_mock/demo.yaml) that the spec's path parameters name, by the
# parameter's name (an `{id}` by the collection before it).
PATH_IDS = {
    "projectId": WEEKLY,
    "runId": "00000000-0000-4000-8000-000000000001",
    "staticId": "ad4e5f6a-7b8c-4d9e-9fa0-2b3c4d5e6f7a",  # Weekly revenue's chart
    "cellId": DEMO_OVERVIEW_CELL,
    "collectionId": "4c9f8e1a-0d5f-4ad1-9c9a-1e3f5a7b9da8",  # Company metrics
    "groupId": "2a7d6c9e-8b3d-4ebf-9a7e-9c1d3e5f7b86",  # Data team
    "userId": ANA,
    "dataConnectionId": "c8f815c8-88c2-4dea-981f-69f544d6165d",  # the warehouse
    "orgGuideFileId": "4b3a2918-0f7e-4d6c-9b5a-483726150f9e",  # hex.md
    "semanticProjectId": "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    "threads": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",  # Ana's answered thread
    "threadId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
    "suggestions": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",  # the open active-customer suggestion
    "changeId": "8f9a0b1c-2d3e-4f4a-9b5c-6d7e8f9a0b1c",  # its file change
}


def valid_requests() -> Iterator[Request]:
    """One request per operation of the spec: the demo workspace's ids, the query parameters that
    are required or have an example, and the body's example (the spec's own, or its schema's)."""
    spec = load_spec()
    document = spec.document
    for operation in spec.operations:
        declaration = document["paths"][operation.path][operation.method.lower()]
        target = re.sub(r"(\w+)/\{id\}", r"\1/{\1}", operation.path).format_map(PATH_IDS)
        query = {}
        for parameter in map(partial(_resolved, document), declaration.get("parameters", [])):
            example = parameter.get("example", parameter["schema"].get("example"))
            if parameter["in"] == "query" and (parameter.get("required") or example is not None):
                query[parameter["name"]] = PATH_IDS.get(parameter["name"], example)
        content = declaration.get("requestBody", {}).get("content", {}).get("application/json", {})
        example = content.get("example", _resolved(document, content.get("schema", {})).get("example"))
        json_body = [(b"content-type", b"application/json")] if example is not None else []
        headers = [(b"authorization", ADMIN), *json_body]
        body = b"" if example is None else json.dumps(example).encode()
        yield Request(operation.method, f"/api{target}".encode(), urlencode(query).encode(), headers, body)


def _resolved(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        node = reduce(operator.getitem, node["$ref"].removeprefix("#/").split("/"), document)
    return node


def seeds() -> Iterator[bytes]:
    """Where fuzzing starts: a well-formed request per operation, and hand-written hostile ones."""
    yield from map(render, valid_requests())
    auth = b"authorization: " + ADMIN
    ctype = b"content-type: application/json"

    def post(target: bytes, body: bytes, *headers: bytes) -> bytes:
        return b"\n".join([b"POST " + target, auth, *(headers or (ctype,))]) + b"\n\n" + body

    yield post(b"/api/v1/groups", b'{"name": ')
    yield post(b"/api/v1/groups", b'{"name": "x"}', b"content-type: text/plain")
    yield post(b"/api/v1/groups", b'{"name": "\xff\xfe"}')
    yield post(b"/api/v1/groups", b'{"name": "\\ud800"}')
    yield post(b"/api/v1/groups", b"[" * 200 + b"]" * 200)
    yield post(b"/api/v1/groups", b'{"name": "x", "members": ' + b"[" * 70 + b"]" * 70 + b"}")
    yield post(f"/api/v1/projects/{WEEKLY}/runs".encode(), b'{"inputParams": {"min_orders": 1e400}}')
    yield post(f"/api/v1/projects/{WEEKLY}/runs".encode(), b'{"inputParams": {"min_orders": NaN}}')
    yield post(b"/api/v1/groups", b"null")
    yield post(b"/api/v1/groups", b'{"name": "x"}', ctype, b"content-length: -1")
    yield post(b"/api/v1/groups", b'{"name": "x"}', ctype, b"content-length: 99999999999")
    for path in (b"%2e%2e/x.md", b"a\\u0000.md"):
        guide = b'{"files": [{"filePath": "%s", "contents": "x"}]}' % path
        yield b"PUT /api/v1/guides/draft\n" + auth + b"\n" + ctype + b"\n\n" + guide
    for target in (
        b"/api/v1/projects/%2e%2e",
        b"/api/v1/projects/../users",
        b"/api/v1/projects/%00",
        b"/api/v1/projects/\xff",
        b"/api/v1/projects/" + WEEKLY.encode() + b"%2fruns",
        b"/api/v1/guides/draft/list?externalSource=" + b"[" * 3000,
        b"/api/v1/groups?limit=1e400&after=\xff%ff&before=x",
        b"/api/v1/users?userIds=" + b",".join([ANA.encode()] * 200),
        b"/api/v1/projects?" + b"&".join(b"x%d=1" % i for i in range(200)),
    ):
        yield b"GET " + target + b"\n" + auth + b"\n\n"
    yield b"GET /api/v1/users/me\nauthorization: Bearer \xff\x00\n\n"
    yield b"GET /api/v1/users/me\nauthorization: Basic abc\n\n"
    yield b"FOO /api/v1/users/me\n" + auth + b"\n\n"
    yield b"GET /api/v1/projects/" + WEEKLY.encode() + b"/runs\n" + auth + b"\nflag-config-override: a\rb\n\n"


def write_seeds() -> int:
    written = 0
    for name in TARGETS:
        directory = CORPUS / name
        directory.mkdir(parents=True, exist_ok=True)
        for data in seeds():
            path = directory / hashlib.sha1(data).hexdigest()
            if not path.exists():
                path.write_bytes(data)
                written += 1
    return written


def fuzz(name: str, runs: int, seconds: int, *, merge: bool) -> int:
    """Fuzz one target in this process; libFuzzer ends the process when done.

    libFuzzer writes every input that reaches new coverage (reduced as it goes) into the first corpus
    directory, and never removes what was there: the committed corpus itself with `merge`, otherwise
    .fuzz/NAME-new/. (Its own -merge re-executes argv[0] as a program, which a Python harness is not.)"""
    import atheris  # the `fuzz` extra: uv sync --extra fuzz

    harness = TARGETS[name]()
    atheris.instrument_all()
    corpus = [CORPUS / name] if merge else [ARTIFACTS / f"{name}-new", CORPUS / name]
    if not merge:
        shutil.rmtree(corpus[0], ignore_errors=True)
    corpus[0].mkdir(parents=True, exist_ok=True)
    flags = [
        f"-runs={runs}",
        f"-max_total_time={seconds}",
        f"-max_len={MAX_INPUT_BYTES}",
        "-timeout=20",
        "-rss_limit_mb=4096",
        f"-artifact_prefix={ARTIFACTS}/{name}-",
        "-print_final_stats=1",
    ]
    atheris.Setup([sys.argv[0], *flags, *map(str, corpus)], harness)
    atheris.Fuzz()
    return 0  # not reached: libFuzzer exits


def fuzz_each(runs: int, seconds: int, *, merge: bool) -> dict[str, int]:
    """Fuzz every target in a child process of its own (libFuzzer ends the process it runs in), its
    output kept in .fuzz/NAME.log; the inputs each executed, under "NAME (FAILED: see .fuzz/)" for one
    that found a failure."""
    executed: dict[str, int] = {}
    ARTIFACTS.mkdir(exist_ok=True)
    for name in TARGETS:
        command = [sys.executable, "-m", "scripts.fuzz", "--target", name, "--runs", str(runs)]
        command += ["--seconds", str(seconds), *(["--merge"] if merge else [])]
        print(f"fuzzing {name} for up to {seconds} s (its output: .fuzz/{name}.log)...", flush=True)
        with (ARTIFACTS / f"{name}.log").open("w+") as log:
            status = subprocess.run(
                command, cwd=ROOT, stdout=log, stderr=log, timeout=seconds + 300
            ).returncode
            log.seek(0)
            # libFuzzer's final statistics (-print_final_stats) are the only count it gives.
            found = re.search(r"stat::number_of_executed_units:\s*(\d+)", log.read())
        key = name if status == 0 else f"{name} (FAILED: see .fuzz/)"
        executed[key] = int(found.group(1)) if found else 0
    return executed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--runs", type=int, default=20_000, help="inputs per target (default 20000)")
    parser.add_argument("--seconds", type=int, default=60, help="time limit per target (default 60)")
    parser.add_argument("--merge", action="store_true", help="add coverage-increasing inputs to the corpus")
    parser.add_argument("--seed", action="store_true", help="write the seeds into the corpus")
    args = parser.parse_args(argv)
    if args.seed:
        print(f"{write_seeds()} seed inputs written under {CORPUS.relative_to(ROOT)}")
        return 0
    if args.target != "all":
        return fuzz(args.target, args.runs, args.seconds, merge=args.merge)
    executed = fuzz_each(args.runs, args.seconds, merge=args.merge)
    for name, count in executed.items():
        print(f"{name}: {count} inputs executed")
    return 0 if set(executed) == set(TARGETS) else 1


if __name__ == "__main__":
    sys.exit(main())
