"""The ASGI application: Starlette + Strawberry, resources opened in the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hmac
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import timedelta
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET, UnsetType

from api import sessions
from api.body_limit import BodyTooLarge, declared_too_large, limited, too_large
from api.context import Context, language_from_header
from api.errors import request_error, shape
from api.files import file_routes
from api.ids import decode_id
from api.limits import RequestGate
from api.observe import Observe
from api.persisted import PersistedQueryError, TrustedDocuments, error_body, lift_ids
from api.reports.resolvers import export_endpoint
from api.schema import build_schema
from api.subscriptions.websockets import LegacyWSHandler, TransportWSHandler
from api.web import web_routes
from booking import auth, calendar_feed, room_display
from booking.delivery import outbox_backlog
from booking.documents import letter_filename
from booking.errors import DomainError
from booking.models import Booking
from booking.permissions import can_view_booking
from booking.ports import Dispatcher, DocumentStore, NoDispatcher
from booking.settings import Settings, get_settings
from live.hub import Hub
from ops import logs, metrics
from ops.metrics_server import metrics_on_own_port
from storage.local import LocalFolderStore
from wiring.api import api_runtime, readiness
from wiring.store import make_store

ws_log = logging.getLogger("epesan.websocket")

#: Any one of these forces a CORS preflight, so a cross-site form cannot post an upload.
PREFLIGHT_HEADERS = ("apollo-require-preflight", "graphql-require-preflight", "x-epesan-upload")


def bearer(headers: Any) -> str | None:
    value = headers.get("authorization") or ""
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def connection_token(params: Mapping[str, object] | None) -> str | None:
    """The session token of a websocket's ``connection_init`` payload:
    ``{"authorization": "Bearer <token>"}`` or ``{"token": "<token>"}``."""
    params = params or {}
    token = params.get("token")
    if isinstance(token, str) and token.strip():
        return token.strip()
    header = params.get("authorization") or params.get("Authorization")
    return bearer({"authorization": header}) if isinstance(header, str) else None


async def display_connection(params: Mapping[str, object] | None) -> bool:
    """A door tablet connects with ``{"displayToken": ...}`` (a live room display link) and no
    session: its connection serves ``roomDisplayChanged`` only (the rest require a user)."""
    token = (params or {}).get("displayToken")
    if not isinstance(token, str):
        return False
    try:
        await room_display.link_for_token(token)
    except DomainError:
        return False
    return True


class TextWebSocketAdapter(ASGIWebSocketAdapter):
    """graphql-transport-ws messages are text frames (``encode_json`` gives HTTP bytes)."""

    async def send_json(self, message: Mapping[str, object]) -> None:
        try:
            await self.ws.send_text(orjson.dumps(message).decode())
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc


class GraphQLApp(GraphQL[Context, None]):
    websocket_adapter_class = TextWebSocketAdapter
    graphql_transport_ws_handler_class = TransportWSHandler
    graphql_ws_handler_class = LegacyWSHandler
    dispatcher: Dispatcher = NoDispatcher()  # set by the lifespan
    hub: Hub = Hub()  # set by the lifespan

    def __init__(self, settings: Settings, store: DocumentStore) -> None:
        super().__init__(
            build_schema(settings),
            graphql_ide="graphiql" if settings.graphiql_on else None,
            allow_queries_via_get=False,
            multipart_uploads_enabled=True,
            allowed_origins=settings.allowed_origins,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL),
            connection_init_wait_timeout=timedelta(seconds=settings.ws_init_timeout_seconds),
            max_subscriptions_per_connection=settings.ws_max_subscriptions,
        )
        self.settings = settings
        self.store = store
        self.trusted = TrustedDocuments.from_settings(settings)
        self.gate = RequestGate(settings)
        self._links: dict[tuple[object, ...], tuple[str, DocumentStore]] = {}

    def parse_json(self, data: str | bytes) -> Any:
        return lift_ids(super().parse_json(data))

    async def parse_http_body(self, request: Any) -> GraphQLRequestData | list[GraphQLRequestData]:
        """With trusted documents on, each operation runs the document its id names."""
        parsed = await super().parse_http_body(request)
        if self.trusted is not None:
            for item in parsed if isinstance(parsed, list) else [parsed]:
                item.query = self.trusted.resolve(item.query, item.extensions)
        return parsed

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        try:
            return await super().run(request, context, root_value)
        except PersistedQueryError as error:
            language = language_from_header(request.headers.get("accept-language"))
            return JSONResponse(error_body(error, language), status_code=400)

    async def execute_operation(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        """Each request within its user's limits (api/limits.py): requests in flight, time."""
        context: Context = kwargs["context"]
        sub_response: Response = kwargs["sub_response"]
        client = request.client.host if request.client else "?"
        key = f"user:{context.user.id}" if context.user else f"address:{client}"

        def refuse() -> None:
            sub_response.status_code = 429
            sub_response.headers["Retry-After"] = "1"

        return await self.gate.run(
            key,
            context.language,
            refuse,
            lambda: super(GraphQLApp, self).execute_operation(request, *args, **kwargs),
        )

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive)
        language = language_from_header(request.headers.get("accept-language"))
        max_file = max(self.settings.max_letter_bytes, self.settings.max_photo_bytes)
        limit = max_file + 1024 * 1024  # the largest file and the rest of the form
        response = self._refuse(request)
        if response is None and declared_too_large(request.headers, limit):
            response = too_large(max_file, language)
        if response is None:
            try:
                response = await self.run(Request(scope, limited(receive, limit)))
            except HTTPException as exc:  # not JSON, a broken multipart form, ...
                response = JSONResponse(
                    {"errors": [request_error("BAD_REQUEST", exc.reason, language)]},
                    status_code=exc.status_code,
                )
            except BodyTooLarge:  # a body without Content-Length: read up to the limit only
                response = too_large(max_file, language)
        await response(scope, receive, send)

    async def process_result(self, request: Request, result: ExecutionResult) -> Any:
        """Errors that reached the answer without a code (a syntax error) get one here."""
        if result.errors:
            language = language_from_header(request.headers.get("accept-language"))
            result.errors = [shape(error, language) for error in result.errors]
        return await super().process_result(request, result)

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def _refuse(self, request: Request) -> Response | None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("multipart/form-data") and not any(
            h in request.headers for h in PREFLIGHT_HEADERS
        ):
            english = language_from_header(request.headers.get("accept-language")) == "en"
            message = (
                "Uploads need the Apollo-Require-Preflight header."
                if english
                else "Unggahan memerlukan header Apollo-Require-Preflight."
            )
            return JSONResponse(
                {"errors": [{"message": message, "extensions": {"code": "PREFLIGHT_REQUIRED"}}]},
                status_code=400,
            )
        return None

    def links(self, request: Request | WebSocket) -> tuple[str, DocumentStore]:
        """Links to this API (file routes, calendar feeds): EPESAN_PUBLIC_URL, else the address
        the client used; and the store that makes its links there. Kept per address (a few in
        practice; at most 64, then forgotten) rather than rebuilt for every request."""
        scope = request.scope
        key = (
            scope.get("scheme"),
            scope.get("server"),
            scope.get("app_root_path", scope.get("root_path", "")),
            request.headers.get("host"),
        )
        found = self._links.get(key)
        if found is not None:
            return found
        base = self.settings.public_url or str(request.base_url).replace(
            "ws://", "http://"
        ).replace("wss://", "https://")
        base = base.rstrip("/")
        store = self.store
        if isinstance(store, LocalFolderStore):
            store = store.with_base_url(base)
        if len(self._links) >= 64:
            self._links.clear()
        self._links[key] = (base, store)
        return base, store

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        base, store = self.links(request)
        context = Context(
            settings=self.settings,
            store=store,
            base_url=base,
            language=language_from_header(request.headers.get("accept-language")),
            dispatcher=self.dispatcher,
            hub=self.hub,
        )
        if isinstance(request, WebSocket):
            context.websocket = request
            return context  # authenticated by on_ws_connect, from the connection_init payload
        context.token = bearer(request.headers)
        found = await sessions.check(context.token, self.settings)
        if found:
            context.user, context.session = found
            info = logs.current.get()
            if info is not None:
                info.user_id = context.user.id
            if "accept-language" not in request.headers:
                context.language = context.user.language  # the user's own setting
        return context

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """A websocket is served only to a valid session; the rest are closed with 4403."""
        token = connection_token(context.connection_params)
        found = await auth.authenticate(token, self.settings)
        if found is None and await display_connection(context.connection_params):
            ws_log.info("websocket opened", extra={logs.FIELDS: {"display": True}})
            return UNSET  # a room's door display: no user; every other operation is refused
        if found is None:
            ws_log.info("websocket refused", extra={logs.FIELDS: {"outcome": "UNAUTHENTICATED"}})
            raise ConnectionRejectionError(
                {"code": "UNAUTHENTICATED", "message": "Sesi tidak valid. / Invalid session."}
            )
        context.token = token
        context.user, context.session = found
        info = logs.current.get()
        if info is not None:  # the connection's lines (and its subscriptions') carry the user
            info.user_id = context.user.id
        ws_log.info("websocket opened")
        sessions.track_socket(context.user.id, context.websocket)
        language = (context.connection_params or {}).get("acceptLanguage")
        if isinstance(language, str):  # browsers cannot set headers on a WebSocket
            context.language = language_from_header(language)
        return UNSET


def create_app(settings: Settings | None = None, store: DocumentStore | None = None) -> Starlette:
    settings = settings or get_settings()
    settings.check_production()  # says which setting is unsafe
    logs.configure(settings.log_level, settings.log_format)
    store = store or make_store(settings)

    graphql = GraphQLApp(settings, store)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with api_runtime(settings, store) as runtime:
            graphql.hub, graphql.dispatcher = runtime.hub, runtime.dispatcher
            # What start-up made lives as long as the process: out of the collector's full
            # passes, which otherwise rescan it each time (pauses every request waits for)
            gc.freeze()
            watcher = asyncio.create_task(sessions.watch(runtime.hub))
            try:
                async with metrics_on_own_port(settings, outbox_backlog):
                    yield
            finally:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher

    return Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/health", health),
            Route("/ready", ready_endpoint(settings, store)),
            Route("/metrics", metrics_endpoint(settings)),
            Route("/bookings/{booking_id}/letter", letter_endpoint(settings, store)),
            *file_routes(store, settings.max_photo_bytes),
            Route("/calendar/{token}.ics", calendar_endpoint(settings)),
            Route("/exports/{token}", export_endpoint(settings)),
            *web_routes(settings),  # last: every other GET path is the web app
        ],
        middleware=[
            Middleware(Observe),
            Middleware(
                CORSMiddleware,
                allow_origins=settings.allowed_origins,
                allow_methods=["GET", "POST"],
                allow_headers=[
                    "authorization",
                    "content-type",
                    "accept-language",
                    *PREFLIGHT_HEADERS,
                ],
            ),
        ],
        lifespan=lifespan,
    )


async def health(request: Request) -> Response:
    """The process is alive (it answers); says nothing of its dependencies (``/ready``)."""
    return JSONResponse({"status": "ok"})


Endpoint = Callable[[Request], Awaitable[Response]]


def ready_endpoint(settings: Settings, store: DocumentStore) -> Endpoint:
    async def ready(request: Request) -> Response:
        """Ready to serve: the database answers and is migrated, Redis (when configured) and the
        store answer. 200 or 503, with each check's result."""
        checks = await readiness(settings, store)
        ok = all(value == "ok" for value in checks.values())
        return JSONResponse(
            {"status": "ok" if ok else "unavailable", "checks": checks},
            status_code=200 if ok else 503,
            headers={"Cache-Control": "no-store"},
        )

    return ready


def metrics_endpoint(settings: Settings) -> Endpoint:
    # With a port of its own (ops/metrics_server.py) the API's port does not serve it.
    served_here = settings.metrics_token and settings.metrics_port is None
    expected = f"Bearer {settings.metrics_token}".encode() if served_here else None

    async def metrics_text(request: Request) -> Response:
        """Prometheus metrics, to the holder of ``EPESAN_METRICS_TOKEN`` only (not served
        without one, nor with ``EPESAN_METRICS_PORT``: then on that port only)."""
        if expected is None:
            return PlainTextResponse("Not found", status_code=404)
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, expected):
            return PlainTextResponse(
                "Unauthorized", status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        body = metrics.scrape(await outbox_backlog())
        return Response(body, media_type=metrics.CONTENT_TYPE_LATEST)

    return metrics_text


def letter_endpoint(settings: Settings, store: DocumentStore) -> Endpoint:
    async def letter(request: Request) -> Response:
        """The request letter of a booking, for those allowed to see the booking."""
        found = await auth.authenticate(bearer(request.headers), settings)
        if not found:
            return PlainTextResponse("Unauthorized", status_code=401)
        try:
            booking_id = decode_id(request.path_params["booking_id"], "Booking")
        except DomainError:
            return PlainTextResponse("Not found", status_code=404)
        booking = await Booking.get_or_none(id=booking_id)
        if booking is None or not can_view_booking(found[0], booking) or not booking.letter_key:
            return PlainTextResponse("Not found", status_code=404)
        data = await store.get(booking.letter_key)
        return Response(
            data,
            media_type=booking.letter_content_type,
            headers={
                "Content-Disposition": f'attachment; filename="{letter_filename(booking.reference, booking.letter_content_type)}"',
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "private, no-store",
            },
        )

    return letter


def calendar_endpoint(settings: Settings) -> Endpoint:
    async def calendar(request: Request) -> Response:
        """A room's or an agency's iCalendar feed, at its secret link (no login: calendar apps
        cannot); an unknown or rotated link is a 404."""
        body = await calendar_feed.render_for_token(request.path_params["token"], settings)
        if body is None:
            return PlainTextResponse("Not found", status_code=404)
        return Response(
            body,
            media_type="text/calendar; charset=utf-8",
            headers={
                "Content-Disposition": 'inline; filename="epesanruangan.ics"',
                "Cache-Control": "private, no-cache",
                "X-Robots-Tag": "noindex",
                "Referrer-Policy": "no-referrer",
            },
        )

    return calendar
