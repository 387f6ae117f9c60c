from enum import StrEnum


class ThreadProjectBlockType(StrEnum):
    PROJECT = "project"

    def __str__(self) -> str:
        return str(self.value)
