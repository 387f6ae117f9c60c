from enum import StrEnum


class ThreadFeedbackType(StrEnum):
    FLAG = "FLAG"
    THUMBS = "THUMBS"

    def __str__(self) -> str:
        return str(self.value)
