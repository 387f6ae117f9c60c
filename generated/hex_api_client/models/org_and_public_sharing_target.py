from enum import StrEnum


class OrgAndPublicSharingTarget(StrEnum):
    PUBLICWEB = "publicWeb"
    WORKSPACE = "workspace"

    def __str__(self) -> str:
        return str(self.value)
