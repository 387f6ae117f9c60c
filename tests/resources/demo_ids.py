"""Ids of the demo workspace's records (hex_mock/demo.yaml), named after what they are."""

from __future__ import annotations

# Users
ANA = "6a1f0c3e-2b7d-4e59-9a18-3c5d7e9f1b20"  # ADMIN, in the Data team
MAX = "7b2e1d4f-3c8e-4f6a-8b29-4d6e8f0a2c31"  # MANAGER, in Marketing
EVE = "8c3f2e5a-4d9f-4a7b-9c3a-5e7f9a1b3d42"  # EDITOR, in the Data team
ED = "9d4a3f6b-5e0a-4b8c-8d4b-6f8a0b2c4e53"  # EXPLORER, in Marketing
GUS = "0e5b4a7c-6f1b-4c9d-9e5c-7a9b1c3d5f64"  # GUEST
FORMER = "1f6c5b8d-7a2c-4dae-8f6d-8b0c2d4e6a75"  # deactivated EDITOR

# Groups
DATA_TEAM = "2a7d6c9e-8b3d-4ebf-9a7e-9c1d3e5f7b86"
MARKETING_GROUP = "3b8e7d0f-9c4e-4fc0-8b8f-0d2e4f6a8c97"

# Collections
COMPANY_METRICS = "4c9f8e1a-0d5f-4ad1-9c9a-1e3f5a7b9da8"
MARKETING_COLLECTION = "5da09f2b-1e6a-4be2-8dab-2f4a6b8c0eb9"

# Data connections
WAREHOUSE = "c8f815c8-88c2-4dea-981f-69f544d6165d"

# Projects
WEEKLY = "5b0a6f2e-3c1d-4e8a-9f7b-2d6c1a0e4b93"  # Ana's, Certified, published, shared widely
CHURN = "6c1b7a3f-4d2e-4f9b-8a8c-3e7d2b1f5ca4"  # Eve's, never published, Data team CAN_EDIT
CAMPAIGN = "7d2c8b4a-5e3f-4a0c-9b9d-4f8e3c2a6db5"  # Max's, Marketing CAN_EDIT, Data team CAN_VIEW
OPS = "8e3d9c5b-6f4a-4b1d-8cae-5a9f4d3b7ec6"  # Ana's, archived
COMPONENT = "9f4e0d6c-7a5b-4c2e-9dbf-6b0a5e4c8fd7"  # Eve's component
SCRATCHPAD = "a05f1e7d-8b6c-4d3f-8ec0-7c1b6f5d9ae8"  # Ed's, trashed, shared with nobody

# A well-formed id that no record has.
UNKNOWN = "00000000-1111-4222-8333-444444444444"
SEMANTIC_PROJECT = "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"

# Topics
CHURN_TOPIC = "f5a6b7c8-d9ea-4fb0-8b2c-4d5e6f7a8b9c"
REVENUE_TOPIC = "a6b7c8d9-eafb-4c01-9c3d-5e6f7a8b9cad"

# Threads
ANA_THREAD = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"  # answered, Revenue topic, thumbs-up feedback
EVE_SENSITIVE_THREAD = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"  # answered, sensitive, Churn topic, a warning
EVE_WEEKLY_THREAD = "d3e4f5a6-b7c8-4d9e-8f0a-2b3c4d5e6f7a"  # Threads-type on Weekly revenue, failed NO_DATA
MAX_THREAD = "e4f5a6b7-c8d9-4eaf-9a1b-3c4d5e6f7a8b"  # answered, from Slack

# Context suggestions
ACTIVE_CUSTOMER_SUGGESTION = "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b"  # OPEN, two sources, a STALE file change
CUSTOMERS_FILE_CHANGE = "8f9a0b1c-2d3e-4f4a-9b5c-6d7e8f9a0b1c"  # STALE, creates metrics/customers.md
CUSTOMERS_DESCRIPTION_CHANGE = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"  # NEEDS_REVIEW, warehouse description
ORDERS_SUGGESTION = "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e"  # OPEN, newest, one source
ORDERS_STATUS_CHANGE = "1c2d3e4f-5a6b-4c7d-8e8f-9a0b1c2d3e4f"  # NEEDS_REVIEW, warehouse status Certified
REFUNDS_SUGGESTION = "2d3e4f5a-6b7c-4d8e-9f9a-0b1c2d3e4f5a"  # DISMISSED, no sources
