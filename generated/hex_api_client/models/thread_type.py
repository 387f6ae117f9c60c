from enum import StrEnum


class ThreadType(StrEnum):
    MODELING = "MODELING"
    NOTEBOOK = "NOTEBOOK"
    THREADS = "THREADS"

    def __str__(self) -> str:
        return str(self.value)
