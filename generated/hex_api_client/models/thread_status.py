from enum import StrEnum


class ThreadStatus(StrEnum):
    ERROR = "ERROR"
    IDLE = "IDLE"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
