from enum import StrEnum


class SemanticObjectType(StrEnum):
    DATASET = "DATASET"
    VIEW = "VIEW"

    def __str__(self) -> str:
        return str(self.value)
