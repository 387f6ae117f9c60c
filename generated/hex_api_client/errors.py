"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnparseableResponse(Exception):
    """Raised by api functions when a response has a documented status but a body the models cannot
    parse (an enum value or type the client does not know). The raw response is kept."""

    def __init__(
        self, operation: str, status_code: int, content: bytes, cause: Exception
    ):
        self.operation = operation
        self.status_code = status_code
        self.content = content
        self.cause = cause

        super().__init__(
            f"{operation}: cannot parse the {status_code} response ({type(cause).__name__}: {cause})"
            f"\n\nResponse content:\n{content.decode(errors='ignore')[:2000]}"
        )


__all__ = ["UnexpectedStatus", "UnparseableResponse"]
