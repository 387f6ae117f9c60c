from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.project_type import ProjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_analytics import ProjectAnalytics
    from ..models.project_category import ProjectCategory
    from ..models.project_person import ProjectPerson
    from ..models.project_reviews import ProjectReviews
    from ..models.project_schedule import ProjectSchedule
    from ..models.project_sharing import ProjectSharing
    from ..models.project_status import ProjectStatus


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A Hex project (or component) and its metadata. Every key except `sharing` is always present, with `null` where there
    is no value.

        Example:
            {'id': '5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93', 'title': 'Weekly revenue', 'description': None, 'type':
                'PROJECT', 'creator': {'email': 'ana@example.com'}, 'owner': {'email': 'ana@example.com'}, 'status': {'name':
                'In development'}, 'categories': [{'name': 'Dashboard', 'description': None}], 'reviews': {'required': False},
                'analytics': {'appViews': {'allTime': 12, 'lastSevenDays': 2, 'lastFourteenDays': 3, 'lastThirtyDays': 5},
                'lastViewedAt': '2025-03-17T14:55:34.717Z', 'publishedResultsUpdatedAt': '2025-03-18T12:11:34.907Z'},
                'lastEditedAt': '2025-03-18T08:38:03.873Z', 'lastPublishedAt': '2025-03-13T23:26:27.466Z', 'createdAt':
                '2024-12-03T09:54:58.471Z', 'archivedAt': None, 'trashedAt': None, 'schedules': []}

        Attributes:
            id (UUID): The id of a project (the UUID after `hex/` in a project's URL). Example:
                5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93.
            title (str):
            description (None | str):
            type_ (ProjectType): Whether the item is an ordinary project or a reusable component. Example: PROJECT.
            creator (ProjectPerson): A workspace user, identified only by email address. Example: {'email':
                'ana@example.com'}.
            owner (ProjectPerson): A workspace user, identified only by email address. Example: {'email':
                'ana@example.com'}.
            status (None | ProjectStatus): The project's status; `null` when it has none.
            categories (list[ProjectCategory]):
            reviews (ProjectReviews): The project's review settings. Example: {'required': False}.
            analytics (ProjectAnalytics): Usage of the project's published app. Example: {'appViews': {'allTime': 12,
                'lastSevenDays': 2, 'lastFourteenDays': 3, 'lastThirtyDays': 5}, 'lastViewedAt': '2025-03-17T14:55:34.717Z',
                'publishedResultsUpdatedAt': None}.
            last_edited_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example:
                2025-03-18T08:38:03.873Z.
            last_published_at (datetime.datetime | None): When the project was last published; `null` if it never was.
            created_at (datetime.datetime): An ISO 8601 UTC timestamp with milliseconds. Example: 2025-03-18T08:38:03.873Z.
            archived_at (datetime.datetime | None): When the project was archived; `null` unless it is archived.
            trashed_at (datetime.datetime | None): When the project was moved to the trash; `null` unless it is in the
                trash.
            schedules (list[ProjectSchedule]):
            sharing (ProjectSharing | Unset): Who can access the project and how. Users are named by email and groups and
                collections by name; the sharing edits take ids instead. Example: {'users': [{'user': {'email':
                'ana@example.com'}, 'access': 'FULL_ACCESS'}], 'collections': [{'collection': {'name': 'Finance dashboards'},
                'access': 'APP_ONLY'}], 'groups': [], 'workspace': {'access': 'CAN_VIEW'}, 'publicWeb': {'access': 'NONE'},
                'support': {'access': 'NONE'}}.
    """

    id: UUID
    title: str
    description: None | str
    type_: ProjectType
    creator: ProjectPerson
    owner: ProjectPerson
    status: None | ProjectStatus
    categories: list[ProjectCategory]
    reviews: ProjectReviews
    analytics: ProjectAnalytics
    last_edited_at: datetime.datetime
    last_published_at: datetime.datetime | None
    created_at: datetime.datetime
    archived_at: datetime.datetime | None
    trashed_at: datetime.datetime | None
    schedules: list[ProjectSchedule]
    sharing: ProjectSharing | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_status import ProjectStatus

        id = str(self.id)

        title = self.title

        description: None | str
        description = self.description

        type_ = self.type_.value

        creator = self.creator.to_dict()

        owner = self.owner.to_dict()

        status: dict[str, Any] | None
        if isinstance(self.status, ProjectStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        reviews = self.reviews.to_dict()

        analytics = self.analytics.to_dict()

        last_edited_at = self.last_edited_at.isoformat()

        last_published_at: None | str
        if isinstance(self.last_published_at, datetime.datetime):
            last_published_at = self.last_published_at.isoformat()
        else:
            last_published_at = self.last_published_at

        created_at = self.created_at.isoformat()

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        trashed_at: None | str
        if isinstance(self.trashed_at, datetime.datetime):
            trashed_at = self.trashed_at.isoformat()
        else:
            trashed_at = self.trashed_at

        schedules = []
        for schedules_item_data in self.schedules:
            schedules_item = schedules_item_data.to_dict()
            schedules.append(schedules_item)

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "type": type_,
                "creator": creator,
                "owner": owner,
                "status": status,
                "categories": categories,
                "reviews": reviews,
                "analytics": analytics,
                "lastEditedAt": last_edited_at,
                "lastPublishedAt": last_published_at,
                "createdAt": created_at,
                "archivedAt": archived_at,
                "trashedAt": trashed_at,
                "schedules": schedules,
            }
        )
        if sharing is not UNSET:
            field_dict["sharing"] = sharing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_analytics import ProjectAnalytics
        from ..models.project_category import ProjectCategory
        from ..models.project_person import ProjectPerson
        from ..models.project_reviews import ProjectReviews
        from ..models.project_schedule import ProjectSchedule
        from ..models.project_sharing import ProjectSharing
        from ..models.project_status import ProjectStatus

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        type_ = ProjectType(d.pop("type"))

        creator = ProjectPerson.from_dict(d.pop("creator"))

        owner = ProjectPerson.from_dict(d.pop("owner"))

        def _parse_status(data: object) -> None | ProjectStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_1 = ProjectStatus.from_dict(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectStatus, data)

        status = _parse_status(d.pop("status"))

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = ProjectCategory.from_dict(categories_item_data)

            categories.append(categories_item)

        reviews = ProjectReviews.from_dict(d.pop("reviews"))

        analytics = ProjectAnalytics.from_dict(d.pop("analytics"))

        last_edited_at = datetime.datetime.fromisoformat(d.pop("lastEditedAt"))

        def _parse_last_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_published_at_type_1 = datetime.datetime.fromisoformat(data)

                return last_published_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_published_at = _parse_last_published_at(d.pop("lastPublishedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_1 = datetime.datetime.fromisoformat(data)

                return archived_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archivedAt"))

        def _parse_trashed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trashed_at_type_1 = datetime.datetime.fromisoformat(data)

                return trashed_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        trashed_at = _parse_trashed_at(d.pop("trashedAt"))

        schedules = []
        _schedules = d.pop("schedules")
        for schedules_item_data in _schedules:
            schedules_item = ProjectSchedule.from_dict(schedules_item_data)

            schedules.append(schedules_item)

        _sharing = d.pop("sharing", UNSET)
        sharing: ProjectSharing | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = ProjectSharing.from_dict(_sharing)

        project = cls(
            id=id,
            title=title,
            description=description,
            type_=type_,
            creator=creator,
            owner=owner,
            status=status,
            categories=categories,
            reviews=reviews,
            analytics=analytics,
            last_edited_at=last_edited_at,
            last_published_at=last_published_at,
            created_at=created_at,
            archived_at=archived_at,
            trashed_at=trashed_at,
            schedules=schedules,
            sharing=sharing,
        )

        return project
