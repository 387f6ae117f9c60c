from enum import StrEnum


class ChildPosition(StrEnum):
    FIRST = "FIRST"
    LAST = "LAST"

    def __str__(self) -> str:
        return str(self.value)
