from enum import StrEnum


class TableCellOutputType(StrEnum):
    TABLE = "table"

    def __str__(self) -> str:
        return str(self.value)
