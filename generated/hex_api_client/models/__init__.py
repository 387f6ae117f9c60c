"""Contains all the data models used in inputs/outputs"""

from .access_level import AccessLevel
from .api_error import ApiError
from .api_error_issue import ApiErrorIssue
from .athena_connection_details import AthenaConnectionDetails
from .athena_connection_details_change import AthenaConnectionDetailsChange
from .athena_connection_details_change_athena import AthenaConnectionDetailsChangeAthena
from .athena_connection_secrets import AthenaConnectionSecrets
from .athena_connection_settings import AthenaConnectionSettings
from .batch_update_compute_profile_request import BatchUpdateComputeProfileRequest
from .big_query_connection_details import BigQueryConnectionDetails
from .big_query_connection_details_change import BigQueryConnectionDetailsChange
from .big_query_connection_details_change_bigquery import (
    BigQueryConnectionDetailsChangeBigquery,
)
from .big_query_connection_secrets import BigQueryConnectionSecrets
from .big_query_connection_settings import BigQueryConnectionSettings
from .cell import Cell
from .cell_after_location import CellAfterLocation
from .cell_chart_image import CellChartImage
from .cell_contents import CellContents
from .cell_in_section_location import CellInSectionLocation
from .cell_list import CellList
from .cell_output import CellOutput
from .cell_output_cell import CellOutputCell
from .cell_type import CellType
from .child_position import ChildPosition
from .click_house_connection_details import ClickHouseConnectionDetails
from .click_house_connection_settings import ClickHouseConnectionSettings
from .code_cell_source import CodeCellSource
from .collection import Collection
from .collection_creator import CollectionCreator
from .collection_group_access import CollectionGroupAccess
from .collection_list import CollectionList
from .collection_sharing import CollectionSharing
from .collection_sort_by import CollectionSortBy
from .collection_user_access import CollectionUserAccess
from .collection_workspace_access import CollectionWorkspaceAccess
from .compute_profile import ComputeProfile
from .compute_profile_batch_error import ComputeProfileBatchError
from .compute_profile_batch_result import ComputeProfileBatchResult
from .continue_thread_request import ContinueThreadRequest
from .continue_thread_response import ContinueThreadResponse
from .create_code_cell_contents import CreateCodeCellContents
from .create_code_cell_request import CreateCodeCellRequest
from .create_code_cell_request_cell_type import CreateCodeCellRequestCellType
from .create_collection_request import CreateCollectionRequest
from .create_data_connection_request import CreateDataConnectionRequest
from .create_group_request import CreateGroupRequest
from .create_group_response import CreateGroupResponse
from .create_markdown_cell_contents import CreateMarkdownCellContents
from .create_markdown_cell_request import CreateMarkdownCellRequest
from .create_markdown_cell_request_cell_type import CreateMarkdownCellRequestCellType
from .create_project_request import CreateProjectRequest
from .create_sql_cell_contents import CreateSqlCellContents
from .create_sql_cell_request import CreateSqlCellRequest
from .create_sql_cell_request_cell_type import CreateSqlCellRequestCellType
from .create_sql_cell_source import CreateSqlCellSource
from .create_thread_request import CreateThreadRequest
from .create_thread_response import CreateThreadResponse
from .current_descriptions import CurrentDescriptions
from .custom_schedule import CustomSchedule
from .daily_schedule import DailySchedule
from .data_connection import DataConnection
from .data_connection_day_of_week import DataConnectionDayOfWeek
from .data_connection_group_grant import DataConnectionGroupGrant
from .data_connection_group_grant_changes import DataConnectionGroupGrantChanges
from .data_connection_group_reference import DataConnectionGroupReference
from .data_connection_group_sharing import DataConnectionGroupSharing
from .data_connection_list import DataConnectionList
from .data_connection_public_access_level import DataConnectionPublicAccessLevel
from .data_connection_schedule_cadence import DataConnectionScheduleCadence
from .data_connection_schema_filters import DataConnectionSchemaFilters
from .data_connection_schema_refresh_access import DataConnectionSchemaRefreshAccess
from .data_connection_shared_group import DataConnectionSharedGroup
from .data_connection_sharing import DataConnectionSharing
from .data_connection_sharing_access_level import DataConnectionSharingAccessLevel
from .data_connection_sharing_change import DataConnectionSharingChange
from .data_connection_sort_by import DataConnectionSortBy
from .data_connection_summary import DataConnectionSummary
from .data_connection_type import DataConnectionType
from .data_connection_workspace_sharing import DataConnectionWorkspaceSharing
from .data_connection_workspace_sharing_change import (
    DataConnectionWorkspaceSharingChange,
)
from .data_warehouse_update_payload import DataWarehouseUpdatePayload
from .data_warehouse_update_type import DataWarehouseUpdateType
from .databricks_connection_details import DatabricksConnectionDetails
from .databricks_connection_details_change import DatabricksConnectionDetailsChange
from .databricks_connection_details_change_databricks import (
    DatabricksConnectionDetailsChangeDatabricks,
)
from .databricks_connection_secrets import DatabricksConnectionSecrets
from .databricks_connection_settings import DatabricksConnectionSettings
from .day_of_week import DayOfWeek
from .deactivate_user_response import DeactivateUserResponse
from .delete_cell_response import DeleteCellResponse
from .description_update import DescriptionUpdate
from .draft_guide_list import DraftGuideList
from .edit_collection_request import EditCollectionRequest
from .edit_collection_sharing import EditCollectionSharing
from .edit_data_connection_request import EditDataConnectionRequest
from .edit_group_members import EditGroupMembers
from .edit_group_request import EditGroupRequest
from .edit_project_sharing_collections_request import (
    EditProjectSharingCollectionsRequest,
)
from .edit_project_sharing_collections_response import (
    EditProjectSharingCollectionsResponse,
)
from .edit_project_sharing_groups_request import EditProjectSharingGroupsRequest
from .edit_project_sharing_groups_response import EditProjectSharingGroupsResponse
from .edit_project_sharing_org_and_public_request import (
    EditProjectSharingOrgAndPublicRequest,
)
from .edit_project_sharing_org_and_public_response import (
    EditProjectSharingOrgAndPublicResponse,
)
from .edit_project_sharing_users_request import EditProjectSharingUsersRequest
from .edit_project_sharing_users_response import EditProjectSharingUsersResponse
from .embedding_display_options import EmbeddingDisplayOptions
from .embedding_request import EmbeddingRequest
from .embedding_request_hex_user_attributes import EmbeddingRequestHexUserAttributes
from .embedding_request_input_parameters import EmbeddingRequestInputParameters
from .embedding_response import EmbeddingResponse
from .embedding_theme import EmbeddingTheme
from .error_cell_output import ErrorCellOutput
from .error_cell_output_type import ErrorCellOutputType
from .export_project_request import ExportProjectRequest
from .export_version_name import ExportVersionName
from .file_update_payload import FileUpdatePayload
from .file_update_type import FileUpdateType
from .github_external_source_kind import GithubExternalSourceKind
from .github_guide_external_source import GithubGuideExternalSource
from .group import Group
from .group_list import GroupList
from .group_member import GroupMember
from .group_members import GroupMembers
from .group_sort_by import GroupSortBy
from .guide_draft_file import GuideDraftFile
from .guide_draft_warning import GuideDraftWarning
from .guide_file import GuideFile
from .hourly_schedule import HourlySchedule
from .invalid_param import InvalidParam
from .invalid_param_payload import InvalidParamPayload
from .markdown_cell_source import MarkdownCellSource
from .me_org import MeOrg
from .me_token import MeToken
from .me_user import MeUser
from .me_workspace_token import MeWorkspaceToken
from .monthly_schedule import MonthlySchedule
from .new_athena_connection import NewAthenaConnection
from .new_athena_connection_details import NewAthenaConnectionDetails
from .new_big_query_connection import NewBigQueryConnection
from .new_big_query_connection_details import NewBigQueryConnectionDetails
from .new_data_connection_sharing import NewDataConnectionSharing
from .new_databricks_connection import NewDatabricksConnection
from .new_databricks_connection_details import NewDatabricksConnectionDetails
from .new_postgres_connection import NewPostgresConnection
from .new_postgres_connection_details import NewPostgresConnectionDetails
from .new_redshift_connection import NewRedshiftConnection
from .new_redshift_connection_details import NewRedshiftConnectionDetails
from .new_snowflake_connection import NewSnowflakeConnection
from .new_snowflake_connection_details import NewSnowflakeConnectionDetails
from .new_trino_connection import NewTrinoConnection
from .new_trino_connection_details import NewTrinoConnectionDetails
from .notification_recipient import NotificationRecipient
from .notification_recipient_type import NotificationRecipientType
from .org_and_public_sharing_target import OrgAndPublicSharingTarget
from .org_role import OrgRole
from .output_column import OutputColumn
from .pagination import Pagination
from .postgres_connection_details import PostgresConnectionDetails
from .postgres_connection_details_change import PostgresConnectionDetailsChange
from .postgres_connection_details_change_postgres import (
    PostgresConnectionDetailsChangePostgres,
)
from .postgres_connection_secrets import PostgresConnectionSecrets
from .postgres_connection_settings import PostgresConnectionSettings
from .project import Project
from .project_analytics import ProjectAnalytics
from .project_app_views import ProjectAppViews
from .project_audience_access import ProjectAudienceAccess
from .project_category import ProjectCategory
from .project_collection_share import ProjectCollectionShare
from .project_collection_share_upsert import ProjectCollectionShareUpsert
from .project_collection_sharing_change import ProjectCollectionSharingChange
from .project_collection_sharing_error import ProjectCollectionSharingError
from .project_collection_sharing_upsert import ProjectCollectionSharingUpsert
from .project_export import ProjectExport
from .project_group_share import ProjectGroupShare
from .project_group_share_upsert import ProjectGroupShareUpsert
from .project_group_sharing_change import ProjectGroupSharingChange
from .project_group_sharing_error import ProjectGroupSharingError
from .project_group_sharing_upsert import ProjectGroupSharingUpsert
from .project_list import ProjectList
from .project_org_and_public_sharing_change import ProjectOrgAndPublicSharingChange
from .project_org_and_public_sharing_error import ProjectOrgAndPublicSharingError
from .project_person import ProjectPerson
from .project_reviews import ProjectReviews
from .project_run import ProjectRun
from .project_run_list import ProjectRunList
from .project_run_status import ProjectRunStatus
from .project_schedule import ProjectSchedule
from .project_shared_collection import ProjectSharedCollection
from .project_shared_group import ProjectSharedGroup
from .project_sharing import ProjectSharing
from .project_sort_by import ProjectSortBy
from .project_status import ProjectStatus
from .project_type import ProjectType
from .project_user_share import ProjectUserShare
from .project_user_share_upsert import ProjectUserShareUpsert
from .project_user_sharing_change import ProjectUserSharingChange
from .project_user_sharing_error import ProjectUserSharingError
from .project_user_sharing_upsert import ProjectUserSharingUpsert
from .proposed_change import ProposedChange
from .proposed_change_kind import ProposedChangeKind
from .proposed_change_result import ProposedChangeResult
from .proposed_change_status import ProposedChangeStatus
from .publish_guide_drafts_request import PublishGuideDraftsRequest
from .publish_guide_drafts_response import PublishGuideDraftsResponse
from .queried_table import QueriedTable
from .queried_table_list import QueriedTableList
from .redshift_connection_details import RedshiftConnectionDetails
from .redshift_connection_details_change import RedshiftConnectionDetailsChange
from .redshift_connection_details_change_redshift import (
    RedshiftConnectionDetailsChangeRedshift,
)
from .redshift_connection_secrets import RedshiftConnectionSecrets
from .redshift_connection_settings import RedshiftConnectionSettings
from .run_chart_image import RunChartImage
from .run_input_params import RunInputParams
from .run_notification import RunNotification
from .run_notification_recipient import RunNotificationRecipient
from .run_notification_type import RunNotificationType
from .run_project_request import RunProjectRequest
from .run_state_event import RunStateEvent
from .run_status import RunStatus
from .run_trigger import RunTrigger
from .run_trigger_filter import RunTriggerFilter
from .schedule_cadence import ScheduleCadence
from .schema_entity_filter import SchemaEntityFilter
from .schema_filter_match_type import SchemaFilterMatchType
from .schema_filter_rule import SchemaFilterRule
from .schema_object_status import SchemaObjectStatus
from .schema_object_type import SchemaObjectType
from .schema_object_update import SchemaObjectUpdate
from .schema_objects_updated import SchemaObjectsUpdated
from .schema_refresh_custom_schedule import SchemaRefreshCustomSchedule
from .schema_refresh_daily_schedule import SchemaRefreshDailySchedule
from .schema_refresh_monthly_schedule import SchemaRefreshMonthlySchedule
from .schema_refresh_schedule import SchemaRefreshSchedule
from .schema_refresh_weekly_schedule import SchemaRefreshWeeklySchedule
from .schema_update_problem import SchemaUpdateProblem
from .schema_update_problem_reason import SchemaUpdateProblemReason
from .schema_update_refusal import SchemaUpdateRefusal
from .screenshot_format import ScreenshotFormat
from .semantic_archive_refusal import SemanticArchiveRefusal
from .semantic_ingest_debug import SemanticIngestDebug
from .semantic_ingest_debug_metricflow_model_schemas import (
    SemanticIngestDebugMetricflowModelSchemas,
)
from .semantic_ingest_debug_metricflow_model_schemas_additional_property import (
    SemanticIngestDebugMetricflowModelSchemasAdditionalProperty,
)
from .semantic_object_type import SemanticObjectType
from .semantic_object_update import SemanticObjectUpdate
from .semantic_objects_updated import SemanticObjectsUpdated
from .semantic_problem import SemanticProblem
from .semantic_problem_severity import SemanticProblemSeverity
from .semantic_project_archive_form import SemanticProjectArchiveForm
from .semantic_project_sync_result import SemanticProjectSyncResult
from .semantic_project_sync_result_skipped import SemanticProjectSyncResultSkipped
from .semantic_update_problem import SemanticUpdateProblem
from .semantic_update_problem_reason import SemanticUpdateProblemReason
from .semantic_update_refusal import SemanticUpdateRefusal
from .sharing_collection_ref import SharingCollectionRef
from .sharing_group_ref import SharingGroupRef
from .sharing_user_ref import SharingUserRef
from .snowflake_connection_details import SnowflakeConnectionDetails
from .snowflake_connection_details_change import SnowflakeConnectionDetailsChange
from .snowflake_connection_details_change_snowflake import (
    SnowflakeConnectionDetailsChangeSnowflake,
)
from .snowflake_connection_secrets import SnowflakeConnectionSecrets
from .snowflake_connection_settings import SnowflakeConnectionSettings
from .sort_direction import SortDirection
from .sql_cell_source import SqlCellSource
from .status_update import StatusUpdate
from .suggestion import Suggestion
from .suggestion_detail import SuggestionDetail
from .suggestion_list import SuggestionList
from .suggestion_sort_by import SuggestionSortBy
from .suggestion_source import SuggestionSource
from .suggestion_status import SuggestionStatus
from .suggestion_thread import SuggestionThread
from .suggestion_thread_user import SuggestionThreadUser
from .suggestion_warning import SuggestionWarning
from .table_cell_output import TableCellOutput
from .table_cell_output_rows_item import TableCellOutputRowsItem
from .table_cell_output_type import TableCellOutputType
from .thread import Thread
from .thread_attachments import ThreadAttachments
from .thread_cell_block import ThreadCellBlock
from .thread_cell_block_type import ThreadCellBlockType
from .thread_error import ThreadError
from .thread_error_type import ThreadErrorType
from .thread_feedback import ThreadFeedback
from .thread_feedback_type import ThreadFeedbackType
from .thread_list import ThreadList
from .thread_list_item import ThreadListItem
from .thread_message_block import ThreadMessageBlock
from .thread_message_block_type import ThreadMessageBlockType
from .thread_message_list import ThreadMessageList
from .thread_project_block import ThreadProjectBlock
from .thread_project_block_type import ThreadProjectBlockType
from .thread_resource import ThreadResource
from .thread_source import ThreadSource
from .thread_status import ThreadStatus
from .thread_task_block import ThreadTaskBlock
from .thread_task_block_type import ThreadTaskBlockType
from .thread_text_block import ThreadTextBlock
from .thread_text_block_type import ThreadTextBlockType
from .thread_type import ThreadType
from .thread_warning import ThreadWarning
from .topic import Topic
from .topic_list import TopicList
from .total_rows_kind import TotalRowsKind
from .trigger_suggestion_review_response import TriggerSuggestionReviewResponse
from .trino_connection_details import TrinoConnectionDetails
from .trino_connection_details_change import TrinoConnectionDetailsChange
from .trino_connection_details_change_trino import TrinoConnectionDetailsChangeTrino
from .trino_connection_secrets import TrinoConnectionSecrets
from .trino_connection_settings import TrinoConnectionSettings
from .trino_session_property import TrinoSessionProperty
from .tsoa_error import TsoaError
from .unknown_external_source_kind import UnknownExternalSourceKind
from .unknown_guide_external_source import UnknownGuideExternalSource
from .update_cell_contents import UpdateCellContents
from .update_cell_request import UpdateCellRequest
from .update_data_connection_schema_request import UpdateDataConnectionSchemaRequest
from .update_data_connection_schema_response import UpdateDataConnectionSchemaResponse
from .update_project_request import UpdateProjectRequest
from .update_proposed_change_request import UpdateProposedChangeRequest
from .update_proposed_change_response import UpdateProposedChangeResponse
from .update_semantic_project_request import UpdateSemanticProjectRequest
from .update_semantic_project_response import UpdateSemanticProjectResponse
from .update_sql_cell_source import UpdateSqlCellSource
from .update_suggestion_request import UpdateSuggestionRequest
from .update_suggestion_response import UpdateSuggestionResponse
from .upsert_guide_draft_request import UpsertGuideDraftRequest
from .upsert_guide_draft_response import UpsertGuideDraftResponse
from .user import User
from .user_list import UserList
from .user_sort_by import UserSortBy
from .weekly_schedule import WeeklySchedule

__all__ = (
    "AccessLevel",
    "ApiError",
    "ApiErrorIssue",
    "AthenaConnectionDetails",
    "AthenaConnectionDetailsChange",
    "AthenaConnectionDetailsChangeAthena",
    "AthenaConnectionSecrets",
    "AthenaConnectionSettings",
    "BatchUpdateComputeProfileRequest",
    "BigQueryConnectionDetails",
    "BigQueryConnectionDetailsChange",
    "BigQueryConnectionDetailsChangeBigquery",
    "BigQueryConnectionSecrets",
    "BigQueryConnectionSettings",
    "Cell",
    "CellAfterLocation",
    "CellChartImage",
    "CellContents",
    "CellInSectionLocation",
    "CellList",
    "CellOutput",
    "CellOutputCell",
    "CellType",
    "ChildPosition",
    "ClickHouseConnectionDetails",
    "ClickHouseConnectionSettings",
    "CodeCellSource",
    "Collection",
    "CollectionCreator",
    "CollectionGroupAccess",
    "CollectionList",
    "CollectionSharing",
    "CollectionSortBy",
    "CollectionUserAccess",
    "CollectionWorkspaceAccess",
    "ComputeProfile",
    "ComputeProfileBatchError",
    "ComputeProfileBatchResult",
    "ContinueThreadRequest",
    "ContinueThreadResponse",
    "CreateCodeCellContents",
    "CreateCodeCellRequest",
    "CreateCodeCellRequestCellType",
    "CreateCollectionRequest",
    "CreateDataConnectionRequest",
    "CreateGroupRequest",
    "CreateGroupResponse",
    "CreateMarkdownCellContents",
    "CreateMarkdownCellRequest",
    "CreateMarkdownCellRequestCellType",
    "CreateProjectRequest",
    "CreateSqlCellContents",
    "CreateSqlCellRequest",
    "CreateSqlCellRequestCellType",
    "CreateSqlCellSource",
    "CreateThreadRequest",
    "CreateThreadResponse",
    "CurrentDescriptions",
    "CustomSchedule",
    "DailySchedule",
    "DataConnection",
    "DataConnectionDayOfWeek",
    "DataConnectionGroupGrant",
    "DataConnectionGroupGrantChanges",
    "DataConnectionGroupReference",
    "DataConnectionGroupSharing",
    "DataConnectionList",
    "DataConnectionPublicAccessLevel",
    "DataConnectionScheduleCadence",
    "DataConnectionSchemaFilters",
    "DataConnectionSchemaRefreshAccess",
    "DataConnectionSharedGroup",
    "DataConnectionSharing",
    "DataConnectionSharingAccessLevel",
    "DataConnectionSharingChange",
    "DataConnectionSortBy",
    "DataConnectionSummary",
    "DataConnectionType",
    "DataConnectionWorkspaceSharing",
    "DataConnectionWorkspaceSharingChange",
    "DataWarehouseUpdatePayload",
    "DataWarehouseUpdateType",
    "DatabricksConnectionDetails",
    "DatabricksConnectionDetailsChange",
    "DatabricksConnectionDetailsChangeDatabricks",
    "DatabricksConnectionSecrets",
    "DatabricksConnectionSettings",
    "DayOfWeek",
    "DeactivateUserResponse",
    "DeleteCellResponse",
    "DescriptionUpdate",
    "DraftGuideList",
    "EditCollectionRequest",
    "EditCollectionSharing",
    "EditDataConnectionRequest",
    "EditGroupMembers",
    "EditGroupRequest",
    "EditProjectSharingCollectionsRequest",
    "EditProjectSharingCollectionsResponse",
    "EditProjectSharingGroupsRequest",
    "EditProjectSharingGroupsResponse",
    "EditProjectSharingOrgAndPublicRequest",
    "EditProjectSharingOrgAndPublicResponse",
    "EditProjectSharingUsersRequest",
    "EditProjectSharingUsersResponse",
    "EmbeddingDisplayOptions",
    "EmbeddingRequest",
    "EmbeddingRequestHexUserAttributes",
    "EmbeddingRequestInputParameters",
    "EmbeddingResponse",
    "EmbeddingTheme",
    "ErrorCellOutput",
    "ErrorCellOutputType",
    "ExportProjectRequest",
    "ExportVersionName",
    "FileUpdatePayload",
    "FileUpdateType",
    "GithubExternalSourceKind",
    "GithubGuideExternalSource",
    "Group",
    "GroupList",
    "GroupMember",
    "GroupMembers",
    "GroupSortBy",
    "GuideDraftFile",
    "GuideDraftWarning",
    "GuideFile",
    "HourlySchedule",
    "InvalidParam",
    "InvalidParamPayload",
    "MarkdownCellSource",
    "MeOrg",
    "MeToken",
    "MeUser",
    "MeWorkspaceToken",
    "MonthlySchedule",
    "NewAthenaConnection",
    "NewAthenaConnectionDetails",
    "NewBigQueryConnection",
    "NewBigQueryConnectionDetails",
    "NewDataConnectionSharing",
    "NewDatabricksConnection",
    "NewDatabricksConnectionDetails",
    "NewPostgresConnection",
    "NewPostgresConnectionDetails",
    "NewRedshiftConnection",
    "NewRedshiftConnectionDetails",
    "NewSnowflakeConnection",
    "NewSnowflakeConnectionDetails",
    "NewTrinoConnection",
    "NewTrinoConnectionDetails",
    "NotificationRecipient",
    "NotificationRecipientType",
    "OrgAndPublicSharingTarget",
    "OrgRole",
    "OutputColumn",
    "Pagination",
    "PostgresConnectionDetails",
    "PostgresConnectionDetailsChange",
    "PostgresConnectionDetailsChangePostgres",
    "PostgresConnectionSecrets",
    "PostgresConnectionSettings",
    "Project",
    "ProjectAnalytics",
    "ProjectAppViews",
    "ProjectAudienceAccess",
    "ProjectCategory",
    "ProjectCollectionShare",
    "ProjectCollectionShareUpsert",
    "ProjectCollectionSharingChange",
    "ProjectCollectionSharingError",
    "ProjectCollectionSharingUpsert",
    "ProjectExport",
    "ProjectGroupShare",
    "ProjectGroupShareUpsert",
    "ProjectGroupSharingChange",
    "ProjectGroupSharingError",
    "ProjectGroupSharingUpsert",
    "ProjectList",
    "ProjectOrgAndPublicSharingChange",
    "ProjectOrgAndPublicSharingError",
    "ProjectPerson",
    "ProjectReviews",
    "ProjectRun",
    "ProjectRunList",
    "ProjectRunStatus",
    "ProjectSchedule",
    "ProjectSharedCollection",
    "ProjectSharedGroup",
    "ProjectSharing",
    "ProjectSortBy",
    "ProjectStatus",
    "ProjectType",
    "ProjectUserShare",
    "ProjectUserShareUpsert",
    "ProjectUserSharingChange",
    "ProjectUserSharingError",
    "ProjectUserSharingUpsert",
    "ProposedChange",
    "ProposedChangeKind",
    "ProposedChangeResult",
    "ProposedChangeStatus",
    "PublishGuideDraftsRequest",
    "PublishGuideDraftsResponse",
    "QueriedTable",
    "QueriedTableList",
    "RedshiftConnectionDetails",
    "RedshiftConnectionDetailsChange",
    "RedshiftConnectionDetailsChangeRedshift",
    "RedshiftConnectionSecrets",
    "RedshiftConnectionSettings",
    "RunChartImage",
    "RunInputParams",
    "RunNotification",
    "RunNotificationRecipient",
    "RunNotificationType",
    "RunProjectRequest",
    "RunStateEvent",
    "RunStatus",
    "RunTrigger",
    "RunTriggerFilter",
    "ScheduleCadence",
    "SchemaEntityFilter",
    "SchemaFilterMatchType",
    "SchemaFilterRule",
    "SchemaObjectStatus",
    "SchemaObjectType",
    "SchemaObjectUpdate",
    "SchemaObjectsUpdated",
    "SchemaRefreshCustomSchedule",
    "SchemaRefreshDailySchedule",
    "SchemaRefreshMonthlySchedule",
    "SchemaRefreshSchedule",
    "SchemaRefreshWeeklySchedule",
    "SchemaUpdateProblem",
    "SchemaUpdateProblemReason",
    "SchemaUpdateRefusal",
    "ScreenshotFormat",
    "SemanticArchiveRefusal",
    "SemanticIngestDebug",
    "SemanticIngestDebugMetricflowModelSchemas",
    "SemanticIngestDebugMetricflowModelSchemasAdditionalProperty",
    "SemanticObjectType",
    "SemanticObjectUpdate",
    "SemanticObjectsUpdated",
    "SemanticProblem",
    "SemanticProblemSeverity",
    "SemanticProjectArchiveForm",
    "SemanticProjectSyncResult",
    "SemanticProjectSyncResultSkipped",
    "SemanticUpdateProblem",
    "SemanticUpdateProblemReason",
    "SemanticUpdateRefusal",
    "SharingCollectionRef",
    "SharingGroupRef",
    "SharingUserRef",
    "SnowflakeConnectionDetails",
    "SnowflakeConnectionDetailsChange",
    "SnowflakeConnectionDetailsChangeSnowflake",
    "SnowflakeConnectionSecrets",
    "SnowflakeConnectionSettings",
    "SortDirection",
    "SqlCellSource",
    "StatusUpdate",
    "Suggestion",
    "SuggestionDetail",
    "SuggestionList",
    "SuggestionSortBy",
    "SuggestionSource",
    "SuggestionStatus",
    "SuggestionThread",
    "SuggestionThreadUser",
    "SuggestionWarning",
    "TableCellOutput",
    "TableCellOutputRowsItem",
    "TableCellOutputType",
    "Thread",
    "ThreadAttachments",
    "ThreadCellBlock",
    "ThreadCellBlockType",
    "ThreadError",
    "ThreadErrorType",
    "ThreadFeedback",
    "ThreadFeedbackType",
    "ThreadList",
    "ThreadListItem",
    "ThreadMessageBlock",
    "ThreadMessageBlockType",
    "ThreadMessageList",
    "ThreadProjectBlock",
    "ThreadProjectBlockType",
    "ThreadResource",
    "ThreadSource",
    "ThreadStatus",
    "ThreadTaskBlock",
    "ThreadTaskBlockType",
    "ThreadTextBlock",
    "ThreadTextBlockType",
    "ThreadType",
    "ThreadWarning",
    "Topic",
    "TopicList",
    "TotalRowsKind",
    "TriggerSuggestionReviewResponse",
    "TrinoConnectionDetails",
    "TrinoConnectionDetailsChange",
    "TrinoConnectionDetailsChangeTrino",
    "TrinoConnectionSecrets",
    "TrinoConnectionSettings",
    "TrinoSessionProperty",
    "TsoaError",
    "UnknownExternalSourceKind",
    "UnknownGuideExternalSource",
    "UpdateCellContents",
    "UpdateCellRequest",
    "UpdateDataConnectionSchemaRequest",
    "UpdateDataConnectionSchemaResponse",
    "UpdateProjectRequest",
    "UpdateProposedChangeRequest",
    "UpdateProposedChangeResponse",
    "UpdateSemanticProjectRequest",
    "UpdateSemanticProjectResponse",
    "UpdateSqlCellSource",
    "UpdateSuggestionRequest",
    "UpdateSuggestionResponse",
    "UpsertGuideDraftRequest",
    "UpsertGuideDraftResponse",
    "User",
    "UserList",
    "UserSortBy",
    "WeeklySchedule",
)
