from enum import StrEnum


class SuggestionSortBy(StrEnum):
    CREATED_DATE = "CREATED_DATE"
    EVIDENCE_COUNT = "EVIDENCE_COUNT"
    LAST_SOURCE_ADDED_DATE = "LAST_SOURCE_ADDED_DATE"

    def __str__(self) -> str:
        return str(self.value)
