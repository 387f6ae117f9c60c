from enum import StrEnum


class ThreadMessageBlockType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
