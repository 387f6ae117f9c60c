from enum import StrEnum


class ExportVersionName(StrEnum):
    DRAFT = "draft"
    LATEST = "latest"

    def __str__(self) -> str:
        return str(self.value)
