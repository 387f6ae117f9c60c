from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadAttachments")


@_attrs_define
class ThreadAttachments:
    """Workspace entities the prompt refers to.

    Example:
        {'dataConnectionId': 'c8f815c8-88c2-4dea-981f-69f544d6165d', 'projectIds':
            ['5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93']}

    Attributes:
        data_connection_id (None | Unset | UUID): A data connection the prompt is about.
        table_ids (list[str] | Unset): Tables the prompt is about.
        semantic_dataset_ids (list[str] | Unset): Semantic datasets the prompt is about.
        semantic_view_ids (list[str] | Unset): Semantic views the prompt is about.
        project_ids (list[UUID] | Unset): Projects the prompt is about.
    """

    data_connection_id: None | Unset | UUID = UNSET
    table_ids: list[str] | Unset = UNSET
    semantic_dataset_ids: list[str] | Unset = UNSET
    semantic_view_ids: list[str] | Unset = UNSET
    project_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_connection_id: None | str | Unset
        if isinstance(self.data_connection_id, Unset):
            data_connection_id = UNSET
        elif isinstance(self.data_connection_id, UUID):
            data_connection_id = str(self.data_connection_id)
        else:
            data_connection_id = self.data_connection_id

        table_ids: list[str] | Unset = UNSET
        if not isinstance(self.table_ids, Unset):
            table_ids = self.table_ids

        semantic_dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.semantic_dataset_ids, Unset):
            semantic_dataset_ids = self.semantic_dataset_ids

        semantic_view_ids: list[str] | Unset = UNSET
        if not isinstance(self.semantic_view_ids, Unset):
            semantic_view_ids = self.semantic_view_ids

        project_ids: list[str] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = []
            for project_ids_item_data in self.project_ids:
                project_ids_item = str(project_ids_item_data)
                project_ids.append(project_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if data_connection_id is not UNSET:
            field_dict["dataConnectionId"] = data_connection_id
        if table_ids is not UNSET:
            field_dict["tableIds"] = table_ids
        if semantic_dataset_ids is not UNSET:
            field_dict["semanticDatasetIds"] = semantic_dataset_ids
        if semantic_view_ids is not UNSET:
            field_dict["semanticViewIds"] = semantic_view_ids
        if project_ids is not UNSET:
            field_dict["projectIds"] = project_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_data_connection_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                data_connection_id_type_1 = UUID(data)

                return data_connection_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        data_connection_id = _parse_data_connection_id(d.pop("dataConnectionId", UNSET))

        table_ids = cast(list[str], d.pop("tableIds", UNSET))

        semantic_dataset_ids = cast(list[str], d.pop("semanticDatasetIds", UNSET))

        semantic_view_ids = cast(list[str], d.pop("semanticViewIds", UNSET))

        _project_ids = d.pop("projectIds", UNSET)
        project_ids: list[UUID] | Unset = UNSET
        if _project_ids is not UNSET:
            project_ids = []
            for project_ids_item_data in _project_ids:
                project_ids_item = UUID(project_ids_item_data)

                project_ids.append(project_ids_item)

        thread_attachments = cls(
            data_connection_id=data_connection_id,
            table_ids=table_ids,
            semantic_dataset_ids=semantic_dataset_ids,
            semantic_view_ids=semantic_view_ids,
            project_ids=project_ids,
        )

        return thread_attachments
