from enum import StrEnum


class SchemaFilterMatchType(StrEnum):
    EXACT = "EXACT"
    PREFIX = "PREFIX"
    REGEX = "REGEX"
    SUFFIX = "SUFFIX"

    def __str__(self) -> str:
        return str(self.value)
