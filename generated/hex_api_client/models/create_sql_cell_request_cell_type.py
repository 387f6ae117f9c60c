from enum import StrEnum


class CreateSqlCellRequestCellType(StrEnum):
    SQL = "SQL"

    def __str__(self) -> str:
        return str(self.value)
