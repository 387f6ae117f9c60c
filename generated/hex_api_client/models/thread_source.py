from enum import StrEnum


class ThreadSource(StrEnum):
    HEX = "HEX"
    MCP = "MCP"
    PUBLIC_API = "PUBLIC_API"
    SLACK = "SLACK"

    def __str__(self) -> str:
        return str(self.value)
