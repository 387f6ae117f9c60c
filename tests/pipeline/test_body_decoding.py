"""Bodies are parsed by orjson where it reads JSON exactly as the stdlib parser does, else by the
stdlib parser: either way a body decodes to the same value, or is refused with the same message."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hex_mock import validation
from hex_mock.errors import HexError
from hex_mock.validation import RequestBody, compile_request_body, decode_body

SPEC: RequestBody | None = compile_request_body(
    {"required": True, "content": {"application/json": {"schema": {}}}}, []
)
assert SPEC is not None
BODY: RequestBody = SPEC


def typed(value: Any) -> Any:
    """`value` with every scalar's type kept, so 1 and 1.0 and True differ."""
    if isinstance(value, dict):
        return {key: typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [typed(item) for item in value]
    return (type(value).__name__, value)


def outcome(raw: bytes) -> Any:
    try:
        return typed(decode_body(BODY, raw, "application/json"))
    except HexError as error:
        return ("refused", error.status, error.issues)


def outcomes(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """(the usual outcome, the outcome with the stdlib parser alone)."""
    usual = outcome(raw)
    with monkeypatch.context() as patched:
        patched.setattr(validation, "_LONG_NUMBER", re.compile(rb""))  # matches everything: the long way
        long_way = outcome(raw)
    return usual, long_way


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children, max_size=4)
    ),
    max_leaves=12,
)


@given(value=JSON, ascii_only=st.booleans())
def test_generated_documents_decode_alike(value: Any, ascii_only: bool) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    with pytest.MonkeyPatch.context() as monkeypatch:
        usual, long_way = outcomes(raw, monkeypatch)
    assert usual == long_way


@pytest.mark.parametrize(
    "raw",
    [
        b"1e400",
        b'{"a": -1e400}',
        b"1e-400",
        b"NaN",
        b"[Infinity]",
        b"123456789012345678901234567890",
        b"-9223372036854775809",
        b"18446744073709551615",
        b"9223372036854775807",
        b"0.1234567890123456789",
        b'{"a": 1, "a": 2}',
        b"\xef\xbb\xbf{}",
        b'"\\ud800"',
        b'"\\ud83d\\ude00"',
        b'"\xed\xa0\x80"',
        b"\xc3\x28",
        b'"\x01"',
        b"[1,]",
        b"01",
        b"1.",
        b".5",
        b"+1",
        b"-0",
        b"-0.0",
        b"1E5",
        b" \n\t{} \r\n",
        b"{}\x00",
        b"[" * 2000 + b"]" * 2000,
        b"null",
        b'"\\u0000"',
        b'{"\\u00e9": "\\u00e9"}',
    ],
)
def test_edge_documents_decode_alike(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    usual, long_way = outcomes(raw, monkeypatch)
    assert usual == long_way
