"""Fixtures of the stock area's tests."""

from __future__ import annotations

import pytest

from core.inventory import catalog, services


@pytest.fixture
def many(context, stock_db):  # type: ignore[no-untyped-def]
    """Twelve more products at TSC, so small pages really page."""
    with stock_db.uow() as uow:
        for n in range(12):
            catalog.create_product(
                uow,
                sku=f"HND-{n:03d}",
                name_zh=f"手工艺品{n}",
                name_bo="ལག་ཤེས།",
                name_en=f"Handicraft {n}",
            )
        uow.commit()
    with stock_db.uow() as uow:
        for n in range(12):
            services.receive(uow, center="TSC", bin="A-01", sku=f"HND-{n:03d}", quantity=n + 1)
        uow.commit()
    return context
