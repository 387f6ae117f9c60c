from enum import StrEnum


class ErrorCellOutputType(StrEnum):
    CELL_RUN_ERROR = "cell_run_error"

    def __str__(self) -> str:
        return str(self.value)
