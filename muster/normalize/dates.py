"""Dates as muster accepts them: real calendar days, written YYYY-MM-DD.

One place for the check, so the CLI, the API (whose OpenAPI schema shows the same pattern),
the readers and the store agree on what a date is.
"""
from __future__ import annotations

import datetime as dt
import re

# A real date as a pattern, so the OpenAPI schema says exactly what is accepted: a year, a year
# and month, or a day that exists (30-day months, February's 28 days and 29 in leap years).
_DAY = (r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))")
_LEAP_DAY = r"(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29"
_YEAR = r"(?:[1-9]\d{3}|0[1-9]\d{2}|00[1-9]\d|000[1-9])"  # year 1 to 9999, as dates have
DAY = rf"(?:{_YEAR}-{_DAY}|{_LEAP_DAY})"
DATE = rf"^(?:{DAY}|{_YEAR}(?:-(?:0[1-9]|1[0-2]))?)$"


def real_date(value: str) -> bool:
    """True for a date that exists: '2024-02-29' yes, '2024-02-30' and '2024-13-01' no."""
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def iso_date(value) -> str | None:
    """The YYYY-MM-DD a value starts with, if that date exists."""
    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(value))
    return m.group(1) if m and real_date(m.group(1)) else None
