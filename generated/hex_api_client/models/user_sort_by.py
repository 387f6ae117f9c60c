from enum import StrEnum


class UserSortBy(StrEnum):
    EMAIL = "EMAIL"
    NAME = "NAME"

    def __str__(self) -> str:
        return str(self.value)
