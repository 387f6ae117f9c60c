from enum import StrEnum


class SchemaUpdateProblemReason(StrEnum):
    AMBIGUOUS_NAME = "ambiguous_name"
    DATABASE_NOT_SUPPORTED = "database_not_supported"
    INVALID_NAME_FORMAT = "invalid_name_format"
    INVALID_STATUS = "invalid_status"
    NOT_FOUND = "not_found"

    def __str__(self) -> str:
        return str(self.value)
