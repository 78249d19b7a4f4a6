"""Postal parcels for the hand-off tests: packed, weighed, bound for the post office."""

from __future__ import annotations

import uuid
from datetime import timedelta

from core.clock import local_day
from core.shipping.models import Parcel
from tests.support.runs_world import World, attach_order

# Text a spreadsheet would run as a formula, Tibetan (which GB18030 holds and GBK does
# not), a postcode in the address as buyers write it.
RECIPIENTS = ('=HYPERLINK("http://x")', "བཀྲ་ཤིས་སྒྲོལ་མ", "卓玛", "@Lhamo")
PHONES = ("+86 13800001234", "13800001235", "-", "13800001237")
ADDRESS = "西藏自治区 拉萨市 城关区 北京东路12号 850000"


def postal_parcels(
    world: World, count: int = 4, *, weights: tuple[int | None, ...] = ()
) -> list[uuid.UUID]:
    """`count` postal parcels ready since an hour ago; the first comes of an order."""
    ids = []
    with world.uow() as uow:
        for n in range(count):
            weight = weights[n] if n < len(weights) else 500 + 250 * n
            pid = world.parcel(uow, None, ready=world.clock() - timedelta(hours=1), weight_g=0)
            parcel = uow.session.get_one(Parcel, pid)
            parcel.recipient = RECIPIENTS[n % len(RECIPIENTS)]
            parcel.phone = PHONES[n % len(PHONES)]
            parcel.address = ADDRESS
            parcel.weight_g = weight
            ids.append(pid)
        attach_order(world, uow, f"38123456789012{world._serial:05d}", ids[:1])
        uow.commit()
    return ids


def today(world: World) -> object:
    return local_day(world.clock())
