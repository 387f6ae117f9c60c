from enum import StrEnum


class DataConnectionType(StrEnum):
    ATHENA = "athena"
    BIGQUERY = "bigquery"
    CLICKHOUSE = "clickhouse"
    DATABRICKS = "databricks"
    POSTGRES = "postgres"
    REDSHIFT = "redshift"
    SNOWFLAKE = "snowflake"
    TRINO = "trino"

    def __str__(self) -> str:
        return str(self.value)
