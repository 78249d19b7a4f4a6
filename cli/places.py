"""Place commands: the gazetteer, village points, resolving an address, the review queue.

places [--json]                      divisions and who serves them
places load | add-township | set-names | serve
village-points [--township T] [--all] [--json]
village-points add | rename | retire | restore | import FILE
resolve "ADDRESS" [--json]
review [--json] | review choose PARCEL TOWNSHIP|outside [--point ID]
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from typing import Any

from sqlalchemy import select

from cli.tables import Column, emit, render, use_utf8_output
from core.errors import DepotError
from core.inventory.models import Center
from core.places import errors as pe
from core.places import gazetteer, review, village_points
from core.places.addresses import resolve
from core.places.errors import PlaceFileRejected
from core.places.index import index_for
from core.shipping.models import Division, VillagePoint
from core.uow import Database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    places = subparsers.add_parser("places")
    places.add_argument("--json", action="store_true", help="print one JSON array")
    places.set_defaults(handler=run_places)
    actions = places.add_subparsers(dest="places_action", metavar="ACTION")
    actions.add_parser("load", help="load or upgrade the shipped gazetteer").set_defaults(
        handler=run_load, creates_database=True
    )
    township = actions.add_parser("add-township", help="add a township under a shipped county")
    township.add_argument("code", help="9-digit national code")
    township.add_argument("name_zh", help="Chinese name")
    _names(township)
    township.set_defaults(handler=run_add_township)
    names = actions.add_parser("set-names", help="enter the Tibetan or pinyin name of a place")
    names.add_argument("code", help="the place's national code")
    _names(names)
    names.set_defaults(handler=run_set_names)
    serve = actions.add_parser("serve", help="set the center whose runs serve a township")
    serve.add_argument("township", help="9-digit code")
    group = serve.add_mutually_exclusive_group(required=True)
    group.add_argument("--center", type=str.upper, help="center code, e.g. TSC")
    group.add_argument("--none", action="store_true", help="not served: parcels go by post")
    serve.set_defaults(handler=run_serve)

    points = subparsers.add_parser("village-points")
    points.add_argument("--township", help="code or Chinese name")
    points.add_argument("--all", action="store_true", help="include retired points")
    points.add_argument("--json", action="store_true", help="print one JSON array")
    points.set_defaults(handler=run_points)
    point_actions = points.add_subparsers(dest="points_action", metavar="ACTION")
    add = point_actions.add_parser("add", help="add a point to a township")
    add.add_argument("township", help="code or Chinese name")
    add.add_argument("name_zh", help="Chinese name")
    _names(add)
    add.add_argument("--village-code", help="12-digit village code, if known")
    add.set_defaults(handler=run_point_add)
    rename = point_actions.add_parser("rename", help="change a point's names")
    rename.add_argument("point_id", type=uuid.UUID, help="the village point's id")
    rename.add_argument("--zh", dest="name_zh", help="new Chinese name")
    _names(rename)
    rename.set_defaults(handler=run_point_rename)
    for action, retired in (("retire", True), ("restore", False)):
        parser = point_actions.add_parser(action, help=f"{action} a point")
        parser.add_argument("point_id", type=uuid.UUID, help="the village point's id")
        parser.set_defaults(handler=run_point_retire, retired=retired)
    load = point_actions.add_parser("import", help="add or update points from a CSV file")
    load.add_argument("file", help="CSV of village points")
    load.add_argument("--json", action="store_true", help="print the report as JSON")
    load.set_defaults(handler=run_point_import)

    resolver = subparsers.add_parser("resolve")
    resolver.add_argument("address", help="the address as written on the order")
    resolver.add_argument("--json", action="store_true", help="print one JSON object")
    resolver.set_defaults(handler=run_resolve)

    queue = subparsers.add_parser("review")
    queue.add_argument("--json", action="store_true", help="print one JSON array")
    queue.set_defaults(handler=run_review)
    queue_actions = queue.add_subparsers(dest="review_action", metavar="ACTION")
    pick = queue_actions.add_parser("choose", help="settle a parcel's place and learn it")
    pick.add_argument("parcel_id", type=uuid.UUID, help="the parcel's id")
    pick.add_argument("township", help="9-digit code, or 'outside' for the postal service")
    pick.add_argument("--point", type=uuid.UUID, help="village point id")
    pick.set_defaults(handler=run_choose)


def describe(error: DepotError) -> str | None:
    """One line for the place errors (`main.py` asks each command module)."""
    match error:
        case pe.UnknownPlace(code=code, level=level):
            return f"unknown {level or 'place'} {code!r}"
        case pe.UnknownVillagePoint(point_id=point_id):
            return f"unknown village point {point_id}"
        case pe.PointNotInTownship(point_id=point_id, township_code=township):
            return f"village point {point_id} is not in township {township}"
        case pe.UnknownParcel(parcel_id=parcel_id):
            return f"unknown parcel {parcel_id}"
        case PlaceFileRejected(file=file, problems=problems):
            return f"{file}: {len(problems)} problem(s), nothing imported"
    return None


def _names(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bo", dest="name_bo", help="Tibetan name")
    parser.add_argument("--pinyin", dest="name_pinyin", help="pinyin name")


def _print_json(value: object) -> None:
    use_utf8_output(strict=True)
    emit(json.dumps(value, ensure_ascii=False, indent=1, default=str))


def run_places(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        centers = {c.id: c.code for c in uow.session.scalars(select(Center))}
        divisions = uow.session.scalars(select(Division).order_by(Division.code)).all()
        records = [
            {
                "code": d.code,
                "level": d.level,
                "parent_code": d.parent_code,
                "name_zh": d.name_zh,
                "name_bo": d.name_bo,
                "name_pinyin": d.name_pinyin,
                "center": centers.get(d.center_id) if d.center_id else None,
            }
            for d in divisions
        ]
    if args.json:
        _print_json(records)
        return 0
    use_utf8_output(strict=False)
    columns = [
        Column("code"),
        Column("level"),
        Column("name"),
        Column("Tibetan"),
        Column("pinyin"),
        Column("served by"),
    ]
    emit(
        render(
            columns,
            [
                [
                    r["code"],
                    r["level"],
                    r["name_zh"],
                    r["name_bo"],
                    r["name_pinyin"],
                    r["center"] or "",
                ]
                for r in records
            ],
        )
    )
    return 0


def _write(db: Database, fn: Any) -> Any:
    return db.run(fn)


def run_load(args: argparse.Namespace, db: Database) -> int:
    changes = _write(db, gazetteer.load_gazetteer)
    emit("gazetteer upgraded" if changes.places else "gazetteer already up to date")
    return 0


def run_add_township(args: argparse.Namespace, db: Database) -> int:
    _write(
        db,
        lambda uow: gazetteer.add_township(
            uow,
            args.code,
            args.name_zh,
            name_bo=args.name_bo or "",
            name_pinyin=args.name_pinyin or "",
        ),
    )
    emit(f"township {args.code} added")
    return 0


def run_set_names(args: argparse.Namespace, db: Database) -> int:
    _write(
        db,
        lambda uow: gazetteer.set_division_names(
            uow, args.code, name_bo=args.name_bo, name_pinyin=args.name_pinyin
        ),
    )
    emit(f"{args.code}: names saved")
    return 0


def run_serve(args: argparse.Namespace, db: Database) -> int:
    center = None if args.none else args.center
    _write(db, lambda uow: gazetteer.set_serving_center(uow, args.township, center))
    emit(f"{args.township}: " + (f"served by {center}" if center else "not served (postal)"))
    return 0


def run_points(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        township = (
            village_points.find_township(uow.session, args.township).code if args.township else None
        )
        records = [
            _point_json(p)
            for p in village_points.list_village_points(
                uow.session, township, include_retired=args.all
            )
        ]
    if args.json:
        _print_json(records)
        return 0
    use_utf8_output(strict=False)
    if not records:
        emit("no village points")
        return 0
    columns = [
        Column("id"),
        Column("township"),
        Column("name"),
        Column("Tibetan"),
        Column("pinyin"),
        Column("active"),
    ]
    emit(
        render(
            columns,
            [
                [
                    r["id"],
                    r["township_code"],
                    r["name_zh"],
                    r["name_bo"],
                    r["name_pinyin"],
                    "yes" if r["active"] else "retired",
                ]
                for r in records
            ],
        )
    )
    return 0


def _point_json(point: VillagePoint) -> dict[str, object]:
    return {
        "id": str(point.id),
        "township_code": point.township_code,
        "name_zh": point.name_zh,
        "name_bo": point.name_bo,
        "name_pinyin": point.name_pinyin,
        "village_code": point.village_code,
        "active": point.active,
    }


def run_point_add(args: argparse.Namespace, db: Database) -> int:
    changes = _write(
        db,
        lambda uow: village_points.add_village_point(
            uow,
            args.township,
            args.name_zh,
            name_bo=args.name_bo or "",
            name_pinyin=args.name_pinyin or "",
            village_code=args.village_code,
        ),
    )
    emit(f"added {changes.point_ids[0]}")
    return 0


def run_point_rename(args: argparse.Namespace, db: Database) -> int:
    _write(
        db,
        lambda uow: village_points.rename_village_point(
            uow,
            args.point_id,
            name_zh=args.name_zh,
            name_bo=args.name_bo,
            name_pinyin=args.name_pinyin,
        ),
    )
    emit(f"renamed {args.point_id}")
    return 0


def run_point_retire(args: argparse.Namespace, db: Database) -> int:
    _write(
        db,
        lambda uow: village_points.retire_village_point(uow, args.point_id, retired=args.retired),
    )
    emit(f"{'retired' if args.retired else 'restored'} {args.point_id}")
    return 0


def run_point_import(args: argparse.Namespace, db: Database) -> int:
    try:
        result = _write(db, lambda uow: village_points.import_village_points(uow, args.file))
    except PlaceFileRejected as rejected:
        if args.json:
            _print_json({"imported": False, "problems": [vars(p) for p in rejected.problems]})
        for p in rejected.problems:
            value = f" ({p.value!r})" if p.value else ""
            print(f"{rejected.file}:{p.line}: {p.field or '-'}: {p.reason}{value}", file=sys.stderr)
        print("nothing was imported", file=sys.stderr)
        return 2
    summary = {
        "imported": True,
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
    }
    if args.json:
        _print_json(summary)
    else:
        emit(f"created {result.created}, updated {result.updated}, unchanged {result.unchanged}")
    return 0


def run_resolve(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        r = resolve(uow.session, args.address)
        index = index_for(uow.session)
        record = {
            "township_code": r.township_code,
            "village_point_id": str(r.village_point_id) if r.village_point_id else None,
            "place": index.label(r.township_code, r.village_point_id) or None,
            "route": r.route,
            "confidence": r.confidence,
            "needs_review": r.needs_review,
            "candidates": [
                {
                    "township_code": c.township_code,
                    "label": c.label,
                    "village_point_id": str(c.village_point_id) if c.village_point_id else None,
                    "score": c.score,
                }
                for c in r.candidates
            ],
        }
    if args.json:
        _print_json(record)
        return 0
    use_utf8_output(strict=False)
    where = record["place"] or (
        "place not settled" if r.needs_review else "outside the served area"
    )
    emit(
        f"{where}  [{r.route}, confidence {r.confidence:.2f}"
        f"{', needs review' if r.needs_review else ''}]"
    )
    for c in r.candidates if r.needs_review else ():
        emit(f"  candidate {c.score:.2f}  {c.township_code}  {c.label}")
    return 0


def run_review(args: argparse.Namespace, db: Database) -> int:
    with db.uow(write=False) as uow:
        ids = review.review_ids(uow.session)
        rows = review.review_rows(uow.session, ids)
        records = [
            {
                "parcel_id": str(i),
                "recipient": rows[i].recipient,
                "phone": rows[i].phone,
                "address": rows[i].address,
                "confidence": rows[i].confidence,
            }
            for i in ids
        ]
    if args.json:
        _print_json(records)
        return 0
    use_utf8_output(strict=False)
    if not records:
        emit("no parcels waiting for review")
        return 0
    columns = [
        Column("parcel"),
        Column("recipient"),
        Column("address"),
        Column("confidence", right=True),
    ]
    emit(
        render(
            columns,
            [
                [r["parcel_id"], r["recipient"], r["address"], f"{r['confidence']:.2f}"]
                for r in records
            ],
        )
    )
    return 0


def run_choose(args: argparse.Namespace, db: Database) -> int:
    township = None if args.township.lower() == "outside" else args.township
    changes = _write(db, lambda uow: review.choose(uow, args.parcel_id, township, args.point))
    emit(f"settled {len(changes.parcels)} parcel(s)")
    return 0
