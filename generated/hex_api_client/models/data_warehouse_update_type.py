from enum import StrEnum


class DataWarehouseUpdateType(StrEnum):
    UPDATE_DESCRIPTION = "UPDATE_DESCRIPTION"
    UPDATE_STATUS = "UPDATE_STATUS"

    def __str__(self) -> str:
        return str(self.value)
