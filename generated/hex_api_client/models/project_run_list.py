from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.run_status import RunStatus


T = TypeVar("T", bound="ProjectRunList")


@_attrs_define
class ProjectRunList:
    """One page of a project's runs, most recent first, with the URLs of the neighbouring pages (`null` at either end).

    Example:
        {'runs': [{'projectId': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'projectVersion': '7', 'runId':
            '0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10', 'runUrl': 'https://app.hex.tech/acme/app/5b0a6f2e-3c1d-4e8a-9f7b-
            2d6c1a0e4b93/latest?runId=0f3c2b9e-8d71-4a55-b1e4-6a2f9c7d8e10', 'status': 'RUNNING', 'runTrigger': 'SCHEDULED',
            'startTime': '2025-03-25T10:00:00.000Z', 'endTime': None, 'elapsedTime': None, 'traceId':
            '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}], 'nextPage':
            'https://app.hex.tech/api/v1/projects/5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93/runs?limit=1&offset=1',
            'previousPage': None, 'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f'}

    Attributes:
        runs (list[RunStatus]):
        next_page (None | str):
        previous_page (None | str):
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
    """

    runs: list[RunStatus]
    next_page: None | str
    previous_page: None | str
    trace_id: str

    def to_dict(self) -> dict[str, Any]:
        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        next_page: None | str
        next_page = self.next_page

        previous_page: None | str
        previous_page = self.previous_page

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "runs": runs,
                "nextPage": next_page,
                "previousPage": previous_page,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_status import RunStatus

        d = dict(src_dict)
        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = RunStatus.from_dict(runs_item_data)

            runs.append(runs_item)

        def _parse_next_page(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page = _parse_next_page(d.pop("nextPage"))

        def _parse_previous_page(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_page = _parse_previous_page(d.pop("previousPage"))

        trace_id = d.pop("traceId")

        project_run_list = cls(
            runs=runs,
            next_page=next_page,
            previous_page=previous_page,
            trace_id=trace_id,
        )

        return project_run_list
