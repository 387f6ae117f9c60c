from enum import StrEnum


class UnknownExternalSourceKind(StrEnum):
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
