from enum import StrEnum


class ProjectRunStatus(StrEnum):
    COMPLETED = "COMPLETED"
    ERRORED = "ERRORED"
    KILLED = "KILLED"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    UNABLE_TO_ALLOCATE_KERNEL = "UNABLE_TO_ALLOCATE_KERNEL"

    def __str__(self) -> str:
        return str(self.value)
