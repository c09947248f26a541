"""Query parameters shared by pages and API, validated once: bad dates, unknown fields and
huge limits are a 422 with a clear message, never a 500."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import HTTPException, Query, Request

from muster.normalize.dates import DATE
from muster.records import Dimension as By  # noqa: F401  (the API and pages take their enums from here)
from muster.records import Event, Status  # noqa: F401
from muster.store.plain import ClaimFilters
from muster.store.queries import SORTS

MAX_LIMIT = 500
NO_NUL = r"^[^\x00]*$"  # PostgreSQL cannot take a NUL character in text

Origin = Annotated[str | None, Query(pattern=r"^(?:[A-Za-z]{2}|unstated)$",
                                     description="ISO 3166-1 alpha-2 code, e.g. SE; 'unstated' for claims with no origin.")]
Side = Annotated[str | None, Query(max_length=100, pattern=NO_NUL, description="ISO code or a group's name.")]
Text = Annotated[str | None, Query(max_length=200, pattern=NO_NUL)]
# DATE admits only days that exist, so the pattern alone refuses '2024-02-30' and '2024-13-01'.
Date = Annotated[str | None, Query(pattern=DATE, description="YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most {MAX_LIMIT}.")]

FILTER_NAMES = {"origin", "side", "event", "status", "source", "outlet", "since", "until", "search"}


def check_known(request: Request, allowed: set[str]) -> None:
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise HTTPException(422, f"unknown query parameter(s): {', '.join(unknown)}; "
                                 f"allowed: {', '.join(sorted(allowed))}.")


def claim_filters(origin=None, side=None, event=None, status=None, source=None, outlet=None, since=None, until=None,
                  search=None, **extra) -> ClaimFilters:
    return ClaimFilters(origin=origin, side=side, event=getattr(event, "value", event),
                        status=getattr(status, "value", status), source=source, outlet=outlet, since=since,
                        until=until, search=search, **extra)


def check_sort(sort: str | None) -> str | None:
    if sort and sort.lstrip("-") not in SORTS:
        raise HTTPException(422, f"cannot sort by '{sort}'; sort by one of {', '.join(sorted(SORTS))} (prefix - to reverse).")
    return sort


def is_safe_url(url: str | None) -> bool:
    """Only http(s) links are rendered as links; anything else (javascript:, data:) stays text."""
    return bool(url and re.match(r"^https?://", url, re.IGNORECASE))
