from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_role import OrgRole

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A workspace user.

    Example:
        {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 'name': 'Ana Souza', 'email': 'ana@example.com', 'role':
            'EDITOR', 'lastLoginDate': '2025-03-18T08:38:03.873Z'}

    Attributes:
        id (UUID): The id of a workspace user. Example: 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.
        name (None | str): The user's display name, if set.
        email (str): The user's email address.
        role (OrgRole): A user's workspace role. EMBEDDED_USER and ANONYMOUS are internal roles of embedded and
            anonymous viewers. Example: EDITOR.
        last_login_date (None | str): When the user last signed in (Hex does not specify the format); `null` if never.
    """

    id: UUID
    name: None | str
    email: str
    role: OrgRole
    last_login_date: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name: None | str
        name = self.name

        email = self.email

        role = self.role.value

        last_login_date: None | str
        last_login_date = self.last_login_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "role": role,
                "lastLoginDate": last_login_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        email = d.pop("email")

        role = OrgRole(d.pop("role"))

        def _parse_last_login_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_login_date = _parse_last_login_date(d.pop("lastLoginDate"))

        user = cls(
            id=id,
            name=name,
            email=email,
            role=role,
            last_login_date=last_login_date,
        )

        user.additional_properties = d
        return user

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
