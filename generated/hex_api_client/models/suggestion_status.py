from enum import StrEnum


class SuggestionStatus(StrEnum):
    COMPLETED = "COMPLETED"
    DISMISSED = "DISMISSED"
    IN_PROGRESS = "IN_PROGRESS"
    OPEN = "OPEN"
    RESOLVED = "RESOLVED"

    def __str__(self) -> str:
        return str(self.value)
