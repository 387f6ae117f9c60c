from enum import StrEnum


class ScheduleCadence(StrEnum):
    CUSTOM = "CUSTOM"
    DAILY = "DAILY"
    HOURLY = "HOURLY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
