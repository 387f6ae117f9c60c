"""Helpers shared by the client tests: typed narrowing of parsed responses, demo ids as UUIDs."""

from __future__ import annotations

import base64
import struct
from datetime import UTC, datetime
from typing import TypeVar
from uuid import UUID

from tests.resources import demo_ids

T = TypeVar("T")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# The demo workspace's ids (tests/resources/demo_ids.py) as the UUIDs the generated client takes.
ANA = UUID(demo_ids.ANA)
MAX = UUID(demo_ids.MAX)
EVE = UUID(demo_ids.EVE)
ED = UUID(demo_ids.ED)
GUS = UUID(demo_ids.GUS)
FORMER = UUID(demo_ids.FORMER)
DATA_TEAM = UUID(demo_ids.DATA_TEAM)
MARKETING_GROUP = UUID(demo_ids.MARKETING_GROUP)
COMPANY_METRICS = UUID(demo_ids.COMPANY_METRICS)
MARKETING_COLLECTION = UUID(demo_ids.MARKETING_COLLECTION)
WAREHOUSE = UUID(demo_ids.WAREHOUSE)
SEMANTIC_PROJECT = UUID(demo_ids.SEMANTIC_PROJECT)
PRODUCT_DATABASE = UUID("d9a926d9-99d3-4efb-8a20-7a0a55e7276e")
WEEKLY = UUID(demo_ids.WEEKLY)
ANA_THREAD = UUID(demo_ids.ANA_THREAD)
ACTIVE_CUSTOMER_SUGGESTION = UUID(demo_ids.ACTIVE_CUSTOMER_SUGGESTION)
CUSTOMERS_DESCRIPTION_CHANGE = UUID(demo_ids.CUSTOMERS_DESCRIPTION_CHANGE)
CUSTOMERS_FILE_CHANGE = UUID(demo_ids.CUSTOMERS_FILE_CHANGE)
ORDERS_SUGGESTION = UUID(demo_ids.ORDERS_SUGGESTION)
CHURN = UUID(demo_ids.CHURN)
CAMPAIGN = UUID(demo_ids.CAMPAIGN)
OPS = UUID(demo_ids.OPS)
UNKNOWN = UUID(demo_ids.UNKNOWN)

# Cells of "Weekly revenue" (hex_mock/demo.yaml), in notebook order.
WEEKLY_MARKDOWN_CELL = UUID("3d6e1f0a-9b2c-4d8e-a7f6-5c4b3a291807")
WEEKLY_SQL_CELL = UUID("4e7f2a1b-0c3d-4e9f-b8a7-6d5c4b3a2918")
WEEKLY_CODE_CELL = UUID("5f8a3b2c-1d4e-4fa0-89b8-7e6d5c4b3a29")
WEEKLY_CHART_CELL = UUID("6a9b4c3d-2e5f-4ab1-9ac9-8f7e6d5c4b3a")
WEEKLY_CHART_STATIC_ID = UUID("ad4e5f6a-7b8c-4d9e-9fa0-2b3c4d5e6f7a")

# Guides of the demo workspace.
HEX_GUIDE = UUID("4b3a2918-0f7e-4d6c-9b5a-483726150f9e")  # published, with a draft
REVENUE_GUIDE = UUID("5c4b3a29-1a8f-4e7d-8c6b-594837261a0f")  # draft only

# Tokens (hex_mock/demo.yaml).
ADMIN_TOKEN = "hxtp_demo_ana_admin"
EXPLORER_TOKEN = "hxtp_demo_ed_explorer"
READONLY_WORKSPACE_TOKEN = "hxtw_demo_readonly"


def expect(value: object, model: type[T]) -> T:
    """`value`, checked to be a `model` (the parsed class the test expects), for the type checker too."""
    assert isinstance(value, model), f"expected a {model.__name__}, got {value!r}"
    return value


def utc(text: str) -> datetime:
    """An ISO 8601 timestamp as an aware UTC datetime."""
    return datetime.fromisoformat(text).astimezone(UTC)


def png_size(image_base64: str) -> tuple[int, int]:
    """(width, height) of a base64 PNG, after checking its signature and that IHDR comes first."""
    data = base64.b64decode(image_base64, validate=True)
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height
