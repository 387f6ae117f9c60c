from enum import StrEnum


class SemanticUpdateProblemReason(StrEnum):
    INVALID_STATUS = "invalid_status"
    NOT_FOUND = "not_found"

    def __str__(self) -> str:
        return str(self.value)
