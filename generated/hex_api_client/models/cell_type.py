from enum import StrEnum


class CellType(StrEnum):
    BLOCK = "BLOCK"
    CELL_GROUP = "CELL_GROUP"
    CHART = "CHART"
    CODE = "CODE"
    COLLAPSIBLE = "COLLAPSIBLE"
    COMPONENT_IMPORT = "COMPONENT_IMPORT"
    DBT_METRIC = "DBT_METRIC"
    DISPLAY_TABLE = "DISPLAY_TABLE"
    EXPLORE = "EXPLORE"
    FILTER = "FILTER"
    INPUT = "INPUT"
    MAP = "MAP"
    MARKDOWN = "MARKDOWN"
    METRIC = "METRIC"
    PIVOT = "PIVOT"
    SQL = "SQL"
    TEXT = "TEXT"
    VEGA_CHART = "VEGA_CHART"
    WRITEBACK = "WRITEBACK"

    def __str__(self) -> str:
        return str(self.value)
