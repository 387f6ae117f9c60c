from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="DeactivateUserResponse")


@_attrs_define
class DeactivateUserResponse:
    """The user after deactivation.

    Example:
        {'user': {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 'name': 'Ana Souza', 'email': 'ana@example.com', 'role':
            'EDITOR', 'lastLoginDate': '2025-03-18T08:38:03.873Z'}}

    Attributes:
        user (User): A workspace user. Example: {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 'name': 'Ana Souza',
            'email': 'ana@example.com', 'role': 'EDITOR', 'lastLoginDate': '2025-03-18T08:38:03.873Z'}.
    """

    user: User
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user import User

        d = dict(src_dict)
        user = User.from_dict(d.pop("user"))

        deactivate_user_response = cls(
            user=user,
        )

        deactivate_user_response.additional_properties = d
        return deactivate_user_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
