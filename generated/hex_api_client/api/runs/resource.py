"""`Hex.runs` and `AsyncHex.runs` (generated from the spec; do not edit)."""

from uuid import UUID

from ..._runtime.pagination import AsyncPager, SyncPager
from ..._runtime.resource import AsyncResource, SyncResource, parse_nothing
from ..._runtime.runs import RunPoll
from ...models.project_run import ProjectRun
from ...models.project_run_list import ProjectRunList
from ...models.project_run_status import ProjectRunStatus
from ...models.run_chart_image import RunChartImage
from ...models.run_project_request import RunProjectRequest
from ...models.run_status import RunStatus
from ...models.run_trigger_filter import RunTriggerFilter
from ...operations import OPERATIONS
from ...types import UNSET, Unset
from . import (
    cancel_run,
    get_chart_image_from_run,
    get_project_runs,
    get_run_status,
    run_project,
)

_GET_RUN_POLL = RunPoll(
    status="status",
    in_progress=frozenset(["PENDING", "RUNNING"]),
    failed=frozenset(["ERRORED", "KILLED", "UNABLE_TO_ALLOCATE_KERNEL"]),
)


class Runs(SyncResource):
    """The `runs` operations. Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        project_id: UUID,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        status_filter: ProjectRunStatus | Unset = UNSET,
        run_trigger_filter: RunTriggerFilter | Unset = UNSET,
    ) -> SyncPager[ProjectRunList, RunStatus]:
        """List a project's runs: every item of every page, fetched lazily (GetProjectRuns).

        `.pages()` gives page at a time."""
        return SyncPager(
            self._requester,
            OPERATIONS["GetProjectRuns"],
            get_project_runs._get_kwargs(
                project_id=project_id,
                limit=limit,
                offset=offset,
                status_filter=status_filter,
                run_trigger_filter=run_trigger_filter,
            ),
            get_project_runs._parse_success,
            lambda page: page.runs,
        )

    def create(
        self,
        project_id: UUID,
        *,
        body: RunProjectRequest | Unset = UNSET,
        flag_config_override: str | Unset = UNSET,
    ) -> ProjectRun:
        """Run a published project (RunProject)."""
        return self._requester.call(
            OPERATIONS["RunProject"],
            run_project._get_kwargs(
                project_id=project_id,
                body=body,
                flag_config_override=flag_config_override,
            ),
            run_project._parse_success,
        )

    def create_and_wait(
        self,
        project_id: UUID,
        *,
        body: RunProjectRequest | Unset = UNSET,
        flag_config_override: str | Unset = UNSET,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        raise_on_failure: bool = True,
    ) -> RunStatus:
        """RunProject, then `wait` for that run: its final status (see `wait`)."""
        started = self.create(
            project_id=project_id,
            body=body,
            flag_config_override=flag_config_override,
        )
        return self.wait(
            started.project_id,
            started.run_id,
            timeout=timeout,
            poll_interval=poll_interval,
            raise_on_failure=raise_on_failure,
        )

    def get(
        self,
        project_id: UUID,
        run_id: UUID,
        *,
        enable_expanded_stats: str | Unset = UNSET,
    ) -> RunStatus:
        """Get a run's status (GetRunStatus)."""
        return self._requester.call(
            OPERATIONS["GetRunStatus"],
            get_run_status._get_kwargs(
                project_id=project_id,
                run_id=run_id,
                enable_expanded_stats=enable_expanded_stats,
            ),
            get_run_status._parse_success,
        )

    def wait(
        self,
        project_id: UUID,
        run_id: UUID,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        raise_on_failure: bool = True,
    ) -> RunStatus:
        """Poll GetRunStatus every `poll_interval` seconds until the run ends and return its final
        status. Raises RunFailedError (carrying it) for a failed run unless `raise_on_failure` is
        false, and RunTimeoutError when it has not ended after `timeout` seconds."""

        def poll() -> RunStatus:
            return self.get(project_id, run_id)

        return self._requester.wait_for_run(
            poll,
            _GET_RUN_POLL,
            timeout=timeout,
            poll_interval=poll_interval,
            raise_on_failure=raise_on_failure,
        )

    def cancel(
        self,
        project_id: UUID,
        run_id: UUID,
    ) -> None:
        """Cancel a run (CancelRun)."""
        return self._requester.call(
            OPERATIONS["CancelRun"],
            cancel_run._get_kwargs(
                project_id=project_id,
                run_id=run_id,
            ),
            parse_nothing,
        )

    def get_chart_image(
        self,
        project_id: UUID,
        run_id: UUID,
        static_id: UUID,
        *,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        include_title: bool | Unset = UNSET,
    ) -> RunChartImage:
        """Get a chart cell's image from a run (GetChartImageFromRun)."""
        return self._requester.call(
            OPERATIONS["GetChartImageFromRun"],
            get_chart_image_from_run._get_kwargs(
                project_id=project_id,
                run_id=run_id,
                static_id=static_id,
                width=width,
                height=height,
                include_title=include_title,
            ),
            get_chart_image_from_run._parse_success,
        )


class AsyncRuns(AsyncResource):
    """The `runs` operations (async). Deprecated ones are left to the low-level `api` modules."""

    def list(
        self,
        project_id: UUID,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        status_filter: ProjectRunStatus | Unset = UNSET,
        run_trigger_filter: RunTriggerFilter | Unset = UNSET,
    ) -> AsyncPager[ProjectRunList, RunStatus]:
        """List a project's runs: every item of every page, fetched lazily (GetProjectRuns).

        `.pages()` gives page at a time."""
        return AsyncPager(
            self._requester,
            OPERATIONS["GetProjectRuns"],
            get_project_runs._get_kwargs(
                project_id=project_id,
                limit=limit,
                offset=offset,
                status_filter=status_filter,
                run_trigger_filter=run_trigger_filter,
            ),
            get_project_runs._parse_success,
            lambda page: page.runs,
        )

    async def create(
        self,
        project_id: UUID,
        *,
        body: RunProjectRequest | Unset = UNSET,
        flag_config_override: str | Unset = UNSET,
    ) -> ProjectRun:
        """Run a published project (RunProject)."""
        return await self._requester.call(
            OPERATIONS["RunProject"],
            run_project._get_kwargs(
                project_id=project_id,
                body=body,
                flag_config_override=flag_config_override,
            ),
            run_project._parse_success,
        )

    async def create_and_wait(
        self,
        project_id: UUID,
        *,
        body: RunProjectRequest | Unset = UNSET,
        flag_config_override: str | Unset = UNSET,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        raise_on_failure: bool = True,
    ) -> RunStatus:
        """RunProject, then `wait` for that run: its final status (see `wait`)."""
        started = await self.create(
            project_id=project_id,
            body=body,
            flag_config_override=flag_config_override,
        )
        return await self.wait(
            started.project_id,
            started.run_id,
            timeout=timeout,
            poll_interval=poll_interval,
            raise_on_failure=raise_on_failure,
        )

    async def get(
        self,
        project_id: UUID,
        run_id: UUID,
        *,
        enable_expanded_stats: str | Unset = UNSET,
    ) -> RunStatus:
        """Get a run's status (GetRunStatus)."""
        return await self._requester.call(
            OPERATIONS["GetRunStatus"],
            get_run_status._get_kwargs(
                project_id=project_id,
                run_id=run_id,
                enable_expanded_stats=enable_expanded_stats,
            ),
            get_run_status._parse_success,
        )

    async def wait(
        self,
        project_id: UUID,
        run_id: UUID,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        raise_on_failure: bool = True,
    ) -> RunStatus:
        """Poll GetRunStatus every `poll_interval` seconds until the run ends and return its final
        status. Raises RunFailedError (carrying it) for a failed run unless `raise_on_failure` is
        false, and RunTimeoutError when it has not ended after `timeout` seconds."""

        async def poll() -> RunStatus:
            return await self.get(project_id, run_id)

        return await self._requester.wait_for_run(
            poll,
            _GET_RUN_POLL,
            timeout=timeout,
            poll_interval=poll_interval,
            raise_on_failure=raise_on_failure,
        )

    async def cancel(
        self,
        project_id: UUID,
        run_id: UUID,
    ) -> None:
        """Cancel a run (CancelRun)."""
        return await self._requester.call(
            OPERATIONS["CancelRun"],
            cancel_run._get_kwargs(
                project_id=project_id,
                run_id=run_id,
            ),
            parse_nothing,
        )

    async def get_chart_image(
        self,
        project_id: UUID,
        run_id: UUID,
        static_id: UUID,
        *,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        include_title: bool | Unset = UNSET,
    ) -> RunChartImage:
        """Get a chart cell's image from a run (GetChartImageFromRun)."""
        return await self._requester.call(
            OPERATIONS["GetChartImageFromRun"],
            get_chart_image_from_run._get_kwargs(
                project_id=project_id,
                run_id=run_id,
                static_id=static_id,
                width=width,
                height=height,
                include_title=include_title,
            ),
            get_chart_image_from_run._parse_success,
        )
