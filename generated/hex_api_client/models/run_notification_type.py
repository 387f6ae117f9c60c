from enum import StrEnum


class RunNotificationType(StrEnum):
    ALL = "ALL"
    FAILURE = "FAILURE"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
