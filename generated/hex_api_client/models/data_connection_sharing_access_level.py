from enum import StrEnum


class DataConnectionSharingAccessLevel(StrEnum):
    NONE = "NONE"
    QUERY = "QUERY"
    VIEW_RESULTS = "VIEW_RESULTS"

    def __str__(self) -> str:
        return str(self.value)
