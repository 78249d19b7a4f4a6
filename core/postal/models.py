"""What the postal hand-off stores: a center's postal settings (export templates, the
domestic tracking patterns) and the end-of-day handovers with their parcels."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.ids import new_id
from core.storage.base import Base, one_of


class SettingKind(StrEnum):
    EXPORT_TEMPLATE = "export_template"  # a layout of the post office's sheet, by name
    TRACKING_PATTERNS = "tracking_patterns"  # the domestic numbers accepted
    SENDER = "sender"  # the center as sender on the post office's sheet


class PostalSetting(Base):
    """One named setting of a center, as JSON. The center owns it: no other writes it."""

    __tablename__ = "postal_setting"
    __table_args__ = (CheckConstraint(one_of("kind", SettingKind), name="kind"),)

    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


class Handover(Base):
    """Parcels given to the postal worker at once, signed for on one manifest. Written
    once, when it is closed, and never changed after."""

    __tablename__ = "handover"
    __table_args__ = (
        UniqueConstraint("center_id", "day", "sequence"),
        CheckConstraint("sequence > 0", name="sequence"),
        CheckConstraint("parcel_count > 0", name="parcel_count"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    day: Mapped[date]  # the center's local day it was closed on
    sequence: Mapped[int] = mapped_column(Integer)  # 1, 2, ... within the center's day
    closed_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    postal_worker: Mapped[str] = mapped_column(String(100), default="")
    parcel_count: Mapped[int] = mapped_column(Integer)
    weight_g: Mapped[int] = mapped_column(Integer)


class HandoverParcel(Base):
    """A parcel handed over; the primary key keeps it on one handover only."""

    __tablename__ = "handover_parcel"
    __table_args__ = (Index("ix_handover_parcel_handover", "handover_id"),)

    parcel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parcel.id"), primary_key=True)
    handover_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("handover.id"))


def save_setting(uow: Any, center_id: uuid.UUID, kind: SettingKind, name: str, body: str) -> None:
    """Write the center's setting `kind`/`name` (made the first time, replaced after)."""
    setting = uow.session.get(PostalSetting, (center_id, kind.value, name))
    if setting is None:
        setting = PostalSetting(center_id=center_id, kind=kind.value, name=name)
        uow.session.add(setting)
    setting.body = body
    setting.saved_at, setting.actor = uow.clock(), uow.actor
    uow.session.flush()
