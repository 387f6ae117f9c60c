from enum import StrEnum


class RunTriggerFilter(StrEnum):
    ALL = "ALL"
    API = "API"
    APP_REFRESH = "APP_REFRESH"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
