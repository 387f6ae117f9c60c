from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ComputeProfile")


@_attrs_define
class ComputeProfile:
    """A project's kernel image and machine size (Hex publishes neither list of names).

    Example:
        {'image': 'python-3.11', 'size': 'medium'}

    Attributes:
        image (str):
        size (str):
    """

    image: str
    size: str

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        size = self.size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image": image,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image = d.pop("image")

        size = d.pop("size")

        compute_profile = cls(
            image=image,
            size=size,
        )

        return compute_profile
