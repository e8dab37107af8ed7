"""The web app at ``/``: deep links load the app, assets are cached for a year, pages carry a
strict Content-Security-Policy, the API's own paths are not swallowed."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from api.web import DEFAULT_WEB_DIR, web_routes
from booking.settings import Settings


@pytest.fixture
def built(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><div id=root></div>", encoding="utf-8")
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log(1)", encoding="utf-8")
    (tmp_path / "sw.js").write_text("self.addEventListener('fetch', () => {})", encoding="utf-8")
    (tmp_path / "manifest.webmanifest").write_text("{}", encoding="utf-8")
    return tmp_path


def client(settings: Settings) -> httpx.AsyncClient:
    async def api(request: object) -> PlainTextResponse:
        return PlainTextResponse("api")

    app = Starlette(routes=[Route("/graphql", api, methods=["GET", "POST"]), *web_routes(settings)])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


async def test_deep_links_load_the_app_with_a_strict_policy(built: Path) -> None:
    async with client(Settings(web_dir=built)) as http:
        for path in ("/", "/bookings/Qm9va2luZzox", "/rooms/search?x=1"):
            response = await http.get(path)
            assert response.status_code == 200, path
            assert "<div id=root>" in response.text
            csp = response.headers["content-security-policy"]
            assert (
                "script-src 'self'" in csp
                and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
            )
            assert "connect-src 'self'" in csp
            assert "frame-ancestors 'none'" in csp
            assert response.headers["cache-control"] == "no-cache"
        assert (await http.get("/graphql")).text == "api"


async def test_hashed_assets_are_immutable_and_missing_files_are_404(built: Path) -> None:
    async with client(Settings(web_dir=built)) as http:
        asset = await http.get("/assets/index-abc123.js")
        assert asset.status_code == 200
        assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert "javascript" in asset.headers["content-type"]
        worker = await http.get("/sw.js")
        assert worker.headers["cache-control"] == "no-cache"
        manifest = await http.get("/manifest.webmanifest")
        assert manifest.headers["content-type"].startswith("application/manifest+json")
        assert (await http.get("/assets/gone-000.js")).status_code == 404
        assert (await http.get("/favicon.ico")).status_code == 404
        assert (await http.get("/../pyproject.toml")).status_code in (200, 404)
        assert "pyproject" not in (await http.get("/%2e%2e/pyproject.toml")).text


async def test_the_storage_server_is_allowed_when_files_are_on_s3(built: Path) -> None:
    settings = Settings(
        web_dir=built,
        storage_backend="s3",
        s3_public_endpoint_url="https://files.example.go.id:8333",
    )
    async with client(settings) as http:
        csp = (await http.get("/")).headers["content-security-policy"]
        assert "connect-src 'self' https://files.example.go.id:8333" in csp
        assert "img-src 'self' data: blob: https://files.example.go.id:8333" in csp


async def test_without_a_build_the_page_says_how_to_make_one(tmp_path: Path) -> None:
    async with client(Settings(web_dir=tmp_path / "none")) as http:
        response = await http.get("/")
        assert response.status_code == 404
        assert "npm run build" in response.text


def test_the_repository_ships_the_built_app() -> None:
    """The README's first command serves the committed build (no Node needed)."""
    assert (DEFAULT_WEB_DIR / "index.html").is_file()
    assert any((DEFAULT_WEB_DIR / "assets").glob("index-*.js"))
