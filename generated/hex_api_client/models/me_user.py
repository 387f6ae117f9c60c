from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.org_role import OrgRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.me_org import MeOrg
    from ..models.me_token import MeToken


T = TypeVar("T", bound="MeUser")


@_attrs_define
class MeUser:
    """The caller, when the request was made with a personal access token.

    Example:
        {'id': '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', 'name': 'Ana Souza', 'email': 'ana@example.com', 'role': 'ADMIN',
            'lastLoginDate': '2025-03-18T08:38:03.873Z', 'org': {'id': '67a12d5f-0b1c-4d2e-8f3a-4b5c6d7e8f90'}, 'token':
            {'exp': 1767225600}}

    Attributes:
        id (UUID): The id of a workspace user. Example: 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b.
        name (None | str): The user's display name, if set.
        email (str): The user's email address.
        role (OrgRole): A user's workspace role. EMBEDDED_USER and ANONYMOUS are internal roles of embedded and
            anonymous viewers. Example: EDITOR.
        last_login_date (None | str): When the user last signed in (Hex does not specify the format); `null` if never.
        org (MeOrg): The workspace the token belongs to. Example: {'id': '67a12d5f-0b1c-4d2e-8f3a-4b5c6d7e8f90'}.
        token (MeToken | None | Unset):
    """

    id: UUID
    name: None | str
    email: str
    role: OrgRole
    last_login_date: None | str
    org: MeOrg
    token: MeToken | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.me_token import MeToken

        id = str(self.id)

        name: None | str
        name = self.name

        email = self.email

        role = self.role.value

        last_login_date: None | str
        last_login_date = self.last_login_date

        org = self.org.to_dict()

        token: dict[str, Any] | None | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        elif isinstance(self.token, MeToken):
            token = self.token.to_dict()
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "role": role,
                "lastLoginDate": last_login_date,
                "org": org,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.me_org import MeOrg
        from ..models.me_token import MeToken

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

        org = MeOrg.from_dict(d.pop("org"))

        def _parse_token(data: object) -> MeToken | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                token_type_1 = MeToken.from_dict(data)

                return token_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeToken | None | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        me_user = cls(
            id=id,
            name=name,
            email=email,
            role=role,
            last_login_date=last_login_date,
            org=org,
            token=token,
        )

        me_user.additional_properties = d
        return me_user

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
