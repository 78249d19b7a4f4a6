"""One-line English descriptions of core errors for the command line."""

from __future__ import annotations

from core import errors as e
from core.validation import EARLIEST_DATE, LATEST_DATE

_REASONS = {
    "date_range": f"outside {EARLIEST_DATE} to {LATEST_DATE}",
    "unknown": "not a known value",
    "range": "out of range",
    "center_code": "2 to 16 letters, digits or dashes, e.g. TSC",
    "county": "a county's 6-digit code, e.g. 542527",
    "phone": "digits, spaces, +, ( ) and dashes",
    "bin_code": "letters, digits and single dashes, e.g. A-01-01",
    "sku": "no spaces",
    "lost_text": "letters lost as '?'",
    "number": "a whole number",
    "field_header": "expected FIELD=HEADER, e.g. sku=商品编号",
}

# What a value of each kind looks like, said whenever one is refused.
FORMATS = {
    "date": "YYYY-MM-DD, e.g. 2026-12-01",
    "time": "HH:MM, e.g. 08:30",
    "weekdays": "weekdays like mon,thu",
}


def describe(error: e.DepotError) -> str:
    """The sentence for `error`; any text of the input it quotes is shortened, here once
    for every area's sentences."""
    error = e.with_short_texts(error)
    match error:
        case e.InsufficientStock(sku=sku, center=center, requested=req, available=avail):
            return f"not enough stock of {sku} at {center}: asked {req}, available {avail}"
        case e.UnknownProduct(sku=sku):
            return f"unknown product {sku!r}"
        case e.UnknownCenter(code=code):
            return f"unknown center {code!r}"
        case e.UnknownBin(center=center, code=code):
            return f"unknown bin {code!r} at center {center}"
        case e.UnknownLot(sku=sku, lot=lot):
            return f"unknown lot {lot!r} of {sku}"
        case e.LotExpired(sku=sku, lot=lot, expiry=expiry):
            return f"lot {lot!r} of {sku} expired on {expiry.isoformat()}"
        case e.InvalidQuantity(field=field, value=value):
            return f"{field}: {value!r} is not a whole number of units between 1 and 1000000"
        case e.InvalidValue(field=field, value=None, reason="required"):
            return f"{field} is required (give --{field.replace('_', '-')})"
        case e.InvalidValue(field=field, value=value, reason=reason) if reason in FORMATS:
            return f"{field}: {value!r} is not valid: expected {FORMATS[reason]}"
        case e.InvalidValue(field=field, value=value, reason=reason):
            return f"{field}: {value!r} is not valid ({_REASONS.get(reason, reason)})"
        case e.TextTooLong(field=field, limit=limit, length=length):
            return f"{field} is too long: {length} characters, at most {limit}; nothing was saved"
        case e.TextHasNul(field=field):
            return f"{field} holds a NUL character; nothing was saved"
        case e.DuplicateValue(field=field, value=value):
            return f"{field} {value!r} already exists"
        case _:
            from cli import codes, outputs, storage

            return (
                storage.describe(error)
                or outputs.describe(error)
                or codes.describe_refused(error)
                or _from_areas(error)
                or str(error)
            )


def _from_areas(error: e.DepotError) -> str | None:
    """Each command module may offer `describe(error) -> str | None` for its own errors."""
    from cli import command_modules

    for module in command_modules():
        area_describe = getattr(module, "describe", None)
        if area_describe is not None and (text := area_describe(error)):
            return str(text)
    return None
