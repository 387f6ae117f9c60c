from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Cursors for the neighbouring pages; `null` where there is no such page.

    Example:
        {'after': 'eyJrIjpbIjIwMjUtMDMtMTgiXX0', 'before': None}

    Attributes:
        after (None | str):
        before (None | str):
    """

    after: None | str
    before: None | str

    def to_dict(self) -> dict[str, Any]:
        after: None | str
        after = self.after

        before: None | str
        before = self.before

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "after": after,
                "before": before,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_after(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        after = _parse_after(d.pop("after"))

        def _parse_before(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        before = _parse_before(d.pop("before"))

        pagination = cls(
            after=after,
            before=before,
        )

        return pagination
