from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.github_external_source_kind import GithubExternalSourceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="GithubGuideExternalSource")


@_attrs_define
class GithubGuideExternalSource:
    """A guide that is synced from a file in a GitHub repository.

    Example:
        {'source': 'github', 'owner': 'my-org', 'repo': 'hex-context', 'base': 'https://github.com', 'branch': 'main',
            'commitHash': '9fceb02d0ae598e95dc970b74767f19372d61af8', 'path': 'guides/revenue.md'}

    Attributes:
        source (GithubExternalSourceKind): Marks a GitHub external source. Example: github.
        owner (str): The repository's owner.
        repo (str): The repository's name.
        branch (str): The branch the uploaded version comes from.
        commit_hash (str): The commit the uploaded version comes from.
        path (str): The file's path inside the repository.
        base (str | Unset): The GitHub instance's base URL; `https://github.com` unless self-hosted.
    """

    source: GithubExternalSourceKind
    owner: str
    repo: str
    branch: str
    commit_hash: str
    path: str
    base: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        owner = self.owner

        repo = self.repo

        branch = self.branch

        commit_hash = self.commit_hash

        path = self.path

        base = self.base

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "owner": owner,
                "repo": repo,
                "branch": branch,
                "commitHash": commit_hash,
                "path": path,
            }
        )
        if base is not UNSET:
            field_dict["base"] = base

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = GithubExternalSourceKind(d.pop("source"))

        owner = d.pop("owner")

        repo = d.pop("repo")

        branch = d.pop("branch")

        commit_hash = d.pop("commitHash")

        path = d.pop("path")

        base = d.pop("base", UNSET)

        github_guide_external_source = cls(
            source=source,
            owner=owner,
            repo=repo,
            branch=branch,
            commit_hash=commit_hash,
            path=path,
            base=base,
        )

        github_guide_external_source.additional_properties = d
        return github_guide_external_source

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
