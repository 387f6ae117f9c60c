from enum import StrEnum


class CreatableCellType(StrEnum):
    CODE = "CODE"
    MARKDOWN = "MARKDOWN"
    SQL = "SQL"

    def __str__(self) -> str:
        return str(self.value)
