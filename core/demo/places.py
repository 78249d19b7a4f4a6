"""Demo village service points for Tsochen's five townships.

DEMO DATA. The county has 22 administrative villages, but their names are unknown
(docs/field-facts.md, "The place"), so these points are named only by township and
number ("磁石乡第一村服务点"): nobody will take them for real villages. Clerks replace
them with the county's own list (`village-points import`). Tibetan and pinyin
names are left empty, as for the townships themselves.

The gazetteer is upgraded first, which marks Tsochen's townships as served by
the TSC center the inventory part created.
"""

from __future__ import annotations

from sqlalchemy import select

from core.demo import Tally
from core.places.gazetteer import load_gazetteer
from core.places.village_points import add_village_point
from core.shipping.models import VillagePoint
from core.uow import UnitOfWork

NUMERALS = "一二三四五六"
# township code, name, number of demo points: 22 in all, one per administrative village.
TOWNSHIPS = (
    ("542527100", "措勤镇", 4),
    ("542527200", "磁石乡", 5),
    ("542527201", "曲洛乡", 4),
    ("542527202", "江让乡", 5),
    ("542527203", "达雄乡", 4),
)


def demo_points() -> list[tuple[str, str]]:
    """(township code, point name) of every demo point."""
    return [
        (code, f"{name}第{NUMERALS[i]}村服务点")
        for code, name, count in TOWNSHIPS
        for i in range(count)
    ]


def load(uow: UnitOfWork, tally: Tally) -> None:
    load_gazetteer(uow)
    existing = {
        (code, name)
        for code, name in uow.session.execute(
            select(VillagePoint.township_code, VillagePoint.name_zh)
        )
    }
    for township, name in demo_points():
        present = (township, name) in existing
        if not present:
            add_village_point(uow, township, name)
        tally.count("village points", created=not present)
