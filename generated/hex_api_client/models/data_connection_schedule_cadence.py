from enum import StrEnum


class DataConnectionScheduleCadence(StrEnum):
    CUSTOM = "CUSTOM"
    DAILY = "DAILY"
    HOURLY = "HOURLY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
