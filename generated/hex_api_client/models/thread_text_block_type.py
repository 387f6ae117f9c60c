from enum import StrEnum


class ThreadTextBlockType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
