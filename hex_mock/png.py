"""Real PNG chart images without an imaging library: a bar chart drawn from a seed.

GetChartImageFromRun must return an image a client can decode, of the size it asked for, and the
same image every time for the same request. The chart is a few solid bars on a white background
whose count, heights and colour come from a hash of the seed (the run and cell ids), so different
cells and runs look different. Rows are built from a handful of distinct scanlines and encoded with
the stdlib (zlib + struct): an RGB, 8-bit, non-interlaced PNG.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Iterable

SIGNATURE = b"\x89PNG\r\n\x1a\n"
WHITE = b"\xff\xff\xff"
AXIS = b"\x99\x99\x99"
TITLE_BAND = b"\x33\x33\x33"
PALETTE = (b"\x4c\x78\xdd", b"\xf5\x8f\x3b", b"\x2f\xa8\x84", b"\xd6\x4d\x5b", b"\x8e\x6c\xd8")


def encode_png(width: int, height: int, rows: Iterable[bytes]) -> bytes:
    """A PNG of `height` RGB scanlines, each `width * 3` bytes."""
    if width < 1 or height < 1:
        raise ValueError("a PNG needs at least one pixel in each direction")
    raw = bytearray()
    count = 0
    for row in rows:
        if len(row) != width * 3:
            raise ValueError(f"scanline {count} has {len(row)} bytes, expected {width * 3}")
        raw += b"\x00"  # filter type 0: the scanline as is
        raw += row
        count += 1
    if count != height:
        raise ValueError(f"got {count} scanlines, expected {height}")
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit truecolour, no interlace
    return (
        SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(raw)))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bar_chart(width: int, height: int, seed: str, *, title: bool = False) -> bytes:
    """A deterministic bar chart PNG for `seed`; `title` reserves a dark band at the top for it."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    bars = 3 + digest[0] % 6
    colour = PALETTE[digest[1] % len(PALETTE)]
    margin = max(2, min(width, height) // 20)
    band = height // 10 if title else 0
    plot_top, plot_bottom = band + margin, height - margin  # bars stand on row plot_bottom - 1
    plot_height = max(1, plot_bottom - plot_top)
    slot = max(1, (width - 2 * margin) // bars)
    bar_width = max(1, slot * 7 // 10)
    # Each bar is between 15% and 95% of the plot's height.
    tops = [plot_bottom - max(1, plot_height * (15 + digest[2 + i] % 81) // 100) for i in range(bars)]
    spans = [(margin + i * slot + (slot - bar_width) // 2, bar_width) for i in range(bars)]

    def covered(y: int) -> tuple[bool, ...]:
        """Which bars paint row y: rows with the same answer are identical."""
        return tuple(top <= y < plot_bottom for top in tops)

    def scanline(bars_here: tuple[bool, ...]) -> bytes:
        row = bytearray(WHITE * width)
        for (left, span), painted in zip(spans, bars_here, strict=True):
            if painted:
                row[left * 3 : (left + span) * 3] = colour * span
        return bytes(row)

    band_row = TITLE_BAND * width
    axis_row = WHITE * margin + AXIS * (width - 2 * margin) + WHITE * margin
    cache: dict[tuple[bool, ...], bytes] = {}

    def row_at(y: int) -> bytes:
        if y < band:
            return band_row
        if y == plot_bottom:
            return axis_row
        key = covered(y)
        if key not in cache:
            cache[key] = scanline(key)
        return cache[key]

    return encode_png(width, height, (row_at(y) for y in range(height)))
