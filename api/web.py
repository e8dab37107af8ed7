"""The web app (``web/dist``, built by Vite) at ``/``: hashed assets cached for a year, every other
path that is not the API's answered with ``index.html`` (deep links such as ``/bookings/<id>`` load
the app), each page with a strict Content-Security-Policy."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from booking.settings import Settings

#: The repository's built app, used when EPESAN_WEB_DIR is not set.
DEFAULT_WEB_DIR = Path(__file__).resolve().parent.parent / "web" / "dist"

IMMUTABLE = "public, max-age=31536000, immutable"

mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("text/javascript", ".js")


def content_security_policy(settings: Settings) -> str:
    """No inline or foreign scripts; the API, its websocket and (with S3) the storage server only."""
    storage = ""
    if settings.storage_backend == "s3":
        endpoint = settings.s3_public_endpoint_url or settings.s3_endpoint_url
        if endpoint:
            parts = urlsplit(endpoint)
            storage = f" {parts.scheme}://{parts.netloc}"
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            # Mantine sets CSS variables and positions in style attributes.
            "style-src 'self' 'unsafe-inline'",
            f"img-src 'self' data: blob:{storage}",
            "font-src 'self'",
            f"connect-src 'self'{storage}",
            "worker-src 'self'",
            "manifest-src 'self'",
            f"frame-src 'self'{storage}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def web_routes(settings: Settings) -> list[BaseRoute]:
    root = (settings.web_dir or DEFAULT_WEB_DIR).resolve()
    csp = content_security_policy(settings)
    page_headers = {
        "Content-Security-Policy": csp,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }

    async def app(request: Request) -> Response:
        index = root / "index.html"
        if not index.is_file():
            return PlainTextResponse(
                "Aplikasi web belum dibangun (web/dist). / The web app is not built: "
                "cd web && npm ci && npm run build",
                status_code=404,
            )
        path = request.path_params.get("path", "")
        if path:
            candidate = (root / path).resolve()
            if candidate.is_relative_to(root) and candidate.is_file():
                immutable = candidate.parent == root / "assets"
                headers = {
                    "Cache-Control": IMMUTABLE if immutable else "no-cache",
                    "X-Content-Type-Options": "nosniff",
                }
                if candidate.name == "sw.js":
                    headers["Service-Worker-Allowed"] = "/"
                return FileResponse(candidate, headers=headers)
            if path.startswith("assets/") or path == "graphql" or "." in path.rsplit("/", 1)[-1]:
                return PlainTextResponse("Not found", status_code=404)
        return FileResponse(index, media_type="text/html; charset=utf-8", headers=page_headers)

    return [
        Route("/", app, methods=["GET", "HEAD"]),
        Route("/{path:path}", app, methods=["GET", "HEAD"]),
    ]
