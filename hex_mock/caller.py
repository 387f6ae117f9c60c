"""Who a request acts as: a user, and the token that speaks for them (whose scopes it may use)."""

from __future__ import annotations

from typing import NamedTuple

from hex_mock.store import Token, User


# Made on every request: named tuples are immutable like frozen dataclasses, and cost half as much
# to build.
class Caller(NamedTuple):
    user: User
    token: Token
