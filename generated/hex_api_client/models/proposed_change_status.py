from enum import StrEnum


class ProposedChangeStatus(StrEnum):
    COMPLETED = "COMPLETED"
    DISMISSED = "DISMISSED"
    NEEDS_REVIEW = "NEEDS_REVIEW"
    STALE = "STALE"

    def __str__(self) -> str:
        return str(self.value)
