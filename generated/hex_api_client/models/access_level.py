from enum import StrEnum


class AccessLevel(StrEnum):
    APP_ONLY = "APP_ONLY"
    CAN_EDIT = "CAN_EDIT"
    CAN_VIEW = "CAN_VIEW"
    FULL_ACCESS = "FULL_ACCESS"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
