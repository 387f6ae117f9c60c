from enum import StrEnum


class SemanticProblemSeverity(StrEnum):
    ERROR = "error"
    FATAL = "fatal"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
