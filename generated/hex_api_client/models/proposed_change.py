from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.proposed_change_kind import ProposedChangeKind
from ..models.proposed_change_status import ProposedChangeStatus

if TYPE_CHECKING:
    from ..models.data_warehouse_update_payload import DataWarehouseUpdatePayload
    from ..models.file_update_payload import FileUpdatePayload


T = TypeVar("T", bound="ProposedChange")


@_attrs_define
class ProposedChange:
    """One change a suggestion proposes; `payload` is of the kind `updateType` names.

    Example:
        {'id': '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', 'updateType': 'FILE_UPDATE', 'status': 'NEEDS_REVIEW', 'payload':
            {'updateType': 'EDIT_ORG_GUIDE_FILE', 'filePath': 'metrics/customers.md', 'diff': '@@ -1 +1,2 @@\\n #
            Customers\\n+An active customer ordered in the last 90 days.\\n'}}

    Attributes:
        id (UUID): The id of a proposed change (a file update's or a data warehouse update's). Example:
            4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a.
        update_type (ProposedChangeKind): Whether a proposed change edits a file or warehouse metadata. Example:
            FILE_UPDATE.
        status (ProposedChangeStatus): Where a proposed change stands: to be reviewed, gone stale (the context it was
            written against changed), or closed. Example: NEEDS_REVIEW.
        payload (DataWarehouseUpdatePayload | FileUpdatePayload):
    """

    id: UUID
    update_type: ProposedChangeKind
    status: ProposedChangeStatus
    payload: DataWarehouseUpdatePayload | FileUpdatePayload

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_warehouse_update_payload import DataWarehouseUpdatePayload

        id = str(self.id)

        update_type = self.update_type.value

        status = self.status.value

        payload: dict[str, Any]
        if isinstance(self.payload, DataWarehouseUpdatePayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "updateType": update_type,
                "status": status,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_warehouse_update_payload import DataWarehouseUpdatePayload
        from ..models.file_update_payload import FileUpdatePayload

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        update_type = ProposedChangeKind(d.pop("updateType"))

        status = ProposedChangeStatus(d.pop("status"))

        def _parse_payload(
            data: object,
        ) -> DataWarehouseUpdatePayload | FileUpdatePayload:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = DataWarehouseUpdatePayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            payload_type_1 = FileUpdatePayload.from_dict(data)

            return payload_type_1

        payload = _parse_payload(d.pop("payload"))

        proposed_change = cls(
            id=id,
            update_type=update_type,
            status=status,
            payload=payload,
        )

        return proposed_change
