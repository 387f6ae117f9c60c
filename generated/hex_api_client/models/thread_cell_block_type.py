from enum import StrEnum


class ThreadCellBlockType(StrEnum):
    CELL = "cell"

    def __str__(self) -> str:
        return str(self.value)
