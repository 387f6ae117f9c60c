from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SemanticProjectArchiveForm")


@_attrs_define
class SemanticProjectArchiveForm:
    """The form IngestSemanticProject takes.

    Example:
        {'file': 'semantic-project.zip', 'dryRun': True}

    Attributes:
        file (File): The zip archive of the semantic project's YAML files.
        verbose (bool | Unset): List what was synced in `contents`. Default: True.
        debug (bool | Unset): Add each dataset's dimensions and their types in `debug`. Default: False.
        dry_run (bool | Unset): Check the archive without storing anything. Default: False.
    """

    file: File
    verbose: bool | Unset = True
    debug: bool | Unset = False
    dry_run: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        verbose = self.verbose

        debug = self.debug

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if verbose is not UNSET:
            field_dict["verbose"] = verbose
        if debug is not UNSET:
            field_dict["debug"] = debug
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.verbose, Unset):
            files.append(
                ("verbose", (None, b"true" if self.verbose else b"false", "text/plain"))
            )

        if not isinstance(self.debug, Unset):
            files.append(
                ("debug", (None, b"true" if self.debug else b"false", "text/plain"))
            )

        if not isinstance(self.dry_run, Unset):
            files.append(
                ("dryRun", (None, b"true" if self.dry_run else b"false", "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        verbose = d.pop("verbose", UNSET)

        debug = d.pop("debug", UNSET)

        dry_run = d.pop("dryRun", UNSET)

        semantic_project_archive_form = cls(
            file=file,
            verbose=verbose,
            debug=debug,
            dry_run=dry_run,
        )

        semantic_project_archive_form.additional_properties = d
        return semantic_project_archive_form

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
