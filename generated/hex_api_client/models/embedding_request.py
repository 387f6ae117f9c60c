from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding_display_options import EmbeddingDisplayOptions
    from ..models.embedding_request_hex_user_attributes import (
        EmbeddingRequestHexUserAttributes,
    )
    from ..models.embedding_request_input_parameters import (
        EmbeddingRequestInputParameters,
    )


T = TypeVar("T", bound="EmbeddingRequest")


@_attrs_define
class EmbeddingRequest:
    """How the embedded app is shown and to whom.

    Example:
        {'hexUserAttributes': {'orgId': 'my-org-id'}, 'expiresIn': 60000, 'displayOptions': {'theme': 'dark'}}

    Attributes:
        hex_user_attributes (EmbeddingRequestHexUserAttributes | Unset): Values for `hex_user_attributes` in the app,
            for the viewer (strings only; serialise anything else as JSON).
        scope (list[str] | Unset): Extra permissions for the viewer: `EXPORT_PDF` (download the app as a PDF),
            `EXPORT_CSV` (download tables as CSV).
        input_parameters (EmbeddingRequestInputParameters | Unset): Default values for the app's inputs, keyed by input
            name.
        expires_in (float | Unset): How long the URL may wait to be opened, in milliseconds: 15000 unless given; values
            above 300000 (5 minutes, Hex's maximum) are treated as 300000. Default: 15000.0.
        display_options (EmbeddingDisplayOptions | Unset): How the embedded app is displayed. Example: {'theme': 'dark',
            'noEmbedFooter': True}.
        test_mode (bool | Unset): Test the call: the app does not run, and the request counts neither towards the rate
            limit nor towards embedding usage.
    """

    hex_user_attributes: EmbeddingRequestHexUserAttributes | Unset = UNSET
    scope: list[str] | Unset = UNSET
    input_parameters: EmbeddingRequestInputParameters | Unset = UNSET
    expires_in: float | Unset = 15000.0
    display_options: EmbeddingDisplayOptions | Unset = UNSET
    test_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hex_user_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hex_user_attributes, Unset):
            hex_user_attributes = self.hex_user_attributes.to_dict()

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        input_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_parameters, Unset):
            input_parameters = self.input_parameters.to_dict()

        expires_in = self.expires_in

        display_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_options, Unset):
            display_options = self.display_options.to_dict()

        test_mode = self.test_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hex_user_attributes is not UNSET:
            field_dict["hexUserAttributes"] = hex_user_attributes
        if scope is not UNSET:
            field_dict["scope"] = scope
        if input_parameters is not UNSET:
            field_dict["inputParameters"] = input_parameters
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if display_options is not UNSET:
            field_dict["displayOptions"] = display_options
        if test_mode is not UNSET:
            field_dict["testMode"] = test_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embedding_display_options import EmbeddingDisplayOptions
        from ..models.embedding_request_hex_user_attributes import (
            EmbeddingRequestHexUserAttributes,
        )
        from ..models.embedding_request_input_parameters import (
            EmbeddingRequestInputParameters,
        )

        d = dict(src_dict)
        _hex_user_attributes = d.pop("hexUserAttributes", UNSET)
        hex_user_attributes: EmbeddingRequestHexUserAttributes | Unset
        if isinstance(_hex_user_attributes, Unset):
            hex_user_attributes = UNSET
        else:
            hex_user_attributes = EmbeddingRequestHexUserAttributes.from_dict(
                _hex_user_attributes
            )

        scope = cast(list[str], d.pop("scope", UNSET))

        _input_parameters = d.pop("inputParameters", UNSET)
        input_parameters: EmbeddingRequestInputParameters | Unset
        if isinstance(_input_parameters, Unset):
            input_parameters = UNSET
        else:
            input_parameters = EmbeddingRequestInputParameters.from_dict(
                _input_parameters
            )

        expires_in = d.pop("expiresIn", UNSET)

        _display_options = d.pop("displayOptions", UNSET)
        display_options: EmbeddingDisplayOptions | Unset
        if isinstance(_display_options, Unset):
            display_options = UNSET
        else:
            display_options = EmbeddingDisplayOptions.from_dict(_display_options)

        test_mode = d.pop("testMode", UNSET)

        embedding_request = cls(
            hex_user_attributes=hex_user_attributes,
            scope=scope,
            input_parameters=input_parameters,
            expires_in=expires_in,
            display_options=display_options,
            test_mode=test_mode,
        )

        embedding_request.additional_properties = d
        return embedding_request

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
