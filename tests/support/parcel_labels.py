"""Three parcel labels drawn by the core, for the print preview's tests."""

from __future__ import annotations

import io
import uuid
from datetime import date

from core.printing.labels import ParcelLabelData
from core.printing.layouts import get_layout
from core.printing.render import render_labels

IDS = [uuid.UUID(int=(0x0192F3A47B2C7DEF << 64) + i) for i in range(3)]


def three_labels(layout: str) -> bytes:
    """The PDF of three parcels' labels (ids `IDS`) in `layout`."""
    out = io.BytesIO()
    render_labels(
        get_layout(layout),
        [
            ParcelLabelData(
                parcel_id=i,
                recipient="卓玛 སྒྲོལ་མ",
                phone="13812345678",
                township_zh="措勤镇",
                township_bo="མཚོ་ཆེན་",
                day=date(2026, 11, 30),
            ).fields()
            for i in IDS
        ],
        out,
    )
    return out.getvalue()
