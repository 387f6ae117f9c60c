from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_theme import EmbeddingTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingDisplayOptions")


@_attrs_define
class EmbeddingDisplayOptions:
    """How the embedded app is displayed.

    Example:
        {'theme': 'dark', 'noEmbedFooter': True}

    Attributes:
        theme (EmbeddingTheme | Unset): The embedded app's colour theme. Example: light.
        show_embedded_run_button (bool | Unset): Always show the run button in the embedded app's navigation bar.
        no_embed_header_padding (bool | Unset): Drop the top padding of apps without tabs.
        no_embed_base_padding (bool | Unset): Drop the padding around the embedded app.
        no_embed_outline (bool | Unset): Drop the border around the embedded app.
        no_embed_footer (bool | Unset): Drop the Hex footer at the bottom of the embedded app.
    """

    theme: EmbeddingTheme | Unset = UNSET
    show_embedded_run_button: bool | Unset = UNSET
    no_embed_header_padding: bool | Unset = UNSET
    no_embed_base_padding: bool | Unset = UNSET
    no_embed_outline: bool | Unset = UNSET
    no_embed_footer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        show_embedded_run_button = self.show_embedded_run_button

        no_embed_header_padding = self.no_embed_header_padding

        no_embed_base_padding = self.no_embed_base_padding

        no_embed_outline = self.no_embed_outline

        no_embed_footer = self.no_embed_footer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if theme is not UNSET:
            field_dict["theme"] = theme
        if show_embedded_run_button is not UNSET:
            field_dict["showEmbeddedRunButton"] = show_embedded_run_button
        if no_embed_header_padding is not UNSET:
            field_dict["noEmbedHeaderPadding"] = no_embed_header_padding
        if no_embed_base_padding is not UNSET:
            field_dict["noEmbedBasePadding"] = no_embed_base_padding
        if no_embed_outline is not UNSET:
            field_dict["noEmbedOutline"] = no_embed_outline
        if no_embed_footer is not UNSET:
            field_dict["noEmbedFooter"] = no_embed_footer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _theme = d.pop("theme", UNSET)
        theme: EmbeddingTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = EmbeddingTheme(_theme)

        show_embedded_run_button = d.pop("showEmbeddedRunButton", UNSET)

        no_embed_header_padding = d.pop("noEmbedHeaderPadding", UNSET)

        no_embed_base_padding = d.pop("noEmbedBasePadding", UNSET)

        no_embed_outline = d.pop("noEmbedOutline", UNSET)

        no_embed_footer = d.pop("noEmbedFooter", UNSET)

        embedding_display_options = cls(
            theme=theme,
            show_embedded_run_button=show_embedded_run_button,
            no_embed_header_padding=no_embed_header_padding,
            no_embed_base_padding=no_embed_base_padding,
            no_embed_outline=no_embed_outline,
            no_embed_footer=no_embed_footer,
        )

        embedding_display_options.additional_properties = d
        return embedding_display_options

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
