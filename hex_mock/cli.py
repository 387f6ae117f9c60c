"""`hex-mock`: serve the mock over HTTP, or show which spec operations have handlers."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Sequence

from hex_mock.clock import SystemClock
from hex_mock.rate_limit import Budget, budget

DEMO_TOKENS = (
    ("hxtp_demo_ana_admin", "personal token of Ana (ADMIN)"),
    ("hxtp_demo_eve_editor", "personal token of Eve (EDITOR)"),
    ("hxtw_demo_readonly", "workspace token with read scopes"),
)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def banner(base_url: str, demo: bool, control_plane: bool) -> str:
    lines = [f"Mock Hex API at {base_url}/api/v1  (spec: {base_url}/openapi.json)"]
    if demo:
        lines += ["Demo tokens:"] + [f"  {token}  {about}" for token, about in DEMO_TOKENS]
        lines += [
            "Try:",
            f"  curl -H 'Authorization: Bearer {DEMO_TOKENS[0][0]}' {base_url}/api/v1/projects",
        ]
    if control_plane:
        lines.append(f"Control plane at {base_url}/__mock__/ (see the README)")
    return "\n".join(lines)


def rate_limit_flag(text: str) -> tuple[str, Budget]:
    """`GROUP=PER_MINUTE[/PER_HOUR]`; `none` for a figure means no limit over that window."""
    group, equals, figures = text.partition("=")
    per_minute, _, per_hour = figures.partition("/")
    try:
        if not group or not equals:
            raise ValueError("expected GROUP=PER_MINUTE[/PER_HOUR]")
        values = {
            key: None if value in ("", "none") else int(value)
            for key, value in (("perMinute", per_minute), ("perHour", per_hour))
        }
        return group, budget(values, where=group)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: {error}") from None


def serve(args: argparse.Namespace) -> int:
    from hex_mock.mock import HexMock
    from hex_mock.persistence import StateFileError
    from hex_mock.rate_limit import RateLimits
    from hex_mock.serving import serve as serve_http

    if args.control_plane and not is_loopback(args.host) and not args.admin_token:
        print("hex-mock: a control plane on a non-loopback address needs --admin-token", file=sys.stderr)
        return 2
    try:
        mock = HexMock(
            fixtures=args.fixtures or "demo",
            seed=args.seed,
            clock=SystemClock(),
            validate_responses=args.validate_responses,
            control_plane=args.control_plane,
            admin_token=args.admin_token,
            state_file=args.state_file,
            rate_limits=RateLimits(overrides=dict(args.rate_limit)),
            json_401=True if args.json_401 else None,
        )
    except StateFileError as error:
        # Never fall back to an empty workspace: the caller expects the saved one.
        print(f"hex-mock: cannot start: {error}", file=sys.stderr)
        return 1
    except ValueError as error:  # a --rate-limit group the spec does not define, a bad fixtures file
        print(f"hex-mock: {error}", file=sys.stderr)
        return 2
    print(
        banner(
            f"http://{args.host}:{args.port}", demo=args.fixtures is None, control_plane=args.control_plane
        ),
        flush=True,
    )
    if args.state_file:
        print(f"State: {args.state_file} (saved before every write is answered)", flush=True)
    try:
        serve_http(mock.app, host=args.host, port=args.port, log_level=args.log_level)
    finally:
        mock.close()
    return 0


def coverage(_: argparse.Namespace) -> int:
    from hex_mock.app import default_handlers
    from hex_mock.spec import load_spec

    handlers = default_handlers()
    missing = 0
    for operation in load_spec().operations:
        handled = operation.operation_id in handlers
        missing += not handled
        mark = "ok     " if handled else "MISSING"
        print(f"{mark}  {operation.method:6} {operation.path:60} {operation.operation_id}")
    return 1 if missing else 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="hex-mock", description="A stateful mock of Hex's REST API.")
    commands = root.add_subparsers(dest="command", required=True)
    run = commands.add_parser("serve", help="serve the mock over HTTP")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    run.add_argument("--fixtures", help="a fixtures document (JSON or YAML); default: the demo workspace")
    run.add_argument("--seed", type=int, default=0, help="seed for generated ids (default 0)")
    run.add_argument("--control-plane", action="store_true", help="serve the /__mock__/ control plane")
    run.add_argument(
        "--state-file",
        metavar="PATH",
        help="keep the workspace in this file: restored at start, saved before every write is answered",
    )
    run.add_argument("--admin-token", help="require this bearer token on the control plane")
    run.add_argument(
        "--validate-responses", action="store_true", help="check every response against the spec"
    )
    run.add_argument(
        "--rate-limit",
        action="append",
        default=[],
        type=rate_limit_flag,
        metavar="GROUP=PER_MINUTE[/PER_HOUR]",
        help="replace a rate-limit group's per-token budget, e.g. hex-api=100/6000 or hex-run-kernel=none"
        " (repeatable; default: the spec's x-hex-rate-limit-groups)",
    )
    run.add_argument(
        "--json-401",
        action="store_true",
        help="answer a missing or refused token with the JSON {code: UNAUTHORIZED} envelope"
        " instead of Hex's plain-text 401",
    )
    run.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    run.set_defaults(action=serve)
    report = commands.add_parser("coverage", help="list spec operations and whether the mock handles them")
    report.set_defaults(action=coverage)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    status: int = args.action(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
