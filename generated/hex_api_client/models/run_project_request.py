from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_input_params import RunInputParams
    from ..models.run_notification import RunNotification


T = TypeVar("T", bound="RunProjectRequest")


@_attrs_define
class RunProjectRequest:
    """Options for a run. Every field is optional; an empty or missing body runs the app with its default inputs. Custom
    `inputParams` rule out `viewId`, `updateCache: true` and `updatePublishedResults: true` (422, as Hex answers them:
    see the operation's `x-hex-constraints`).

        Example:
            {'inputParams': {'text_input_1': 'Hello World'}, 'useCachedSqlResults': False, 'notifications': [{'type':
                'FAILURE', 'includeSuccessScreenshot': False, 'groupIds': ['8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190']}]}

        Attributes:
            input_params (RunInputParams | Unset): Values for the published app's inputs, keyed by each input's variable
                name. Inputs that are not part of the published app cannot be set this way. Example: {'text_input_1': 'Hello
                World', 'numeric_input_1': 123}.
            dry_run (bool | Unset): Check the request and return a placeholder response without running anything. Default:
                False.
            update_cache (bool | Unset): Superseded by `updatePublishedResults`. Refreshes the published app's cached
                results; cannot be combined with `inputParams`.
            notifications (list[RunNotification] | Unset): Notifications to send (to Slack channels, users or groups) once
                the run finishes.
            update_published_results (bool | Unset): Store this run's results as the published app's cached results. Needs
                Can edit on the project and cannot be combined with custom `inputParams`. Default: False.
            use_cached_sql_results (bool | Unset): When false, run every SQL query afresh instead of reusing cached results,
                and refresh that cache. Default: True.
            view_id (str | Unset): Run with the inputs of this saved view. Cannot be combined with `inputParams`.
    """

    input_params: RunInputParams | Unset = UNSET
    dry_run: bool | Unset = False
    update_cache: bool | Unset = UNSET
    notifications: list[RunNotification] | Unset = UNSET
    update_published_results: bool | Unset = False
    use_cached_sql_results: bool | Unset = True
    view_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        input_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = self.input_params.to_dict()

        dry_run = self.dry_run

        update_cache = self.update_cache

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)

        update_published_results = self.update_published_results

        use_cached_sql_results = self.use_cached_sql_results

        view_id = self.view_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if input_params is not UNSET:
            field_dict["inputParams"] = input_params
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run
        if update_cache is not UNSET:
            field_dict["updateCache"] = update_cache
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if update_published_results is not UNSET:
            field_dict["updatePublishedResults"] = update_published_results
        if use_cached_sql_results is not UNSET:
            field_dict["useCachedSqlResults"] = use_cached_sql_results
        if view_id is not UNSET:
            field_dict["viewId"] = view_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_input_params import RunInputParams
        from ..models.run_notification import RunNotification

        d = dict(src_dict)
        _input_params = d.pop("inputParams", UNSET)
        input_params: RunInputParams | Unset
        if isinstance(_input_params, Unset):
            input_params = UNSET
        else:
            input_params = RunInputParams.from_dict(_input_params)

        dry_run = d.pop("dryRun", UNSET)

        update_cache = d.pop("updateCache", UNSET)

        _notifications = d.pop("notifications", UNSET)
        notifications: list[RunNotification] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = RunNotification.from_dict(notifications_item_data)

                notifications.append(notifications_item)

        update_published_results = d.pop("updatePublishedResults", UNSET)

        use_cached_sql_results = d.pop("useCachedSqlResults", UNSET)

        view_id = d.pop("viewId", UNSET)

        run_project_request = cls(
            input_params=input_params,
            dry_run=dry_run,
            update_cache=update_cache,
            notifications=notifications,
            update_published_results=update_published_results,
            use_cached_sql_results=use_cached_sql_results,
            view_id=view_id,
        )

        return run_project_request
