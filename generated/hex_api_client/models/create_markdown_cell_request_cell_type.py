from enum import StrEnum


class CreateMarkdownCellRequestCellType(StrEnum):
    MARKDOWN = "MARKDOWN"

    def __str__(self) -> str:
        return str(self.value)
