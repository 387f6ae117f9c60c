from enum import StrEnum


class ProjectType(StrEnum):
    COMPONENT = "COMPONENT"
    PROJECT = "PROJECT"

    def __str__(self) -> str:
        return str(self.value)
