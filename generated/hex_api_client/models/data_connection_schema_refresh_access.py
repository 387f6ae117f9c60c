from enum import StrEnum


class DataConnectionSchemaRefreshAccess(StrEnum):
    ADMINS = "ADMINS"
    USERS_WITH_QUERY_ACCESS = "USERS_WITH_QUERY_ACCESS"

    def __str__(self) -> str:
        return str(self.value)
