from enum import StrEnum


class GithubExternalSourceKind(StrEnum):
    GITHUB = "github"

    def __str__(self) -> str:
        return str(self.value)
