from enum import StrEnum


class NotificationRecipientType(StrEnum):
    GROUP = "GROUP"
    SLACK_CHANNEL = "SLACK_CHANNEL"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
