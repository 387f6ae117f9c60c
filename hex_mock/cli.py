"""`hex-mock`: serve the mock over HTTP, check a fixtures document, or show which spec operations
have handlers. Every error is one line on stderr and exit status 1."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from hex_mock.clock import Clock, ManualClock, SystemClock
from hex_mock.pacing import PROGRESSIONS
from hex_mock.rate_limit_groups import Budget, budget

if TYPE_CHECKING:
    from hex_mock.store import Token, Workspace


class CliError(Exception):
    """A one-line reason the command cannot go on (printed as `hex-mock: <reason>`, exit status 1)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line with exit status 1, as every other error."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see {self.prog} --help)")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def port_number(text: str) -> int:
    """--port: 1-65535, or 0 for any free port (the banner prints the one bound)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: expected 1-65535, or 0 for any free port")
    return port


def origin(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def refusal(workspace: Workspace, token: Token) -> str | None:
    """Why the mock refuses this token (None: it is accepted)."""
    user = workspace.users.get(token.user_id)
    if token.revoked:
        return "revoked"
    if token.expires_at is not None and token.expires_at <= workspace.clock.now():
        return "expired"
    if user is None or user.deactivated:
        return "user deactivated"
    return None


def describe_token(workspace: Workspace, token: Token) -> str:
    user = workspace.users.get(token.user_id)
    who = f"{user.email} ({user.role})" if user is not None else token.user_id
    about = f"{token.kind} token of {who}"
    if token.kind == "workspace":
        about += f", scopes {' '.join(sorted(token.scopes)) or '(none)'}"
    refused = refusal(workspace, token)
    return about if refused is None else f"{about}, {refused}"


def shown_secret(secret: str, public: bool) -> str:
    # A custom fixtures file's secrets are the caller's own: the banner ends up in CI logs, so it
    # names them by their start (enough to tell them apart) and never prints them whole.
    return secret if public else f"{secret[:9]}..."


def banner(
    base_url: str,
    workspace: Workspace,
    control_plane: bool,
    public_secrets: bool,
    rate_limits: Mapping[str, Mapping[str, int | None]] | None = None,
) -> str:
    """What `hex-mock serve` prints once it is listening: where to call it, with which tokens, and
    within which per-token budgets. `public_secrets`: the tokens are the built-in demo's, whose
    secrets are public."""
    lines = [
        f"Mock Hex API at {base_url}/api/v1",
        f"  HTTP callers:   {base_url}/api/v1/...",
        f"  Python client:  Hex(token, base_url={base_url!r})",
        f"  Spec:           {base_url}/openapi.json",
    ]
    if control_plane:
        lines += [
            f"  Control plane:  {base_url}/__mock__/ (see the README)",
            f"  Dashboard:      {base_url}/__mock__/ui",
        ]
    known = [token for token in workspace.tokens if token.secret is not None]
    unknown = len(workspace.tokens) - len(known)
    lines.append("Tokens:" if known else "Tokens: none with a known secret")
    lines += [
        f"  {shown_secret(token.secret, public_secrets)}  {describe_token(workspace, token)}"
        for token in known
        if token.secret is not None
    ]
    if known and not public_secrets:
        lines.append("  (secrets shortened: the whole ones are in the fixtures file)")
    if unknown:
        lines.append(f"  ({unknown} more restored from the state file, which keeps no secrets)")
    if rate_limits:
        lines += ["Rate limits per token (lift one with --rate-limit GROUP=none):"]
        lines += [f"  {group}: {budget_text(figures)}" for group, figures in rate_limits.items()]
    usable = next((token.secret for token in known if refusal(workspace, token) is None), None)
    if usable is not None:
        shown = usable if public_secrets else "$HEX_TOKEN"
        lines += ["Try:", f"  curl -H 'Authorization: Bearer {shown}' {base_url}/api/v1/users/me"]
    return "\n".join(lines)


def budget_text(figures: Mapping[str, int | None]) -> str:
    parts = [
        f"{count} {per}"
        for per, count in (("a minute", figures.get("perMinute")), ("an hour", figures.get("perHour")))
        if count is not None
    ]
    return ", ".join(parts) or "no limit"


def timestamp(text: str) -> datetime:
    """--start-time: ISO 8601; without a zone it is UTC."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def make_clock(args: argparse.Namespace) -> Clock:
    # "manual": time stands still until the control plane (or the dashboard) advances it.
    if args.clock == "manual":
        return ManualClock(args.start_time)
    if args.start_time is not None:
        raise CliError("--start-time sets a manual clock's time: it needs --clock manual")
    return SystemClock()


def run_progression(args: argparse.Namespace) -> dict[str, Any] | None:
    """--run-progression and its parameters, as HexMock(run_progression=...) takes them."""
    params = {
        name: value
        for name, value in (
            ("reads", args.run_reads),
            ("pending_seconds", args.run_pending_seconds),
            ("running_seconds", args.run_running_seconds),
        )
        if value is not None
    }
    if args.run_progression is None:
        if params:
            raise CliError(f"--run-{next(iter(params)).replace('_', '-')} needs --run-progression")
        return None
    return {"mode": args.run_progression, **params}


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
    from hex_mock.fixtures import FixtureError
    from hex_mock.mock import HexMock
    from hex_mock.persistence import StateFileError
    from hex_mock.rate_limit import RateLimits
    from hex_mock.serving import bind, bound_port
    from hex_mock.serving import serve as serve_http

    if args.admin_token and not args.control_plane:
        raise CliError("--admin-token guards the control plane: it needs --control-plane")
    if args.control_plane and not is_loopback(args.host) and not args.admin_token:
        raise CliError("a control plane on a non-loopback address needs --admin-token")
    fixtures = read_fixtures(args.fixtures) if args.fixtures else "demo"
    try:
        mock = HexMock(
            fixtures=fixtures,
            seed=args.seed,
            clock=make_clock(args),
            run_progression=run_progression(args),
            kernel_capacity=args.kernel_capacity,
            validate_responses=args.validate_responses,
            control_plane=args.control_plane,
            admin_token=args.admin_token,
            state_file=args.state_file,
            rate_limits=RateLimits(overrides=dict(args.rate_limit)),
            json_401=True if args.json_401 else None,
        )
    except FixtureError as error:
        raise CliError(f"cannot start: {args.fixtures}: {error}") from None
    except (StateFileError, ValueError) as error:
        # Never fall back to an empty workspace: the caller expects the one they named.
        raise CliError(f"cannot start: {error}") from None
    try:
        try:
            sock = bind(args.host, args.port)
        except OSError as error:
            raise CliError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
        base_url = origin(args.host, bound_port(sock))
        print(
            banner(
                base_url,
                mock.workspace,
                args.control_plane,
                public_secrets=fixtures == "demo",
                rate_limits=mock.rate_limits(),
            ),
            flush=True,
        )
        if args.state_file:
            print(f"State: {args.state_file} (saved before every write is answered)", flush=True)
        serve_http(mock.app, sock=sock, log_level=args.log_level)
    finally:
        mock.close()
    return 0


def read_fixtures(path: Path) -> dict[str, Any]:
    from hex_mock.fixtures import FixtureError, read_document

    try:
        return read_document(path)
    except FixtureError as error:  # its message names the file
        raise CliError(str(error)) from None


def check_fixtures(args: argparse.Namespace) -> int:
    from hex_mock.fixtures import FixtureError, load_fixtures
    from hex_mock.ids import IdFactory
    from hex_mock.store import Workspace

    workspace = Workspace(clock=ManualClock(), ids=IdFactory(0))
    try:
        load_fixtures(workspace, read_fixtures(args.file))
    except FixtureError as error:
        raise CliError(f"{args.file}: {error}") from None
    counts = {
        "users": len(workspace.users),
        "tokens": len(workspace.tokens),
        "groups": len(workspace.groups),
        "data connections": len(workspace.data_connections),
        "collections": len(workspace.collections),
        "projects": len(workspace.projects),
        "guides": len(workspace.guides),
        "topics": len(workspace.topics),
        "threads": len(workspace.threads),
        "suggestions": len(workspace.suggestions),
    }
    print(f"{args.file}: valid ({', '.join(f'{count} {kind}' for kind, count in counts.items())})")
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
    root = _Parser(prog="hex-mock", description="A stateful mock of Hex's REST API.")
    commands = root.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run = commands.add_parser("serve", help="serve the mock over HTTP")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument(
        "--port", type=port_number, default=8000, help="1-65535, or 0 for any free port (default 8000)"
    )
    run.add_argument(
        "--fixtures", type=Path, help="a fixtures document (JSON or YAML); default: the demo workspace"
    )
    run.add_argument("--seed", type=int, default=0, help="seed for generated ids (default 0)")
    run.add_argument(
        "--control-plane", action="store_true", help="serve the /__mock__/ control plane and dashboard"
    )
    run.add_argument(
        "--clock",
        choices=["real", "manual", "system"],
        default="real",
        help="real (or system): real time (default); manual: time moves only when"
        " /__mock__/clock/advance says, from --start-time",
    )
    run.add_argument(
        "--start-time",
        type=timestamp,
        metavar="ISO8601",
        help="where a manual clock starts, and returns to on reset (default 2025-01-06T09:00:00Z)",
    )
    run.add_argument(
        "--run-progression",
        choices=PROGRESSIONS,
        help="how new runs progress: immediate (terminal at once), reads (after --run-reads status"
        " reads) or clock (after --run-pending-seconds, then --run-running-seconds; the default)",
    )
    run.add_argument("--run-reads", type=int, metavar="N")
    run.add_argument("--run-pending-seconds", type=float, metavar="S")
    run.add_argument("--run-running-seconds", type=float, metavar="S")
    run.add_argument(
        "--kernel-capacity",
        type=int,
        metavar="N",
        help="runs holding a kernel at once before RunProject answers 503 (default 25)",
    )
    run.add_argument(
        "--state-file",
        metavar="PATH",
        help="keep the workspace in this file: restored at start, saved before every write is answered",
    )
    run.add_argument(
        "--admin-token", help="require this bearer token on the control plane (needs --control-plane)"
    )
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
    check = commands.add_parser(
        "check-fixtures", help="check a fixtures document against the schema and its references"
    )
    check.add_argument("file", type=Path, metavar="FILE", help="a fixtures document (JSON or YAML)")
    check.set_defaults(action=check_fixtures)
    report = commands.add_parser("coverage", help="list spec operations and whether the mock handles them")
    report.set_defaults(action=coverage)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
        status: int = args.action(args)
    except CliError as error:
        print(f"hex-mock: {error}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
