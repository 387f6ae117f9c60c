from enum import StrEnum


class CreateCodeCellRequestCellType(StrEnum):
    CODE = "CODE"

    def __str__(self) -> str:
        return str(self.value)
