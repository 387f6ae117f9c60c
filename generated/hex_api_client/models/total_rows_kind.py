from enum import StrEnum


class TotalRowsKind(StrEnum):
    EXACT = "EXACT"
    LOWER_BOUND = "LOWER_BOUND"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
