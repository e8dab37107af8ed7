"""The layering of the first-party packages, read from the source (every import, also those inside
functions): the allowed directions are written here, in one place.

``booking/`` (the domain) imports none of the others. The adapters (``api/``, ``tasks/``,
``live/``, ``storage/``) import the domain, not each other; ``wiring/`` (the composition) builds
them, and the edges of the processes (the ASGI app, the CLI, the Celery tasks and their loop) call
it. The few direct uses between adapters are named below with their reason. The third-party side
(the domain imports no web, worker or storage library) is ``tests/test_layout.py``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("booking", "api", "tasks", "live", "storage", "wiring", "ops")

#: Which package may import which.
ALLOWED: dict[str, set[str]] = {
    "booking": set(),
    "storage": {"booking"},
    "live": {"booking"},
    "tasks": {"booking", "ops"},
    "api": {"booking", "ops"},
    "wiring": {"booking", "storage", "live", "tasks", "ops"},
    "ops": {"booking"},  # metrics and logs, used by the processes' edges and adapters
}
#: The edges: where a process starts; they take their store, hub, dispatcher and resources from
#: the composition.
EDGES: dict[str, set[str]] = {
    "api.app": {"wiring"},
    "api.cli": {"wiring"},
    "tasks.jobs": {"wiring"},
    "tasks.runner": {"wiring"},
}
#: Direct uses between adapters (importer prefix, imported module): why each is allowed.
BETWEEN_ADAPTERS: dict[tuple[str, str], str] = {
    ("api", "live.hub"): "subscriptions listen on the live hub (its interface, in-process hub)",
    ("api", "storage.local"): "the API serves the local folder store's signed file URLs",
    ("tasks.work", "storage.images"): "a worker renders photos with the pure image functions",
    ("tasks.work", "storage.pdf"): "a worker renders leadership PDFs with the pure PDF functions",
    ("tasks.work", "storage.render_guard"): "... within the process's rendering memory bounds",
}
#: No function longer than this in these packages.
MAX_FUNCTION_LINES = 60
SHORT_FUNCTIONS_IN = ("booking", "api")


@pytest.fixture(autouse=True)
def clean_tables():  # no database needed here
    yield


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.AST, *, type_only: bool = True) -> Iterator[str]:
    """First-party modules imported anywhere in ``tree`` (``type_only``: also under
    ``if TYPE_CHECKING``)."""
    for node in ast.iter_child_nodes(tree):
        if _type_checking(node) and not type_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                yield full if full in MODULES else node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        yield from _imports(node, type_only=type_only)


def _first_party(name: str) -> bool:
    return name.split(".")[0] in PACKAGES


def _allowed(importer: str, imported: str) -> bool:
    source, target = importer.split(".")[0], imported.split(".")[0]
    if source == target or target in ALLOWED[source]:
        return True
    if target in EDGES.get(importer, set()):
        return True
    return any(
        (importer == a or importer.startswith(a + ".")) and imported == b
        for a, b in BETWEEN_ADAPTERS
    )


def test_first_party_imports_follow_the_allowed_directions():
    wrong = sorted(
        f"{module} -> {imported}"
        for module, path in MODULES.items()
        for imported in set(_imports(ast.parse(path.read_text())))
        if _first_party(imported) and not _allowed(module, imported)
    )
    assert wrong == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_loop_between_first_party_modules():
    """Imports inside functions count (they are loops put off, not removed); imports only for
    the type checker do not."""
    graph = {
        module: {
            m
            for m in _imports(ast.parse(path.read_text()), type_only=False)
            if m in MODULES and m != module
        }
        for module, path in MODULES.items()
    }
    assert _cycles(graph) == []


def test_no_private_name_is_imported_from_another_module():
    """A leading underscore means "only this file": what siblings share has a public name."""
    wrong = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and _first_party(node.module):
                wrong += [
                    f"{module}: from {node.module} import {alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    assert wrong == []


def test_no_function_is_longer_than_the_limit():
    long = []
    for module, path in MODULES.items():
        if module.split(".")[0] not in SHORT_FUNCTIONS_IN:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                lines = (node.end_lineno or node.lineno) - start + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{module}.{node.name}: {lines} lines")
    assert long == []


#: Where a process reads its settings from the environment (``get_settings()``, ``Settings()``):
#: its edges. The domain is given them (a parameter), so a test builds a Settings object and
#: passes it, with no environment variable and no cache to clear.
SETTINGS_READ_IN = {"api.app", "api.cli", "tasks.app", "booking.settings"}


def _reads_settings(tree: ast.AST) -> list[int]:
    """Lines that call ``get_settings()`` or construct ``Settings()`` (by any spelling)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in ("get_settings", "Settings"):
                found.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "booking.settings":
            found += [node.lineno for a in node.names if a.name == "get_settings"]
    return found


def test_settings_are_read_only_at_the_edges():
    """``booking/`` never reads the settings itself (nor do the adapters below their edges)."""
    wrong = [
        f"{module}:{line}"
        for module, path in MODULES.items()
        if module not in SETTINGS_READ_IN
        for line in _reads_settings(ast.parse(path.read_text()))
    ]
    assert wrong == []


def test_the_settings_check_sees_a_call_inside_the_domain():
    source = "from booking.settings import get_settings\ndef f():\n    return get_settings().tz\n"
    assert _reads_settings(ast.parse(source)) == [1, 3]
    assert _reads_settings(ast.parse("import booking.settings as s\ns.Settings()\n")) == [2]
