from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmbeddingResponse")


@_attrs_define
class EmbeddingResponse:
    """A signed, single-use URL of the embedded app.

    Example:
        {'url': 'https://app.hex.tech/embedded/hxe_5kq2m8v1c0x7z3n6b4w9r2t5y8u1i4o7p0a3s6d9'}

    Attributes:
        url (str): The URL to load in the iframe; it works once, and only until it expires.
    """

    url: str

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        embedding_response = cls(
            url=url,
        )

        return embedding_response
