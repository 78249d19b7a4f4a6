"""Sentences for the errors of places (divisions, village points, the review queue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.places import errors as pe

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the sentences


def describe_own(error: BaseException) -> str | None:
    """A sentence for a place error, None for other errors (`ui.error_messages` asks
    every area's `describe_own` before its generic sentence)."""
    match error:
        case pe.UnknownPlace(code=code, level="township"):
            return translate("Places", "There is no township '{code}'.").format(code=code)
        case pe.UnknownPlace(code=code):
            return translate("Places", "There is no place '{code}'.").format(code=code)
        case pe.UnknownVillagePoint():
            return translate("Places", "That village point no longer exists.")
        case pe.PointNotInTownship(township_code=code):
            return translate("Places", "That village point is not in township {code}.").format(
                code=code
            )
        case pe.UnknownParcel():
            return translate("Places", "That parcel no longer exists.")
        case pe.PlaceFileRejected(file=file, problems=problems):
            return translate(
                "Places", "{file} has %n problem(s); nothing was imported.", "", len(problems)
            ).format(file=file)
    return None
