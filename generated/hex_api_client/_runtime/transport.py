"""Sending an operation: headers, pacing, retries, and the mapping of failures to exceptions.

SyncRequester and AsyncRequester differ only in how they wait and send; every decision (retry or
raise, how long to wait, whether a run has ended) is made by the shared functions they call.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import httpx

from .errors import APIResponseValidationError
from .operation import Operation
from .pacing import Pacer
from .retries import RetryPolicy
from .runs import RunModel, RunPoll, next_poll_delay

T = TypeVar("T")
RunT = TypeVar("RunT", bound=RunModel)


@dataclass(frozen=True)
class Settings:
    """What a Hex / AsyncHex was configured with; `with_options` copies it with changes."""

    api_root: str  # e.g. https://app.hex.tech/api; operation paths (/v1/...) are appended
    headers: dict[str, str]
    timeout: httpx.Timeout | None  # None: the httpx client's own
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    pacer: Pacer | None = None  # None: no client-side pacing
    clock: Callable[[], float] = time.monotonic

    def changed(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def request_arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The generated `_get_kwargs` output made absolute, authenticated and timed."""
        arguments = {
            **kwargs,
            "url": self.api_root + kwargs["url"],
            "headers": {**self.headers, **kwargs.get("headers", {})},
        }
        if self.timeout is not None:
            arguments["timeout"] = self.timeout
        return arguments

    def pacing_delay(self, operation: Operation) -> float:
        if self.pacer is None:
            return 0.0
        return self.pacer.reserve(operation.rate_limit_group, self.clock())


def parse_success(operation: Operation, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """The operation's model from a success response; a body that is not it fails loudly."""
    if response.status_code != 204 and "json" not in response.headers.get("content-type", ""):
        raise APIResponseValidationError(
            f"{operation.name}: a {response.status_code} response that is not JSON "
            f"({response.headers.get('content-type', 'no content type')}) from {response.request.url}: "
            "is base_url the Hex origin (such as https://app.hex.tech)?",
            response=response,
        )
    try:
        return parse(response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise APIResponseValidationError(
            f"{operation.name}: the {response.status_code} response is not the documented body "
            f"({type(error).__name__}: {error})",
            response=response,
        ) from error


class SyncRequester:
    def __init__(self, http: httpx.Client, settings: Settings, sleep: Callable[[float], object]) -> None:
        self.http = http
        self.settings = settings
        self.sleep = sleep

    def send(self, operation: Operation, kwargs: dict[str, Any]) -> httpx.Response:
        """The operation's success response, after any retries; an exception otherwise."""
        arguments = self.settings.request_arguments(kwargs)
        attempt = 0
        while True:
            delay = self.settings.pacing_delay(operation)
            if delay > 0:
                self.sleep(delay)
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = self.http.request(**arguments)
            except httpx.TransportError as error:
                outcome = error
            else:
                if outcome.is_success:
                    return outcome
            self.sleep(self.settings.retry.delay_or_raise(outcome, operation, attempt))
            attempt += 1

    def call(self, operation: Operation, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]) -> T:
        return parse_success(operation, self.send(operation, kwargs), parse)

    def wait_for_run(
        self,
        poll: Callable[[], RunT],
        spec: RunPoll,
        *,
        timeout: float,
        poll_interval: float,
        raise_on_failure: bool,
    ) -> RunT:
        started = self.settings.clock()
        while True:
            run = poll()
            delay = next_poll_delay(
                run,
                spec,
                waited=self.settings.clock() - started,
                timeout=timeout,
                poll_interval=poll_interval,
                raise_on_failure=raise_on_failure,
            )
            if delay is None:
                return run
            self.sleep(delay)


class AsyncRequester:
    def __init__(
        self, http: httpx.AsyncClient, settings: Settings, sleep: Callable[[float], Awaitable[object]]
    ) -> None:
        self.http = http
        self.settings = settings
        self.sleep = sleep

    async def send(self, operation: Operation, kwargs: dict[str, Any]) -> httpx.Response:
        """The operation's success response, after any retries; an exception otherwise."""
        arguments = self.settings.request_arguments(kwargs)
        attempt = 0
        while True:
            delay = self.settings.pacing_delay(operation)
            if delay > 0:
                await self.sleep(delay)
            outcome: httpx.Response | httpx.TransportError
            try:
                outcome = await self.http.request(**arguments)
            except httpx.TransportError as error:
                outcome = error
            else:
                if outcome.is_success:
                    return outcome
            await self.sleep(self.settings.retry.delay_or_raise(outcome, operation, attempt))
            attempt += 1

    async def call(
        self, operation: Operation, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]
    ) -> T:
        return parse_success(operation, await self.send(operation, kwargs), parse)

    async def wait_for_run(
        self,
        poll: Callable[[], Awaitable[RunT]],
        spec: RunPoll,
        *,
        timeout: float,
        poll_interval: float,
        raise_on_failure: bool,
    ) -> RunT:
        started = self.settings.clock()
        while True:
            run = await poll()
            delay = next_poll_delay(
                run,
                spec,
                waited=self.settings.clock() - started,
                timeout=timeout,
                poll_interval=poll_interval,
                raise_on_failure=raise_on_failure,
            )
            if delay is None:
                return run
            await self.sleep(delay)
