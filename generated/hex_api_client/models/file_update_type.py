from enum import StrEnum


class FileUpdateType(StrEnum):
    CREATE_ORG_GUIDE_FILE = "CREATE_ORG_GUIDE_FILE"
    EDIT_ORG_GUIDE_FILE = "EDIT_ORG_GUIDE_FILE"
    EDIT_WORKSPACE_RULES = "EDIT_WORKSPACE_RULES"

    def __str__(self) -> str:
        return str(self.value)
