from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.semantic_ingest_debug import SemanticIngestDebug
    from ..models.semantic_problem import SemanticProblem
    from ..models.semantic_project_sync_result_skipped import (
        SemanticProjectSyncResultSkipped,
    )


T = TypeVar("T", bound="SemanticProjectSyncResult")


@_attrs_define
class SemanticProjectSyncResult:
    """What an ingest synced.

    Example:
        {'traceId': '5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f', 'contents': ['dataset:orders', 'view:revenue'], 'warnings':
            [], 'skipped': {'README.md': 'not a YAML file'}}

    Attributes:
        trace_id (str): An identifier of this API request, useful when asking Hex support about it. Example:
            5f0c6f9e-2b1d-4c3a-8e7f-1a2b3c4d5e6f.
        contents (list[str]): The datasets and views synced (`dataset:<name>`, `view:<name>`); empty unless `verbose`.
        warnings (list[str] | Unset):
        skipped (SemanticProjectSyncResultSkipped | Unset): Files of the archive that define nothing, by path, with the
            reason.
        problems (list[SemanticProblem] | Unset):
        debug (SemanticIngestDebug | Unset): Extra information about an ingest. Example: {'metricflowModelSchemas':
            {'orders': {'order_id': 'number', 'ordered_at': 'timestamp'}}}.
    """

    trace_id: str
    contents: list[str]
    warnings: list[str] | Unset = UNSET
    skipped: SemanticProjectSyncResultSkipped | Unset = UNSET
    problems: list[SemanticProblem] | Unset = UNSET
    debug: SemanticIngestDebug | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        contents = self.contents

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        skipped: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skipped, Unset):
            skipped = self.skipped.to_dict()

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "traceId": trace_id,
                "contents": contents,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if problems is not UNSET:
            field_dict["problems"] = problems
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.semantic_ingest_debug import SemanticIngestDebug
        from ..models.semantic_problem import SemanticProblem
        from ..models.semantic_project_sync_result_skipped import (
            SemanticProjectSyncResultSkipped,
        )

        d = dict(src_dict)
        trace_id = d.pop("traceId")

        contents = cast(list[str], d.pop("contents"))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        _skipped = d.pop("skipped", UNSET)
        skipped: SemanticProjectSyncResultSkipped | Unset
        if isinstance(_skipped, Unset):
            skipped = UNSET
        else:
            skipped = SemanticProjectSyncResultSkipped.from_dict(_skipped)

        _problems = d.pop("problems", UNSET)
        problems: list[SemanticProblem] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = SemanticProblem.from_dict(problems_item_data)

                problems.append(problems_item)

        _debug = d.pop("debug", UNSET)
        debug: SemanticIngestDebug | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = SemanticIngestDebug.from_dict(_debug)

        semantic_project_sync_result = cls(
            trace_id=trace_id,
            contents=contents,
            warnings=warnings,
            skipped=skipped,
            problems=problems,
            debug=debug,
        )

        return semantic_project_sync_result
