"""HTML pages, server-rendered from the same query results as the API. They work without
JavaScript; every filter is in the URL, so every view has a permalink."""
from __future__ import annotations

import io
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from muster.reconcile import views
from muster.serve import charts
from muster.serve.params import (
    FILTER_NAMES,
    Date,
    Event,
    Origin,
    Side,
    Status,
    Text,
    check_known,
    check_sort,
    claim_filters,
    is_safe_url,
)
from muster.store import export, queries

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def render(request: Request, name: str, **context) -> HTMLResponse:
    context.update(request=request, safe_url=is_safe_url)
    return HTMLResponse(request.app.state.templates.get_template(name).render(**context))


def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """Escape the text and mark each claim's span; the marks link to the claims."""
    out, at = [], 0
    for start, end, claim_id in sorted(spans):
        if start < at:
            continue
        out.append(escape(text[at:start]))
        out.append(Markup('<a class="claim" id="c-{0}" href="/claims/{0}"><mark>{1}</mark></a>').format(claim_id, text[start:end]))
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


def _query(**values) -> str:
    return urlencode({k: (v.value if hasattr(v, "value") else v) for k, v in values.items() if v not in (None, "")})


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, side: Side = None, event: Event | None = Event.mobilization, since: Date = None,
             until: Date = None) -> HTMLResponse:
    check_known(request, {"side", "event", "since", "until"})
    store = request.app.state.store
    f = claim_filters(side=side, event=event, since=since, until=until)
    estimates = views.estimates(store, f, by="origin", as_of=until)
    points = views.timeline(store, f, by="origin")
    flows: dict[tuple[str, str], int] = {}
    for figure in views.figure_rows(store, f):
        for origin in figure["origin"] or ["unstated"]:
            key = (origin, figure["side"] or "none")
            flows[key] = flows.get(key, 0) + len(figure["claim_ids"])
    return render(request, "overview.html", estimates=estimates, chart=charts.range_chart(estimates, "origin"),
                  timeline=charts.timeline_chart(points, "origin"), flows=sorted(flows.items(), key=lambda kv: -kv[1]),
                  side=side, event=event.value if event else "", since=since, until=until)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, origin: Origin = None, side: Side = None, event: Event | None = None,
                status: Status | None = None, source: Text = None, outlet: Text = None, since: Date = None,
                until: Date = None, search: Text = None, sort: Text = None,
                page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    check_known(request, FILTER_NAMES | {"sort", "page"})
    store = request.app.state.store
    values = dict(origin=origin, side=side, event=event, status=status, source=source, outlet=outlet, since=since,
                  until=until, search=search)
    f = claim_filters(**values, sort=check_sort(sort), limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    rows = list(queries.iter_claims(store, f))
    total = queries.count_claims(store, claim_filters(**values))
    base = _query(**values)
    return render(request, "claims.html", rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE_SIZE)),
                  values={k: (v.value if hasattr(v, "value") else v) or "" for k, v in values.items()}, sort=sort or "",
                  base=base, sort_link=lambda col: "/claims?" + _query(**values, sort=("-" + col) if sort == col else col))


@router.get("/claims.{fmt}")
def claims_download(request: Request, fmt: str, origin: Origin = None, side: Side = None, event: Event | None = None,
                    status: Status | None = None, source: Text = None, outlet: Text = None, since: Date = None,
                    until: Date = None, search: Text = None) -> Response:
    check_known(request, FILTER_NAMES)
    if fmt not in ("csv", "jsonl"):
        raise HTTPException(404, "downloads are claims.csv or claims.jsonl.")
    rows = queries.iter_claims(request.app.state.store,
                               claim_filters(origin, side, event, status, source, outlet, since, until, search))
    out = io.StringIO()
    (export.write_csv if fmt == "csv" else export.write_jsonl)(rows, out)
    media = "text/csv" if fmt == "csv" else "application/x-ndjson"
    return Response(out.getvalue(), media_type=media, headers={"Content-Disposition": f'attachment; filename="claims.{fmt}"'})


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str) -> HTMLResponse:
    check_known(request, set())
    store = request.app.state.store
    c = queries.claim(store, claim_id[:64])
    if c is None:
        raise HTTPException(404, f"no claim with id '{claim_id[:64]}'.")
    article = queries.article(store, c["article_id"])
    text = article["text"]
    # The sentence's paragraph, with the quantity marked.
    para_start = text.rfind("\n", 0, c["start"]) + 1
    para_end = text.find("\n", c["end"])
    para_end = len(text) if para_end < 0 else para_end
    paragraph = highlight(text[para_start:para_end], [(c["start"] - para_start, c["end"] - para_start, c["id"])])
    figure = views.figure_of_claim(store, c["id"])
    siblings = [queries.claim(store, cid) for cid in (figure["claim_ids"] if figure else []) if cid != c["id"]]
    return render(request, "claim.html", c=c, paragraph=paragraph, article=article, figure=figure, siblings=siblings)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    check_known(request, set())
    article = queries.article(request.app.state.store, article_id[:64])
    if article is None:
        raise HTTPException(404, f"no article with id '{article_id[:64]}'.")
    body = highlight(article["text"], [(c["start"], c["end"], c["id"]) for c in article["claims"]])
    return render(request, "article.html", article=article, body=body)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    check_known(request, set())
    return render(request, "sources.html", rows=views.source_rows(request.app.state.store))

