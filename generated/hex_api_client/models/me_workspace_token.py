from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.me_org import MeOrg
    from ..models.me_token import MeToken


T = TypeVar("T", bound="MeWorkspaceToken")


@_attrs_define
class MeWorkspaceToken:
    """The caller, when the request was made with a workspace token: no user, only the workspace and the token.

    Example:
        {'org': {'id': '67a12d5f-0b1c-4d2e-8f3a-4b5c6d7e8f90'}, 'token': {'exp': 1767225600}}

    Attributes:
        org (MeOrg): The workspace the token belongs to. Example: {'id': '67a12d5f-0b1c-4d2e-8f3a-4b5c6d7e8f90'}.
        token (MeToken | None | Unset):
    """

    org: MeOrg
    token: MeToken | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.me_token import MeToken

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

        me_workspace_token = cls(
            org=org,
            token=token,
        )

        me_workspace_token.additional_properties = d
        return me_workspace_token

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
