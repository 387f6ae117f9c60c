from enum import StrEnum


class RunTrigger(StrEnum):
    API = "API"
    APP_REFRESH = "APP_REFRESH"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
