"""HTTP API and the web page over the store: `create_app(db)` -> FastAPI, `serve(db, host, port)`.

Read-only unless env EVENTWIRE_API_TOKEN is set when the app is made: then POST /api/ingest
takes text or JSONL with `Authorization: Bearer <token>`. Every error is a JSON object
`{"error": "..."}` with a 4xx status; an unexpected failure is a 500 with no traceback.
Everything the page and /docs load is served from the package (works offline).
"""
from __future__ import annotations

import hmac
import json
import os
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import queries
from .errors import BadInput, EventwireError
from .model import PLOVER_TYPES
from .store import Store, open_store

TOKEN_ENV = "EVENTWIRE_API_TOKEN"
MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_LIMIT = 10_000
WEB_DIR = Path(__file__).parent / "web"
# The page and its data never need inline script, eval or other origins.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message
        super().__init__(message)


# -- app ------------------------------------------------------------------------------------

def create_app(db: str | None = None) -> FastAPI:
    """The API + page over the store at `db` (None -> ./eventwire.duckdb), opened once."""
    state = _State(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        state.close()

    app = FastAPI(title="eventwire", version=_version(), lifespan=lifespan,
                  description="Geolocated, dated, de-duplicated events from news reports, "
                              "with the evidence for every field.",
                  docs_url=None, redoc_url=None)
    app.state.eventwire = state
    app.add_middleware(_BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(_SecurityHeaders)
    _add_error_handlers(app)
    _add_docs(app)
    _add_read_routes(app, state)
    token = os.environ.get(TOKEN_ENV)
    if token:
        _add_ingest_route(app, state, token)
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0"


class _State:
    """The one store connection, used by one request at a time (a DuckDB connection is not
    safe to share between threads), and the pipeline, loaded on the first ingest."""

    def __init__(self, db: str | None):
        self.store: Store = open_store(db)
        self.lock = threading.Lock()
        self._pipeline = None

    def run(self, call: Callable[[Store], Any]) -> Any:
        with self.lock:
            return call(self.store)

    def pipeline(self):
        if self._pipeline is None:
            from .pipeline import Pipeline
            self._pipeline = Pipeline()
        return self._pipeline

    def close(self) -> None:
        with self.lock:
            self.store.close()


# -- errors ---------------------------------------------------------------------------------

def _error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError):
        return _error(exc.status, exc.message)

    @app.exception_handler(EventwireError)
    async def eventwire_error(_: Request, exc: EventwireError):
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError):
        problems = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())[1:]) or "request",
                                    e.get("msg", "invalid")) for e in exc.errors()]
        return _error(422, "; ".join(problems) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page; see /docs for the API"
        return _error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception):
        return _error(500, f"internal error ({type(exc).__name__}); see the server log")


class _BodyLimit:
    """413 for a request body over `max_bytes`, by Content-Length or by counting the stream."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            status = 413 if length.isdigit() else 400
            await _error(status, self._message() if status == 413 else
                         "bad Content-Length header")(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise ApiError(413, self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return (f"request body over {self.max_bytes // (1024 * 1024)} MB; "
                "split the upload into smaller batches")


class _SecurityHeaders:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"].startswith(("/docs", "/openapi.json"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                if not docs:  # Swagger UI starts itself with an inline script
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


# -- docs (offline Swagger UI from the fastapi-offline package's static files) ---------------

@lru_cache(maxsize=1)
def _swagger_dir() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:
        return None
    return Path(fastapi_offline.__file__).parent / "static"


def _add_docs(app: FastAPI) -> None:
    assets = _swagger_dir()
    if assets is None:
        return
    app.mount("/docs/assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json",
                                   title="eventwire API",
                                   swagger_js_url="/docs/assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs/assets/swagger-ui.css",
                                   swagger_favicon_url="/docs/assets/favicon.png")


# -- read routes ------------------------------------------------------------------------------

def _add_read_routes(app: FastAPI, state: _State) -> None:
    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    @app.get("/api/events", summary="De-duplicated events, filtered and paged")
    def list_events(
        since: Annotated[str | None, Query(description="YYYY-MM-DD; events ending on or after")] = None,
        until: Annotated[str | None, Query(description="YYYY-MM-DD; events starting on or before")] = None,
        country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2, e.g. SO")] = None,
        type: Annotated[str | None, Query(description="PLOVER type, e.g. ASSAULT")] = None,
        bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
        q: Annotated[str | None, Query(max_length=200, description="actor or place text")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 500,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict:
        if type and type.upper() not in PLOVER_TYPES:
            raise ApiError(400, f"type {type!r} is not a PLOVER type; use one of "
                                f"{', '.join(PLOVER_TYPES)}")
        for name, value in (("since", since), ("until", until)):
            _check_date(name, value)
        box = queries.parse_bbox(bbox) if bbox else None
        found = state.run(lambda s: s.events(since=since, until=until, country=country, type=type))
        if box:
            found = [e for e in found if queries.in_bbox(e, box)]
        if q:
            found = [e for e in found if queries.matches_text(e, q)]
        return {"total": len(found), "offset": offset, "limit": limit,
                "events": found[offset:offset + limit]}

    @app.get("/api/events/{event_id}", summary="One event with reports, evidence and quotes")
    def get_event(event_id: str) -> dict:
        found = state.run(lambda s: queries.event(s, event_id))
        if found is None:
            raise ApiError(404, f"no event {event_id!r}; list events at /api/events")
        return found

    @app.get("/api/articles/{article_id:path}",
             summary="An article's text with every annotation (offsets index the text)")
    def get_article(article_id: str) -> dict:
        found = state.run(lambda s: queries.article(s, article_id))
        if found is None:
            raise ApiError(404, f"no article {article_id!r}; article ids are in each event's "
                                "reports")
        return found

    @app.get("/api/stats", summary="Counts, events by type and country, date range")
    def get_stats() -> dict:
        return state.run(lambda s: queries.stats(s, s.events()))

    @app.get("/api/places/{place}/control",
             summary="Who controlled a place over time (from control events)",
             description="`place`: a place name as the events give it, or a GeoNames id.")
    def place_control(place: str) -> dict:
        try:
            from .control import control_timeline
        except ImportError:
            raise ApiError(404, "place control timelines are not built yet") from None
        found = state.run(lambda s: s.events())
        # a place with no control events has an empty history, not an error
        return {"place": place, "periods": jsonable_encoder(control_timeline(found, place))}


def _check_date(name: str, value: str | None) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{name} {value!r} is not a date; use YYYY-MM-DD") from None


# -- ingest (only with a token) -----------------------------------------------------------------

def _add_ingest_route(app: FastAPI, state: _State, token: str) -> None:
    @app.post("/api/ingest", summary="Extract and store articles (needs the API token)",
              description="Body: `text/plain` (one article: title line, optional `Published:`/"
                          "`Source:`/`URL:` lines, then the body), `application/x-ndjson` or "
                          "`application/jsonl` (one record a line: id, title, text, published, "
                          "url, outlet), or `application/json` (one record or a list). "
                          f"Limit {MAX_BODY_BYTES // (1024 * 1024)} MB.")
    async def ingest(request: Request) -> dict:
        _check_token(request.headers.get("authorization"), token)
        body = await request.body()
        if not body.strip():
            raise ApiError(400, "empty body; send an article as text/plain or records as JSONL")
        articles, bad = _parse_upload(body, request.headers.get("content-type", ""))
        if not articles:
            raise ApiError(400, "no article could be read: " + "; ".join(bad))
        from starlette.concurrency import run_in_threadpool
        result = await run_in_threadpool(_ingest, state, articles)
        return {**result, "rejected": bad}


def _check_token(header: str | None, token: str) -> None:
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "missing token; send `Authorization: Bearer <EVENTWIRE_API_TOKEN>`")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "wrong token")


def _parse_upload(body: bytes, content_type: str) -> tuple[list, list[str]]:
    from .ingest import article_from_record, parse_txt
    try:
        raw = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"body is not UTF-8 (byte {exc.start}); re-encode it") from None
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/plain", ""):
        try:
            return [parse_txt(raw, "<upload>")], []
        except BadInput as exc:
            raise ApiError(400, str(exc)) from None
    if kind in ("application/json", "application/x-ndjson", "application/jsonl",
                "application/jsonlines"):
        records = _records(raw, kind)
        articles, bad = [], []
        for i, record in records:
            try:
                articles.append(article_from_record(record, f"<upload>:{i}"))
            except BadInput as exc:
                bad.append(str(exc))
        return articles, bad
    raise ApiError(415, f"unsupported Content-Type {kind!r}; use text/plain, "
                        "application/x-ndjson or application/json")


def _records(raw: str, kind: str) -> list[tuple[int, Any]]:
    if kind == "application/json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ApiError(400, f"body is not JSON: {exc.msg} at line {exc.lineno}") from None
        return list(enumerate(data if isinstance(data, list) else [data], 1))
    records = []
    for i, line in enumerate(raw.splitlines(), 1):
        if line.strip():
            try:
                records.append((i, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise ApiError(400, f"line {i} is not JSON: {exc.msg}") from None
    return records


def _ingest(state: _State, articles: list) -> dict:
    extractions = list(state.pipeline().extract_many(articles))

    def write(store: Store) -> dict:
        added = store.add(extractions)
        store.dedup()
        return {"added": added.added, "skipped": added.skipped, "events": added.events,
                "article_ids": [x.article.id for x in extractions]}

    return state.run(write)
