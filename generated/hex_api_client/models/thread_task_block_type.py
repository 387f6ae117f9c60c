from enum import StrEnum


class ThreadTaskBlockType(StrEnum):
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)
