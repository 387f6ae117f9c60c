from enum import StrEnum


class ProposedChangeKind(StrEnum):
    DATA_WAREHOUSE_UPDATE = "DATA_WAREHOUSE_UPDATE"
    FILE_UPDATE = "FILE_UPDATE"

    def __str__(self) -> str:
        return str(self.value)
