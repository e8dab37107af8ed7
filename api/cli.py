"""``epesan``: serve, migrate, create-user, seed-demo, export-schema."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import socket
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from booking.settings import Settings, get_settings

T = TypeVar("T")


def _migrate(settings: Settings) -> None:
    from booking.db import migrate_db

    asyncio.run(migrate_db(settings))


async def _with_db(settings: Settings, coro_factory: Callable[[], Awaitable[T]]) -> T:
    from wiring.worker import database

    async with database(settings):
        return await coro_factory()


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> None:
    _migrate(settings)
    print("Database migrated:", _safe_url(settings))


def cmd_seed_demo(args: argparse.Namespace, settings: Settings) -> None:
    from booking.seed import DEMO_PASSWORD, seed_demo

    created = asyncio.run(_with_db(settings, seed_demo))
    if created:
        print(f"Demo data created. Every demo user's password: {DEMO_PASSWORD}")
    else:
        print("Rooms already exist; demo data not added.")


def cmd_create_user(args: argparse.Namespace, settings: Settings) -> None:
    from booking.auth import hash_password
    from booking.enums import Language, Role
    from booking.models import Agency, User

    roles = [Role(r.strip().upper()) for r in args.roles.split(",") if r.strip()]
    if not args.nrk.isdigit():
        sys.exit("NRK must be digits.")
    password = args.password or os.environ.get("EPESAN_NEW_USER_PASSWORD") or getpass.getpass()
    if len(password) < 10:
        sys.exit("Password must be at least 10 characters.")

    async def create() -> None:
        agency = None
        if args.agency:
            agency = await Agency.get_or_none(code=args.agency)
            if agency is None:
                sys.exit(f"No agency with code {args.agency}")
        await User.create(
            nrk=args.nrk,
            name=args.name,
            email=args.email,
            roles=[r.value for r in roles],
            agency=agency,
            language=Language(args.language),
            password_hash=hash_password(password),
        )

    asyncio.run(_with_db(settings, create))
    print(f"User {args.nrk} created with roles {', '.join(roles)}.")


def cmd_backup_or_restore(args: argparse.Namespace, settings: Settings) -> None:
    """``backup FOLDER`` or ``restore FOLDER`` (args.command)."""
    from wiring import backup

    action = backup.backup if args.command == "backup" else backup.restore
    try:
        manifest = asyncio.run(action(settings, backup.listable_store(settings), Path(args.folder)))
    except backup.BackupError as exc:
        sys.exit(f"{args.command} failed: {exc}")
    done = "Backup in" if args.command == "backup" else "Restored"
    print(
        f"{done} {args.folder} ({manifest['created_at']}): the database ({_safe_url(settings)}) and "
        f"{len(manifest['objects'])} objects."
    )


def cmd_export_schema(args: argparse.Namespace, settings: Settings) -> None:
    from api.schema import build_schema

    text = build_schema(settings).as_str() + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"Schema written to {args.output}")


def cmd_serve(args: argparse.Namespace, settings: Settings) -> None:
    import uvicorn

    from booking.settings import UnsafeSettings

    try:
        settings.check_production()
    except UnsafeSettings as exc:
        sys.exit(str(exc))
    # In production migrations are their own step (`epesan migrate`, run once before the API
    # and workers start); the embedded default migrates here so one command runs it.
    if not args.no_migrate and not settings.production:
        _migrate(settings)
    if args.demo:
        cmd_seed_demo(args, settings)
    host = args.host or settings.host
    port = args.port or settings.port
    from wiring.api import live_url

    workers = args.workers or settings.workers
    if workers > 1 and live_url(settings) is None:
        sys.exit(
            "--workers > 1 needs Redis for live updates across processes "
            "(EPESAN_LIVE_REDIS_URL or a Redis EPESAN_BROKER_URL)."
        )
    print(
        f"ePesanRuangan on http://{host}:{port}/ (API: /graphql, database: {_safe_url(settings)}, "
        f"{workers} process{'es' if workers > 1 else ''})"
    )
    if workers > 1:
        sys.exit(_serve_processes(host, port, workers))
    from api.app import create_app

    uvicorn.run(create_app(settings), host=host, port=port, **_uvicorn_options(settings))


def _uvicorn_options(settings: Settings) -> dict[str, Any]:
    return {
        "log_config": None,  # create_app sets up the JSON logs
        "access_log": False,  # each request is logged once by the app, without its query string
        "ws_per_message_deflate": settings.ws_compression,
    }


def _reuse_port_socket(host: str, port: int) -> socket.socket:
    """A listening socket of its own for one API process: with SO_REUSEPORT the kernel spreads
    new connections across the processes bound to the port (uvicorn's --workers shares one
    socket, and keep-alive connections pile up on whichever process wins the accept)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _serve_one(host: str, port: int) -> None:
    """One API process of ``epesan serve --workers N`` (started by :func:`_serve_processes`)."""
    import uvicorn

    from api.app import create_app

    settings = get_settings()
    sock = _reuse_port_socket(host, port)
    config = uvicorn.Config(create_app(settings), **_uvicorn_options(settings))
    uvicorn.Server(config).run(sockets=[sock])


def _serve_processes(host: str, port: int, workers: int) -> int:
    """Start ``workers`` API processes, each with its own SO_REUSEPORT socket; stop them all on
    SIGTERM/SIGINT, or when one of them exits (the orchestrator restarts the service)."""
    import multiprocessing
    import multiprocessing.connection
    import signal

    _reuse_port_socket(host, port).close()  # the address is usable: say so here, once
    context = multiprocessing.get_context("spawn")
    children = [
        context.Process(target=_serve_one, args=(host, port), name=f"epesan-api-{k}")
        for k in range(workers)
    ]
    for child in children:
        child.start()
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for child in children:
            if child.is_alive() and child.pid is not None:
                os.kill(child.pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while all(child.is_alive() for child in children):
        multiprocessing.connection.wait([c.sentinel for c in children], timeout=1.0)
    if not stopping:
        stop(signal.SIGTERM, None)
    for child in children:
        child.join(timeout=30)
        if child.is_alive():
            child.kill()
    return 0 if stopping else 1


def _safe_url(settings: Settings) -> str:
    url = settings.database_url
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        rest = "***@" + rest.split("@", 1)[1]
    return scheme + sep + rest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="epesan", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser(
        "serve", help="migrate (not in production), then run the API with uvicorn"
    )
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--demo", action="store_true", help="add the demo City Hall if empty")
    serve.add_argument("--no-migrate", action="store_true")
    serve.add_argument(
        "--workers",
        type=int,
        help="API processes, each with its own SO_REUSEPORT socket (EPESAN_WORKERS, default 1)",
    )
    serve.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=cmd_migrate)
    sub.add_parser("seed-demo", help="add the demo City Hall").set_defaults(func=cmd_seed_demo)

    user = sub.add_parser("create-user", help="create a user")
    user.add_argument("--nrk", required=True)
    user.add_argument("--name", required=True)
    user.add_argument("--roles", required=True, help="comma-separated, e.g. REQUESTER")
    user.add_argument("--agency", help="agency code")
    user.add_argument("--email")
    user.add_argument(
        "--language", choices=["id", "en"], default="id", help="of e-mail and in-app texts"
    )
    user.add_argument("--password", help="or EPESAN_NEW_USER_PASSWORD, or asked")
    user.set_defaults(func=cmd_create_user)

    saving = sub.add_parser("backup", help="the database and every stored object, in a folder")
    saving.add_argument("folder", help="a new or empty folder")
    saving.set_defaults(func=cmd_backup_or_restore)
    restoring = sub.add_parser("restore", help="a backup, into an empty database and store")
    restoring.add_argument("folder")
    restoring.set_defaults(func=cmd_backup_or_restore)

    export = sub.add_parser("export-schema", help="write the GraphQL SDL")
    export.add_argument("--output", default="schema.graphql")
    export.set_defaults(func=cmd_export_schema)

    args = parser.parse_args(argv)
    args.func(args, get_settings())  # the command line's settings, read once, here


if __name__ == "__main__":
    main()
