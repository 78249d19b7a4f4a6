"""What a PC still needs before its center can work, and testing a database server
before the clerk switches to it: the first-start wizard's questions to the core."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from core.errors import InvalidValue
from core.inventory.models import Bin, Center, Product
from core.storage.engine import location, make_engine, resolve_url
from core.storage.migrate import check_ours, schema_state
from core.uow import UnitOfWork


class NextStep(StrEnum):
    """What the main window asks for next, in this order."""

    CENTER = "center"  # no center at all: this PC's center is created
    CHOOSE_CENTER = "choose_center"  # centers there, none chosen as this PC's
    BINS = "bins"  # the center has no bins to receive into
    PRODUCTS = "products"  # the catalogue is empty
    NONE = "none"


@dataclass(frozen=True)
class SetupState:
    center: str  # the PC's center ("" when there is none)
    bins: int
    products: int
    centers: tuple[str, ...] = ()  # the working centers' codes, to choose this PC's from

    @property
    def next_step(self) -> NextStep:
        if not self.center:
            return NextStep.CHOOSE_CENTER if self.centers else NextStep.CENTER
        if not self.bins:
            return NextStep.BINS
        if not self.products:
            return NextStep.PRODUCTS
        return NextStep.NONE


def setup_state(uow: UnitOfWork, home: str) -> SetupState:
    """How far the PC whose home center is `home` is set up. With no home center set,
    the one center there is (if only one) stands for it."""
    session = uow.session
    codes = list(
        session.scalars(
            select(Center.code).where(Center.retired_at.is_(None)).order_by(Center.code)
        )
    )
    center = home if home in codes else (codes[0] if len(codes) == 1 else "")
    bins = 0
    if center:
        bins = (
            session.scalar(
                select(func.count())
                .select_from(Bin)
                .join(Center, Center.id == Bin.center_id)
                .where(Center.code == center, Bin.active)
            )
            or 0
        )
    products = session.scalar(select(func.count()).select_from(Product).where(Product.active))
    return SetupState(center, bins, products or 0, tuple(codes))


def probe_server(url: str) -> str:
    """Connect to a PostgreSQL database and check it is empty or ours; its location in
    words (never its password). Refusals are the storage errors of `open_database`."""
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    try:
        if engine.dialect.name != "postgresql":
            raise InvalidValue("database_url", url, "postgresql")
        with engine.connect() as connection:
            state = schema_state(connection)
        check_ours(engine, state)
        return location(engine.url)
    finally:
        engine.dispose()
