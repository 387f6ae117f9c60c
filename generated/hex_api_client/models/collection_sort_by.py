from enum import StrEnum


class CollectionSortBy(StrEnum):
    NAME = "NAME"

    def __str__(self) -> str:
        return str(self.value)
