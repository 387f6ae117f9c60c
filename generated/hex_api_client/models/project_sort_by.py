from enum import StrEnum


class ProjectSortBy(StrEnum):
    CREATED_AT = "CREATED_AT"
    LAST_EDITED_AT = "LAST_EDITED_AT"
    LAST_PUBLISHED_AT = "LAST_PUBLISHED_AT"

    def __str__(self) -> str:
        return str(self.value)
