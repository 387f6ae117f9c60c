from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_app_views import ProjectAppViews


T = TypeVar("T", bound="ProjectAnalytics")


@_attrs_define
class ProjectAnalytics:
    """Usage of the project's published app.

    Example:
        {'appViews': {'allTime': 12, 'lastSevenDays': 2, 'lastFourteenDays': 3, 'lastThirtyDays': 5}, 'lastViewedAt':
            '2025-03-17T14:55:34.717Z', 'publishedResultsUpdatedAt': None}

    Attributes:
        app_views (ProjectAppViews): How often the published app was viewed, over several windows. Example: {'allTime':
            12, 'lastSevenDays': 2, 'lastFourteenDays': 3, 'lastThirtyDays': 5}.
        last_viewed_at (datetime.datetime | None): When the app was last viewed; `null` if never.
        published_results_updated_at (datetime.datetime | None): When the app's cached results were last refreshed;
            `null` if never.
    """

    app_views: ProjectAppViews
    last_viewed_at: datetime.datetime | None
    published_results_updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_views = self.app_views.to_dict()

        last_viewed_at: None | str
        if isinstance(self.last_viewed_at, datetime.datetime):
            last_viewed_at = self.last_viewed_at.isoformat()
        else:
            last_viewed_at = self.last_viewed_at

        published_results_updated_at: None | str
        if isinstance(self.published_results_updated_at, datetime.datetime):
            published_results_updated_at = self.published_results_updated_at.isoformat()
        else:
            published_results_updated_at = self.published_results_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appViews": app_views,
                "lastViewedAt": last_viewed_at,
                "publishedResultsUpdatedAt": published_results_updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_app_views import ProjectAppViews

        d = dict(src_dict)
        app_views = ProjectAppViews.from_dict(d.pop("appViews"))

        def _parse_last_viewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_viewed_at_type_1 = datetime.datetime.fromisoformat(data)

                return last_viewed_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_viewed_at = _parse_last_viewed_at(d.pop("lastViewedAt"))

        def _parse_published_results_updated_at(
            data: object,
        ) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_results_updated_at_type_1 = datetime.datetime.fromisoformat(
                    data
                )

                return published_results_updated_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_results_updated_at = _parse_published_results_updated_at(
            d.pop("publishedResultsUpdatedAt")
        )

        project_analytics = cls(
            app_views=app_views,
            last_viewed_at=last_viewed_at,
            published_results_updated_at=published_results_updated_at,
        )

        project_analytics.additional_properties = d
        return project_analytics

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
