"""The app factory: a store and settings in, a FastAPI app out.

One error handler answers JSON of one shape under /api and an HTML page elsewhere; the guards
(serve/guards.py) check the Host, the token of a write and the body size before the app reads
anything; without a token configured the app is read-only.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from muster import __version__, settings
from muster.formatting import bounds, chain
from muster.serve.guards import Guards
from muster.store.database import Store

MAX_BODY_BYTES = 2_000_000


@dataclass
class ServeSettings:
    token: str | None = field(default_factory=lambda: settings.get("token") or None)
    max_body_bytes: int = MAX_BODY_BYTES
    # Host headers answered: loopback names by default, plus the address `muster serve` binds.
    allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")


def templates() -> Jinja2Templates:
    folder = resources.files("muster.serve") / "templates"
    t = Jinja2Templates(directory=str(folder))
    t.env.autoescape = True
    t.env.filters["bounds"] = lambda row: bounds(row.get("low"), row.get("high"), row.get("unit"))
    t.env.globals["bounds"] = bounds
    t.env.filters["chain"] = chain
    return t


def _plain(error: dict) -> str:
    """A validation error in words a person can act on: a pattern is never shown."""
    from muster.normalize.dates import DATE, DAY
    from muster.serve.params import NO_NUL

    pattern = (error.get("ctx") or {}).get("pattern")
    value = error.get("input")
    if pattern in (DATE, f"^{DAY}$"):
        return f"{value!r} is not a real date; write YYYY-MM-DD (or YYYY, or YYYY-MM in a filter)"
    if pattern == NO_NUL:
        return "a NUL character is not allowed here"
    if pattern:
        field = str((error.get("loc") or ["value"])[-1])
        return f"{value!r} is not a valid {field}; " + FIELD_FORMS.get(field, "see /api/v1/docs for the accepted form")
    return error.get("msg", "")


# What to write instead, for the filters whose form is checked by a pattern.
FIELD_FORMS = {"origin": "write a two-letter country code such as SE, or 'unstated'"}


class DropEmptyFormFields:
    """An HTML form sends every field, empty ones too; for pages, an empty field means no filter."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and not scope["path"].startswith("/api/") and scope.get("query_string"):
            pairs = [(k, v) for k, v in parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True) if v != ""]
            scope = dict(scope, query_string=urlencode(pairs).encode("latin-1"))
        await self.app(scope, receive, send)


def error_response(request: Request, status: int, message: str, details: list | None = None):
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message, "details": details or []}}, status_code=status)
    page = request.app.state.templates.get_template("error.html").render(status=status, message=message, request=request)
    return HTMLResponse(page, status_code=status)


# Where the Swagger UI files that the fastapi-offline package ships are served.
DOCS_ASSETS = "/api/v1/docs-assets"


def create_app(store: Store, settings: ServeSettings | None = None) -> FastAPI:
    from muster.serve import api, pages

    settings = settings or ServeSettings()
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        # The server stops (Ctrl-C or SIGTERM): close the store now, since the process may end
        # by re-raising the signal, so that SQLite folds its -wal and -shm files back.
        store.close()
        print("muster stopped.", flush=True)

    app = FastAPI(title="muster", version=__version__, docs_url=None, openapi_url="/api/v1/openapi.json", lifespan=lifespan,
                  redoc_url=None, swagger_ui_oauth2_redirect_url=None,
                  description="People-count claims from conflict reporting, with their sources, figures and estimates.")
    app.state.store = store
    app.state.settings = settings
    app.state.templates = templates()
    app.add_middleware(DropEmptyFormFields)
    app.add_middleware(Guards, settings=settings)
    app.mount("/static", StaticFiles(directory=str(resources.files("muster.serve") / "static")), name="static")
    app.mount(DOCS_ASSETS, StaticFiles(directory=str(resources.files("fastapi_offline") / "static")), name="docs-assets")

    @app.get("/api/v1/docs", include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        # Swagger UI from the installed package, started by a script file of ours: the page
        # works offline and keeps the strict content policy (no inline script).
        return request.app.state.templates.TemplateResponse(request, "docs.html", {"assets": DOCS_ASSETS})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = [{"field": ".".join(str(p) for p in e.get("loc", [])), "message": _plain(e)} for e in exc.errors()]
        message = "; ".join(f"{d['field']}: {d['message']}" for d in details) or "invalid request"
        return error_response(request, 422, message, details)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        return error_response(request, 500, "the server failed on this request; its log has the details.")

    @app.exception_handler(404)
    async def not_found(request: Request, exc):
        return error_response(request, 404, "no such page or resource.")

    app.include_router(api.router, prefix="/api/v1")
    app.include_router(pages.router)
    return app
