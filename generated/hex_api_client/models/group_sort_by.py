from enum import StrEnum


class GroupSortBy(StrEnum):
    CREATED_AT = "CREATED_AT"
    NAME = "NAME"

    def __str__(self) -> str:
        return str(self.value)
