"""The JSON API under /api/v1: the same query results the pages render, paginated with a
stable cursor (claims in id order, `next` naming the last id of the page)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from muster.normalize.dates import DAY
from muster.reconcile import views
from muster.serve.params import By, Date, Event, Limit, Origin, Side, Status, Text, check_known, claim_filters
from muster.store import queries


class ErrorDetail(BaseModel):
    field: str
    message: str


class ErrorInfo(BaseModel):
    status: int
    message: str
    details: list[ErrorDetail] = []


class ErrorBody(BaseModel):
    """Every error of the API has this one shape."""

    error: ErrorInfo


_ERRORS = {code: {"model": ErrorBody, "description": text} for code, text in (
    (404, "no such resource"), (413, "request body too large"), (422, "invalid parameters or body"))}
router = APIRouter(tags=["api"], responses=_ERRORS)


class Page(BaseModel):
    items: list[dict[str, Any]]
    next: str | None = Field(None, description="Cursor for the next page; absent on the last page.")


class PostedArticle(BaseModel):
    text: str | None = Field(None, max_length=1_000_000, description="Plain text of the article.")
    html: str | None = Field(None, max_length=1_900_000, description="An HTML page; its main text is extracted.")
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=300)
    published: str | None = Field(None, pattern=rf"^{DAY}$")
    title: str | None = Field(None, max_length=1000)


class Ingested(BaseModel):
    article_id: str
    stored: bool = Field(description="False when the same text was stored already.")
    claims: list[dict[str, Any]]


def _store(request: Request):
    return request.app.state.store


CLAIM_PARAMS = {"origin", "side", "event", "status", "source", "outlet", "since", "until", "search", "limit", "cursor"}


@router.get("/claims", response_model=Page, summary="Claims, filtered, in a stable order")
def list_claims(request: Request, origin: Origin = None, side: Side = None, event: Event | None = None,
                status: Status | None = None, source: Text = None, outlet: Text = None, since: Date = None,
                until: Date = None, search: Text = None, limit: Limit = 50,
                cursor: Annotated[str | None, Query(pattern=r"^[0-9a-f]{24}$",
                                                    description="The `next` of the previous page.")] = None) -> Page:
    check_known(request, CLAIM_PARAMS)
    f = claim_filters(origin, side, event, status, source, outlet, since, until, search,
                      after=cursor or "", limit=limit + 1)
    rows = list(queries.iter_claims(_store(request), f))
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(items=rows, next=rows[-1]["id"] if more else None)


@router.get("/claims/{claim_id}", summary="One claim")
def get_claim(request: Request, claim_id: Annotated[str, Path(max_length=64, pattern=r"^[0-9a-f]{4,64}$")]) -> dict:
    check_known(request, set())
    row = queries.claim(_store(request), claim_id)
    if row is None:
        raise HTTPException(404, f"no claim with id '{claim_id}'.")
    return row


@router.get("/articles", summary="Articles")
def list_articles(request: Request, origin: Origin = None, side: Side = None, event: Event | None = None,
                  outlet: Text = None, since: Date = None, until: Date = None, search: Text = None,
                  limit: Limit = 50, offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> Page:
    check_known(request, {"origin", "side", "event", "outlet", "since", "until", "search", "limit", "offset"})
    f = claim_filters(origin, side, event, None, None, outlet, since, until, search, limit=limit + 1, offset=offset)
    rows = queries.articles(_store(request), f)
    more = len(rows) > limit
    return Page(items=rows[:limit], next=str(offset + limit) if more else None)


@router.get("/articles/{article_id}", summary="One article with its text and claims")
def get_article(request: Request, article_id: str) -> dict:
    check_known(request, set())
    row = queries.article(_store(request), article_id) if len(article_id) == 64 else None
    if row is None:
        raise HTTPException(404, f"no article with id '{article_id[:80]}'.")
    row["ingested_at"] = str(row["ingested_at"])
    return row


@router.get("/figures", summary="Figures: one quantity stated by one or more claims")
def list_figures(request: Request, origin: Origin = None, side: Side = None, event: Event | None = None,
                 since: Date = None, until: Date = None) -> list[dict]:
    check_known(request, {"origin", "side", "event", "since", "until"})
    return views.figure_rows(_store(request), claim_filters(origin, side, event, since=since, until=until))


@router.get("/estimates", summary="Per key, the latest figure of each independent source, never averaged")
def list_estimates(request: Request, origin: Origin = None, side: Side = None, event: Event | None = None,
                   as_of: Date = None, by: By = By.origin) -> list[dict]:
    check_known(request, {"origin", "side", "event", "as_of", "by"})
    return views.estimates(_store(request), claim_filters(origin, side, event, until=as_of), by=by.value, as_of=as_of)


@router.get("/timeline", summary="Figures over publication dates, with their sources")
def get_timeline(request: Request, origin: Origin = None, side: Side = None, event: Event | None = None,
                 since: Date = None, until: Date = None, by: By = By.origin) -> list[dict]:
    check_known(request, {"origin", "side", "event", "since", "until", "by"})
    return views.timeline(_store(request), claim_filters(origin, side, event, since=since, until=until), by=by.value)


@router.get("/sources", summary="Canonical sources with aliases, kind, claims and figures")
def list_sources(request: Request) -> list[dict]:
    check_known(request, set())
    return views.source_rows(_store(request))


@router.post("/articles", status_code=201, response_model=Ingested, summary="Ingest one article and return its claims",
             responses={401: {"model": ErrorBody, "description": "missing or wrong bearer token"},
                        403: {"model": ErrorBody, "description": "read-only server"}})
def post_article(request: Request, article: Annotated[PostedArticle, Body()],
                 authorization: Annotated[str | None, Header(max_length=500)] = None) -> Ingested:
    from muster.errors import MusterError
    from muster.ingest import ingest
    from muster.ingest.articles import make_article
    from muster.ingest.reading import html_to_text

    # The token was checked by the guards before the body was read (serve/guards.py).
    if bool(article.text) == bool(article.html):
        raise HTTPException(422, "send exactly one of 'text' or 'html'.")
    try:
        text = article.text if article.text else html_to_text(article.html, "the posted page")
    except MusterError as e:
        raise HTTPException(422, str(e)) from None
    if not text.strip():
        raise HTTPException(422, "the article has no text.")
    record = make_article(text, "api", url=article.url, outlet=article.outlet, published=article.published,
                          title=article.title)
    store = _store(request)
    report = ingest(store, articles=[record])
    if report.failures:
        raise HTTPException(422, report.failures[0].message)
    return Ingested(article_id=record.id, stored=bool(report.articles_added),
                    claims=store.claims(article=record.id, sort="id"))
