from enum import StrEnum


class OrgRole(StrEnum):
    ADMIN = "ADMIN"
    ANONYMOUS = "ANONYMOUS"
    EDITOR = "EDITOR"
    EMBEDDED_USER = "EMBEDDED_USER"
    EXPLORER = "EXPLORER"
    GUEST = "GUEST"
    MANAGER = "MANAGER"
    MEMBER = "MEMBER"

    def __str__(self) -> str:
        return str(self.value)
