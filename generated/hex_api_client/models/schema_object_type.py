from enum import StrEnum


class SchemaObjectType(StrEnum):
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    TABLE = "TABLE"

    def __str__(self) -> str:
        return str(self.value)
