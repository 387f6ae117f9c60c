from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_guide_external_source import GithubGuideExternalSource
    from ..models.unknown_guide_external_source import UnknownGuideExternalSource


T = TypeVar("T", bound="GuideDraftFile")


@_attrs_define
class GuideDraftFile:
    """The draft contents of one guide file. A path named by several files in one request is written once, with the last of
    them.

        Example:
            {'filePath': 'guides/revenue.md', 'contents': '# Revenue\\n\\nRevenue is booked when an invoice is paid.\\n',
                'externalSource': {'source': 'github', 'owner': 'my-org', 'repo': 'hex-context', 'branch': 'main', 'commitHash':
                '9fceb02d0ae598e95dc970b74767f19372d61af8', 'path': 'guides/revenue.md'}}

        Attributes:
            file_path (str): A relative path to a Markdown file, such as `guides/revenue.md`, with `/` between segments. No
                empty, `.` or `..` segments, no backslashes, no `%` (percent-escapes are refused, send the characters), no
                control characters, and none of the characters that Unicode compatibility normalisation (NFKC) turns into `.`,
                `/`, `\\` or `%` (such as U+2024 ONE DOT LEADER or U+FF0F FULLWIDTH SOLIDUS), so no consumer that normalises
                paths reads another path than the one stored. Example: guides/revenue.md.
            contents (str): The guide's Markdown, at most 100000 characters.
            external_source (GithubGuideExternalSource | UnknownGuideExternalSource | Unset): Where a guide file is
                authored, so that Hex knows where updates are expected to come from. Example: {'source': 'unknown'}.
    """

    file_path: str
    contents: str
    external_source: GithubGuideExternalSource | UnknownGuideExternalSource | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.github_guide_external_source import GithubGuideExternalSource

        file_path = self.file_path

        contents = self.contents

        external_source: dict[str, Any] | Unset
        if isinstance(self.external_source, Unset):
            external_source = UNSET
        elif isinstance(self.external_source, GithubGuideExternalSource):
            external_source = self.external_source.to_dict()
        else:
            external_source = self.external_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filePath": file_path,
                "contents": contents,
            }
        )
        if external_source is not UNSET:
            field_dict["externalSource"] = external_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.github_guide_external_source import GithubGuideExternalSource
        from ..models.unknown_guide_external_source import UnknownGuideExternalSource

        d = dict(src_dict)
        file_path = d.pop("filePath")

        contents = d.pop("contents")

        def _parse_external_source(
            data: object,
        ) -> GithubGuideExternalSource | UnknownGuideExternalSource | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_guide_external_source_type_0 = (
                    GithubGuideExternalSource.from_dict(data)
                )

                return componentsschemas_guide_external_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_guide_external_source_type_1 = (
                UnknownGuideExternalSource.from_dict(data)
            )

            return componentsschemas_guide_external_source_type_1

        external_source = _parse_external_source(d.pop("externalSource", UNSET))

        guide_draft_file = cls(
            file_path=file_path,
            contents=contents,
            external_source=external_source,
        )

        guide_draft_file.additional_properties = d
        return guide_draft_file

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
