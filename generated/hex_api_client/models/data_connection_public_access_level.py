from enum import StrEnum


class DataConnectionPublicAccessLevel(StrEnum):
    NONE = "NONE"
    VIEW_RESULTS = "VIEW_RESULTS"

    def __str__(self) -> str:
        return str(self.value)
