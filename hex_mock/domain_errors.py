"""The domain's refusals: what a permission check or a cursor can say no with, in words only.

The domain knows nothing about HTTP: the request pipeline (app.py) turns each of these into the
status and error envelope the operation declares.
"""

from __future__ import annotations


class DomainError(Exception):
    """A refusal: `message`, and `issues` that say what in the request was refused."""

    def __init__(self, message: str, *issues: str) -> None:
        super().__init__(message + (f": {'; '.join(issues)}" if issues else ""))
        self.message = message
        self.issues = issues


class NotFoundError(DomainError):
    """The thing does not exist, or the caller may not know that it does."""

    def __init__(self) -> None:
        super().__init__("Not found")


class ForbiddenError(DomainError):
    """The caller may see the thing but not do this with it."""


class InvalidCursorError(DomainError):
    """A pagination cursor that this list did not mint (edited, truncated or from another list)."""

    def __init__(self, parameter: str) -> None:
        super().__init__("Invalid input data", f"{parameter}: is not a valid pagination cursor")
