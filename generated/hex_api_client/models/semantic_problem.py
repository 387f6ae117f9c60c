from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.semantic_problem_severity import SemanticProblemSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="SemanticProblem")


@_attrs_define
class SemanticProblem:
    """A problem found in the semantic project's files.

    Example:
        {'severity': 'error', 'message': 'a dataset needs an id or a file name', 'cause_paths': [['datasets/.yml']],
            'impact_paths': [], 'display': 'datasets/.yml: a dataset needs an id or a file name'}

    Attributes:
        severity (SemanticProblemSeverity): How bad a problem is; `fatal` and `error` stop the sync. Example: error.
        message (str):
        cause_paths (list[list[float | str]]): Where the problem is, as key paths (a file, then keys and indexes within
            it).
        impact_paths (list[list[float | str]]): What the problem affects, as key paths.
        display (str): The problem as one line of text.
        validated_by_json_schema (bool | Unset):
    """

    severity: SemanticProblemSeverity
    message: str
    cause_paths: list[list[float | str]]
    impact_paths: list[list[float | str]]
    display: str
    validated_by_json_schema: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity.value

        message = self.message

        cause_paths = []
        for cause_paths_item_data in self.cause_paths:
            cause_paths_item = []
            for cause_paths_item_item_data in cause_paths_item_data:
                cause_paths_item_item: float | str
                cause_paths_item_item = cause_paths_item_item_data
                cause_paths_item.append(cause_paths_item_item)

            cause_paths.append(cause_paths_item)

        impact_paths = []
        for impact_paths_item_data in self.impact_paths:
            impact_paths_item = []
            for impact_paths_item_item_data in impact_paths_item_data:
                impact_paths_item_item: float | str
                impact_paths_item_item = impact_paths_item_item_data
                impact_paths_item.append(impact_paths_item_item)

            impact_paths.append(impact_paths_item)

        display = self.display

        validated_by_json_schema = self.validated_by_json_schema

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "severity": severity,
                "message": message,
                "cause_paths": cause_paths,
                "impact_paths": impact_paths,
                "display": display,
            }
        )
        if validated_by_json_schema is not UNSET:
            field_dict["validated_by_json_schema"] = validated_by_json_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        severity = SemanticProblemSeverity(d.pop("severity"))

        message = d.pop("message")

        cause_paths = []
        _cause_paths = d.pop("cause_paths")
        for cause_paths_item_data in _cause_paths:
            cause_paths_item = []
            _cause_paths_item = cause_paths_item_data
            for cause_paths_item_item_data in _cause_paths_item:

                def _parse_cause_paths_item_item(data: object) -> float | str:
                    return cast(float | str, data)

                cause_paths_item_item = _parse_cause_paths_item_item(
                    cause_paths_item_item_data
                )

                cause_paths_item.append(cause_paths_item_item)

            cause_paths.append(cause_paths_item)

        impact_paths = []
        _impact_paths = d.pop("impact_paths")
        for impact_paths_item_data in _impact_paths:
            impact_paths_item = []
            _impact_paths_item = impact_paths_item_data
            for impact_paths_item_item_data in _impact_paths_item:

                def _parse_impact_paths_item_item(data: object) -> float | str:
                    return cast(float | str, data)

                impact_paths_item_item = _parse_impact_paths_item_item(
                    impact_paths_item_item_data
                )

                impact_paths_item.append(impact_paths_item_item)

            impact_paths.append(impact_paths_item)

        display = d.pop("display")

        validated_by_json_schema = d.pop("validated_by_json_schema", UNSET)

        semantic_problem = cls(
            severity=severity,
            message=message,
            cause_paths=cause_paths,
            impact_paths=impact_paths,
            display=display,
            validated_by_json_schema=validated_by_json_schema,
        )

        return semantic_problem
