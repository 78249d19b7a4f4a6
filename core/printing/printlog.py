"""The print log: what was printed, when, by whom; a second print is a reprint.

One row per printed subject (a parcel's label, a run's manifest). A print job
carries an idempotency key stored in the same transaction, so a job retried
after a crash (committed but never confirmed to the app) logs nothing twice
and keeps the reprint marks it had the first time.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, Index, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from core.changes import Changes
from core.errors import InvalidValue
from core.ids import new_id
from core.storage.base import Base
from core.uow import UnitOfWork

DOCUMENT_KINDS = (
    "parcel_label",
    "product_label",
    "bin_label",
    "run_label",
    "run_manifest",
    "daily_manifest",
    "transfer_document",
    "pick_list",
    "handover_manifest",  # core.postal.handover
)


class PrintRecord(Base):
    __tablename__ = "print_log"
    __table_args__ = (
        UniqueConstraint("job_key", "kind", "subject"),
        Index("ix_print_log_subject", "kind", "subject"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    job_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))  # the printed thing's id or number
    layout: Mapped[str] = mapped_column(String(64), default="")
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    printed_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


@dataclass(frozen=True)
class PrintJob:
    key: str
    reprinted: frozenset[str]  # subjects printed before this job
    changes: Changes


def record_print(
    uow: UnitOfWork,
    kind: str,
    subjects: Sequence[str],
    *,
    job_key: str | None = None,
    layout: str = "",
) -> PrintJob:
    """Log a print job and say which subjects are reprints. Does not commit."""
    if kind not in DOCUMENT_KINDS:
        raise InvalidValue("kind", kind, "unknown document kind")
    key = job_key or str(new_id())
    session = uow.session
    existing = {
        r.subject: r
        for r in session.scalars(
            select(PrintRecord).where(PrintRecord.job_key == key, PrintRecord.kind == kind)
        )
    }
    if existing:  # the same job again: answer as the first time, write nothing
        return PrintJob(key, frozenset(s for s, r in existing.items() if r.reprint), Changes())
    earlier = set(
        session.scalars(
            select(PrintRecord.subject).where(
                PrintRecord.kind == kind, PrintRecord.subject.in_(list(subjects))
            )
        )
    )
    now = uow.clock()
    for subject in dict.fromkeys(subjects):
        session.add(
            PrintRecord(
                job_key=key,
                kind=kind,
                subject=subject,
                layout=layout,
                reprint=subject in earlier,
                printed_at=now,
                actor=uow.actor,
            )
        )
    session.flush()
    return PrintJob(key, frozenset(earlier), Changes())
